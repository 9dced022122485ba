"""POST /v1/quotes/verify through the app: verdicts against the seed, and every kind of bad body."""
import pytest
from helpers import assert_problem

RED_LINE = "The Taiwan question is the first red line that must not be crossed in China-U.S. relations."
TECH = ("that the United States will continue to take necessary actions to prevent advanced U.S. technologies "
        "from being used to undermine … national security, without unduly limiting trade and investment.")


def verify(client, **body):
    rv = client.post("/v1/quotes/verify", json=body)
    assert rv.status_code == 200, rv.get_data(as_text=True)
    return rv.get_json()


def test_exact_quote_is_verbatim_with_citable_candidate(client):
    body = verify(client, text=f"“{RED_LINE}”")
    assert (body["verdict"], body["match"], body["similarity"]) == ("verbatim", "exact", 1.0)
    quote = body["quote"]
    text = client.get(f"/v1/articles/{quote['article_id']}/text").get_data(as_text=True)
    assert text[quote["span"]["start"]:quote["span"]["end"]] == RED_LINE
    assert quote["sentence"] and quote["speakers"]
    assert body["candidates"][0] == quote and len(body["candidates"]) <= 3
    assert body["actual_speakers"] == quote["speakers"]


def test_part_of_a_quote_is_verbatim_partial(client):
    body = verify(client, text="continue to take necessary actions", speaker="Joe Biden")
    assert (body["verdict"], body["match"], body["speaker_match"]) == ("verbatim", "partial", True)


def test_wrong_speaker_is_misattributed_and_names_the_real_one(client):
    body = verify(client, text="continue to take necessary actions", speaker="Beijing")
    assert body["verdict"] == "misattributed" and body["speaker_match"] is False
    assert [s["id"] for s in body["actual_speakers"]] == ["joe-biden"]


def test_added_not_is_altered_with_a_diff(client):
    body = verify(client, text="the United States will not continue to take necessary actions")
    assert body["verdict"] == "altered" and 0.6 <= body["similarity"] < 1
    assert {"op": "insert", "source": [], "submitted": ["not"]} in body["diff"]


def test_paraphrase_is_not_found_with_candidates(client):
    body = verify(client, text="Washington will keep acting so its technology is not used against it")
    assert body["verdict"] == "not_found" and body["quote"] is None and body["diff"] is None
    assert isinstance(body["candidates"], list)


def test_article_filter(client):
    assert verify(client, text=RED_LINE, article="biden-xi-call-conversation-2024")["verdict"] == "verbatim"
    assert verify(client, text=RED_LINE, article="no-such-article")["verdict"] == "not_found"


@pytest.mark.parametrize("text", ['"', "AND OR NOT", "NEAR(", "*", "\x00\x01", "…", "中文 ß", "x" * 5000,
                                  " ".join(["word"] * 900)])
def test_any_text_gets_a_verdict(client, text):
    assert verify(client, text=text)["verdict"] in ("verbatim", "altered", "misattributed", "not_found")


@pytest.mark.parametrize("kwargs, status", [
    ({"json": {"text": "a", "colour": "red"}}, 422),
    ({"json": {}}, 422),
    ({"json": {"text": ""}}, 422),
    ({"json": {"text": 5}}, 422),
    ({"json": {"text": "x" * 5001}}, 422),
    ({"json": {"text": "a", "speaker": ""}}, 422),
    ({"json": ["text"]}, 422),
    ({"json": "text"}, 422),
    ({"data": "{", "content_type": "application/json"}, 400),
    ({"data": "", "content_type": "application/json"}, 400),
    ({"data": "text=a", "content_type": "application/x-www-form-urlencoded"}, 415),
    ({"data": "a"}, 415),
    ({"json": {"text": "x" * 70_000}}, 413),
])
def test_bad_bodies_are_problems(client, kwargs, status):
    assert_problem(client.post("/v1/quotes/verify", **kwargs), status)


def test_get_is_not_verify(client):
    assert_problem(client.get("/v1/quotes/verify"), 404)


def test_spec_documents_the_body_and_its_errors(app):
    spec = app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()
    op = spec["paths"]["/v1/quotes/verify"]["post"]
    assert op["operationId"] == "verifyQuote"
    assert {"400", "413", "415", "422"} <= {str(s) for s in op["responses"]}
    assert "VerifyRequest" in op["requestBody"]["content"]["application/json"]["schema"]["$ref"]


def test_options_on_verify_allows_only_post(client):
    rv = client.options("/v1/quotes/verify")
    assert rv.status_code == 200 and set(rv.headers["Allow"].split(", ")) == {"OPTIONS", "POST"}
