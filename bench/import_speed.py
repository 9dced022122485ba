"""Import throughput: articles per second per core on ~6 KB articles, through the real pipeline.

Builds a corpus by cycling the seed and gold articles (each trimmed or repeated paragraph-wise to about
6 KB), runs `extract()` on every one in this single process (one core), then times the full importer
(extract + write + indexes + atomic swap) on the same files. Prints figures; asserts nothing.
Usage: python bench/import_speed.py [N_ARTICLES]
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from seeds.extract import extract  # noqa: E402
from seeds.importer import import_files  # noqa: E402

TARGET_BYTES = 6 * 1024


def six_kb(text: str) -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    out, i = [], 0
    while len("\n\n".join(out).encode()) < TARGET_BYTES:
        out.append(paragraphs[i % len(paragraphs)])
        i += 1
    return "\n\n".join(out)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
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
    print(f"full import:    {n / import_total:7.1f} articles/s/core  ({import_total:.2f} s incl. sqlite writes, FTS, vacuum)")


if __name__ == "__main__":
    main()
