"""Attribution rows for patterns met in the sixth blind round (many publishers; our own sentences)."""
import pytest

from seeds.evaluate import predict


def speakers(raw):
    _, quotes, sources = predict(raw)
    by_key = {s.key: s for s in sources}
    return {q.text: [by_key[k].name for k in q.speakers] for q in quotes if q.is_speech}


@pytest.mark.parametrize("raw, quote, expected", [
    # the sentence's own trailing 'X said' beats a clause subject before a weak verb ('That ... suggests')
    ('Economist Lara Quint studies wages. That hiring remains weak suggests “that most towns have stalled badly” '
     'outside the oil fields, Quint said. “Pay is flat.”', "that most towns have stalled badly", ["Lara Quint"]),
    ('Economist Lara Quint studies wages. That hiring remains weak suggests “that most towns have stalled badly” '
     'outside the oil fields, Quint said. “Pay is flat.”', "Pay is flat.", ["Lara Quint"]),
    # an inverted 'said X, a ...' closing a long sentence that has a partial quote in its middle
    ('Shops there have lost trade to the malls, and there has been “hardly any new investment” in the old centre, '
     'said Omar Velde, a planner in Leeds.', "hardly any new investment", ["Omar Velde"]),
    # first-person words with no cue in their sentence carry on the paragraph's speaker
    ('“It was a long year,” said Ada Brook, owner of Brook Tools Ltd. “Sales fell fast.” With her orders cut by '
     'the council, “I never expect a return” to the old staff levels.', "I never expect a return", ["Ada Brook"]),
    # 'according to a <Firm>’s forecast': the firm, not its possessive; an earlier uncued partial in the
    # same sentence shares the cue after the last one
    ('Growth in services “will slow sharply,” according to a Fairmont Research’s forecast in May.',
     "will slow sharply,", ["Fairmont Research"]),
    ('Automakers matter, but “software and services” and design “will grow fast,” according to a Brightline '
     'Analytics’ forecast in June.', "software and services", ["Brightline Analytics"]),
    # 'I heard someone shouting, "..."': the unnamed voice speaks, not the narrator
    ('I was parking when I heard someone shouting, “Watch out for the truck.” I turned around.',
     "Watch out for the truck.", ["someone"]),
    ('I was parking when I hear a woman saying, “Watch out for the truck.”', "Watch out for the truck.", ["a woman"]),
])
def test_round6_attribution(raw, quote, expected):
    assert speakers(raw)[quote] == expected


def test_third_person_scare_quote_after_a_quote_gets_no_speaker():
    raw = ('“We will vote no,” said Rita Vance. The bill, dubbed the “fair share” plan, passed anyway.')
    assert speakers(raw).get("fair share", []) == []


@pytest.mark.parametrize("raw, span", [
    # 'listed/registered/billed ... as "X"' names an entry or a label; nobody says it
    ("Given his luck he should perhaps be listed in the record books as ‘retired hurt (rain) 49’.", "retired hurt (rain) 49"),
    ("The firm was registered as “Blue Fern Holdings” in 2019.", "Blue Fern Holdings"),
])
def test_listed_as_is_not_speech(raw, span):
    _, quotes, _ = predict(raw)
    assert [q.is_speech for q in quotes if q.text == span] == [False]
