"""The baseline for `make bench`: bare Flask running the same SQL as the API, without marshmallow or smorest.

Each endpoint calls the same db/queries.py and db/search.py functions (so the same statements) and the same
verification algorithm, and returns json.dumps of the rows. One read-only connection per worker thread, no ETag,
no build id, no argument validation, no compression: the floor our API is compared with. The connection is
per thread (like db/__init__.py's), so it stays correct under gunicorn's threaded workers too.
Served by bench/serve_bench.py as `gunicorn bench.bare_flask:app` under the project's gunicorn settings.
"""
from __future__ import annotations

import json
import os
import sqlite3
import sys
import threading
from pathlib import Path

from flask import Flask, Response, request

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.verification import search_terms, verify  # noqa: E402
from db import queries  # noqa: E402
from db import search as search_db  # noqa: E402

app = Flask(__name__)
_local = threading.local()


def conn():
    db = getattr(_local, "db", None)
    if db is None:
        raw = sqlite3.connect(f"file:{os.environ['FACTS_DB']}?mode=ro", uri=True, check_same_thread=False)
        raw.execute("PRAGMA query_only = ON")
        import sqlite_utils

        db = _local.db = sqlite_utils.Database(raw)
    return db


def as_json(body) -> Response:
    return Response(json.dumps(body, ensure_ascii=False), mimetype="application/json")


@app.get("/v1/quotes/<quote_id>")
def get_quote(quote_id):
    db = conn()
    quote = queries.get_quote(db, quote_id)
    if quote is None:
        return as_json({"error": "not found"}), 404
    search_db.attach_context(db, [quote])
    return as_json(quote)


@app.get("/v1/quotes")
def list_quotes():
    db = conn()
    limit = int(request.args.get("limit", 20))
    rows = queries.list_quotes(db, article=request.args.get("article"), q=request.args.get("q"), limit=limit + 1)
    search_db.attach_context(db, rows)
    return as_json({"items": rows[:limit]})


@app.get("/v1/search")
def search():
    db = conn()
    limit = int(request.args.get("limit", 20))
    rows = search_db.search(db, request.args["q"], type=request.args.get("type"), limit=limit + 1)
    return as_json({"items": rows[:limit]})


@app.post("/v1/quotes/verify")
def verify_quote():
    db = conn()
    body = json.loads(request.get_data())
    speaker = body.get("speaker")
    speaker_ids = set(queries.resolve_source_ids(db, speaker)) if speaker else set()
    candidates = search_db.verify_candidates(db, search_terms(body["text"]), article=body.get("article"))
    return as_json(verify(body["text"], candidates, speaker, speaker_ids).as_dict())
