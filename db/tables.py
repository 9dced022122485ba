"""Table, index and full-text definitions for the facts database.

The importer is the only writer; it states every table's shape here so that the API, the export and the
benchmarks all read one layout. Called "tables" so it is not confused with the marshmallow `schemas/`.
"""
from __future__ import annotations

import sqlite_utils

ARTICLE_COLUMNS = {
    "id": str, "title": str, "author": str, "author_description": str, "publisher": str,
    "original_publisher": str, "license": str, "language": str, "published_at": str, "text": str,
    "sha256": str, "word_count": int, "imported_at": str,
}
SOURCE_COLUMNS = {"id": str, "name": str, "kind": str, "description": str, "aliases": str}
QUOTE_COLUMNS = {
    "id": str, "article_id": str, "seq": int, "text": str, "start": int, "end": int, "sentence": str,
    "paragraph": int, "cue": str, "partial": int, "elided": int, "confidence": float, "is_speech": int,
    "context_before": str, "context_after": str,
}
QUOTE_SPEAKER_COLUMNS = {"quote_id": str, "source_id": str, "position": int}
CLAIM_COLUMNS = {
    "id": str, "article_id": str, "seq": int, "text": str, "start": int, "end": int, "kind": str,
    "hedged": int, "hedge": str, "claimant_id": str, "checkworthiness": float, "entities": str,
    "dates": str, "numbers": str,
}
ARTICLE_SOURCE_COLUMNS = {"article_id": str, "source_id": str, "role": str}
META_COLUMNS = {"key": str, "value": str}
TABLE_COLUMNS = {
    "meta": META_COLUMNS, "articles": ARTICLE_COLUMNS, "sources": SOURCE_COLUMNS, "quotes": QUOTE_COLUMNS,
    "quote_speakers": QUOTE_SPEAKER_COLUMNS, "claims": CLAIM_COLUMNS, "article_sources": ARTICLE_SOURCE_COLUMNS,
}


def create_tables(db: sqlite_utils.Database) -> None:
    """Create every table, foreign key, index and FTS index in an empty database."""
    db["meta"].create(META_COLUMNS, pk="key")
    db["articles"].create(ARTICLE_COLUMNS, pk="id", not_null={"text", "sha256"})
    db["sources"].create(SOURCE_COLUMNS, pk="id", not_null={"name", "kind"})
    db["quotes"].create(
        QUOTE_COLUMNS, pk="id", foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "text", "start", "end"},
    )
    db["quote_speakers"].create(
        QUOTE_SPEAKER_COLUMNS, pk=("quote_id", "source_id"),
        foreign_keys=[("quote_id", "quotes", "id"), ("source_id", "sources", "id")],
    )
    db["claims"].create(
        CLAIM_COLUMNS, pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("claimant_id", "sources", "id")],
        not_null={"article_id", "text", "kind"},
    )
    db["article_sources"].create(
        ARTICLE_SOURCE_COLUMNS, pk=("article_id", "source_id", "role"),
        foreign_keys=[("article_id", "articles", "id"), ("source_id", "sources", "id")],
    )


def create_indexes(db: sqlite_utils.Database) -> None:
    """Index every foreign key and the orderings the API pages through; build the FTS indexes last."""
    db["quotes"].create_index(["article_id", "seq"])
    db["quote_speakers"].create_index(["source_id", "quote_id"])
    db["claims"].create_index(["article_id", "seq"])
    db["claims"].create_index(["claimant_id"])
    db["claims"].create_index(["kind"])
    db["article_sources"].create_index(["source_id"])
    db["sources"].create_index(["kind"])
    db["quotes"].enable_fts(["text", "sentence"], tokenize="porter unicode61 remove_diacritics 2")
    # Per-term document counts, so quote verification can prefilter on a submission's rarest words. The
    # fts5vocab table reads a term's whole posting list to count it; materialised, a lookup is one B-tree probe.
    db.execute("create virtual table temp.quotes_fts_vocab using fts5vocab(main, 'quotes_fts', 'row')")
    db.execute("create table quote_terms (term text primary key, docs integer not null) without rowid")
    db.execute("insert into quote_terms select term, doc from temp.quotes_fts_vocab")
    db.execute("drop table temp.quotes_fts_vocab")
    db["claims"].enable_fts(["text"], tokenize="porter unicode61 remove_diacritics 2")
    db["sources"].enable_fts(["name", "aliases", "description"], tokenize="unicode61 remove_diacritics 2")
