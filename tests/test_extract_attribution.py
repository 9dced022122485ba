"""attribute_quotes + build_sources: one row per way reporters attribute a quote."""
import pytest
from helpers import served_speakers

from seeds.evaluate import predict


speakers = served_speakers


def speaker_of(raw, quote):
    return speakers(raw)[quote]


@pytest.mark.parametrize("raw, quote, expected", [
    # X said / said X / X: "..." / according to X
    ('Kino Gabriel said, "The statement was a surprise."', "The statement was a surprise.", ["Kino Gabriel"]),
    ('"The next hours will decide everything," Stefaniak said.', "The next hours will decide everything,",
     ["Stefaniak"]),
    ('Dr. Tomasz Stefaniak spoke first. "The next hours will decide everything," said Stefaniak.',
     "The next hours will decide everything,", ["Tomasz Stefaniak"]),
    ('The WHO\'s website said: "There is no evidence that it works."', "There is no evidence that it works.",
     ["WHO"]),
    ('According to a statement released by Erdogan\'s office, "neutralizing the threat" is the aim.',
     "neutralizing the threat", ["Erdogan"]),
    ('Mayor Ann Lee spoke to the crowd. According to Lee, "the city is safe."', "the city is safe.", ["Ann Lee"]),
    # cues other than said
    ('Prime Minister Mateusz Morawiecki tweeted "We are with him in our thoughts."',
     "We are with him in our thoughts.", ["Mateusz Morawiecki"]),
    ('Tom Watson called Prime Minister Theresa May\'s proposed deal "lousy" and left.', "lousy", ["Tom Watson"]),
    ('The Foreign Ministry of Iraq characterized the attack as "a serious violation".', "a serious violation",
     ["Foreign Ministry of Iraq"]),
    ('Amman, who was described as "knife-obsessed" by the police, was shot.', "knife-obsessed", ["police"]),
    ('Netanyahu called on Italy to join, adding "We call on any other country to join us."',
     "We call on any other country to join us.", ["Netanyahu"]),
    ('Senator Lindsey Graham spoke on Fox News, "This is going to lead to chaos."',
     "This is going to lead to chaos.", ["Lindsey Graham"]),
    ('These measures, Beijing suspects, are tools to “suppress China’s trade.”', "suppress China’s trade.",
     ["Beijing"]),
    # titles and appositives
    ('U.S. President Joe Biden pointed out “that the United States will act.”', "that the United States will act.",
     ["Joe Biden"]),
    ('Interior Minister Joachim Brudziński called the stabbing "an act of barbarity."', "an act of barbarity.",
     ["Joachim Brudziński"]),
    ('Rep. Jane Roe (D-Ore.), who chairs the budget committee, said the plan would “gut programs.”',
     "gut programs.", ["Jane Roe"]),
    ('Alexis Boon, the head of the Counter Terrorism Command, said about Amman: "His fascination was clear."',
     "His fascination was clear.", ["Alexis Boon"]),
    ('The prime minister, Boris Johnson, tweeted: "Thank you to all emergency services."',
     "Thank you to all emergency services.", ["Boris Johnson"]),
    ('“Nobody came,” one resident, Tomas Berg, told the local radio station.', "Nobody came,", ["Tomas Berg"]),
    # unnamed speakers
    ('One MP told the BBC, "We know that 16 million people wanted to stay."',
     "We know that 16 million people wanted to stay.", ["One MP"]),
    ('An eyewitness described how the attack unfolded, stating, "I was crossing the road."',
     "I was crossing the road.", ["An eyewitness"]),
    # a definite title before the name in commas: the name speaks
    ('The Deputy Mayor, Karen Holt, said on Monday "the bridge stays shut."', "the bridge stays shut.",
     ["Karen Holt"]),
    ('But Omar Reyes, head of the Federation of Small Firms, warned shops could be "ruined" by it.', "ruined",
     ["Omar Reyes"]),
    # a name with its institution after 'of'; a title's office as a body
    ('Dr. Lena Park of Kings College Hospital said "we are at capacity" on Friday.', "we are at capacity",
     ["Lena Park"]),
    ('The Marion County Sheriff\'s Office tweeted the roads were "closed until further notice."',
     "closed until further notice.", ["Marion County Sheriff's Office"]),
    # a subject name right after the quote with no comma; a participle's agent; 'with X -ing'
    ('Rescuers were searching. "We will not stop until we find them" Hal Brook told reporters later.',
     "We will not stop until we find them", ["Hal Brook"]),
    ('The data showed a pattern described by Ship Watch as "odd and erratic" on Monday.', "odd and erratic",
     ["Ship Watch"]),
    ('Work was halted on Tuesday, with Ivan Petrov describing the "risk of a second collapse" as grave.',
     "risk of a second collapse", ["Ivan Petrov"]),
    # a cue set off by commas after a partial quote
    ('Ana Ruiz spoke on Monday. "Safety is a proxy for trust" across the sector, she explained, and left.',
     "Safety is a proxy for trust", ["Ana Ruiz"]),
])
def test_cues_and_subjects(raw, quote, expected):
    assert speaker_of(raw, quote) == expected


