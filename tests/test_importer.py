"""The real importer: stable ids, atomic swap, and bad input that leaves the old database untouched."""
import hashlib
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from seeds.__main__ import cli
from seeds.importer import default_seed_files, import_files

SEED = default_seed_files()[0]


def rows(db_path: Path, sql: str):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql).fetchall()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reimport_gives_identical_ids_and_build(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    first = import_files([SEED], a)
    second = import_files([SEED], b)
    assert first["build_id"] == second["build_id"]
    for table in ("quotes", "claims", "sources"):
        assert rows(a, f"select id from {table} order by id") == rows(b, f"select id from {table} order by id")


def test_tables_indexes_and_fts_exist(seed_db):
    names = {r[0] for r in rows(seed_db, "select name from sqlite_master")}
    assert {"articles", "sources", "quotes", "quote_speakers", "claims", "meta", "quotes_fts", "claims_fts"} <= names
    fk_indexes = {r[0] for r in rows(seed_db, "select tbl_name from sqlite_master where type = 'index'")}
    assert {"quotes", "claims", "quote_speakers"} <= fk_indexes


def bad_file(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.txt"
    if kind == "empty":
        path.write_text("   \n")
    elif kind == "latin1":
        path.write_bytes("Caf\xe9 said \"bonjour\".".encode("latin-1"))
    elif kind == "binary":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    return path


@pytest.mark.parametrize("kind, message", [
    ("missing", "no such file"), ("empty", "empty file"), ("latin1", "not valid UTF-8"), ("binary", "binary"),
])
def test_bad_file_fails_clearly_and_keeps_old_database(tmp_path, kind, message):
    target = tmp_path / "facts.db"
    import_files([SEED], target)
    before = digest(target)
    result = CliRunner().invoke(cli, ["import", "--db", str(target), str(SEED), str(bad_file(tmp_path, kind))])
    assert result.exit_code == 1
    assert message in result.output
    assert digest(target) == before
    assert not list(tmp_path.glob(".facts-*"))


def test_duplicate_slug_is_refused(tmp_path):
    other = tmp_path / "sub"
    other.mkdir()
    twin = other / SEED.name
    twin.write_text(SEED.read_text())
    result = CliRunner().invoke(cli, ["import", "--db", str(tmp_path / "x.db"), str(SEED), str(twin)])
    assert result.exit_code == 1 and "also used by" in result.output
    assert not (tmp_path / "x.db").exists()


def test_crash_midway_leaves_old_database(tmp_path, monkeypatch):
    target = tmp_path / "facts.db"
    import_files([SEED], target)
    before = digest(target)
    import seeds.importer as importer

    def boom(*args, **kwargs):
        raise RuntimeError("simulated crash while writing")

    monkeypatch.setattr(importer, "create_indexes", boom)
    with pytest.raises(RuntimeError):
        import_files([SEED], target)
    assert digest(target) == before
    assert not list(tmp_path.glob(".facts-*"))


def test_cli_prints_what_it_imported(tmp_path):
    result = CliRunner().invoke(cli, ["import", "--db", str(tmp_path / "f.db"), str(SEED)])
    assert result.exit_code == 0, result.output
    assert "imported biden-xi-call-conversation-2024: 4 quotes" in result.output


def test_every_command_has_help():
    for name, command in cli.commands.items():
        assert command.help, name
