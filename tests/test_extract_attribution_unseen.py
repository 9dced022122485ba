"""Attribution rows for patterns met in the second blind round (our own sentences, not the articles')."""
import pytest
from helpers import served_speakers

from seeds.evaluate import predict


def speaker_of(raw, quote):
    return served_speakers(raw)[quote]


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
    # a thousands comma is not an appositive boundary
    ('"We lost everything," Dana Price, a baker with 12,000 followers, told Reuters.', "We lost everything,",
     ["Dana Price"]),
    # 'said his sister, Maya Lund, who ...': the name after the description
    ('"She never gave up," said his sister, Maya Lund, who flew in from Oslo.', "She never gave up,", ["Maya Lund"]),
    # a description after the named subject, before the cue
    ('Sen. Paul Abbot of Maine, the ranking Republican on the Finance Committee told CNN the cuts were "reckless."',
     "reckless.", ["Paul Abbot"]),
    # where and when between the name and the cue
    ('Rita Okafor on X on Sunday called the memo "a basic check."', "a basic check.", ["Rita Okafor"]),
    # 'X, a description, who said'
    ('The study was led by Lena Moss, a soil scientist and lecturer at MIT, who said "Soil is alive and fragile."',
     "Soil is alive and fragile.", ["Lena Moss"]),
    # a cue-less quote opening the next paragraph goes on with the last speaker, past a programme's name
    ('Senator Ann Curtis spoke at length.\n\n"We must act now," Curtis said on ABC\'s "This Week."\n\n'
     '"These are real people with real lives."', "These are real people with real lives.", ["Ann Curtis"]),
    # the sentence splitter ends the sentence at '!"', the cue opens the next one
    ('"What a day for the city!" Mayor Lin Ortega posted on Facebook.', "What a day for the city!", ["Lin Ortega"]),
    # a nickname in quotation marks inside a name
    ('Veteran Robert "Bobby" Kline, 98, waved to the crowd at Pearl Harbor. "I was glad to be here," he said.',
     "I was glad to be here,", ["Robert Kline"]),
    # 'X sees Y as "..."': a characterisation with no speech verb
    ('Mia Torres runs the lab. Torres sees edge computing as "the next big shift for factories."',
     "the next big shift for factories.", ["Mia Torres"]),
    # the quote is the verb: 'Omar Haddad "strongly rejected" the claims'
    ('Omar Haddad "strongly rejected" the claims made by the council on Monday.', "strongly rejected",
     ["Omar Haddad"]),
    # a lede's owned title resolves to the person named just after
    ('Norway\'s prime minister has pledged new funds, saying the old plan had "failed completely."\n\n'
     'Erik Halvorsen said the money would arrive in May.', "failed completely.", ["Erik Halvorsen"]),
    # a participle after a subordinate clause belongs to that clause's subject
    ('Forty members of the party joined the vote hours after Marsh addressed the nation, calling the court '
     'a "nest of traitors" in front of cameras.', "nest of traitors", ["Marsh"]),
    # a quoted nickname is not a quote that splits the name; the pronoun finds the full name
    ('BOSTON — Ira "Ike" Dalton, 101, rose to salute.\n\nDalton agreed when organizers asked him.\n\n'
     '"I was honored to do it," he said.', "I was honored to do it,", ["Ira Dalton"]),
    # 'introduced X as "..."', also as a participle with its agent set off by commas
    ('Host Dana Reyes introduced the volunteers as "the bravest people in this room."',
     "the bravest people in this room.", ["Dana Reyes"]),
    ('Lopez was the first guest introduced, by Mark Ellison, as "the man who fixed our roof."',
     "the man who fixed our roof.", ["Mark Ellison"]),
    # a day after 'on' is not part of the name; the pronoun goes back to the person
    ('Kremlin spokesman Pavel Orlov told reporters.\n\nOrlov on Sunday ruled out any deal.\n\n'
     '"The border is settled," he said.', "The border is settled,", ["Pavel Orlov"]),
    # 'who last week called': a time phrase inside the relative clause
    ('Trump, who last week called the governor a "disaster" on air, left early.', "disaster", ["Trump"]),
    # a proper adjective before the body that speaks
    ('Iranian state media said the talks were "constructive and serious."', "constructive and serious.",
     ["Iranian state media"]),
])
def test_unseen_attribution(raw, quote, expected):
    assert speaker_of(raw, quote) == expected


