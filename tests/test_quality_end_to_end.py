"""Score what a client sees: gold articles through the real importer and the HTTP API.

This is how the product is judged (import FILES, then /v1/articles/{id}/text and /v1/quotes?article=…),
so it catches what a pipeline-only score cannot: quotes lost or renamed on the way into SQLite, speaker
names that only match through an alias, spans that drift from the served text.
"""
import json

import pytest

from conftest import GOLD_DIR
from seeds.evaluate import score_predictions
from seeds.importer import slugify

MIN_F1 = 0.95
MIN_SPEAKER_ACCURACY = 0.95


def served_quotes(client, article_id: str) -> list[dict]:
    items, cursor = [], None
    while True:
        args = {"article": article_id, "limit": 100, **({"cursor": cursor} if cursor else {})}
        body = client.get("/v1/quotes", query_string=args).get_json()
        items += body["items"]
        cursor = body["next_cursor"]
        if not cursor:
            return items


@pytest.fixture(scope="module")
def scores(corpus_db):
    from app import create_app

    client = create_app({"TESTING": True, "DATABASE": str(corpus_db)}).test_client()
    results = {}
    for gold_path in sorted(GOLD_DIR.glob("*.gold.json")):
        article_id = slugify(gold_path.name[: -len(".gold.json")])
        text = client.get(f"/v1/articles/{article_id}/text").get_data(as_text=True)
        predicted = [{"text": q["text"], "start": q["span"]["start"], "end": q["span"]["end"],
                      "speakers": [s["name"] for s in q["speakers"]]} for q in served_quotes(client, article_id)]
        results[article_id] = score_predictions(text, predicted, json.loads(gold_path.read_text(encoding="utf-8")))
    return results


def test_every_served_span_indexes_the_served_text(scores):
    assert all(s["exact"] == s["predicted"] for s in scores.values())


def test_quote_f1_and_speaker_accuracy_over_http(scores):
    tp = sum(s["tp"] for s in scores.values())
    fp = sum(s["fp"] for s in scores.values())
    fn = sum(s["fn"] for s in scores.values())
    ok = sum(s["speaker_ok"] for s in scores.values())
    f1 = 2 * tp / (2 * tp + fp + fn)
    errors = {k: s["errors"] for k, s in scores.items() if s["errors"]}
    assert f1 >= MIN_F1, errors
    assert ok / tp >= MIN_SPEAKER_ACCURACY, errors
