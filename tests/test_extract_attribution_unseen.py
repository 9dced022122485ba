"""Attribution rows for patterns met in the second blind round (our own sentences, not the articles')."""
import pytest

from seeds.evaluate import predict


def speaker_of(raw, quote):
    _, quotes, sources = predict(raw)
    by_key = {s.key: s for s in sources}
    return {q.text: [by_key[k].name for k in q.speakers] for q in quotes if q.is_speech}[quote]


@pytest.mark.parametrize("raw, quote, expected", [
    # he/she needs a person: a place, a war or an armed group met first is skipped
    ('Crowds gathered at Pearl Harbor on Sunday and veteran Sam Ortiz, 99, laid a wreath by Lake Vista.\n\n'
     '"It still hurts to come back," he said.', "It still hurts to come back,", ["Sam Ortiz"]),
    ('Crowds watched the parade through Elm Grove before Okonkwo Adeyemi, who led the march, spoke.\n\n'
     '"We will be back next year," she said.', "We will be back next year,", ["Okonkwo Adeyemi"]),
    # in the pronoun's own sentence, names after the pronoun are not its antecedent
    ('Mayor Dana Whitfield spoke on Monday. She said the floods followed raids by the Red Hill Brigade and '
     'Harbor Point Lebanese, and insisted the city would "stand firm against them".',
     "stand firm against them", ["Dana Whitfield"]),
    # a role noun with a comma before the name: 'a ministry spokesperson, Kim Dahl,'
    ('A ministry spokesperson, Tariq Olsen, answered at length: "We expect a reply," he said, "within days."',
     "within days.", ["Tariq Olsen"]),
])
def test_unseen_attribution(raw, quote, expected):
    assert speaker_of(raw, quote) == expected
