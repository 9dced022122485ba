"""One read-only SQLite connection per request, cached on `g` (the flaskr pattern).

The API never writes: the file is opened with `mode=ro` and `query_only`, so even a bug in a view
cannot change the data, and the importer's atomic rename is picked up by the next request.
"""
from __future__ import annotations

import sqlite3

import sqlite_utils
from flask import current_app, g
from flask_smorest import abort


def connect_readonly(path: str) -> sqlite_utils.Database:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    return sqlite_utils.Database(conn)


def get_db() -> sqlite_utils.Database:
    """The request's connection; a missing or unreadable database is a 503, not a 500."""
    if "db" not in g:
        try:
            g.db = connect_readonly(current_app.config["DATABASE"])
            g.db.execute("select 1 from meta limit 1")
        except sqlite3.Error:
            g.pop("db", None)
            abort(503, message="The facts database is not available; run `python -m seeds import`.")
    return g.db


def close_db(exc=None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_app(app) -> None:
    app.teardown_appcontext(close_db)
