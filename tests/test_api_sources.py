from helpers import assert_problem


def test_joe_biden_is_one_source_with_title_as_description(client):
    biden = client.get("/v1/sources/joe-biden").get_json()
    assert biden["name"] == "Joe Biden"
    assert biden["kind"] == "person"
    assert biden["description"] == "U.S. President"
    assert "Biden" in biden["aliases"]
    assert biden["quote_count"] == 1


def test_author_and_publisher_are_sources(client):
    author = client.get("/v1/sources/stefan-wolff").get_json()
    assert author["kind"] == "person"
    publisher = client.get("/v1/sources/the-conversation").get_json()
    assert publisher["kind"] == "publication"


def test_filter_by_kind_and_name(client):
    people = client.get("/v1/sources", query_string={"kind": "person", "limit": 100}).get_json()["items"]
    assert people and all(s["kind"] == "person" for s in people)
    found = client.get("/v1/sources", query_string={"q": "biden"}).get_json()["items"]
    assert "joe-biden" in [s["id"] for s in found]


def test_bad_kind_is_422(client):
    body = assert_problem(client.get("/v1/sources", query_string={"kind": "alien"}), 422)
    assert "kind" in str(body["errors"])


def test_unknown_source_404(client):
    assert_problem(client.get("/v1/sources/nobody-at-all"), 404)
