"""find_quotes: pairing marks, nesting, paragraph pieces, flags and non-speech spans."""
import pytest

from seeds.extract.clean import clean_article
from seeds.extract.quotes import find_quotes
from seeds.extract.sentences import split_sentences


def quotes_of(raw):
    clean = clean_article(raw)
    quotes = find_quotes(clean.text, clean.paragraphs, split_sentences(clean.text, clean.paragraphs))
    for q in quotes:
        assert clean.text[q.start:q.end] == q.text
    return quotes


def speech(raw):
    return [q.text for q in quotes_of(raw) if q.is_speech]


@pytest.mark.parametrize("raw, expected", [
    ('Kino Gabriel said, "The statement was a surprise."', ["The statement was a surprise."]),
    ("Biden said “we will act” on Monday.", ["we will act"]),
    ("“It is over,” she said. “We lost.”", ["It is over,", "We lost."]),
    # a line that reopens a quote left open on the line before: one quote
    ('Lee said: "We doubled it.\n"And we will do it again," she said.', ['We doubled it.\n"And we will do it again,']),
    ("He said “I can’t find the words” and left.", ["I can’t find the words"]),
    ('He said "we\'ve done it" again.', ["we've done it"]),
    ("It’s true that Xi’s aides and both sides’ envoys met in the '90s.", []),
    ('McGurk wrote, "The "United States" is not holding anyone."', ['The "United States" is not holding anyone.']),
    ("Boon said: \"He had scrawled his 'life goals' in a notepad.\"", ["He had scrawled his 'life goals' in a notepad."]),
    ("Boon said: “He wrote ‘Jannah’ in it.”", ["He wrote ‘Jannah’ in it."]),
    ("The headline said ‘Police shoot man dead’ at noon.", ["Police shoot man dead"]),
    ('"Terrorists seek to divide us," said Khan, "here we will never let them."',
     ["Terrorists seek to divide us,", "here we will never let them."]),
])
def test_pairing(raw, expected):
    assert speech(raw) == expected


def test_quote_running_past_a_paragraph_end_and_reopened_is_one_quote():
    raw = "Birch said:\n\n“I was here the last time.\n\n“We should not need to learn that twice.”\n\nShe left."
    quotes = quotes_of(raw)
    assert [q.text for q in quotes] == ["I was here the last time.\n\n“We should not need to learn that twice."]
    assert quotes[0].open_end is False and raw[quotes[0].start:quotes[0].end] == quotes[0].text


@pytest.mark.parametrize("raw, expected", [
    # British style: single marks, a quote run on into the next paragraph and reopened there
    ("A Defra source said: 'The best thing is a bag in your pocket.\n\n'But paper bags do degrade better.'",
     ["The best thing is a bag in your pocket.\n\n'But paper bags do degrade better."]),
    # a single mark opens before a currency symbol as before a letter
    ("Suzanne Foley said: '£162 for a suit and then 10p for a bag, what's that about!' (sic)",
     ["£162 for a suit and then 10p for a bag, what's that about!"]),
    # a doubled opening mark is one mark
    ('""It was a result of heavy partying," Hamilton said.', ["It was a result of heavy partying,"]),
])
def test_british_and_damaged_marks(raw, expected):
    assert speech(raw) == expected


def test_a_quote_left_open_with_no_reopening_stays_at_its_paragraph():
    quotes = quotes_of("Birch said: “I was here the last time.\n\nThe crowd cheered.")
    assert [(q.text, q.open_end) for q in quotes] == [("I was here the last time.", True)]


@pytest.mark.parametrize("raw, elided", [
    ('Graham said, "ISIS is not defeated [...] The lie is that it is."', True),
    ("He pointed out “that we will act to prevent … harm.”", True),
    ('He said, "We will act."', False),
])
def test_ellipsis_marks_elided(raw, elided):
    assert quotes_of(raw)[0].elided is elided


@pytest.mark.parametrize("raw, partial", [
    ('Tom Watson called the deal "lousy" and left.', True),
    ('Brudziński said he was in a "serious" condition.', True),
    ('Duda remarked, "Today I am with him."', False),
    ('"The next hours will decide everything," Stefaniak said.', False),
    ('Nicola Sturgeon said it was "the moment of maximum opportunity" for them.', True),
])
def test_partial_quotes(raw, partial):
    assert quotes_of(raw)[0].partial is partial


@pytest.mark.parametrize("raw", [
    'Thousands joined an anti-Brexit ("British exit") march.',
    'That year\'s H1N1 was commonly called "swine flu."',
    'The WHO named the disease "COVID-19" on Tuesday.',
    'Her book, "The Distracted Generation," sold well.',
    'The 2019 report "Screens and Young Minds" was careful.',
    'The so-called "reform" changes nothing.',
    'Protesters carried a banner saying "united in diversity" through the square.',
    'The suspect is named only as \'Stefan W\' under privacy law.',
    '<tweet data-id="1790012345678901234" data-lang="en">Floods are rising</tweet>',
])
def test_names_titles_glosses_and_markup_are_not_speech(raw):
    assert speech(raw) == []


def test_seed_article_quotes():
    with open("seeds/articles/biden-xi-call-conversation-2024.txt", encoding="utf-8") as f:
        texts = speech(f.read())
    assert len(texts) == 4
    assert texts[0] == "candid and constructive"
    assert texts[1] == "suppress China’s trade and technology development."
    assert texts[2].startswith("that the United States") and texts[2].endswith("trade and investment.")
    assert texts[3].startswith("The Taiwan question is the first red line")
