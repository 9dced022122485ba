"""Quotes and claims together, ranked by relevance: what a fact-checker types into one box."""
from __future__ import annotations

import html

from flask_smorest import abort

from api.blueprint import Blueprint
from api.pagination import decode_cursor, page
from db import get_db, queries
from db import search as search_db
from db.fts import QueryTooLong
from schemas import SearchPageSchema, SearchQuerySchema

blp = Blueprint("search", __name__, url_prefix="/v1/search",
                description="Full-text search over quotes and claims, BM25-ranked, with highlighted snippets.")


def _offset(cursor: str | None) -> int:
    """Ranked results page by offset; the signed cursor carries it so clients still see one opaque string."""
    if cursor is None:
        return 0
    (offset,) = decode_cursor(cursor, 1)
    if not isinstance(offset, int) or isinstance(offset, bool) or not 0 <= offset <= search_db.MAX_OFFSET:
        abort(422, message="Invalid cursor.", errors={"query": {"cursor": ["Invalid or expired cursor."]}})
    return offset


def _html_snippet(raw: str) -> str:
    """Escape the stored text first, then turn FTS5's marker characters into <mark> tags."""
    escaped = html.escape(raw, quote=False)
    return escaped.replace(search_db.MARK_OPEN, "<mark>").replace(search_db.MARK_CLOSE, "</mark>")


@blp.route("")
@blp.doc(operationId="search")
@blp.arguments(SearchQuerySchema, location="query", as_kwargs=True)
@blp.response(200, SearchPageSchema)
def search(q, limit, cursor, type=None, article=None, speaker=None, kind=None):
    """Search quotes and claims together, best matches first"""
    db = get_db()
    offset = _offset(cursor)
    speaker_ids = queries.resolve_source_ids(db, speaker) if speaker else None
    try:
        rows = search_db.search(db, q, type=type, article=article, speaker_ids=speaker_ids, kind=kind,
                                offset=offset, limit=limit + 1)
    except QueryTooLong as exc:
        abort(422, message=str(exc), errors={"query": {"q": [str(exc)]}})
    for row in rows:
        row["snippet"] = _html_snippet(row["snippet"] or "")
    return page(rows, limit, ("position",))
