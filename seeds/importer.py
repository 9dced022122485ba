"""Read seed articles, run the extraction pipeline, and write the facts database atomically.

The database is a build artifact: it is built into a temporary file beside the target and swapped in with
one `os.replace`, so a running server never sees half an import and a failed import leaves the old file
byte-for-byte untouched. Ids are derived from content, so importing the same text again gives the same ids.
"""
from __future__ import annotations

import bisect
import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from db.tables import TABLE_COLUMNS, create_indexes, create_tables
from seeds.extract import Extraction, extract

SEEDS_DIR = Path(__file__).resolve().parent / "articles"
DEFAULT_DB = Path(__file__).resolve().parent.parent / "db" / "facts.db"
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
METADATA_FIELDS = ("title", "author", "author_description", "publisher", "original_publisher",
                   "license", "language", "published_at")


class ImportError_(Exception):
    """A problem with the input files; its message is one line per bad file."""


@dataclass
class SeedFile:
    path: Path
    article_id: str
    raw: str
    metadata: dict


def slugify(value: str) -> str:
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


def short_hash(*parts: str, length: int = 12) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def normalise_for_id(text: str) -> str:
    # Same as re.sub(r"\s+", " ", text).strip().lower(): `re`'s \s and str.split() share one whitespace test.
    return " ".join(text.split()).lower()


_JSON = json.JSONEncoder(ensure_ascii=False).encode  # what json.dumps(x, ensure_ascii=False) builds per call


def default_seed_files() -> list[Path]:
    return sorted(SEEDS_DIR.glob("*.txt"))


