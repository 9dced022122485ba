import pytest
from helpers import assert_problem

SEED_ID = "biden-xi-call-conversation-2024"


@pytest.fixture
def claims(client):
    return client.get("/v1/claims", query_string={"article": SEED_ID, "limit": 100}).get_json()["items"]


def find(claims, start):
    (claim,) = [c for c in claims if c["text"].startswith(start)]
    return claim


def test_claims_index_the_served_text(client, claims):
    text = client.get(f"/v1/articles/{SEED_ID}/text").get_data(as_text=True)
    assert len(claims) > 20
    for claim in claims:
        assert text[claim["span"]["start"]:claim["span"]["end"]] == claim["text"]


def test_headings_are_not_claims(claims):
    assert not [c for c in claims if c["text"] in ("Flashpoint Taiwan", "Common International Ground?")]


def test_the_issue_examples(claims):
    trade = find(claims, "Donald Trump began an unprecedented trade war")
    assert trade["kind"] == "factual" and trade["checkworthiness"] >= 0.6
    assert "25%" in trade["numbers"] and "2018" in trade["dates"]
    hedged = find(claims, "Xi and Biden are believed to")
    assert hedged["kind"] == "factual" and hedged["hedged"] and hedged["hedge"] == "are believed to"
    assert find(claims, "According to the Chinese statement")["kind"] == "attributed"
    assert find(claims, "According to the Chinese statement")["claimant"] is not None
    assert find(claims, "The candor is obvious")["kind"] == "opinion"
    assert find(claims, "Both sides")["kind"] == "prediction"


@pytest.mark.parametrize("kind", ["factual", "attributed", "opinion", "prediction"])
def test_kind_filter(client, kind):
    items = client.get("/v1/claims", query_string={"kind": kind, "limit": 100}).get_json()["items"]
    assert items and all(c["kind"] == kind for c in items)


def test_min_checkworthiness_and_entity_filters(client):
    items = client.get("/v1/claims", query_string={"min_checkworthiness": 0.6, "limit": 100}).get_json()["items"]
    assert items and all(c["checkworthiness"] >= 0.6 for c in items)
    items = client.get("/v1/claims", query_string={"entity": "taiwan", "limit": 100}).get_json()["items"]
    assert items and all(any(e.lower() == "taiwan" for e in c["entities"]) for c in items)


def test_claimant_filter_and_get_by_id(client, claims):
    attributed = [c for c in claims if c["claimant"]]
    assert attributed
    who = attributed[0]["claimant"]["id"]
    items = client.get("/v1/claims", query_string={"claimant": who, "limit": 100}).get_json()["items"]
    assert items and all(c["claimant"]["id"] == who for c in items)
    assert client.get(f"/v1/claims/{claims[0]['id']}").get_json() == claims[0]
    assert_problem(client.get("/v1/claims/c_nothing"), 404)
    assert_problem(client.get("/v1/claims", query_string={"kind": "rumour"}), 422)
    assert_problem(client.get("/v1/claims", query_string={"min_checkworthiness": 2}), 422)
