"""Named read queries. Every function takes the database first and returns plain dicts.

Lists use keyset pagination: `after` is the sort key of the last row already seen (decoded from the
opaque cursor by api/pagination.py), so deep pages cost the same as the first and ordering is total.
"""
from __future__ import annotations

import json

from db.fts import fts_query

QUOTE_ORDER = ("article_id", "seq")
CLAIM_ORDER = ("article_id", "seq")


def meta(db) -> dict:
    return {row["key"]: row["value"] for row in db.query("select key, value from meta")}


def counts(db) -> dict:
    return {
        "articles": db.execute("select count(*) from articles").fetchone()[0],
        "sources": db.execute("select count(*) from sources").fetchone()[0],
        "quotes": db.execute("select count(*) from quotes where is_speech = 1").fetchone()[0],
        "claims": db.execute("select count(*) from claims").fetchone()[0],
    }


def _keyset(columns: tuple[str, ...], after: list | None, table: str = "") -> tuple[str, list]:
    """`(a, b) > (?, ?)` for the keyset cursor; row values compare lexicographically in SQLite."""
    if after is None:
        return "", []
    prefix = f"{table}." if table else ""
    cols = ", ".join(f"{prefix}[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f" and ({cols}) > ({marks})", list(after)


def _json_fields(row: dict, *names: str) -> dict:
    for name in names:
        row[name] = json.loads(row[name]) if row.get(name) else []
    return row


# Articles ---------------------------------------------------------------------------------------

ARTICLE_SELECT = """
select a.id, a.title, a.author, a.author_description, a.publisher, a.original_publisher, a.license,
       a.language, a.published_at, a.sha256, a.word_count, a.imported_at, length(a.text) as text_length,
       (select count(*) from quotes q where q.article_id = a.id and q.is_speech = 1) as quote_count,
       (select count(*) from claims c where c.article_id = a.id) as claim_count,
       (select count(distinct s.source_id) from article_sources s where s.article_id = a.id) as source_count
from articles a
"""


def list_articles(db, *, after=None, limit=20) -> list[dict]:
    where, params = _keyset(("id",), after, "a")
    sql = ARTICLE_SELECT + f" where 1 = 1{where} order by a.id limit ?"
    return list(db.query(sql, params + [limit]))


def get_article(db, article_id: str) -> dict | None:
    return next(iter(db.query(ARTICLE_SELECT + " where a.id = ?", [article_id])), None)


def get_article_text(db, article_id: str) -> str | None:
    row = db.execute("select text from articles where id = ?", [article_id]).fetchone()
    return row[0] if row else None


def article_exists(db, article_id: str) -> bool:
    return db.execute("select 1 from articles where id = ?", [article_id]).fetchone() is not None


# Sources ----------------------------------------------------------------------------------------

SOURCE_SELECT = """
select s.id, s.name, s.kind, s.description, s.aliases,
       (select count(*) from quote_speakers qs join quotes q on q.id = qs.quote_id
         where qs.source_id = s.id and q.is_speech = 1) as quote_count,
       (select count(*) from claims c where c.claimant_id = s.id) as claim_count
from sources s
"""


def list_sources(db, *, kind=None, q=None, article=None, after=None, limit=20) -> list[dict]:
    clauses, params = [], []
    if kind:
        clauses.append("s.kind = ?")
        params.append(kind)
    if article:
        clauses.append("s.id in (select source_id from article_sources where article_id = ?)")
        params.append(article)
    if q is not None:
        match = fts_query(q)
        if match is None:
            return []
        clauses.append("s.rowid in (select rowid from sources_fts where sources_fts match ?)")
        params.append(match)
    where, kparams = _keyset(("id",), after, "s")
    sql = SOURCE_SELECT + " where 1 = 1" + "".join(f" and {c}" for c in clauses) + where + " order by s.id limit ?"
    return [_json_fields(row, "aliases") for row in db.query(sql, params + kparams + [limit])]


def get_source(db, source_id: str) -> dict | None:
    row = next(iter(db.query(SOURCE_SELECT + " where s.id = ?", [source_id])), None)
    return _json_fields(row, "aliases") if row else None


def source_exists(db, source_id: str) -> bool:
    return db.execute("select 1 from sources where id = ?", [source_id]).fetchone() is not None


def resolve_source_ids(db, ref: str) -> list[str]:
    """A speaker or claimant filter may be a source id, a name or an alias (case-insensitive)."""
    if source_exists(db, ref):
        return [ref]
    rows = db.execute(
        "select id from sources where lower(name) = lower(?) or exists "
        "(select 1 from json_each(sources.aliases) where lower(json_each.value) = lower(?)) order by id",
        [ref, ref],
    ).fetchall()
    return [r[0] for r in rows]


# Quotes -----------------------------------------------------------------------------------------

QUOTE_SELECT = """
select q.id, q.article_id, q.seq, q.text, q.start, q."end", q.sentence, q.paragraph, q.cue, q.partial,
       q.elided, q.confidence, q.context_before, q.context_after
from quotes q
"""


def _attach_speakers(db, quotes: list[dict]) -> list[dict]:
    if not quotes:
        return quotes
    ids = [q["id"] for q in quotes]
    marks = ", ".join("?" for _ in ids)
    speakers: dict[str, list[dict]] = {i: [] for i in ids}
    sql = (f"select qs.quote_id, s.id, s.name from quote_speakers qs join sources s on s.id = qs.source_id "
           f"where qs.quote_id in ({marks}) order by qs.quote_id, qs.position")
    for quote_id, sid, name in db.execute(sql, ids).fetchall():
        speakers[quote_id].append({"id": sid, "name": name})
    for q in quotes:
        q["speakers"] = speakers[q["id"]]
        q["partial"], q["elided"] = bool(q["partial"]), bool(q["elided"])
        q["span"] = {"start": q["start"], "end": q["end"]}
    return quotes


def list_quotes(db, *, article=None, speaker_ids=None, q=None, after=None, limit=20) -> list[dict]:
    clauses, params = ["q.is_speech = 1"], []
    if article:
        clauses.append("q.article_id = ?")
        params.append(article)
    if speaker_ids is not None:
        marks = ", ".join("?" for _ in speaker_ids) or "null"
        clauses.append(f"q.id in (select quote_id from quote_speakers where source_id in ({marks}))")
        params.extend(speaker_ids)
    if q is not None:
        match = fts_query(q)
        if match is None:
            return []
        clauses.append("q.rowid in (select rowid from quotes_fts where quotes_fts match ?)")
        params.append(match)
    where, kparams = _keyset(QUOTE_ORDER, after, "q")
    sql = QUOTE_SELECT + " where " + " and ".join(clauses) + where + " order by q.article_id, q.seq limit ?"
    return _attach_speakers(db, list(db.query(sql, params + kparams + [limit])))


def get_quote(db, quote_id: str) -> dict | None:
    rows = list(db.query(QUOTE_SELECT + " where q.id = ? and q.is_speech = 1", [quote_id]))
    return _attach_speakers(db, rows)[0] if rows else None


# Claims -----------------------------------------------------------------------------------------

CLAIM_SELECT = """
select c.id, c.article_id, c.seq, c.text, c.start, c."end", c.kind, c.hedged, c.hedge, c.claimant_id,
       s.name as claimant_name, c.checkworthiness, c.entities, c.dates, c.numbers
from claims c left join sources s on s.id = c.claimant_id
"""


def _claim_row(row: dict) -> dict:
    row["hedged"] = bool(row["hedged"])
    row["span"] = {"start": row["start"], "end": row["end"]}
    row["claimant"] = {"id": row["claimant_id"], "name": row["claimant_name"]} if row["claimant_id"] else None
    return _json_fields(row, "entities", "dates", "numbers")


def list_claims(db, *, article=None, kind=None, claimant_ids=None, entity=None, q=None,
                min_checkworthiness=None, after=None, limit=20) -> list[dict]:
    clauses, params = [], []
    if article:
        clauses.append("c.article_id = ?")
        params.append(article)
    if kind:
        clauses.append("c.kind = ?")
        params.append(kind)
    if claimant_ids is not None:
        marks = ", ".join("?" for _ in claimant_ids) or "null"
        clauses.append(f"c.claimant_id in ({marks})")
        params.extend(claimant_ids)
    if entity:
        clauses.append("exists (select 1 from json_each(c.entities) where lower(json_each.value) = lower(?))")
        params.append(entity)
    if min_checkworthiness is not None:
        clauses.append("c.checkworthiness >= ?")
        params.append(min_checkworthiness)
    if q is not None:
        match = fts_query(q)
        if match is None:
            return []
        clauses.append("c.rowid in (select rowid from claims_fts where claims_fts match ?)")
        params.append(match)
    where, kparams = _keyset(CLAIM_ORDER, after, "c")
    sql = (CLAIM_SELECT + " where 1 = 1" + "".join(f" and {c}" for c in clauses) + where
           + " order by c.article_id, c.seq limit ?")
    return [_claim_row(row) for row in db.query(sql, params + kparams + [limit])]


def get_claim(db, claim_id: str) -> dict | None:
    row = next(iter(db.query(CLAIM_SELECT + " where c.id = ?", [claim_id])), None)
    return _claim_row(row) if row else None
