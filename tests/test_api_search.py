"""GET /v1/search: quotes and claims together, ranked, highlighted, filtered, paged, and never a 500."""
import pytest
from helpers import assert_problem

SEED_ID = "biden-xi-call-conversation-2024"


def search(client, **args):
    rv = client.get("/v1/search", query_string=args)
    assert rv.status_code == 200, rv.get_data(as_text=True)
    return rv.get_json()


def test_quotes_and_claims_together_ranked_with_marked_snippets(client):
    items = search(client, q="taiwan", limit=100)["items"]
    assert {"quote", "claim"} <= {hit["type"] for hit in items}
    scores = [hit["score"] for hit in items]
    assert scores == sorted(scores, reverse=True)
    for hit in items:
        assert "taiwan" in hit["text"].lower()
        assert "<mark>Taiwan</mark>" in hit["snippet"]
        assert hit["article_id"] == SEED_ID
        assert ("speakers" in hit) == (hit["type"] == "quote")
        assert ("claimant" in hit) == (hit["type"] == "claim")


def test_hit_points_at_the_served_record(client):
    hit = search(client, q='"red line"', type="quote")["items"][0]
    quote = client.get(f"/v1/quotes/{hit['id']}").get_json()
    assert quote["text"] == hit["text"] and quote["speakers"] == hit["speakers"]


def test_snippet_is_escaped_html():
    from api.search import _html_snippet

    assert _html_snippet("a <b> & \x02c\x03") == "a &lt;b&gt; &amp; <mark>c</mark>"


@pytest.mark.parametrize("args, expect", [
    ({"type": "quote"}, lambda hit: hit["type"] == "quote"),
    ({"type": "claim"}, lambda hit: hit["type"] == "claim"),
    ({"kind": "prediction"}, lambda hit: hit["type"] == "claim" and hit["kind"] == "prediction"),
    ({"article": SEED_ID}, lambda hit: hit["article_id"] == SEED_ID),
])
def test_filters(client, args, expect):
    items = search(client, q="taiwan OR china", **args)["items"] or search(client, q="china", **args)["items"]
    assert items and all(expect(hit) for hit in items)


def test_speaker_filter_matches_quote_speakers_and_claimants(client):
    items = search(client, q="united states", speaker="Joe Biden")["items"]
    assert items and all(hit["type"] == "quote" and any(s["id"] == "joe-biden" for s in hit["speakers"])
                         or hit["type"] == "claim" and (hit["claimant"] or {}).get("id") == "joe-biden" for hit in items)
    assert search(client, q="united states", speaker="nobody-at-all")["items"] == []
    assert search(client, q="taiwan", article="no-such-article")["items"] == []


def test_prefix_and_phrase_queries(client):
    assert any("tariff" in hit["text"].lower() for hit in search(client, q="tariff*")["items"])
    phrase = search(client, q='"red line"')["items"]
    assert phrase and all("red line" in hit["text"].lower() for hit in phrase)


def test_pages_cover_every_hit_once(corpus_client):
    everything = search(corpus_client, q="said", limit=100)["items"]
    seen, cursor = [], None
    while True:
        args = {"q": "said", "limit": 7, **({"cursor": cursor} if cursor else {})}
        rv = corpus_client.get("/v1/search", query_string=args)
        body = rv.get_json()
        seen += [(h["type"], h["id"]) for h in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            assert "Link" not in rv.headers
            break
        assert 'rel="next"' in rv.headers["Link"]
    assert len(everything) > 7
    assert seen == [(h["type"], h["id"]) for h in everything]


@pytest.mark.parametrize("q", ['"', "AND", "NEAR(", "*", "OR OR", "a\x01b", '"unbalanced phrase', "(", ")", "-",
                               "NOT taiwan", "taiwan NEAR/2 red", "^", "col:taiwan", "{text}: x", "ü ß 中文", "\x00",
                               "x" * 300, " ".join(["taiwan"] * 42)])
def test_any_input_gets_results_or_nothing_never_500(client, q):
    body = search(client, q=q)
    assert isinstance(body["items"], list)


@pytest.mark.parametrize("query", [
    {"q": "x" * 301}, {"q": "x" * 5000}, {"q": ""}, {}, {"q": "a", "type": "person"}, {"q": "a", "kind": "rumour"},
    {"q": "a", "limit": 0}, {"q": "a", "limit": 101}, {"q": "a", "cursor": "garbage"}, {"q": "a", "colour": "red"},
])
def test_bad_arguments_are_422(client, query):
    assert_problem(client.get("/v1/search", query_string=query), 422)


def test_a_cursor_from_another_list_is_refused(corpus_client):
    cursor = corpus_client.get("/v1/quotes?limit=1").get_json()["next_cursor"]
    assert_problem(corpus_client.get("/v1/search", query_string={"q": "said", "cursor": cursor}), 422)


def test_etag_and_304(client):
    rv = client.get("/v1/search?q=taiwan")
    again = client.get("/v1/search?q=taiwan", headers={"If-None-Match": rv.headers["ETag"]})
    assert again.status_code == 304


def test_a_claim_kind_with_type_quote_matches_nothing(client):
    assert search(client, q="taiwan", type="quote", kind="attributed")["items"] == []
