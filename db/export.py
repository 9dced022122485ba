"""Every row of one table, in the API's order, read in batches so an export runs in constant memory.

The rows are the same dicts the list queries return (db/queries.py), so the API's item schemas dump
them into exactly the JSON API's fields.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from db import queries

BATCH_SIZE = 500


def _sources(db, rows: list[dict]) -> list[dict]:
    return [queries._json_fields(row, "aliases") for row in rows]


def _quotes(db, rows: list[dict]) -> list[dict]:
    return queries._attach_speakers(db, rows)


def _claims(db, rows: list[dict]) -> list[dict]:
    return [queries._claim_row(row) for row in rows]


# table -> (SQL over every row in the API's deterministic order, finisher applied to each batch)
EXPORTS: dict[str, tuple[str, Callable[[object, list[dict]], list[dict]]]] = {
    "articles": (queries.ARTICLE_SELECT + " order by a.id", lambda db, rows: rows),
    "sources": (queries.SOURCE_SELECT + " order by s.id", _sources),
    "quotes": (queries.QUOTE_SELECT + " where q.is_speech = 1 order by q.article_id, q.seq", _quotes),
    "claims": (queries.CLAIM_SELECT + " order by c.article_id, c.seq", _claims),
}
TABLES = tuple(EXPORTS)


def iter_rows(db, table: str, *, batch_size: int = BATCH_SIZE) -> Iterator[dict]:
    """Yield every row of `table` (articles, sources, quotes or claims), `batch_size` rows in memory at a time."""
    sql, finish = EXPORTS[table]
    cursor = db.conn.execute(sql)
    try:
        names = [d[0] for d in cursor.description]
        while batch := cursor.fetchmany(batch_size):
            yield from finish(db, [dict(zip(names, row)) for row in batch])
    finally:
        cursor.close()
