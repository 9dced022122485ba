"""Quote verification latency at 100,000 quotes: p50/p95/p99 of POST /v1/quotes/verify, in milliseconds.

Builds the database the way the importer does (db/tables.py create_tables, sqlite-utils insert_all,
create_indexes with the same FTS5 tokenizer), filled with synthetic quotes: sentences drawn from the
vocabulary of the seed and gold articles with Zipf-like word frequencies, so common words are as common
as in news text and the FTS prefilter meets realistic posting-list lengths. Deterministic (seeded).
Then times verify requests through the Flask test client (parsing, prefilter, fuzzy matching, dumping):
a mix of exact, partial, altered (changed word, added "not"), misattributed and paraphrase submissions.
Usage: python bench/verify_bench.py [N_QUOTES] [N_REQUESTS]   (defaults 100000 and 1000)
"""
from __future__ import annotations

import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlite_utils  # noqa: E402

from app import create_app  # noqa: E402
from db.tables import create_indexes, create_tables  # noqa: E402

SEED = 20240405
QUOTES_PER_ARTICLE = 50
N_SOURCES = 2000


def vocabulary() -> list[str]:
    """Words of the real articles, most frequent first (their rank drives the Zipf weights)."""
    counts: dict[str, int] = {}
    for path in sorted((ROOT / "seeds" / "articles").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "gold").glob("*.txt")):
        for word in re.findall(r"[A-Za-z][a-z]+(?:'[a-z]+)?|\d+", path.read_text(encoding="utf-8")):
            counts[word] = counts.get(word, 0) + 1
    return sorted(counts, key=lambda w: (-counts[w], w))


def sentence(rng: random.Random, words: list[str], weights: list[float]) -> str:
    chosen = rng.choices(words, weights, k=rng.randint(6, 30))
    return " ".join(chosen).capitalize() + "."


def build(path: Path, n_quotes: int) -> None:
    rng = random.Random(SEED)
    words = vocabulary()
    weights = [1 / (rank + 1) ** 1.05 for rank in range(len(words))]
    db = sqlite_utils.Database(path, recreate=True)
    create_tables(db)
    n_articles = max(1, n_quotes // QUOTES_PER_ARTICLE)
    sources = [{"id": f"speaker-{i}", "name": f"Speaker {i}", "kind": "person", "description": None, "aliases": "[]"}
               for i in range(N_SOURCES)]

    def quote_rows():
        for i in range(n_quotes):
            text = sentence(rng, words, weights)
            yield {"id": f"q_{i:07d}", "article_id": f"article-{i // QUOTES_PER_ARTICLE}", "seq": i % QUOTES_PER_ARTICLE,
                   "text": text, "start": 0, "end": len(text), "sentence": f"He said: “{text}”", "paragraph": 0,
                   "cue": "said", "partial": 0, "elided": 0, "confidence": 0.9, "is_speech": 1,
                   "context_before": None, "context_after": None}

    with db.conn:
        db["articles"].insert_all({"id": f"article-{a}", "text": "synthetic", "sha256": "0" * 64, "word_count": 1,
                                   "imported_at": "2024-01-01T00:00:00+00:00"} for a in range(n_articles))
        db["sources"].insert_all(sources)
        db["quotes"].insert_all(quote_rows(), batch_size=2000)
        db["quote_speakers"].insert_all(({"quote_id": f"q_{i:07d}", "source_id": f"speaker-{(i * 7919) % N_SOURCES}",
                                          "position": 0} for i in range(n_quotes)), batch_size=5000)
        db["meta"].insert_all([{"key": "build_id", "value": f"bench-{n_quotes}"}])
    create_indexes(db)
    db.close()


def submissions(db_path: Path, n: int) -> list[dict]:
    rng = random.Random(SEED + 1)
    db = sqlite_utils.Database(db_path)
    total = db.execute("select count(*) from quotes").fetchone()[0]
    bodies = []
    for i in range(n):
        qid, text, speaker = db.execute(
            "select q.id, q.text, qs.source_id from quotes q join quote_speakers qs on qs.quote_id = q.id where q.id = ?",
            [f"q_{rng.randrange(total):07d}"]).fetchone()
        ws = text.rstrip(".").split()
        kind = i % 6
        if kind == 1 and len(ws) > 8:
            a = rng.randrange(len(ws) - 6)
            ws = ws[a:a + 6]  # partial
        elif kind == 2:
            ws[rng.randrange(len(ws))] = "2025"  # changed number
        elif kind == 3:
            ws.insert(rng.randrange(len(ws)), "not")  # added not
        elif kind == 5:
            rng.shuffle(ws)  # scrambled beyond recognition
        body = {"text": "“" + " ".join(ws) + "”"}
        if kind == 4:
            body["speaker"] = "speaker-1" if speaker != "speaker-1" else "speaker-2"
        elif i % 2:
            body["speaker"] = speaker
        bodies.append(body)
    db.close()
    return bodies


def main() -> None:
    n_quotes = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    n_requests = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    path = Path(tempfile.gettempdir()) / f"verify-bench-{n_quotes}.db"
    if not path.exists():
        started = time.perf_counter()
        build(path, n_quotes)
        print(f"built {n_quotes} quotes in {time.perf_counter() - started:.1f} s -> {path}")
    client = create_app({"TESTING": True, "DATABASE": str(path)}).test_client()
    bodies = submissions(path, n_requests)
    for body in bodies[:20]:  # warm the page cache and the code paths
        client.post("/v1/quotes/verify", json=body)
    timings, verdicts = [], {}
    for body in bodies:
        started = time.perf_counter()
        rv = client.post("/v1/quotes/verify", json=body)
        timings.append((time.perf_counter() - started) * 1000)
        assert rv.status_code == 200, rv.get_data(as_text=True)
        verdict = rv.get_json()["verdict"]
        verdicts[verdict] = verdicts.get(verdict, 0) + 1
    q = statistics.quantiles(timings, n=100)
    print(f"{n_requests} verify requests at {n_quotes} quotes: p50 {q[49]:.1f} ms, p95 {q[94]:.1f} ms, "
          f"p99 {q[98]:.1f} ms, max {max(timings):.1f} ms")
    print("verdicts:", dict(sorted(verdicts.items())))


if __name__ == "__main__":
    main()
