"""Fixtures over real parts: a database built by the real importer, the app factory, gunicorn on 127.0.0.1."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from app import create_app
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """gunicorn with 2 sync workers on a free loopback port, stopped by its own PID."""

    def __init__(self, db_path: Path, log_dir: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(log_dir / "gunicorn.log", "w")
        env = dict(os.environ, FACTS_DB=str(db_path))
        self.proc = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "--workers", "2", "--bind", f"127.0.0.1:{self.port}",
             "--no-control-socket", "--timeout", "30", "app:app"],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not become ready in 30 s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        self.log.close()


@pytest.fixture(scope="session")
def live_server(corpus_db, tmp_path_factory):
    server = LiveServer(corpus_db, tmp_path_factory.mktemp("gunicorn"))
    yield server
    server.stop()
