"""Accept: application/ld+json gives schema.org documents that expand as JSON-LD, with no network."""
import pytest
from pyld import jsonld

SCHEMA = "https://schema.org/"
SEED_ID = "biden-xi-call-conversation-2024"
LD = {"Accept": "application/ld+json"}


def local_loader(url, options=None):
    """schema.org's context reduced to its vocabulary, served locally; any other URL is refused."""
    if url.rstrip("/") == SCHEMA.rstrip("/"):
        return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": SCHEMA}}}
    raise jsonld.JsonLdError(f"network access refused: {url}", "jsonld.LoadDocumentError", code="loading document failed")


def expand(doc) -> dict:
    (node,) = jsonld.expand(doc, {"documentLoader": local_loader})
    return node


def values(node, prop):
    return node.get(SCHEMA + prop, [])


def fetch(client, path):
    rv = client.get(path, headers=LD)
    assert rv.status_code == 200 and rv.mimetype == "application/ld+json"
    return rv, expand(rv.get_json())


@pytest.fixture
def quote(client):
    items = client.get("/v1/quotes", query_string={"speaker": "joe-biden"}).get_json()["items"]
    return items[0]


def test_quote_is_a_quotation_spoken_by_a_person_in_a_news_article(client, quote):
    _, node = fetch(client, f"/v1/quotes/{quote['id']}")
    assert node["@type"] == [SCHEMA + "Quotation"]
    assert node["@id"].endswith(f"/v1/quotes/{quote['id']}")
    assert values(node, "text") == [{"@value": quote["text"]}]
    (speaker,) = values(node, "spokenByCharacter")
    assert speaker["@type"] == [SCHEMA + "Person"] and values(speaker, "name") == [{"@value": "Joe Biden"}]
    assert values(node, "creator")
    (article,) = values(node, "isPartOf")
    assert article["@type"] == [SCHEMA + "NewsArticle"]
    assert values(article, "author") and values(article, "publisher") and values(article, "license")


def test_organisations_are_creators_not_characters(client):
    quotes = client.get("/v1/quotes", query_string={"limit": 100}).get_json()["items"]
    for q in quotes:
        _, node = fetch(client, f"/v1/quotes/{q['id']}")
        creators = values(node, "creator")
        assert len(creators) == len(q["speakers"])
        for person in values(node, "spokenByCharacter"):
            assert person["@type"] == [SCHEMA + "Person"]


def test_claim_has_text_author_and_appearances(client):
    claims = client.get("/v1/claims", query_string={"limit": 100}).get_json()["items"]
    for claim in (claims[0], next(c for c in claims if c["claimant"])):
        _, node = fetch(client, f"/v1/claims/{claim['id']}")
        assert node["@type"] == [SCHEMA + "Claim"]
        assert values(node, "text") == [{"@value": claim["text"]}]
        (author,) = values(node, "author")
        if claim["claimant"]:
            assert values(author, "name") == [{"@value": claim["claimant"]["name"]}]
        (appearance,) = values(node, "appearance")
        assert appearance["@type"] == [SCHEMA + "NewsArticle"]
        assert values(node, "firstAppearance") == [{"@id": appearance["@id"]}]


def test_article_is_a_news_article_with_author_publisher_and_license(client):
    article = client.get(f"/v1/articles/{SEED_ID}").get_json()
    _, node = fetch(client, f"/v1/articles/{SEED_ID}")
    assert node["@type"] == [SCHEMA + "NewsArticle"]
    assert values(node, "headline") == ([{"@value": article["title"]}] if article["title"] else [])
    (author,) = values(node, "author")
    assert values(author, "name") == [{"@value": article["author"]}]
    (publisher,) = values(node, "publisher")
    assert values(publisher, "name") == [{"@value": article["publisher"]}]
    assert values(node, "license") == [{"@value": article["license"]}]


def test_source_is_a_person_or_organization(client):
    _, node = fetch(client, "/v1/sources/joe-biden")
    assert node["@type"] == [SCHEMA + "Person"] and values(node, "name") == [{"@value": "Joe Biden"}]
    _, node = fetch(client, "/v1/sources/beijing")
    assert node["@type"][0].startswith(SCHEMA) and "Organization" in node["@type"][0]


@pytest.mark.parametrize("accept", [None, "*/*", "application/json", "text/html",
                                    "application/json, application/ld+json;q=0.5"])
def test_json_stays_the_default(client, quote, accept):
    rv = client.get(f"/v1/quotes/{quote['id']}", headers={"Accept": accept} if accept else {})
    assert rv.mimetype == "application/json" and rv.get_json()["id"] == quote["id"]


def test_etag_differs_per_representation_and_varies_on_accept(client, quote):
    path = f"/v1/quotes/{quote['id']}"
    as_json, as_ld = client.get(path), client.get(path, headers=LD)
    assert as_json.headers["ETag"] != as_ld.headers["ETag"]
    assert "Accept" in as_ld.headers["Vary"]
    again = client.get(path, headers={**LD, "If-None-Match": as_ld.headers["ETag"]})
    assert again.status_code == 304
    assert client.get(path, headers={"If-None-Match": as_ld.headers["ETag"]}).status_code == 200


def test_missing_record_is_still_a_problem(client):
    rv = client.get("/v1/quotes/q_nothing", headers=LD)
    assert rv.status_code == 404 and rv.mimetype == "application/problem+json"


def test_the_loader_refuses_the_network():
    with pytest.raises(jsonld.JsonLdError):
        jsonld.expand({"@context": "https://example.org/ctx", "name": "x"}, {"documentLoader": local_loader})


def test_spec_documents_the_media_type(app):
    spec = app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()
    for path in ("/v1/quotes/{quote_id}", "/v1/claims/{claim_id}", "/v1/sources/{source_id}", "/v1/articles/{article_id}"):
        content = spec["paths"][path]["get"]["responses"]["200"]["content"]
        assert {"application/json", "application/ld+json"} <= set(content), path