def read_seed(path: Path) -> SeedFile:
    """Read one article, raising ImportError_ with a one-line reason for anything unusable."""
    if not path.exists():
        raise ImportError_(f"{path}: no such file")
    if not path.is_file():
        raise ImportError_(f"{path}: not a regular file")
    data = path.read_bytes()
    if len(data) > MAX_ARTICLE_BYTES:
        raise ImportError_(f"{path}: larger than {MAX_ARTICLE_BYTES} bytes")
    if b"\x00" in data:
        raise ImportError_(f"{path}: binary file (contains NUL bytes)")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportError_(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    if not raw.strip():
        raise ImportError_(f"{path}: empty file")
    article_id = slugify(path.stem)
    if not article_id:
        raise ImportError_(f"{path}: file name gives an empty article id")
    metadata = {}
    meta_path = path.with_suffix(".json")
    if meta_path.exists():
        try:
            loaded = json.loads(meta_path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise ImportError_(f"{meta_path}: invalid metadata JSON ({exc})") from None
        if not isinstance(loaded, dict):
            raise ImportError_(f"{meta_path}: metadata must be a JSON object")
        metadata = {k: loaded[k] for k in METADATA_FIELDS if isinstance(loaded.get(k), str)}
    return SeedFile(path=path, article_id=article_id, raw=raw.replace("\r\n", "\n"), metadata=metadata)


def read_seeds(paths: list[Path]) -> list[SeedFile]:
    """Read every file, collecting all problems so the user sees them at once."""
    seeds, errors, seen = [], [], {}
    for path in paths:
        try:
            seed = read_seed(Path(path))
        except ImportError_ as exc:
            errors.append(str(exc))
            continue
        if seed.article_id in seen:
            errors.append(f"{path}: article id '{seed.article_id}' is also used by {seen[seed.article_id]}")
            continue
        seen[seed.article_id] = path
        seeds.append(seed)
    if errors:
        raise ImportError_("\n".join(errors))
    if not seeds:
        raise ImportError_("no article files to import")
    return seeds


def occurrence_ids(article_id: str, texts: list[str], prefix: str) -> list[str]:
    """Ids from article, normalised text and occurrence number: stable across re-imports of the same text."""
    counts: dict[str, int] = {}
    ids = []
    for text in texts:
        norm = normalise_for_id(text)
        counts[norm] = counts.get(norm, 0) + 1
        ids.append(prefix + short_hash(article_id, norm, str(counts[norm])))
    return ids


def source_id(key: str) -> str:
    return slugify(key) or "source-" + short_hash(key, length=8)


def quote_context(sentences: list, start: int, end: int, ends: list[int] | None = None) -> tuple[str | None, str | None]:
    """The nearest whole sentence ending before the quote and the nearest starting after it.

    Sentences come in text order, so both are one binary search; `ends` (each sentence's end) may be
    passed in when one article asks for many quotes.
    """
    if ends is None:
        ends = [s.end for s in sentences]
    i = bisect.bisect_right(ends, start)  # sentences[:i] end at or before the quote
    before = sentences[i - 1] if i else None
    j = i
    while j < len(sentences) and sentences[j].start < end:
        j += 1
    after = sentences[j] if j < len(sentences) else None
    return (before.text if before else None), (after.text if after else None)


def article_rows(seed: SeedFile, ex: Extraction, imported_at: str) -> dict:
    """All rows one article contributes, keyed by table name."""
    clean = ex.clean
    meta = {field: getattr(clean, field) for field in METADATA_FIELDS}
    meta.update(seed.metadata)
    article = {
        "id": seed.article_id, **meta, "text": clean.text,
        "sha256": hashlib.sha256(clean.text.encode("utf-8")).hexdigest(),
        "word_count": len(clean.text.split()), "imported_at": imported_at,
    }
    sources = {}
    for src in ex.sources:
        sid = source_id(src.key)
        sources[sid] = {"id": sid, "name": src.name, "kind": src.kind, "description": src.description,
                        "aliases": _JSON(sorted(set(src.aliases)))}
    key_to_id = {src.key: source_id(src.key) for src in ex.sources}
    quotes, speakers, roles = [], [], set()
    ends = [s.end for s in ex.sentences]
    for seq, (qid, q) in enumerate(zip(occurrence_ids(seed.article_id, [q.text for q in ex.quotes], "q_"), ex.quotes)):
        quotes.append({"id": qid, "article_id": seed.article_id, "seq": seq, "text": q.text, "start": q.start,
                       "end": q.end, "sentence": q.sentence, "paragraph": q.paragraph, "cue": q.cue,
                       "partial": int(q.partial), "elided": int(q.elided), "confidence": round(q.confidence, 3),
                       "is_speech": int(q.is_speech),
                       **dict(zip(("context_before", "context_after"), quote_context(ex.sentences, q.start, q.end, ends)))})
        for pos, key in enumerate(dict.fromkeys(q.speakers)):
            if key in key_to_id:
                speakers.append({"quote_id": qid, "source_id": key_to_id[key], "position": pos})
                roles.add((key_to_id[key], "speaker"))
    claims = []
    for seq, (cid, c) in enumerate(zip(occurrence_ids(seed.article_id, [c.text for c in ex.claims], "c_"), ex.claims)):
        claimant = key_to_id.get(c.claimant) if c.claimant else None
        if claimant:
            roles.add((claimant, "claimant"))
        claims.append({"id": cid, "article_id": seed.article_id, "seq": seq, "text": c.text, "start": c.start,
                       "end": c.end, "kind": c.kind, "hedged": int(c.hedged), "hedge": c.hedge,
                       "claimant_id": claimant, "checkworthiness": round(c.checkworthiness, 3),
                       "entities": _JSON(c.entities), "dates": _JSON(c.dates), "numbers": _JSON(c.numbers)})
    for sid in sources:
        roles.add((sid, "mentioned"))
    for name, role in ((article.get("author"), "author"), (article.get("publisher"), "publisher")):
        if name and source_id(name) in sources:
            roles.add((source_id(name), role))
    article_sources = [{"article_id": seed.article_id, "source_id": sid, "role": role} for sid, role in sorted(roles)]
    return {"articles": [article], "sources": list(sources.values()), "quotes": quotes,
            "quote_speakers": speakers, "claims": claims, "article_sources": article_sources}


def merge_sources(existing: dict, rows: list[dict]) -> None:
    """One source record across articles: aliases are unioned, the first description wins."""
    for row in rows:
        old = existing.get(row["id"])
        if old is None:
            existing[row["id"]] = dict(row)
            continue
        aliases = sorted(set(json.loads(old["aliases"])) | set(json.loads(row["aliases"])))
        old["aliases"] = json.dumps(aliases, ensure_ascii=False)
        old["description"] = old["description"] or row["description"]


_ROW_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode


def build_id_of(tables: dict[str, list[dict]]) -> str:
    """A hash of every row except import times: identical inputs give identical build ids."""
    digest = hashlib.sha256()
    for name in sorted(tables):
        rows = [{k: v for k, v in row.items() if k != "imported_at"} if "imported_at" in row else row
                for row in tables[name]]
        digest.update("".join(map(_ROW_JSON, rows)).encode("utf-8"))  # the rows' JSON texts, back to back
    return digest.hexdigest()[:16]


def build_tables(seeds: list[SeedFile]) -> dict[str, list[dict]]:
    imported_at = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    tables: dict[str, list[dict]] = {k: [] for k in ("articles", "quotes", "quote_speakers", "claims", "article_sources")}
    sources: dict[str, dict] = {}
    for seed in seeds:
        rows = article_rows(seed, extract(seed.raw), imported_at)
        merge_sources(sources, rows.pop("sources"))
        for name, items in rows.items():
            tables[name].extend(items)
    tables["sources"] = [sources[k] for k in sorted(sources)]
    return tables


def insert_rows(conn, name: str, rows: list[dict]) -> None:
    """One executemany per table with the column order db/tables.py declares (what sqlite-utils' insert_all
    did, without its per-value conversion and per-batch savepoints: every value here is already a str,
    int, float or None)."""
    if not rows:
        return
    columns = [c for c in TABLE_COLUMNS[name] if any(c in row for row in rows)]
    unknown = set().union(*rows) - set(columns)
    if unknown:
        raise ValueError(f"{name}: columns not in db/tables.py: {sorted(unknown)}")
    sql = "INSERT INTO [{}] ({}) VALUES ({})".format(
        name, ", ".join(f"[{c}]" for c in columns), ", ".join("?" * len(columns)))
    conn.executemany(sql, [tuple(row.get(c) for c in columns) for row in rows])


def write_database(tables: dict[str, list[dict]], target: Path) -> str:
    """Write into a temp file in the target's folder, then atomically rename it over the target.

    The temp file is private until the rename, so it is built with no rollback journal and no fsyncs
    (a crash leaves only a temp file that is deleted or ignored); it is fsynced once, then renamed.
    Rows go in with one executemany per table in one transaction; indexes and FTS are built after.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    build_id = build_id_of(tables)
    fd, tmp_name = tempfile.mkstemp(prefix=".facts-", suffix=".db.tmp", dir=target.parent)
    os.close(fd)
    try:
        db = sqlite_utils.Database(tmp_name)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        create_tables(db)
        with db.conn:
            for name in ("articles", "sources", "quotes", "quote_speakers", "claims", "article_sources"):
                insert_rows(db.conn, name, tables[name])
            insert_rows(db.conn, "meta", [
                {"key": "build_id", "value": build_id},
                {"key": "built_at", "value": datetime.now(timezone.utc).replace(microsecond=0).isoformat()},
                {"key": "schema_version", "value": "1"},
            ])
        create_indexes(db)
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = FULL")
        # A fresh build has no free pages (VACUUM saved 0.6% of pages and cost 40-160 ms per 100-500 articles):
        # compact only when more than 5% of the pages are free.
        free, pages = (db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("freelist_count", "page_count"))
        if free * 20 > pages:
            db.vacuum()
        db.close()
        with open(tmp_name, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, target)
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise
    return build_id


def import_files(paths: list[Path], target: Path) -> dict:
    """Import articles into `target`; returns a summary. Raises ImportError_ on bad input, leaving target untouched."""
    seeds = read_seeds(paths)
    tables = build_tables(seeds)
    build_id = write_database(tables, target)
    quotes = Counter(q["article_id"] for q in tables["quotes"] if q["is_speech"])
    claims = Counter(c["article_id"] for c in tables["claims"])
    per_article = [{"id": seed.article_id, "path": str(seed.path), "quotes": quotes[seed.article_id],
                    "claims": claims[seed.article_id]} for seed in seeds]
    return {"build_id": build_id, "db": str(target), "articles": per_article, "sources": len(tables["sources"])}
