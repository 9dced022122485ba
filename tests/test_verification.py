"""Verdicts and thresholds of api/verification.py, table-driven, no Flask or database involved."""
import pytest

from api.verification import ALTERED_MIN, align, search_terms, verify, words

RED_LINE = {"id": "q_red", "article_id": "a", "sentence": "s", "span": {"start": 0, "end": 1},
            "text": "The Taiwan question is the first red line that must not be crossed in China-U.S. relations.",
            "speakers": [{"id": "chinese-statement", "name": "Chinese statement"}]}
TECH = {"id": "q_tech", "article_id": "a", "sentence": "s", "span": {"start": 5, "end": 9},
        "text": "that the United States will continue to take necessary actions to prevent advanced U.S. technologies "
                "from being used to undermine … national security, without unduly limiting trade and investment.",
        "speakers": [{"id": "joe-biden", "name": "Joe Biden"}]}
TARIFF = {"id": "q_tariff", "article_id": "b", "sentence": "s", "span": {"start": 0, "end": 1},
          "text": "We will raise the tariff on Chinese steel to 25 percent by 2025",
          "speakers": [{"id": "trade-office", "name": "Trade Office"}]}
CANDID = {"id": "q_candid", "article_id": "a", "sentence": "s", "span": {"start": 0, "end": 1},
          "text": "candid and constructive",
          "speakers": [{"id": "us-statement", "name": "U.S. statement"}, {"id": "chinese-statement", "name": "Chinese statement"}]}
QUOTES = [RED_LINE, TECH, TARIFF, CANDID]


@pytest.mark.parametrize("text, verdict, match, best", [
    # verbatim: normalising quotation marks, case, whitespace and ellipses
    (RED_LINE["text"], "verbatim", "exact", "q_red"),
    ("“the taiwan   QUESTION is the first red line that must not be crossed in China-U.S. relations”", "verbatim", "exact", "q_red"),
    ("'candid and constructive'", "verbatim", "exact", "q_candid"),
    ("the first red line that must not be crossed", "verbatim", "partial", "q_red"),
    ("the United States will continue to take necessary actions ... without unduly limiting trade", "verbatim", "partial", "q_tech"),
    ("used to undermine national security", "verbatim", "partial", "q_tech"),
    # altered: every kind of small change, never verbatim
    ("The Taiwan question is the red line that must not be crossed", "altered", None, "q_red"),  # cut word
    ("The Taiwan question is the first line red that must not be crossed", "altered", None, "q_red"),  # swapped words
    ("We will raise the tariff on Chinese steel to 35 percent by 2025", "altered", None, "q_tariff"),  # changed number
    ("We will raise the tariff on Chinese steel to 25 percent by 2026", "altered", None, "q_tariff"),  # changed year
    ("We will not raise the tariff on Chinese steel to 25 percent by 2025", "altered", None, "q_tariff"),  # added not
    ("the first red line that must be crossed", "altered", None, "q_red"),  # dropped not
    ("The Taiwan question is the first blue line that must not be crossed", "altered", None, "q_red"),
    # not found: paraphrase, unrelated, too short to verify, nothing searchable
    ("Beijing warned that Taiwan is a boundary America should never cross", "not_found", None, None),
    ("The weather in Munich was pleasant in February", "not_found", None, None),
    ("red line", "not_found", None, None),
    ("…", "not_found", None, None),
])
def test_verdicts(text, verdict, match, best):
    result = verify(text, QUOTES)
    assert (result.verdict, result.match) == (verdict, match), result
    assert (result.quote or {}).get("id") == best
    assert len(result.candidates) <= 3
    if verdict == "altered":
        assert ALTERED_MIN <= result.similarity < 1
        assert any(run.op != "equal" for run in result.diff)
    if verdict == "verbatim":
        assert result.similarity == 1.0


@pytest.mark.parametrize("text, op, source, submitted", [
    ("We will raise the tariff on Chinese steel to 35 percent by 2025", "replace", ["25"], ["35"]),
    ("We will not raise the tariff on Chinese steel to 25 percent by 2025", "insert", [], ["not"]),
    ("We will raise the tariff on steel to 25 percent by 2025", "delete", ["Chinese"], []),
])
def test_diff_runs_name_the_changed_words(text, op, source, submitted):
    runs = [r for r in verify(text, QUOTES).diff if r.op != "equal"]
    assert [(r.op, r.source, r.submitted) for r in runs] == [(op, source, submitted)]


def test_diff_rebuilds_both_sides():
    result = verify("We will not raise the tariff on steel to 35 percent by 2025", QUOTES)
    submitted = [w for run in result.diff for w in run.submitted]
    source = [w for run in result.diff for w in run.source]
    assert submitted == words("We will not raise the tariff on steel to 35 percent by 2025").shown
    assert source == words(TARIFF["text"]).shown


@pytest.mark.parametrize("speaker, ids, verdict, speaker_match", [
    (None, set(), "verbatim", None),
    ("Joe Biden", set(), "verbatim", True),
    ("joe-biden", set(), "verbatim", True),
    ("biden", {"joe-biden"}, "verbatim", True),  # an alias the caller resolved to the id
    ("Xi Jinping", set(), "misattributed", False),
    ("nobody at all", set(), "misattributed", False),
])
def test_speakers(speaker, ids, verdict, speaker_match):
    result = verify("used to undermine national security", QUOTES, speaker, ids)
    assert (result.verdict, result.speaker_match) == (verdict, speaker_match)
    assert result.actual_speakers == TECH["speakers"]


def test_a_verbatim_quote_by_the_named_speaker_beats_an_identical_one_by_someone_else():
    other = {**CANDID, "id": "q_other", "speakers": [{"id": "xi", "name": "Xi Jinping"}]}
    result = verify("candid and constructive", [CANDID, other], "Xi Jinping")
    assert result.verdict == "verbatim" and result.quote["id"] == "q_other"


def test_altered_with_a_wrong_speaker_stays_altered_but_says_so():
    result = verify("We will raise the tariff on Chinese steel to 35 percent by 2025", QUOTES, "Joe Biden")
    assert result.verdict == "altered" and result.speaker_match is False


def test_no_candidates_is_not_found():
    result = verify("anything", [])
    assert result.verdict == "not_found" and result.candidates == [] and result.quote is None


def test_alignment_does_not_float_a_lone_word_away_from_the_rest():
    # "The" occurs at the start of the quote; the partial match must still be contiguous
    alignment = align(words("the first red line that must not be crossed"), words(RED_LINE["text"]))
    assert alignment.match == "partial" and alignment.similarity == 1.0


def test_search_terms_drop_stopwords_and_prefer_longer_words():
    assert search_terms("The Taiwan question is the first red line") == ["question", "taiwan", "first", "line", "red"]
    assert search_terms("to be or not") == ["not"]
    assert search_terms("the") == ["the"]
    assert search_terms("… ‘’ !!") == []
