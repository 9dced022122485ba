"""ETags, 304s, Cache-Control, CORS and HEAD."""


def test_etag_and_304(client):
    rv = client.get("/v1/quotes")
    etag = rv.headers["ETag"]
    assert etag.startswith('"') and "W/" not in etag
    assert "max-age=" in rv.headers["Cache-Control"]
    assert "Accept" in rv.headers["Vary"]
    again = client.get("/v1/quotes", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b"" and again.headers["ETag"] == etag
    other = client.get("/v1/quotes?limit=5")
    assert other.headers["ETag"] != etag


def test_etag_changes_with_the_build(client, corpus_client):
    assert client.get("/v1/articles").headers["ETag"] != corpus_client.get("/v1/articles").headers["ETag"]


def test_cors_and_preflight(client):
    assert client.get("/v1/articles").headers["Access-Control-Allow-Origin"] == "*"
    pre = client.options("/v1/quotes", headers={"Origin": "https://example.org",
                                                 "Access-Control-Request-Method": "GET"})
    assert pre.status_code == 200
    assert pre.headers["Access-Control-Allow-Origin"] == "*"
    assert "GET" in pre.headers["Access-Control-Allow-Methods"]


def test_head_and_nosniff(client):
    rv = client.head("/v1/articles")
    assert rv.status_code == 200 and rv.data == b""
    assert rv.headers["X-Content-Type-Options"] == "nosniff"


def test_health(client):
    body = client.get("/healthz").get_json()
    assert body["status"] == "ok" and len(body["build_id"]) == 16
    assert body["counts"]["quotes"] == 4
