"""Attribution rows for patterns met in the seventh blind round (benchmark news pages; our own sentences)."""
import pytest
from helpers import served_speakers

from seeds.evaluate import predict


speakers = served_speakers


@pytest.mark.parametrize("raw, quote, expected", [
    # a named person followed by two descriptions before the cue: the name speaks, not the last description
    ("Mira Holt, an analyst at Fenwick Partners, the London-based research firm, told Reuters in May that the deal "
     "was “too risky to close.”", "too risky to close.", ["Mira Holt"]),
    ("Cmdr. Ana Ruiz, a spokesperson for Shield Watch, the naval operation against pirates in the Gulf, told the "
     "Herald that the claim “is plainly false.”", "is plainly false.", ["Ana Ruiz"]),
    # commas inside an organisation's name do not start a new subject
    ("Tomas Reyes, a lecturer at the Lisbon-based Institute for Energy, Climate and Water think tank told the BBC: "
     "“Prices will rise.”", "Prices will rise.", ["Tomas Reyes"]),
    # counted unnamed speakers after or before the cue
    ("“The rules are clear,” said one legal expert, as reported by the Guardian.", "The rules are clear,",
     ["one legal expert"]),
    ("“The food was cold,” one diner complained.", "The food was cold,", ["one diner"]),
    # a pronoun subject with an adverb between it and the cue
    ("Paul Meyer chaired the meeting. He instead told the committee: “We made mistakes.”", "We made mistakes.",
     ["Paul Meyer"]),
    # ', adding "..."' right after a quote whose comma sits inside the marks
    ("Rita Vance later said the plan “needs a lot more money,” adding “we will find it.”", "we will find it.",
     ["Rita Vance"]),
    # an inverted subject followed by a 'when' clause
    ("“We are reviewing the letter,” said a Rocklin spokesperson when contacted by the Herald.",
     "We are reviewing the letter,", ["Rocklin"]),
    # the same chain after the quote ('"...," Name, a ... think tank told X')
    ("“Prices will rise,” Tomas Reyes, a lecturer at the Lisbon-based Institute for Energy, Climate and Water think "
     "tank told the BBC.", "Prices will rise,", ["Tomas Reyes"]),
    # 'X and her team wrote': the named lead speaks
    ("Lena Ortiz led the study. “Our results are robust,” Ortiz and her team wrote in the paper.",
     "Our results are robust,", ["Lena Ortiz"]),
    ("“Our results are robust,” Lena Ortiz and her colleagues wrote.", "Our results are robust,", ["Lena Ortiz"]),
    # a bare plural description opening the sentence: the group speaks, not the acronym inside it
    ("Former royal PR aides called it “a real mess.”", "a real mess.", ["Former royal PR aides"]),
    ("Senior US officials called it “a real mess.”", "a real mess.", ["Senior US officials"]),
])
def test_round7_attribution(raw, quote, expected):
    assert speakers(raw)[quote] == expected


def test_two_named_people_with_descriptions_are_not_merged_into_the_first():
    raw = "Mira Holt, a lawyer, and Tom Ray, the mayor, said the plan was “a disgrace.”"
    assert speakers(raw)["a disgrace."] != ["Mira Holt"]


@pytest.mark.parametrize("raw, spans, speech", [
    # two quoted labels joined by 'or'/'and' that modify the noun after them: levels of a scale, nobody's words
    ("Forecasters say smog will reach “severe” or “emergency” levels on Friday.", ["severe", "emergency"], False),
    ("The shop sells “small” and “large” boxes.", ["small", "large"], False),
    # quoted words joined the same way but not modifying a noun stay partial quotes
    ("The senator called the election “rigged” and “stolen” in a speech.", ["rigged", "stolen"], True),
    ("Critics called the plan “reckless” and “cruel.”", ["reckless", "cruel."], True),
])
def test_paired_scale_labels_are_not_speech(raw, spans, speech):
    _, quotes, _ = predict(raw)
    assert [q.is_speech for q in quotes if q.text in spans] == [speech, speech]
