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
    predicted = [{"text": q.text, "start": q.start, "end": q.end, "speakers": [by_key[k].name for k in q.speakers]}
                 for q in quotes if q.is_speech]
    return score_predictions(clean.text, predicted, gold)


def score_predictions(text: str, predicted: list[dict], gold: dict) -> dict:
    """Score served quotes ({text, start, end, speakers: [names]}) against one gold file.

    Only the speakers' names count, as for a client of the API: an alias we know does not rescue a wrong
    or odd canonical name.
    """
    wanted: dict[str, list[dict]] = {}
    optional = {norm(g["text"]) for g in gold["quotes"] if g.get("optional")}
    for g in gold["quotes"]:
        if not g.get("optional"):
            wanted.setdefault(norm(g["text"]), []).append(g)
    tp = fp = speaker_ok = exact = 0
    errors = []
    for q in predicted:
        exact += text[q["start"]:q["end"]] == q["text"]
        key = norm(q["text"])
        if key in optional and not wanted.get(key):  # 'Horrifying.' optional in a headline, counted in the body
            continue
        if not wanted.get(key):
            fp += 1
            errors.append(f"FP {q['text'][:60]!r}")
            continue
        g = wanted[key].pop(0)
        tp += 1
        if speaker_right(q["speakers"], g):
            speaker_ok += 1
        else:
            errors.append(f"SPEAKER {q['text'][:40]!r}: got {q['speakers']}, want {g['speakers'][:2]}")
    fn = sum(len(v) for v in wanted.values())
    errors += [f"FN {g['text'][:60]!r}" for v in wanted.values() for g in v]
    return {"tp": tp, "fp": fp, "fn": fn, "speaker_ok": speaker_ok, "exact": exact, "predicted": len(predicted),
            **_ratios(tp, fp, fn, speaker_ok, exact, len(predicted)), "errors": errors}


def speaker_right(names: list[str], gold: dict) -> bool:
    """A predicted name equal to the gold full name, an accepted alias, or the full name's last word."""
    accepted = {norm(n) for n in gold.get("speakers", [])}
    if gold.get("speakers"):
        accepted.add(norm(gold["speakers"][0]).split(" ")[-1])
    if not gold.get("speakers"):
        return not names
    return any(norm(n) in accepted for n in names)


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


def format_report(report: dict, verbose: bool = False) -> str:
    """Per-article and total precision, recall, F1, speaker accuracy and span exactness as a table."""
    row = "{:<48} {:>5} {:>5} {:>5} {:>7} {:>6}"
    lines = [row.format("article", "P", "R", "F1", "speaker", "exact")]
    for a in report["articles"] + [{"name": "TOTAL", **report}]:
        lines.append(row.format(a["name"][:48], *(f"{a[k]:.2f}" for k in ("precision", "recall", "f1",
                                                                          "speaker_accuracy", "span_exact"))))
        if verbose:
            lines += [f"     {e}" for e in a.get("errors", [])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    paths = [a for a in args if not a.startswith("-")]
    print(format_report(evaluate(paths[0] if paths else "tests/fixtures/gold"), verbose="-v" in args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