@pytest.mark.parametrize("raw, quote, expected", [
    # pronoun in the next sentence, and several sentences back past other names
    ('Interior Minister Joachim Brudziński called it "barbaric." He said "I can’t find the words."',
     "I can’t find the words.", ["Joachim Brudziński"]),
    ('Senator Ruth Okafor spoke after the vote. The bill now goes to the House. Nothing is settled. '
     '“This is a manufactured crisis,” she said.', "This is a manufactured crisis,", ["Ruth Okafor"]),
    ('Biden, whose hands are tied by Congress, did little to allay Xi’s concerns, when he pointed out '
     '“that the rules stay.”', "that the rules stay.", ["Biden"]),
    # a quote split by its cue, curly and straight
    ('“We are not going to fold,” Speaker Mark Delaney told reporters. “If they want a deal, they know where we are.”',
     "If they want a deal, they know where we are.", ["Mark Delaney"]),
    ('"While we wait," he said, "we urge restraint." ', "we urge restraint.", []),
    ('Following the vote, a spokesperson, Morgan Ortagus, spoke: "While we wait," he said, "we urge restraint."',
     "we urge restraint.", ["Morgan Ortagus"]),
    # no cue: continues the previous speaker, or the subject of the previous sentence
    ('Graham said, "ISIS is not defeated." "The caliphate is gone," Graham continued. "And the Kurds did it."',
     "And the Kurds did it.", ["Graham"]),
    ('Brett McGurk, a former envoy, criticized the decision via Twitter. "The statement shows no understanding."',
     "The statement shows no understanding.", ["Brett McGurk"]),
    # the pronoun goes to the latest speaker of the sentence before, past the first subject
    ('Mayor Eva Kern said the day was "a tragedy" while Fire Chief Tom Udall wrote he had ordered checks. '
     'He tweeted, "Our thoughts are with the families."', "Our thoughts are with the families.", ["Tom Udall"]),
    # 'he' never resolves to a publication named with 'The'; 'the minister' to the last titled person
    ('Trade Secretary Jo Hale spoke at a seminar. The Daily Record has been told more. '
     '"We will act," he said.', "We will act,", ["Jo Hale"]),
    ('Trade Secretary Jo Hale spoke at a seminar.\n\nThe minister told delegates: "Pay gaps hurt us all."',
     "Pay gaps hurt us all.", ["Jo Hale"]),
    # a quote across paragraphs
    ("Birch recalled the standoff in a speech:\n\n“I was here the last time.\n\n“We should not need this twice.”",
     "I was here the last time.\n\n“We should not need this twice.", ["Birch"]),
    ("“I was here the last time,” Birch said. “It was hard.\n\n“We should not need this twice.”",
     "It was hard.\n\n“We should not need this twice.", ["Birch"]),
])
def test_pronouns_splits_and_continuations(raw, quote, expected):
    assert speakers(raw).get(quote, []) == expected


@pytest.mark.parametrize("raw, quote, expected", [
    ("Both the Chinese and U.S. statements have emphasized the “candid and constructive” nature of the call.",
     "candid and constructive", ["the Chinese statement", "the U.S. statement"]),
    ('The Financial Times reported the plans first. The newspaper said the firm knew "for several months" of it.',
     "for several months", ["Financial Times"]),
    ("Voltara Energy will recall 40,000 units. “Safety comes first,” the company said in a statement.",
     "Safety comes first,", ["Voltara Energy"]),
    ('The Congressional Budget Office issued a warning. The agency said the effects would be "largely recovered".',
     "largely recovered", ["Congressional Budget Office"]),
    ("According to the Chinese statement on the call: “The Taiwan question is the first red line.”",
     "The Taiwan question is the first red line.", ["the Chinese statement"]),
])
def test_descriptions_resolve_to_bodies_and_documents(raw, quote, expected):
    assert speaker_of(raw, quote) == expected


def test_one_source_per_person_with_title_as_description():
    raw = ('U.S. President Joe Biden spoke on Monday. “We will act,” Biden said. Later he added: “We will not wait.”')
    _, quotes, sources = predict(raw)
    people = [s for s in sources if s.kind == "person"]
    assert [(s.name, s.description) for s in people] == [("Joe Biden", "U.S. President")]
    assert "Biden" in people[0].aliases
    assert all(q.speakers == [people[0].key] for q in quotes)


def test_author_and_publisher_are_sources():
    raw = ("“It is over,” she said, said Jane Doe.\n\nThis article is republished from The Conversation under a "
           "Creative Commons license.\n\nStefan Wolff is a professor of politics at the University of Birmingham.")
    _, _, sources = predict(raw)
    kinds = {s.name: s.kind for s in sources}
    assert kinds["Stefan Wolff"] == "person" and kinds["The Conversation"] == "publication"


def test_seed_article_attribution():
    with open("seeds/articles/biden-xi-call-conversation-2024.txt", encoding="utf-8") as f:
        _, quotes, sources = predict(f.read())
    by_key = {s.key: s for s in sources}
    got = [(q.text[:20], sorted(by_key[k].name for k in q.speakers), q.cue) for q in quotes if q.is_speech]
    assert got == [
        ("candid and construct", ["the Chinese statement", "the U.S. statement"], "emphasized"),
        ("suppress China’s tra", ["Beijing"], "suspects"),
        ("that the United Stat", ["Joe Biden"], "pointed out"),
        ("The Taiwan question ", ["the Chinese statement"], "According to"),
    ]
    assert by_key["Beijing"].kind == "government"
    assert by_key["Joe Biden"].description == "U.S. President"
    assert {s.kind for s in sources if "statement" in s.name} == {"document"}
