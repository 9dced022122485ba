"""A facts database at realistic scale for `make bench`: 1,000 articles, 100,000 quotes, 200,000 claims.

Synthetic rows in exactly the shape seeds/importer.py article_rows() produces, written through the real
loader (seeds.importer.write_database -> db/tables.py create_tables, one executemany per table,
create_indexes, VACUUM only when pages are free, atomic rename). Sentences are drawn with Zipf-like weights
from the vocabulary of the seed and gold articles (as bench/verify_bench.py does), so FTS posting lists have
realistic lengths. Every article's text is built from its sentences, so spans, sentence and context fields
index into the served text as real ones do.

Deterministic (seeded). The file is cached as bench/.cache/scale-<hash>.db, the hash covering this file,
db/tables.py and the vocabulary, so reruns are instant and any change to the generator or layout rebuilds.
Usage: python bench/build_scale_db.py   (prints the path)
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = 20240405
N_ARTICLES = 1000
QUOTES_PER_ARTICLE = 100
CLAIMS_PER_ARTICLE = 200
N_PEOPLE = 1900
N_ORGS = 100
CACHE = ROOT / "bench" / ".cache"
IMPORTED_AT = "2024-01-01T00:00:00+00:00"

FIRST = ("Anna Ben Carla David Elena Farid Grace Hiro Ines Jonas Kemal Lena Marco Nadia Omar Paula Quentin Rosa "
         "Samir Tara Ulla Victor Wen Xenia Yusuf Zoe Amit Bea Chen Dara Emil Femi Gita Hana Ivan Jia Kofi Lior Maya Nils").split()
LAST = ("Abbott Baker Castro Dubois Eriksen Fischer Garcia Haddad Ito Jensen Kowalski Lopez Moreau Nakamura Okafor "
        "Petrov Quinn Rossi Silva Tanaka Usman Varga Weber Xu Yilmaz Zhang Alvarez Brennan Costa Dimitrov Evans Fontaine "
        "Gupta Horvat Iqbal Jovanovic Kim Larsen Mendez Novak Ortiz Park Reyes Sato Toure Urban Vogel Wright Young Ziegler").split()
CUES = ("said", "told reporters", "added", "warned", "argued", "pointed out", "wrote", "insisted")
KINDS = ("factual", "attributed", "opinion", "prediction")
HEDGES = ("are believed to", "reportedly", "may", "is expected to")


def vocabulary() -> list[str]:
    """Words of the real articles, most frequent first (their rank drives the Zipf weights)."""
    counts: dict[str, int] = {}
    paths = sorted((ROOT / "seeds" / "articles").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "gold").glob("*.txt"))
    for path in paths:
        for word in re.findall(r"[A-Za-z][a-z]+(?:'[a-z]+)?|\d+", path.read_text(encoding="utf-8")):
            counts[word] = counts.get(word, 0) + 1
    return sorted(counts, key=lambda w: (-counts[w], w))


def cache_key(words: list[str]) -> str:
    digest = hashlib.sha256()
    for path in (Path(__file__), ROOT / "db" / "tables.py"):
        digest.update(path.read_bytes())
    digest.update("\n".join(words).encode())
    return digest.hexdigest()[:12]


def sources() -> list[dict]:
    people = [(f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST) % len(LAST)]}") for i in range(N_PEOPLE)]
    rows = []
    for i, name in enumerate(people):
        sid = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        rows.append({"id": sid, "name": name, "kind": "person", "description": f"Spokesperson {i}",
                     "aliases": json.dumps(sorted({name.split()[-1], name}))})
    for i in range(N_ORGS):
        name = f"Ministry of Affairs {i}"
        rows.append({"id": f"ministry-of-affairs-{i}", "name": name, "kind": "government", "description": None,
                     "aliases": json.dumps([f"Ministry {i}"])})
    return sorted(rows, key=lambda r: r["id"])


def build_tables(words: list[str]) -> dict[str, list[dict]]:
    rng = random.Random(SEED)
    weights = [1 / (rank + 1) ** 1.05 for rank in range(len(words))]
    cum = __import__("itertools").accumulate(weights)
    cum = list(cum)
    srcs = sources()
    people = [s for s in srcs if s["kind"] == "person"]

    def words_for(lo: int, hi: int) -> str:
        return " ".join(rng.choices(words, cum_weights=cum, k=rng.randint(lo, hi)))

    tables: dict[str, list[dict]] = {k: [] for k in ("articles", "quotes", "quote_speakers", "claims", "article_sources")}
    tables["sources"] = srcs
    for a in range(N_ARTICLES):
        article_id = f"article-{a:04d}"
        cast = rng.sample(people, 8)
        # 300 sentences: a quote every third one, claims in between; paragraphs of six sentences
        order = ["q" if i % 3 == 0 else "c" for i in range(QUOTES_PER_ARTICLE + CLAIMS_PER_ARTICLE)]
        parts, pos, sentences = [], 0, []
        for i, what in enumerate(order):
            if i and i % 6 == 0:
                parts.append("\n\n")
                pos += 2
            elif i:
                parts.append(" ")
                pos += 1
            if what == "q":
                speaker = rng.choice(cast)
                text = words_for(6, 30).capitalize()
                cue = rng.choice(CUES)
                prefix = f"{speaker['name']} {cue}: “"
                sentence = prefix + text + ".”"
                sentences.append(("q", sentence, pos, pos + len(prefix), pos + len(prefix) + len(text) + 1, speaker, cue, i // 6))
            else:
                sentence = words_for(8, 28).capitalize() + "."
                sentences.append(("c", sentence, pos, None, None, None, None, i // 6))
            parts.append(sentence)
            pos += len(sentence)
        text = "".join(parts)
        tables["articles"].append({
            "id": article_id, "title": f"Synthetic article {a}", "author": "Bench Writer", "author_description": None,
            "publisher": "Bench Press", "original_publisher": None, "license": "CC BY 4.0", "language": "en",
            "published_at": None, "text": text, "sha256": hashlib.sha256(text.encode()).hexdigest(),
            "word_count": len(text.split()), "imported_at": IMPORTED_AT})
        q_seq = c_seq = 0
        roles = set()
        for n, (what, sentence, start, qs, qe, speaker, cue, paragraph) in enumerate(sentences):
            before = sentences[n - 1][1] if n else None
            after = sentences[n + 1][1] if n + 1 < len(sentences) else None
            if what == "q":
                qid = "q_" + hashlib.sha256(f"{article_id}\x1f{n}".encode()).hexdigest()[:12]
                tables["quotes"].append({
                    "id": qid, "article_id": article_id, "seq": q_seq, "text": text[qs:qe], "start": qs, "end": qe,
                    "sentence": sentence, "paragraph": paragraph, "cue": cue, "partial": 0, "elided": 0,
                    "confidence": round(rng.uniform(0.6, 0.95), 3), "is_speech": 1,
                    "context_before": before, "context_after": after})
                tables["quote_speakers"].append({"quote_id": qid, "source_id": speaker["id"], "position": 0})
                roles.add((speaker["id"], "speaker"))
                if rng.random() < 0.05:  # "both said"
                    other = next(p for p in cast if p is not speaker)
                    tables["quote_speakers"].append({"quote_id": qid, "source_id": other["id"], "position": 1})
                    roles.add((other["id"], "speaker"))
                q_seq += 1
            else:
                cid = "c_" + hashlib.sha256(f"{article_id}\x1f{n}".encode()).hexdigest()[:12]
                claimant = rng.choice(cast)["id"] if rng.random() < 0.4 else None
                if claimant:
                    roles.add((claimant, "claimant"))
                hedged = rng.random() < 0.15
                ws = sentence.split()
                tables["claims"].append({
                    "id": cid, "article_id": article_id, "seq": c_seq, "text": sentence, "start": start,
                    "end": start + len(sentence), "kind": rng.choice(KINDS), "hedged": int(hedged),
                    "hedge": rng.choice(HEDGES) if hedged else None, "claimant_id": claimant,
                    "checkworthiness": round(rng.random(), 3),
                    "entities": json.dumps([w for w in ws[1:] if w[:1].isupper()][:5]),
                    "dates": json.dumps([]), "numbers": json.dumps([w for w in ws if w.isdigit()][:5])})
                c_seq += 1
        for person in cast:
            roles.add((person["id"], "mentioned"))
        tables["article_sources"] += [{"article_id": article_id, "source_id": s, "role": r} for s, r in sorted(roles)]
    return tables


def scale_db() -> Path:
    """The cached scale database's path, building it first when the generator or layout changed."""
    words = vocabulary()
    path = CACHE / f"scale-{cache_key(words)}.db"
    if path.exists():
        return path
    from seeds.importer import write_database

    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob("scale-*.db"):
        old.unlink()
    started = time.perf_counter()
    tables = build_tables(words)
    generated = time.perf_counter() - started
    build_id = write_database(tables, path)
    print(f"built {path.name}: {len(tables['articles'])} articles, {len(tables['quotes'])} quotes, "
          f"{len(tables['claims'])} claims, {len(tables['sources'])} sources (build {build_id}; "
          f"generate {generated:.1f} s, write {time.perf_counter() - started - generated:.1f} s)", file=sys.stderr)
    return path


if __name__ == "__main__":
    print(scale_db())
