"""The sentence splitter's shortcuts must give exactly the spans plain syntok gives (after the one deliberate
change to syntok's output: a rank such as 'Lt.' never ends a sentence).

seeds/extract/sentences.py cuts paragraphs at boundaries syntok always makes and skips the segmenter for
pieces without a terminal. This compares it with running syntok on the whole paragraph, on every fixture
paragraph and on seeded random paragraphs full of abbreviations, initials, quotes and brackets.
"""
import glob
import random

import pytest

import seeds.extract.sentences as sentences
from seeds.extract.clean import clean_article

TRICKY = ["etc.", "approx.", "no.", "No.", "U.S.", "e.g.", "Mr.", "the end.", "said.”", "said.\"", "said.'", "it's.",
          "ok!", "why?", "(see this.)", "[1]", "A.", "I.", "II.", "x.", "3.5", "10.", "Jan.", "min.", "vs.", "well;",
          "...", "so...", "“Quote.”", "now.’", "done.” ", "\n", "\n\n", "\t", "\u00a0", "\u200b", "ab.  The",
          "the.\tThe", "nope.\nThe", "end. “We", "end. \"We", "end. 'We", "end.”  He", "St.", "fig.", "no. 5",
          "end.)", "end.” The", "a. B", "go. 42", "end. (A", "over. ‘We", "(", ")", "(PKK)", "tool\".", "tool”.",
          "tool’.", "tool'.", "tool\"?", "[", "]", "(a. b. c. d. e. f. g. h. i. j. k. l. m.)", "said\". “", "did”! The",
          "Biden.", "Khan.”", "Sen.", "Dr.", "Mon.", "Yes!", "Ok?", "McCain.", "Mär.", "Ltd.", "Co.", "Xi.", "Io."]
CAPS = ["The", "He", "She", "It", "Biden", "However,", "In", "U.S.", "A", "I", "IV", "We", "“We", "\"They", "Jan", "X"]


def plain_syntok(chunk):
    if not sentences._INNER_STOP.search(chunk.rstrip()):
        lead = len(chunk) - len(chunk.lstrip())
        return [(lead, len(chunk.rstrip()))] if chunk.strip() else []
    spans = sentences._syntok_spans(chunk, 0, len(chunk))
    if not spans and chunk.strip():
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((lead, len(chunk.rstrip())))
    return sentences._closing_marks(chunk, sentences._merge_ranks(chunk, spans))


def fixture_paragraphs():
    out = []
    for path in sorted(glob.glob("seeds/articles/*.txt") + glob.glob("tests/fixtures/*/*.txt")):
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        clean = clean_article(raw)
        out += [clean.text[p.start:p.end] for p in clean.paragraphs] + raw.split("\n\n")
    return out


def test_fixture_paragraphs_match_plain_syntok():
    for chunk in fixture_paragraphs():
        assert sentences._spans(chunk) == plain_syntok(chunk), chunk


@pytest.mark.parametrize("seed", range(3))
def test_random_paragraphs_match_plain_syntok(seed):
    rnd = random.Random(seed)
    words = " ".join(fixture_paragraphs()).split(" ")
    for _ in range(1500):
        toks = []
        for _ in range(rnd.randint(3, 40)):
            r = rnd.random()
            toks.append(rnd.choice(TRICKY) if r < 0.25 else rnd.choice(CAPS) if r < 0.4 else rnd.choice(words))
        chunk = " ".join(toks)
        assert sentences._spans(chunk) == plain_syntok(chunk), chunk
