"""Read-only SQLite connections for the API: one per worker thread, reopened when the file is replaced.

The API never writes: the file is opened with `mode=ro` and `query_only`, so even a bug in a view cannot
change the data. Opening a connection and reading the build id on every request cost more than most queries,
so each thread keeps its connection and the build id read through it, keyed by the file's identity (device,
inode, mtime, size). Every request stats the path: the importer's atomic rename gives a new inode, so the
next request opens the new file and reads its build id through that new connection. A request uses one
connection throughout (cached on `g`), and an open connection keeps reading the file it opened even after a
rename, so the build id a response carries always matches the data it serves.
"""
from __future__ import annotations

import os
import sqlite3
import threading

import sqlite_utils
from flask import current_app, g
from flask_smorest import abort


def connect_readonly(path: str) -> sqlite_utils.Database:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    return sqlite_utils.Database(conn)


class _ThreadConnection(threading.local):
    """This thread's connection, the identity of the file it opened, and the build id read through it."""

    key: tuple | None = None
    db: sqlite_utils.Database | None = None
    build_id: str | None = None


def _file_key(path: str) -> tuple:
    st = os.stat(path)
    return path, st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size


def _unavailable():
    abort(503, message="The facts database is not available; run `python -m seeds import`.")


def get_db() -> sqlite_utils.Database:
    """The request's connection; a missing or unreadable database is a 503, not a 500."""
    if "db" not in g:
        path = current_app.config["DATABASE"]
        cached = current_app.extensions.get("facts_db") or current_app.extensions.setdefault("facts_db", _ThreadConnection())
        try:
            key = _file_key(path)
            if cached.key != key:
                db = connect_readonly(path)
                try:
                    row = db.execute("select value from meta where key = 'build_id'").fetchone()
                except sqlite3.Error:
                    db.close()
                    raise
                old = cached.db
                cached.key, cached.db, cached.build_id = key, db, (row[0] if row else "unknown")
                if old is not None:
                    old.close()
        except (OSError, sqlite3.Error):
            _unavailable()
        g.db, g.build_id = cached.db, cached.build_id
    return g.db


def close_db(exc=None) -> None:
    """The connection outlives the request (it is the thread's); only the request's reference goes."""
    g.pop("db", None)


def init_app(app) -> None:
    app.extensions["facts_db"] = _ThreadConnection()
    app.teardown_appcontext(close_db)
