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


def test_cache_max_age_is_configurable(seed_db, monkeypatch):
    from app import create_app

    configured = create_app({"TESTING": True, "DATABASE": str(seed_db), "CACHE_MAX_AGE": 3600}).test_client()
    assert configured.get("/v1/quotes").headers["Cache-Control"] == "public, max-age=3600"
    monkeypatch.setenv("FACTS_CACHE_MAX_AGE", "5")
    from_env = create_app({"TESTING": True, "DATABASE": str(seed_db)}).test_client()
    rv = from_env.get("/v1/quotes")
    assert rv.headers["Cache-Control"] == "public, max-age=5"
    assert from_env.get("/v1/quotes", headers={"If-None-Match": rv.headers["ETag"]}).headers["Cache-Control"] \
        == "public, max-age=5"


def test_large_json_is_compressed_with_its_own_strong_etag(corpus_client):
    import gzip

    plain = corpus_client.get("/v1/claims?limit=50")
    rv = corpus_client.get("/v1/claims?limit=50", headers={"Accept-Encoding": "gzip"})
    assert rv.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(rv.data) == plain.data
    assert int(rv.headers["Content-Length"]) == len(rv.data) < len(plain.data)
    assert rv.headers["ETag"] == plain.headers["ETag"][:-1] + ':gzip"'
    assert {"Accept", "Accept-Encoding"} <= {v.strip() for v in rv.headers["Vary"].split(",")}
    for tag in (rv.headers["ETag"], plain.headers["ETag"]):  # either validator names a current representation
        again = corpus_client.get("/v1/claims?limit=50", headers={"Accept-Encoding": "gzip", "If-None-Match": tag})
        assert again.status_code == 304 and again.data == b""
    # a gzip tag is no use to a client that no longer accepts gzip
    assert corpus_client.get("/v1/claims?limit=50", headers={"If-None-Match": rv.headers["ETag"]}).status_code == 200


def test_small_bodies_and_errors_are_not_compressed(client):
    small = client.get("/v1/articles?limit=1", headers={"Accept-Encoding": "gzip"})
    assert len(small.data) < 500 or "Content-Encoding" in small.headers
    health = client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert len(health.data) < 500 and "Content-Encoding" not in health.headers
    missing = client.get("/v1/quotes/nope", headers={"Accept-Encoding": "gzip"})
    assert missing.status_code == 404 and "Content-Encoding" not in missing.headers


def test_weak_and_star_if_none_match(client):
    etag = client.get("/v1/sources").headers["ETag"]
    assert client.get("/v1/sources", headers={"If-None-Match": "W/" + etag}).status_code == 304
    assert client.get("/v1/sources", headers={"If-None-Match": "*"}).status_code == 304
    assert client.get("/v1/sources", headers={"If-None-Match": '"other", ' + etag}).status_code == 304
    assert client.get("/v1/sources", headers={"If-None-Match": '"other"'}).status_code == 200
