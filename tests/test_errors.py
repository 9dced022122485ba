"""Bad input of any kind gets a 4xx problem+json, never a 500."""
import pytest
from helpers import assert_problem


@pytest.mark.parametrize("url, status", [
    ("/v1/nothing-here", 404),
    ("/v1/articles/%00", 404),
    ("/v1/quotes?limit=0", 422),
    ("/v1/quotes?limit=-1", 422),
    ("/v1/quotes?limit=1000000000", 422),
    ("/v1/quotes?limit=abc", 422),
    ("/v1/quotes?cursor=garbage", 422),
    ("/v1/quotes?cursor=" + "A" * 600, 422),
    ("/v1/quotes?cursor=eyJrIjpbXX0", 422),
    ("/v1/quotes?colour=red", 422),
    ("/v1/claims?min_checkworthiness=abc", 422),
    ("/v1/claims?kind=", 422),
    ("/v1/sources?q=" + "x" * 400, 422),
    ("/v1/articles?cursor=%F0%9F%92%A9", 422),
])
def test_bad_arguments(client, url, status):
    assert_problem(client.get(url), status)


@pytest.mark.parametrize("q", ['"', "AND", "NEAR(", "*", "OR OR", "a\x01b", '"unbalanced phrase', "tariff*", "(", "ü ß 中文"])
def test_full_text_syntax_never_500s(client, q):
    for path in ("/v1/quotes", "/v1/claims", "/v1/sources"):
        rv = client.get(path, query_string={"q": q})
        assert rv.status_code == 200, (path, q, rv.get_data(as_text=True))


def test_wrong_method_is_405_with_allow(client):
    body = assert_problem(client.delete("/v1/quotes"), 405)
    rv = client.delete("/v1/quotes")
    assert "GET" in rv.headers["Allow"]
    assert body["title"] == "Method Not Allowed"


def test_cursor_from_another_list_shape_is_rejected(client, corpus_client):
    cursor = corpus_client.get("/v1/articles?limit=1").get_json()["next_cursor"]
    assert cursor
    assert_problem(corpus_client.get("/v1/quotes", query_string={"cursor": cursor}), 422)
    # a cursor from another build (the seed-only database) is refused
    assert_problem(client.get("/v1/articles", query_string={"cursor": cursor}), 422)


def test_missing_database_is_503(tmp_path):
    from app import create_app

    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "absent.db")})
    assert_problem(app.test_client().get("/v1/quotes"), 503)


def test_cursors_are_stable_across_identical_builds(corpus_db, corpus_client, tmp_path):
    from app import create_app
    from seeds.importer import default_seed_files, import_files

    from conftest import GOLD_DIR

    rebuilt = tmp_path / "facts.db"
    import_files(default_seed_files() + sorted(GOLD_DIR.glob("*.txt")), rebuilt)
    again = create_app({"TESTING": True, "DATABASE": str(rebuilt)}).test_client()
    first = corpus_client.get("/v1/quotes?limit=3").get_json()
    assert again.get("/v1/quotes?limit=3").get_json()["next_cursor"] == first["next_cursor"]
    # a cursor issued before the re-import still works after it, and gives the same page
    page2 = corpus_client.get("/v1/quotes", query_string={"limit": 3, "cursor": first["next_cursor"]})
    assert again.get("/v1/quotes", query_string={"limit": 3, "cursor": first["next_cursor"]}).get_json() == page2.get_json()
    assert again.get("/v1/quotes?limit=3").headers["ETag"] == corpus_client.get("/v1/quotes?limit=3").headers["ETag"]


@pytest.mark.parametrize("path", ["/v1/quotes", "/v1/claims", "/v1/articles", "/v1/sources"])
def test_tampered_cursors_are_rejected(corpus_client, path):
    cursor = corpus_client.get(path, query_string={"limit": 2}).get_json()["next_cursor"]
    assert cursor
    flipped = cursor[:5] + ("A" if cursor[5] != "A" else "B") + cursor[6:]
    for bad in (flipped, cursor[:-2], cursor + "AA", cursor[::-1]):
        assert_problem(corpus_client.get(path, query_string={"limit": 2, "cursor": bad}), 422)


def test_ordering_is_deterministic(corpus_client):
    for path in ("/v1/quotes", "/v1/claims", "/v1/sources", "/v1/articles"):
        first = [i["id"] for i in corpus_client.get(path, query_string={"limit": 100}).get_json()["items"]]
        assert first == [i["id"] for i in corpus_client.get(path, query_string={"limit": 100}).get_json()["items"]]
        assert len(first) == len(set(first))
