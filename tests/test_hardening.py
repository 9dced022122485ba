"""Issue #6's bad-input and security basics: every answer a 4xx problem, nothing writable, nothing leaked."""
import json
import sqlite3

import pytest
from helpers import assert_problem

from db import connect_readonly

GET_ONLY = ["/v1/articles", "/v1/articles/x", "/v1/articles/x/text", "/v1/sources", "/v1/sources/x",
            "/v1/sources/x/quotes", "/v1/sources/x/claims", "/v1/quotes", "/v1/claims", "/v1/claims/x",
            "/v1/search", "/healthz"]


@pytest.mark.parametrize("path", GET_ONLY)
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_wrong_methods_are_405_with_allow(client, path, method):
    rv = getattr(client, method)(path)
    assert_problem(rv, 405)
    assert "GET" in rv.headers["Allow"] and "POST" not in rv.headers["Allow"]


@pytest.mark.parametrize("body", [
    b"[" * 10_000 + b"]" * 10_000,
    json.dumps({"text": "a", "speaker": {"a": {"b": {"c": [[[[[]]]]]}}}}).encode(),
    b"\xff\xfe\x00t\x00e\x00x\x00t",
    b"x" * (1024 * 1024),
])
def test_hostile_verify_bodies(client, body):
    rv = client.post("/v1/quotes/verify", data=body, content_type="application/json")
    assert 400 <= rv.status_code < 500
    assert_problem(rv, rv.status_code)


def test_lone_surrogate_text_is_answered_not_crashed(client):
    rv = client.post("/v1/quotes/verify", data=b'{"text": "\\ud800 red line"}', content_type="application/json")
    assert rv.status_code == 200 or (400 <= rv.status_code < 500 and assert_problem(rv, rv.status_code))


def test_one_megabyte_body_is_413(client):
    assert_problem(client.post("/v1/quotes/verify", data=b"{" + b" " * (1024 * 1024) + b"}",
                               content_type="application/json"), 413)


@pytest.mark.parametrize("value", ["\u202e\u0000", "🙂" * 50, "\ud7ff", "a\u0301", "\u00a0", "%", "../../etc/passwd"])
@pytest.mark.parametrize("path", ["/v1/articles/{}", "/v1/quotes/{}", "/v1/sources/{}", "/v1/claims/{}"])
def test_odd_unicode_ids_are_404(client, path, value):
    assert_problem(client.get(path.format(value)), 404)


@pytest.mark.parametrize("param", ["q", "speaker", "article"])
@pytest.mark.parametrize("value", ["\u202e", "🙂" * 20, "\x7f\x1b[31m", "' OR 1=1 --", "%00"])
def test_odd_unicode_filters_never_500(client, param, value):
    rv = client.get("/v1/quotes", query_string={param: value})
    assert rv.status_code in (200, 422)


@pytest.mark.parametrize("path", ["/docs/../app.py", "/docs/..%2Fapp.py", "/docs/%2e%2e/db/facts.db",
                                  "/static/../app.py", "/docs/../../etc/passwd"])
def test_nothing_served_outside_intended_folders(client, path):
    rv = client.get(path)
    assert rv.status_code in (404, 400, 308)
    assert b"create_app" not in rv.data and b"root:" not in rv.data


def test_api_connection_is_read_only(seed_db):
    db = connect_readonly(str(seed_db))
    with pytest.raises(sqlite3.OperationalError):
        db.execute("delete from quotes")
    with pytest.raises(sqlite3.OperationalError):
        db.execute("create table evil (x)")


def test_errors_leak_no_internals(client):
    for rv in (client.get("/v1/quotes?cursor=%FF"), client.post("/v1/quotes/verify", data="{")):
        text = rv.get_data(as_text=True)
        assert "Traceback" not in text and "sqlite" not in text.lower() and "/work/" not in text


def test_gunicorn_config_has_no_debug_or_reload():
    import gunicorn.config

    cfg = gunicorn.config.Config()
    namespace = {}
    with open("gunicorn.conf.py") as fh:
        exec(fh.read(), namespace)  # noqa: S102 - our own config file
    for key, value in namespace.items():
        if key in cfg.settings:
            cfg.set(key, value)
    assert not cfg.reload and cfg.loglevel != "debug"
