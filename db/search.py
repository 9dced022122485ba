"""Read queries for fact-checkers: ranked search over quotes and claims, verification candidates, quote context.

Search ranks by FTS5's bm25 (lower is better; we serve `score = -bm25` so higher is better) and pages by
offset: ranked results have no stable keyset, and the signed cursor plus the read-only build keep offsets
meaningful. Verification never compares a submission with every quote: an OR of its rarer words, limited to
the top VERIFY_PREFILTER by bm25, bounds the fuzzy matching work however large the database grows.
"""
from __future__ import annotations

import sqlite3

from db.fts import fts_query

VERIFY_PREFILTER = 50
PREFILTER_TERMS = 5
POSTINGS_BUDGET = 2000
ALL_TERMS = 4
MAX_OFFSET = 10_000
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"  # replaced by <mark></mark> after HTML-escaping, in the view layer


def _in(values: list[str]) -> str:
    return ", ".join("?" for _ in values) or "null"


def _quote_hits(article, speaker_ids) -> tuple[str, list]:
    sql = (f"select 'quote' as type, q.id, q.text, q.article_id, null as kind, null as claimant_id, "
           f"snippet(quotes_fts, 0, char(2), char(3), '…', 24) as snippet, bm25(quotes_fts) as bm25 "
           f"from quotes_fts join quotes q on q.rowid = quotes_fts.rowid "
           f"where quotes_fts match ? and q.is_speech = 1")
    params: list = []
    if article:
        sql += " and q.article_id = ?"
        params.append(article)
    if speaker_ids is not None:
        sql += f" and q.id in (select quote_id from quote_speakers where source_id in ({_in(speaker_ids)}))"
        params.extend(speaker_ids)
    return sql, params


def _claim_hits(article, speaker_ids, kind) -> tuple[str, list]:
    sql = ("select 'claim' as type, c.id, c.text, c.article_id, c.kind, c.claimant_id, "
           "snippet(claims_fts, 0, char(2), char(3), '…', 24) as snippet, bm25(claims_fts) as bm25 "
           "from claims_fts join claims c on c.rowid = claims_fts.rowid where claims_fts match ?")
    params: list = []
    if article:
        sql += " and c.article_id = ?"
        params.append(article)
    if speaker_ids is not None:
        sql += f" and c.claimant_id in ({_in(speaker_ids)})"
        params.extend(speaker_ids)
    if kind:
        sql += " and c.kind = ?"
        params.append(kind)
    return sql, params


def search(db, q: str, *, type=None, article=None, speaker_ids=None, kind=None, offset=0, limit=20) -> list[dict]:
    """Quotes and claims matching `q`, best first. `kind` only exists on claims, so it excludes quotes."""
    match = fts_query(q)
    if match is None:
        return []
    arms, params = [], []
    if type in (None, "quote") and not kind:
        sql, p = _quote_hits(article, speaker_ids)
        arms.append(sql)
        params += ["text : (" + match + ")"] + p  # the quote's words only, not the sentence around it
    if type in (None, "claim"):
        sql, p = _claim_hits(article, speaker_ids, kind)
        arms.append(sql)
        params += [match] + p
    if not arms:  # type=quote with a claim kind: nothing can match
        return []
    sql = " union all ".join(arms) + " order by bm25, type, id limit ? offset ?"
    rows = list(db.query(sql, params + [limit, offset]))
    _attach_people(db, rows)
    for position, row in enumerate(rows, start=offset + 1):
        row["position"] = position
        row["score"] = round(-row.pop("bm25"), 6)
    return rows


