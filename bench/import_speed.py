"""Import throughput: articles per second per core on ~6 KB articles, through the real pipeline.

Builds a corpus by cycling the seed and gold articles (each trimmed or repeated paragraph-wise to about
6 KB), runs `extract()` on every one in this single process (one core), then times the full importer
(extract + write + indexes + atomic swap) on the same files, and the time per extraction step. Prints
figures; asserts nothing. On a shared machine, compare code versions in one process or interleaved runs.
Usage: python bench/import_speed.py [N_ARTICLES] [--repeat K]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from seeds.extract import extract  # noqa: E402
from seeds.extract.attribution import attribute_quotes  # noqa: E402
from seeds.extract.claims import find_claims  # noqa: E402
from seeds.extract.clean import clean_article  # noqa: E402
from seeds.extract.quotes import find_quotes  # noqa: E402
from seeds.extract.sentences import split_sentences  # noqa: E402
from seeds.extract.sources import build_sources  # noqa: E402
from seeds.importer import import_files  # noqa: E402

TARGET_BYTES = 6 * 1024


def six_kb(text: str) -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    out, i = [], 0
    while len("\n\n".join(out).encode()) < TARGET_BYTES:
        out.append(paragraphs[i % len(paragraphs)])
        i += 1
    return "\n\n".join(out)


def stage_times(texts: list[str], n: int) -> dict[str, float]:
    """Seconds per article spent in each extraction step (the steps extract() runs, timed one by one)."""
    spent = dict.fromkeys(("clean", "sentences", "quotes", "attribution", "sources", "claims"), 0.0)
    for i in range(n):
        t0 = time.perf_counter()
        clean = clean_article(texts[i % len(texts)])
        t1 = time.perf_counter()
        sentences = split_sentences(clean.text, clean.paragraphs)
        t2 = time.perf_counter()
        quotes = find_quotes(clean.text, clean.paragraphs, sentences)
        t3 = time.perf_counter()
        mentions = attribute_quotes(clean.text, clean.paragraphs, sentences, quotes)
        t4 = time.perf_counter()
        quotes, sources = build_sources(clean, quotes, mentions)
        t5 = time.perf_counter()
        find_claims(clean.text, clean.paragraphs, sentences, quotes, sources)
        t6 = time.perf_counter()
        for step, dt in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5)):
            spent[step] += dt
    return {step: dt / n for step, dt in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description="Import throughput on ~6 KB articles, one core.")
    parser.add_argument("n", nargs="?", type=int, default=200, help="articles per run (default 200)")
    parser.add_argument("--repeat", type=int, default=1, help="runs in this process (default 1)")
    args = parser.parse_args()
    for run in range(args.repeat):
        if args.repeat > 1:
            print(f"run {run + 1} of {args.repeat}")
        measure(args.n)


def measure(n: int) -> None:
    sources = sorted((ROOT / "seeds" / "articles").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "gold").glob("*.txt"))
    texts = [six_kb(p.read_text(encoding="utf-8")) for p in sources]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(n):
            path = Path(tmp) / f"article-{i:05d}.txt"
            path.write_text(texts[i % len(texts)], encoding="utf-8")
            files.append(path)
        sizes = [len(t.encode()) for t in texts]
        extract(texts[0])  # warm up imports and regex compilation
        per_article = []
        started = time.perf_counter()
        for i in range(n):
            t0 = time.perf_counter()
            extract(texts[i % len(texts)])
            per_article.append(time.perf_counter() - t0)
        extract_total = time.perf_counter() - started
        started = time.perf_counter()
        import_files(files, Path(tmp) / "facts.db")
        import_total = time.perf_counter() - started
    print(f"articles: {n}, mean size {statistics.mean(sizes) / 1024:.1f} KB")
    print(f"extract only:   {n / extract_total:7.1f} articles/s/core  (median {statistics.median(per_article) * 1000:.1f} ms, "
          f"p95 {sorted(per_article)[int(0.95 * n) - 1] * 1000:.1f} ms)")
    print(f"full import:    {n / import_total:7.1f} articles/s/core  ({import_total:.2f} s incl. sqlite writes, FTS, indexes, swap)")
    steps = stage_times(texts, n)
    print("extract steps:  " + ", ".join(f"{step} {dt * 1000:.1f}" for step, dt in steps.items()) + " ms/article")


if __name__ == "__main__":
    main()
