"""Claims: one table row per rule, built from dataclasses directly so no other pipeline step is involved."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from seeds.extract.claims import checkworthiness, find_claims
from seeds.extract.entities import build_vocabulary, find_dates_and_numbers, find_entities
from seeds.extract.model import Claim, Paragraph, Quote, Source
from seeds.extract.sentences import split_sentences

SEED = Path(__file__).resolve().parents[1] / "seeds" / "articles" / "biden-xi-call-conversation-2024.txt"

SOURCES = [
    Source("joe-biden", "Joe Biden", "person", "U.S. President", ["Biden", "President Biden"]),
    Source("xi-jinping", "Xi Jinping", "person", None, ["Xi"]),
    Source("chinese-statement", "the Chinese statement", "document", None, ["Chinese statement"]),
    Source("world-health-organization", "World Health Organization", "organization", None, ["WHO"]),
]


def article(text: str, headings: tuple[str, ...] = (), speakers: dict[str, list[str]] | None = None):
    """Paragraphs on blank lines, sentences by the pipeline's splitter, and a Quote for every curly or straight double-quoted span
    whose text starts with a key of `speakers` (other quoted spans are scare quotes, is_speech False)."""
    paragraphs = [Paragraph(i, m.start(), m.end(), "heading" if m.group() in headings else "body")
                  for i, m in enumerate(re.finditer(r"[^\n]+(?:\n[^\n]+)*", text))]
    sentences = split_sentences(text, paragraphs)
    quotes = []
    for m in re.finditer(r"[“\"]([^”\"]+)[”\"]", text):
        who = [v for k, v in (speakers or {}).items() if m.group(1).startswith(k)]
        quotes.append(Quote(m.group(1), m.start(1), m.end(1), "", 0, speakers=who[0] if who else [],
                            is_speech=bool(who)))
    return text, paragraphs, sentences, quotes, SOURCES


def one(text: str, **kwargs) -> Claim:
    claims = find_claims(*article(text, **kwargs))
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize("text, kind, hedge", [
    # factual with numbers, dates and names
    ("Donald Trump imposed a 25% tariff on Chinese imports in 2018.", "factual", None),
    ("The company’s revenue grew to $1.2 billion in the last year.", "factual", None),
    # hedge cues keep the kind but are flagged as written
    ("Xi and Biden are believed to have covered Taiwan in the call.", "factual", "are believed to"),
    ("The minister reportedly resigned after the vote on Tuesday.", "factual", "reportedly"),
    ("The suspect allegedly entered the building through a window.", "factual", "allegedly"),
    ("Reportedly he injured a man and two women on the high road.", "factual", "Reportedly"),
    ("Together with other meetings, the call appears to be a rediscovery of diplomacy.", "factual", "appears to"),
    ("It is thought that about 200 people attended the rally.", "factual", "It is thought"),
    ("The new data suggests that infections peaked in March.", "factual", "suggests"),
    ("The talks seem to have stalled over the question of tariffs.", "factual", "seem to"),
    # prediction cues
    ("Both sides' positions will be tested in the coming months.", "prediction", None),
    ("Prices are expected to rise sharply across the region next year.", "prediction", None),
    ("The bank is set to announce a new chief executive officer.", "prediction", None),
    ("Inflation could rise above five percent by the end of the year.", "prediction", "could"),
    ("Neither Washington nor Beijing are likely to want further escalation.", "prediction", "likely"),
    # opinion cues
    ("The candor is obvious from the many areas of disagreement between them.", "opinion", None),
    ("The government should act now to protect the coastline.", "opinion", None),
    ("I think the policy has failed the people it was meant to help.", "opinion", None),
    ("Another significant factor is the strengthening of military relations.", "opinion", None),
    ("North Korea's increasing belligerence is clearly a concern for its neighbours.", "opinion", None),
])
def test_kind_and_hedge(text, kind, hedge):
    claim = one(text)
    assert (claim.kind, claim.hedge, claim.hedged) == (kind, hedge, hedge is not None)


@pytest.mark.parametrize("text, speakers, claimant", [
    # a speech quote inside the sentence: the quote's speaker
    ("Biden said “we will keep the channels open” after the call ended.", {"we will": ["joe-biden"]}, "joe-biden"),
    # quote plus "according to": the quote's speaker wins
    ("According to the Chinese statement on the Biden-Xi phone call: “The Taiwan question is the first red line.”",
     {"The Taiwan": ["chinese-statement"]}, "chinese-statement"),
    # "according to X" without a quote: X matched against names and aliases
    ("According to the WHO, the virus has infected 16 million people.", {}, "world-health-organization"),
    # reported speech: "X said that ..." and "..., X said"
    ("Xi Jinping said that the two countries must respect each other.", {}, "xi-jinping"),
    ("The talks were productive and should continue, Biden told reporters.", {}, "joe-biden"),
    ("“Terrorists seek to divide us,” said Khan, who is not a known source here.", {}, None),
    # an unknown speaker is still attributed, but nobody can be named
    ("A spokesperson said the factory would reopen on Monday.", {}, None),
])
def test_attributed(text, speakers, claimant):
    claim = one(text, speakers=speakers)
    assert (claim.kind, claim.claimant) == ("attributed", claimant)


@pytest.mark.parametrize("text", [
    "Is this the end of the trade war?",             # a question asks, it does not assert
    "What will Beijing do next?”",                  # even with a closing mark
    "Comments are closed.",                          # a fragment
    "Read more",                                     # a leftover link
])
def test_not_a_claim(text):
    assert find_claims(*article(text)) == []


def test_scare_quotes_are_not_attribution():
    claim = one("Both statements have stressed the “candid and constructive” nature of the call in 2024.")
    assert claim.claimant is None


def test_heading_is_skipped_and_offsets_are_exact():
    text = "Flashpoint Taiwan\n\nThere is no change in the policy of the United States.  \n\nWhy does it matter?"
    claims = find_claims(*article(text, headings=("Flashpoint Taiwan",)))
    assert [c.text for c in claims] == ["There is no change in the policy of the United States."]
    assert all(text[c.start:c.end] == c.text for c in claims)


@pytest.mark.parametrize("sentence, entities", [
    ("Donald Trump began a trade war against China in 2018.", ["Donald Trump", "China"]),
    ("U.S. President Joe Biden and his Chinese counterpart, Xi Jinping, talked.", ["U.S.", "Joe Biden", "Xi Jinping"]),
    ("According to the Chinese statement on the Biden-Xi phone call, talks went well.", ["Biden", "Xi"]),
    ("Japan may play a part in the volatile situation in the Taiwan Strait.", ["Japan", "Taiwan Strait"]),
    ("China’s position on the U.S.-China relationship is firm.", ["China", "U.S."]),
    ("Recent meetings include those of Secretary of State Antony Blinken in Bangkok.", ["Antony Blinken", "Bangkok"]),
    ("Stefan Wolff teaches at the University of Birmingham.", ["Stefan Wolff", "University of Birmingham"]),
])
def test_entities(sentence, entities):
    vocab = build_vocabulary(sentence + " Biden met Xi. Both met in China. The recent talks, and another.")
    assert find_entities(sentence, vocab) == entities


@pytest.mark.parametrize("sentence, dates, numbers", [
    ("Trump imposed a 25% tariff in 2018.", ["2018"], ["25%"]),
    ("China vetoed it on March 22, 2024, and a vote three days later passed.", ["March 22, 2024"], ["three days"]),
    ("They met in San Francisco last November and talked this week.", ["last November", "this week"], []),
    ("They met in Bangkok at the end of January and in Munich in February.", ["the end of January", "February"], []),
    ("The 105-minute call covered a $1.2 billion deal affecting 16 million people.", [],
     ["105-minute", "$1.2 billion", "16 million people"]),
    ("Shots were fired at around 14:00 and again at 9:30 pm.", ["14:00", "9:30 pm"], []),
    ("The COVID-19 outbreak spread to two countries in the 1990s style.", ["the 1990s"], []),
])
def test_dates_and_numbers(sentence, dates, numbers):
    assert find_dates_and_numbers(sentence) == (dates, numbers)


@pytest.mark.parametrize("specific, vague", [
    ("Donald Trump imposed a 25% tariff on Chinese imports in 2018.", "The candor is obvious from the disagreements."),
    ("Unemployment rose to 7.5% in March, the highest since 2010.", "Things will probably get better in the future."),
])
def test_checkworthiness_prefers_specific_facts(specific, vague):
    assert one(specific).checkworthiness > 0.6 > 0.3 > one(vague).checkworthiness


@pytest.mark.parametrize("kind, text, numbers, dates, entities, score", [
    ("attributed", "It fell by more than half because of the war, they said.", ["1"] * 9, ["2020"], ["A"] * 9, 1.0),
    ("factual", "A long enough sentence with nothing specific in it at all.", [], [], [], 0.2),
    ("opinion", "Clearly bad.", [], [], [], 0.0),
])
def test_checkworthiness_is_bounded_and_deterministic(kind, text, numbers, dates, entities, score):
    claim = Claim(text, 0, len(text), kind, numbers=numbers, dates=dates, entities=entities)
    assert checkworthiness(claim) == checkworthiness(claim) == score


# The five sentences the product owner named, run through the real cleaning and splitting steps.
SEED_EXPECTED = [
    ("Donald Trump began an unprecedented trade war against China", "factual", None),
    ("Xi and Biden are believed to have covered Taiwan", "factual", "are believed to"),
    ("According to the Chinese statement on the Biden-Xi phone call", "attributed", None),
    ("The candor is obvious from the many areas of disagreement", "opinion", None),
    ("Both sides’ positions will be tested in the coming months", "prediction", None),
]


@pytest.mark.parametrize("prefix, kind, hedge", SEED_EXPECTED)
def test_seed_article(prefix, kind, hedge):
    clean = pytest.importorskip("seeds.extract.clean")
    sentences = pytest.importorskip("seeds.extract.sentences")
    c = clean.clean_article(SEED.read_text(encoding="utf-8"))
    sents = sentences.split_sentences(c.text, c.paragraphs)
    claims = find_claims(c.text, c.paragraphs, sents, [], [Source("chinese-statement", "Chinese statement", "document")])
    assert all(c.text[x.start:x.end] == x.text for x in claims)
    claim = next(x for x in claims if x.text.startswith(prefix))
    assert (claim.kind, claim.hedge) == (kind, hedge)
    if kind == "attributed":
        assert claim.claimant == "chinese-statement"
    if kind == "factual" and hedge is None:
        assert claim.checkworthiness >= 0.7
        assert {"Donald Trump", "China"} <= set(claim.entities)
        assert (claim.numbers, claim.dates) == (["25%"], ["2018"])
    assert not any(x.text.startswith(("Flashpoint Taiwan", "Common International Ground")) for x in claims)