def served(raw):
    _, quotes, _ = predict(raw)
    return [q.text for q in quotes if q.is_speech]


@pytest.mark.parametrize("raw, title", [
    # programmes and titles after a possessive, a preposition, a genre noun or 'told'
    ('"We will see," the senator told NBC\'s "Meet the Press."', "Meet the Press."),
    ('Ramos said on Channel 4\' "Evening Report" that he would run.', "Evening Report"),
    ('She also starred in "Blue Harbour." The show ran for years.', "Blue Harbour."),
    ('He won for the 2019 drama "Salt Flats." Critics agreed.', "Salt Flats."),
    ('The mayor told "City Hour Tonight" about the plan.', "City Hour Tonight"),
    ('Her hits include "Paper Moon" and "Red Sky."', "Paper Moon"),
    # a label owned by someone
    ("Workers ignored Lee's 'productivity email' on Monday.", "productivity email"),
    # a short quote alone on its line is a subheading
    ("The talks ended.\n\n'A new chapter'\n\nThe envoy left on Monday.", "A new chapter"),
])
def test_titles_are_not_served_as_speech(raw, title):
    assert title not in served(raw)


def test_short_capitalised_exclamation_with_a_cue_is_speech():
    raw = 'The crowd cheered.\n\n"Wow," said "Harbor Lights" star Ana Ruiz on stage. "I did not expect this at all."'
    assert speaker_of(raw, "Wow,") == ["Ana Ruiz"]
    assert speaker_of(raw, "I did not expect this at all.") == ["Ana Ruiz"]


def test_lost_paragraph_break_inside_a_quote_keeps_one_reopened_quote():
    raw = ('"I am quite confident," said Lee. "But I take each race as it comes. "As long as I train well I '
           'think there is a chance of a medal." Lee won the title last year.')
    assert served(raw) == ["I am quite confident,", 'But I take each race as it comes. "As long as I train well I '
                           'think there is a chance of a medal.']
    assert speaker_of(raw, 'But I take each race as it comes. "As long as I train well I think there is a chance '
                           'of a medal.') == ["Lee"]


@pytest.mark.parametrize("raw, quote, expected", [
    # a hyphenated role compound before the name is a description, not part of the name
    ('"The tide has turned," Teacher-turned-activist Mara Quinlan said.', "The tide has turned,", ["Mara Quinlan"]),
    ('Singer-songwriter Ode Falana told fans, "This tour is the last one."', "This tour is the last one.",
     ["Ode Falana"]),
    # a proper adjective after an article, then a role: an unnamed person described whole, not 'A French'
    ('"Numbers are not the point," a French military official said.', "Numbers are not the point,",
     ["a French military official"]),
    ('"That is on the high side," a Western diplomat said.', "That is on the high side,", ["a Western diplomat"]),
])
def test_fourth_round_descriptions(raw, quote, expected):
    assert speaker_of(raw, quote) == expected


