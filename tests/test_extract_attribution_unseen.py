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
    # a person's title after a body's name; 'X of the University of Y'; the name, not a preposition's object
    ('"The audit is finished," said NASA Director Lena Ortiz.', "The audit is finished,", ["Lena Ortiz"]),
    ('Dr. Ana Ruiz of the University of Leeds said, "The data are clear."', "The data are clear.", ["Ana Ruiz"]),
    ('Priya Nair of Lakeside College and contributor to Harbor Weekly wrote, "The vote was close."',
     "The vote was close.", ["Priya Nair"]),
    # a role noun heads the phrase: an unnamed person, described whole; a spokesperson stands for the body
    ('"We were never told," one Metro Transit employee told reporters.', "We were never told,",
     ["one Metro Transit employee"]),
    ('"No files were lost," a Home Office spokeswoman said.', "No files were lost,", ["Home Office"]),
    # 'the airline' goes back to the airline named before, never to a place in between
    ('Northwind Airlines diverted the flight to Paris, France. "Safety comes first," the airline said.',
     "Safety comes first,", ["Northwind Airlines"]),
    # family name first; a sentence-initial gerund is not part of a name
    ('President Kwon Min Ho spoke on Friday. Removing Kwon would need 200 votes. Kwon said he would accept '
     '"any decision of the court."', "any decision of the court.", ["Kwon Min Ho"]),
])
def test_unseen_attribution(raw, quote, expected):
    assert speaker_of(raw, quote) == expected
