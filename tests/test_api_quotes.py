"""The seed's four quotes, their speakers and exact spans, through the API."""
import unicodedata

import pytest
from helpers import assert_problem

SEED_ID = "biden-xi-call-conversation-2024"


@pytest.fixture
def seed_quotes(client):
    return client.get("/v1/quotes", query_string={"article": SEED_ID, "limit": 100}).get_json()["items"]


def test_exactly_four_quotes_with_exact_spans(client, seed_quotes):
    text = client.get(f"/v1/articles/{SEED_ID}/text").get_data(as_text=True)
    assert len(seed_quotes) == 4
    for quote in seed_quotes:
        assert text[quote["span"]["start"]:quote["span"]["end"]] == quote["text"]
        assert quote["sentence"] and quote["text"] in quote["sentence"]


def speakers_of(quotes, startswith):
    (quote,) = [q for q in quotes if unicodedata.normalize("NFC", q["text"]).startswith(startswith)]
    return quote, sorted(s["name"].lower() for s in quote["speakers"])


def test_candid_and_constructive_has_both_statements_as_speakers(seed_quotes):
    quote, names = speakers_of(seed_quotes, "candid and constructive")
    assert quote["text"] == "candid and constructive" and quote["partial"] is True
    assert len(names) == 2
    assert any("chinese" in n and "statement" in n for n in names)
    assert any(("u.s." in n or "american" in n or "us " in n) and "statement" in n for n in names)


def test_beijing_speaks_for_suppress(seed_quotes):
    _, names = speakers_of(seed_quotes, "suppress China")
    assert names == ["beijing"]


def test_biden_pointed_out(seed_quotes):
    quote, names = speakers_of(seed_quotes, "that the United States")
    assert names == ["joe biden"]
    assert quote["cue"] == "pointed out"
    assert quote["elided"] is True


def test_red_line_is_the_chinese_statement(seed_quotes):
    quote, names = speakers_of(seed_quotes, "The Taiwan question")
    assert len(names) == 1 and "chinese statement" in names[0]


def test_get_quote_by_id_and_404(client, seed_quotes):
    quote = seed_quotes[0]
    assert client.get(f"/v1/quotes/{quote['id']}").get_json() == quote
    assert_problem(client.get("/v1/quotes/q_doesnotexist"), 404)


def test_speaker_filter_accepts_id_name_or_alias(client, seed_quotes):
    _, _ = speakers_of(seed_quotes, "that the United States")
    by_name = client.get("/v1/quotes", query_string={"speaker": "Joe Biden"}).get_json()["items"]
    by_alias = client.get("/v1/quotes", query_string={"speaker": "biden"}).get_json()["items"]
    by_id = client.get("/v1/quotes", query_string={"speaker": "joe-biden"}).get_json()["items"]
    assert by_name == by_alias == by_id and len(by_id) == 1


def test_full_text_filter(client):
    items = client.get("/v1/quotes", query_string={"q": "red line"}).get_json()["items"]
    assert len(items) == 1 and "red line" in items[0]["text"]
    assert client.get("/v1/quotes", query_string={"q": '"'}).get_json()["items"] == []


def test_source_quotes_and_unknown_source(client):
    rv = client.get("/v1/sources/joe-biden/quotes")
    assert rv.status_code == 200 and len(rv.get_json()["items"]) == 1
    assert_problem(client.get("/v1/sources/nobody/quotes"), 404)