def _speakers(db, quote_ids: list[str]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {i: [] for i in quote_ids}
    sql = (f"select qs.quote_id, s.id, s.name from quote_speakers qs join sources s on s.id = qs.source_id "
           f"where qs.quote_id in ({_in(quote_ids)}) order by qs.quote_id, qs.position")
    for quote_id, sid, name in db.execute(sql, quote_ids).fetchall():
        found[quote_id].append({"id": sid, "name": name})
    return found


def _attach_people(db, rows: list[dict]) -> None:
    speakers = _speakers(db, [r["id"] for r in rows if r["type"] == "quote"])
    claimant_ids = sorted({r["claimant_id"] for r in rows if r["claimant_id"]})
    names = dict(db.execute(f"select id, name from sources where id in ({_in(claimant_ids)})", claimant_ids).fetchall())
    for row in rows:
        claimant_id = row.pop("claimant_id")
        if row["type"] == "quote":
            row["speakers"] = speakers[row["id"]]
            row.pop("kind")
        else:
            row["claimant"] = {"id": claimant_id, "name": names.get(claimant_id, claimant_id)} if claimant_id else None


def _stem_guesses(word: str) -> list[str]:
    """Porter stems are nearly always a prefix of the word (or end in i for y): enough to estimate rarity."""
    guesses = [word[:n] for n in range(len(word), max(1, len(word) - 4), -1)]
    return guesses + ([word[:-1] + "i"] if word.endswith("y") else [])


def document_counts(db, words: list[str]) -> dict[str, int]:
    """How many quotes contain each word (0 when unknown), from the quote_terms table the importer builds."""
    guesses = {w: _stem_guesses(w) for w in words}
    flat = sorted({g for gs in guesses.values() for g in gs})
    try:
        found = dict(db.execute(f"select term, docs from quote_terms where term in ({_in(flat)})", flat).fetchall())
    except sqlite3.OperationalError:  # a database built before the table existed: keep the given order
        return {w: i for i, w in enumerate(words)}
    return {w: next((found[g] for g in gs if g in found), 0) for w, gs in guesses.items()}


def verify_candidates(db, words: list[str], *, article=None, limit=VERIFY_PREFILTER) -> list[dict]:
    """The stored quotes sharing the most rare words with a submission, with speakers, sentence and span.

    First the quotes holding all (or all but one) of the ALL_TERMS rarest known words: FTS5 intersects
    posting lists by seeking, so this is cheap even when those words are common, and it finds the quote a
    verbatim, partial or lightly altered submission came from. Then, unless that already filled the list or
    would be too costly, an OR of the rarest words (up to PREFILTER_TERMS, and no more once their quotes add
    up to POSTINGS_BUDGET) adds near quotes: bm25 is computed for every row matching an OR, so common words,
    whose posting lists grow with the table, are what would make the cost grow with the database.
    """
    if not words:
        return []
    counts = document_counts(db, words)
    terms, postings = [], 0
    for word in sorted(words, key=lambda w: (counts[w], words.index(w)))[:PREFILTER_TERMS]:
        if len(terms) >= 2 and postings + counts[word] > POSTINGS_BUDGET:
            break
        terms.append(word)
        postings += counts[word]
    known = sorted((w for w in words if counts[w]), key=lambda w: (counts[w], words.index(w)))[:ALL_TERMS]
    # With two words, "all but one" is the OR itself: intersect only when the OR would be costly.
    if len(known) >= 3 or (len(known) == 2 and sum(counts[w] for w in known) > POSTINGS_BUDGET):
        rows = _ranked_candidates(db, _all_but_one(known), article, limit)
        if rows:
            return rows
    return _ranked_candidates(db, " OR ".join(_phrase(t) for t in terms), article, limit)


def _all_but_one(terms: list[str]) -> str:
    """Quotes holding every term, or all but one of them when there are 3 or more (one word may be the
    checker's changed or added word): "(a AND b) OR (a AND c) OR (b AND c)"."""
    if len(terms) < 3:
        return " AND ".join(_phrase(t) for t in terms)
    groups = [[t for j, t in enumerate(terms) if j != i] for i in range(len(terms))]
    return " OR ".join("(" + " AND ".join(_phrase(t) for t in g) + ")" for g in groups)


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _ranked_candidates(db, terms_expr: str, article, limit) -> list[dict]:
    match = "text : (" + terms_expr + ")"
    # filters sit inside the ranked subquery, or other articles' quotes could crowd the wanted ones out
    where, params = "", [match]
    if article:
        where, params = " and q2.article_id = ?", [match, article]
    sql = ("select q.id, q.article_id, q.text, q.sentence, q.start, q.\"end\" from quotes q "
           "join (select quotes_fts.rowid, bm25(quotes_fts) as rank from quotes_fts "
           "join quotes q2 on q2.rowid = quotes_fts.rowid "
           f"where quotes_fts match ? and q2.is_speech = 1{where} order by rank limit ?) f on f.rowid = q.rowid")
    params.append(limit)
    rows = list(db.query(sql + " order by f.rank", params))
    speakers = _speakers(db, [r["id"] for r in rows])
    for row in rows:
        row["speakers"] = speakers[row["id"]]
        row["span"] = {"start": row.pop("start"), "end": row.pop("end")}
    return rows
