"""Score the quote extractor against hand-made gold files (the rules of shared/dev-articles/README.md).

Gold offsets index the raw .txt while ours index the cleaned text, so quotes are matched on normalised
text, and span exactness is checked against our own cleaned text. Claims are not scored here, so the
pipeline is run up to build_sources rather than through extract().
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .extract.attribution import attribute_quotes
from .extract.clean import clean_article
from .extract.lexicon import norm
from .extract.quotes import find_quotes
from .extract.sentences import split_sentences
from .extract.sources import build_sources


def predict(raw: str):
    """The pipeline's speech quotes for one raw article, with the sources they point to."""
    clean = clean_article(raw)
    sentences = split_sentences(clean.text, clean.paragraphs)
    quotes = find_quotes(clean.text, clean.paragraphs, sentences)
    mentions = attribute_quotes(clean.text, clean.paragraphs, sentences, quotes)
    quotes, sources = build_sources(clean, quotes, mentions)
    return clean, quotes, sources


def score_article(raw: str, gold: dict) -> dict:
    clean, quotes, sources = predict(raw)
    by_key = {s.key: s for s in sources}
    wanted: dict[str, list[dict]] = {}
    optional = {norm(g["text"]) for g in gold["quotes"] if g.get("optional")}
    for g in gold["quotes"]:
        if not g.get("optional"):
            wanted.setdefault(norm(g["text"]), []).append(g)
    tp = fp = speaker_ok = exact = 0
    errors = []
    predicted = [q for q in quotes if q.is_speech]
    for q in predicted:
        exact += clean.text[q.start:q.end] == q.text
        key = norm(q.text)
        if key in optional:
            continue
        if not wanted.get(key):
            fp += 1
            errors.append(f"FP {q.text[:60]!r}")
            continue
        g = wanted[key].pop(0)
        tp += 1
        if _speaker_right(q, g, by_key):
            speaker_ok += 1
        else:
            got = [by_key[k].name for k in q.speakers]
            errors.append(f"SPEAKER {q.text[:40]!r}: got {got}, want {g['speakers'][:2]}")
    fn = sum(len(v) for v in wanted.values())
    errors += [f"FN {g['text'][:60]!r}" for v in wanted.values() for g in v]
    return {"tp": tp, "fp": fp, "fn": fn, "speaker_ok": speaker_ok, "exact": exact, "predicted": len(predicted),
            **_ratios(tp, fp, fn, speaker_ok, exact, len(predicted)), "errors": errors}


def _speaker_right(quote, gold: dict, by_key: dict) -> bool:
    names = {norm(n) for n in gold.get("speakers", [])}
    if gold.get("speakers"):
        names.add(norm(gold["speakers"][0]).split(" ")[-1])
    for key in quote.speakers:
        source = by_key[key]
        if {norm(n) for n in [source.name, *source.aliases]} & names:
            return True
    return not gold.get("speakers") and not quote.speakers


def _ratios(tp, fp, fn, speaker_ok, exact, predicted) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1,
            "speaker_accuracy": speaker_ok / tp if tp else 1.0, "span_exact": exact / predicted if predicted else 1.0}


def evaluate(gold_dir) -> dict:
    """Score every <name>.txt that has a <name>.gold.json beside it; totals are micro-averaged."""
    articles = []
    for gold_path in sorted(Path(gold_dir).glob("*.gold.json")):
        txt = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        result = score_article(txt.read_text(encoding="utf-8"), json.loads(gold_path.read_text(encoding="utf-8")))
        articles.append({"name": txt.stem, **result})
    sums = {k: sum(a[k] for a in articles) for k in ("tp", "fp", "fn", "speaker_ok", "exact", "predicted")}
    return {"articles": articles, **sums, **_ratios(**sums)}


score = evaluate


def main(argv: list[str] | None = None) -> int:
    """Print per-article and total precision, recall, F1, speaker accuracy and span exactness."""
    args = sys.argv[1:] if argv is None else argv
    report = evaluate(args[0] if args else "tests/fixtures/gold")
    row = "{:<48} {:>5} {:>5} {:>5} {:>7} {:>6}"
    print(row.format("article", "P", "R", "F1", "speaker", "exact"))
    for a in report["articles"] + [{"name": "TOTAL", **report}]:
        print(row.format(a["name"][:48], *(f"{a[k]:.2f}" for k in ("precision", "recall", "f1", "speaker_accuracy",
                                                                     "span_exact"))))
        if "-v" in args:
            for e in a.get("errors", []):
                print("    ", e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
