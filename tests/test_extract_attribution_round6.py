"""Attribution rows for patterns met in the sixth blind round (many publishers; our own sentences)."""
import pytest
from helpers import served_speakers

from seeds.evaluate import predict


speakers = served_speakers


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


@pytest.mark.parametrize("raw, quote, expected", [
    # a document speaks for the body that issued it: 'X said in a statement' ... 'according to the statement'
    ('The White House said in a statement that Biden would sign the bill. According to the statement, the '
     'president “looks forward to working with Congress.”', "looks forward to working with Congress.", ["White House"]),
    ('In a statement on Tuesday, the Justice Department said the review was over. The statement added that the '
     'agency “will not pursue charges.”', "will not pursue charges.", ["Justice Department"]),
    ('Acme Corp. was fined on Monday and issued a statement. “We regret the outage,” the statement said.',
     "We regret the outage,", ["Acme Corp"]),
    ('A statement from the Kremlin described the talks as useful. According to the statement, Putin “stressed '
     'the need for a ceasefire.”', "stressed the need for a ceasefire.", ["Kremlin"]),
    ('A United Nations report released Tuesday found rising hunger. “Funding has collapsed,” the report said.',
     "Funding has collapsed,", ["United Nations"]),
    ('Acme Corp. filed a lawsuit against Beta Inc. on Monday. “Beta copied our design,” the filing said.',
     "Beta copied our design,", ["Acme Corp"]),
    ('Mayor Ana Ruiz sent a letter to the governor on Friday. “Our city cannot wait,” the letter said.',
     "Our city cannot wait,", ["Ana Ruiz"]),
    # a joint statement has every issuer as its speaker
    ('Nordvik Energy and the Port of Halden said in a joint statement on Monday that the terminal would open in '
     'May. “The project is on schedule,” the joint statement said.', "The project is on schedule,",
     ["Nordvik Energy", "Port of Halden"]),
    # 'its' points to the last body named in the sentence or the one before
    ('The Federal Open Market Committee held rates steady on Wednesday. Inflation “remains somewhat elevated,” '
     'according to the statement after its September meeting.', "remains somewhat elevated,",
     ["Federal Open Market Committee"]),
    ('Acme Corp. apologised on Monday. “We regret the outage,” its statement said.', "We regret the outage,", ["Acme Corp"]),
    # no issuer named anywhere before: the document stays its own source
    ('Police said on Monday that two men were arrested. “Officers acted quickly,” the statement said.',
     "Officers acted quickly,", ["the statement"]),
])
def test_documents_resolve_to_their_issuer(raw, quote, expected):
    assert speakers(raw)[quote] == expected
