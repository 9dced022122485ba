"""Fixtures over real parts: a database built by the real importer, the app factory, gunicorn on 127.0.0.1."""
from __future__ import annotations

from pathlib import Path

import pytest

from app import create_app
from helpers import LiveServer
from seeds.importer import default_seed_files, import_files

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "fixtures" / "gold"


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    """The seed articles imported once per session by the real importer."""
    path = tmp_path_factory.mktemp("seed") / "facts.db"
    import_files(default_seed_files(), path)
    return path


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """The seed plus every gold article: enough rows to page through and search."""
    path = tmp_path_factory.mktemp("corpus") / "facts.db"
    import_files(default_seed_files() + sorted(GOLD_DIR.glob("*.txt")), path)
    return path


@pytest.fixture
def app(seed_db):
    return create_app({"TESTING": True, "DATABASE": str(seed_db)})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def corpus_client(corpus_db):
    return create_app({"TESTING": True, "DATABASE": str(corpus_db)}).test_client()


@pytest.fixture(scope="session")
def live_server(corpus_db, tmp_path_factory):
    server = LiveServer(corpus_db, tmp_path_factory.mktemp("gunicorn"))
    yield server
    server.stop()
