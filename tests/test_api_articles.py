from helpers import assert_problem

SEED_ID = "biden-xi-call-conversation-2024"


def test_list_articles_envelope(client):
    rv = client.get("/v1/articles")
    assert rv.status_code == 200
    body = rv.get_json()
    assert set(body) == {"items", "next_cursor"}
    assert [a["id"] for a in body["items"]] == [SEED_ID]
    assert body["next_cursor"] is None


def test_article_metadata_lifted_out_of_the_body(client):
    art = client.get(f"/v1/articles/{SEED_ID}").get_json()
    assert art["author"] == "Stefan Wolff"
    assert "professor of international security" in art["author_description"]
    assert art["publisher"] == "The Conversation"
    assert "Creative Commons" in art["license"]
    assert art["quote_count"] == 4
    assert art["claim_count"] > 20
    assert art["source_count"] >= 5


def test_article_text_is_clean_and_matches_metadata(client):
    rv = client.get(f"/v1/articles/{SEED_ID}/text")
    assert rv.status_code == 200
    assert rv.mimetype == "text/plain"
    text = rv.get_data(as_text=True)
    art = client.get(f"/v1/articles/{SEED_ID}").get_json()
    assert len(text) == art["text_length"]
    for junk in ("Comments are closed", "Exit mobile version", "republished from", "is a professor of"):
        assert junk not in text
    assert text.startswith("U.S. President Joe Biden")
    assert "Flashpoint Taiwan" in text


def test_unknown_article_is_a_404_problem(client):
    body = assert_problem(client.get("/v1/articles/no-such-article"), 404)
    assert "no-such-article" in body["detail"]
    assert_problem(client.get("/v1/articles/no-such-article/text"), 404)


def test_pagination_walks_every_article_once(corpus_client):
    seen, cursor = [], None
    for _ in range(20):
        rv = corpus_client.get("/v1/articles", query_string={"limit": 3, **({"cursor": cursor} if cursor else {})})
        assert rv.status_code == 200
        body = rv.get_json()
        seen += [a["id"] for a in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            assert "Link" not in rv.headers
            break
        assert rv.headers["Link"].endswith('rel="next"') and cursor in rv.headers["Link"]
    assert seen == sorted(seen) and len(seen) == len(set(seen)) >= 9
