"""Every Gated regex (a prefilter on literals each match must contain) must answer exactly like its bare regex.

Checked on every sentence of every fixture, lower-cased too, and on seeded random strings built from the
regexes' own words, digits and fixture words, so that near-misses of every alternative are exercised.
"""
import glob
import random
import re

import pytest

from seeds.extract import claims, entities
from seeds.extract.clean import clean_article
from seeds.extract.sentences import split_sentences

GATES = {name: gate for module in (claims, entities) for name, gate in vars(module).items()
         if isinstance(gate, entities.Gated)}


def fixture_sentences():
    out = []
    for path in sorted(glob.glob("seeds/articles/*.txt") + glob.glob("tests/fixtures/*/*.txt")):
        with open(path, encoding="utf-8") as f:
            clean = clean_article(f.read())
        out += [s.text for s in split_sentences(clean.text, clean.paragraphs)]
    return out


def same(gate, text):
    bare = [(m.span(), m.groups()) for m in gate.regex.finditer(text)]
    gated = [(m.span(), m.groups()) for m in gate.finditer(text)]
    assert gated == bare, (gate.pattern[:60], text)
    m, g = gate.regex.search(text), gate.search(text)
    assert (m and (m.span(), m.groups())) == (g and (g.span(), g.groups())), (gate.pattern[:60], text)


def test_gates_found():
    assert len(GATES) >= 9


def test_gates_on_fixture_sentences():
    for text in fixture_sentences():
        for gate in GATES.values():
            same(gate, text)
            same(gate, text.lower())


@pytest.mark.parametrize("seed", range(3))
def test_gates_on_random_text(seed):
    rnd = random.Random(seed)
    vocab = sorted({w for gate in GATES.values() for w in re.findall(r"[A-Za-z’']+", gate.pattern) if len(w) > 1})
    words = " ".join(fixture_sentences()).split()
    glue = [" ", " ", " ", "-", ", ", ". ", "’", "'", ":", " the ", " to ", " of "]
    for _ in range(3000):
        parts = []
        for _ in range(rnd.randint(1, 12)):
            r = rnd.random()
            parts.append(rnd.choice(vocab) if r < 0.5 else str(rnd.randint(0, 2100)) if r < 0.6 else rnd.choice(words))
            parts.append(rnd.choice(glue))
        text = "".join(parts)
        for variant in (text, text.lower(), text.capitalize()):
            for gate in GATES.values():
                same(gate, variant)
