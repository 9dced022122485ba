"""Attribution rows for patterns met in the ninth round (wire copy, archive stories, live blogs; our own sentences)."""
import pytest
from helpers import served_speakers

speakers = served_speakers


ROWS = [
    # a name right before the cue, after an opening phrase or another clause, is the cue's subject
    ("Old letters show Mrs Alder warned that she did not “trust the new scheme”, and asked for a delay.",
     "trust the new scheme", ["Alder"]),
    ("Edna Alder chaired the board for years. But in a note to his report Mrs Alder said: “This is not good enough.”",
     "This is not good enough.", ["Edna Alder"]),
    ("Tom Reed ran the unit. However on March 6 Mr Reed wrote to her insisting she was “mistaken about the costs”.",
     "mistaken about the costs", ["Tom Reed"]),
    # ... but not a name after a preposition or a participle: that person is not the speaker
    ("Cara Dunn was cleared in May. A friend of Cara Dunn said she was “relieved beyond words”.",
     "relieved beyond words", ["A friend of Cara Dunn"]),
    # an office someone took ('to become Chief Whip') is no antecedent for 'he'
    ("Alan Marsh, the former minister, left in July. Before stepping aside to become Chief Whip he backed a plan "
     "which he said would end “years of drift”.", "years of drift", ["Alan Marsh"]),
    # a knight goes by 'Sir' and his given name
    ("Sir Rupert Vale, the chairman, wrote the report. Sir Rupert said the plan was “clearer and fairer”.",
     "clearer and fairer", ["Rupert Vale"]),
    # 'the airline' is the airline named before, not a person introduced as 'airline boss'
    ("Skyline Air's Flight SA210 was lost on Sunday. The loss stunned airline boss Peter Lund, who tweeted his sorrow.\n\n"
     "The airline said in a statement that families would get \"all the help they need\".",
     "all the help they need", ["Skyline Air"]),
    # a CamelCase name is a company, so 'the carrier' can mean it
    ("Shares in JetLine fell sharply on Monday.\n\n“We are reviewing every route,” the company said.",
     "We are reviewing every route,", ["JetLine"]),
    # 'The mayor of X, Name,' is evidence that Name is a person, so a later 'she' can mean her
    ("Yohan and his wife waited at the centre.\n\n\"He cries every night,\" Yohan said.\n\nThe mayor of Kediri, "
     "Sri Wulandari, comforted relatives.\n\n\"They are safe with God,\" she said.", "They are safe with God,",
     ["Sri Wulandari"]),
    # '..., an official said.' at the end of the sentence speaks a partial quote inside it
    ("Opening the bridge in June was a “hopelessly unrealistic” target, an official said.", "hopelessly unrealistic",
     ["an official"]),
    # 'he' goes back to an unnamed source when the sentence before names no person
    ("The jet made a steep climb before it fell, a source close to the inquiry has told Reuters.\n\n"
     "\"The numbers are very high,\" he said.", "The numbers are very high,", ["a source close to the inquiry"]),
]


@pytest.mark.parametrize("raw, quote, expected", ROWS)
def test_round9_attribution(raw, quote, expected):
    got = speakers(raw)
    assert got.get(quote) == expected, got