@pytest.mark.parametrize("raw, quote, expected", [
    # a place before the role or inside a phrase after it only describes the speaker; served as written
    ('"Nobody wants that," said a former Canadian official with long experience in East Africa, speaking privately.',
     "Nobody wants that,", ["a former Canadian official with long experience in East Africa"]),
    # 'the former Canadian official' goes back to the description that introduced the speaker
    ('"Nobody wants that," said a former Canadian official with long experience in East Africa.\n\n'
     'Talks resumed.\n\n"It will take years," said the former Canadian official.', "It will take years,",
     ["a former Canadian official with long experience in East Africa"]),
    ('A Dutch naval officer said the fleet was small.\n\n"We need more ships," the Dutch officer said.',
     "We need more ships,", ["A Dutch naval officer"]),
    # two unnamed speakers with the same role stay two speakers
    ('"It is early," a Dutch naval officer said. A Nordic officer said the target was "too ambitious."',
     "too ambitious.", ["A Nordic officer"]),
    # a title with a place goes to the named holder of that title, never to the place
    ('Canadian Prime Minister Mark Holt met Chilean President Ana Rojas, whom the Canadian prime minister called '
     'a "true partner" on Friday.', "true partner", ["Mark Holt"]),
    # 'the top diplomat': the person introduced as foreign minister
    ('Foreign Minister Lena Varga spoke in Vienna. "We will wait," Varga told reporters. Later the chief Hungarian '
     'diplomat said her office was "reviewing every case."', "reviewing every case.", ["Lena Varga"]),
    # a dateline places the story and is never 'it'
    ('OTTAWA — As talks begin, Norway has voiced hope, praising what it calls its "steady" ties with Canada.',
     "steady", ["Norway"]),
])
def test_fifth_round_descriptions(raw, quote, expected):
    assert speaker_of(raw, quote) == expected


@pytest.mark.parametrize("raw, quote, expected", [
    # a conjunction before the subject, a day between the subject and the cue
    ('Earlier, Chancellor Otto Brandt rejected the offer, but Mira Holm on Monday said the chancellor "will agree."',
     "will agree.", ["Mira Holm"]),
    # 'with <lowercase descriptor> Name calling ...': the name, not the sentence's subject
    ('Farm unions protested, with dairy lobby group Pasture calling the plan "a disaster for families."',
     "a disaster for families.", ["Pasture"]),
    # 'Plurals of Place' is one organisation's name
    ('Farmers of Canada, a lobby group, called the vote "a win for rural towns."', "a win for rural towns.",
     ["Farmers of Canada"]),
    # a sentence-initial participle belongs to the main clause after it
    ('Dana Price spoke last. Calling the city a "broken machine" run by insiders, she urged a recount.',
     "broken machine", ["Dana Price"]),
    # 'X issued a statement denouncing ... as "..."': X
    ('The Harbor Board issued a statement denouncing the sale as "reckless" on Monday.', "reckless", ["Harbor Board"]),
    # 'his <platform> profile said': the owner, never the platform
    ('Officer Lee Marsh joined in 2020, according to his Facebook page.\n\n'
     '"I love this town and its people," his Facebook page said.', "I love this town and its people,", ["Lee Marsh"]),
    # 'the news group' is the outlet named before, not an organisation in between
    ('Reuters sued the agency. The ban was extended to Harbor Force Group.\n\n'
     'The news group said it would "defend its rights in court."', "defend its rights in court.", ["Reuters"]),
    # 'viewed by X' is not a speech cue; the document is the source
    ('"All staff will be on leave from Monday," according to the letters sent to embassy workers that were '
     'viewed by Reuters.', "All staff will be on leave from Monday,", ["the letters sent to embassy workers"]),
])
def test_fifth_round_subjects(raw, quote, expected):
    assert speaker_of(raw, quote) == expected


def test_title_after_genre_noun_and_comma_is_not_speech():
    assert "Night Tide." not in served('It was the follow-up to her 2023 horror hit, "Night Tide." Fans loved it.')


@pytest.mark.parametrize("raw, quote, expected", [
    # the only person a sentence is about, even in the possessive, is what 'he' points back to
    ('Tom Reyes spoke first. This marks Luis Ortega\'s second visit. The self-styled reformer campaigned on cuts.\n\n'
     'Last year, he vowed to end waste, declaring, "We will not stop until the job is done!"',
     "We will not stop until the job is done!", ["Luis Ortega"]),
    # 'X noted that the Y has promised "..."': X reports the words
    ('Minister Ana Soto spoke on Sunday, noting that the EU has promised to act "before the end of the year."',
     "before the end of the year.", ["Ana Soto"]),
])
def test_fifth_round_reporters(raw, quote, expected):
    assert speaker_of(raw, quote) == expected
