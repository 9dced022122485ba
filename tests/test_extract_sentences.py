"""split_sentences: exact offsets, one paragraph at a time."""
import pytest

from seeds.extract.clean import clean_article
from seeds.extract.sentences import split_sentences


def split(raw):
    clean = clean_article(raw)
    sentences = split_sentences(clean.text, clean.paragraphs)
    for s in sentences:
        assert clean.text[s.start:s.end] == s.text
    return [s.text for s in sentences]


@pytest.mark.parametrize("raw, expected", [
    ("U.S. President Joe Biden spoke. Xi listened.", ["U.S. President Joe Biden spoke.", "Xi listened."]),
    ('"It is over," she said. He left.', ['"It is over," she said.', "He left."]),
    ("Dr. Tomasz Stefaniak was met with applause.", ["Dr. Tomasz Stefaniak was met with applause."]),
    # A heading mid-article (a first line like this is the headline: metadata.py lifts it into `title`).
    ("It began.\n\nFlashpoint Taiwan\n\nThere is no change.", ["It began.", "Flashpoint Taiwan", "There is no change."]),
    ("It began.\n\nA heading without a stop\n\nA body. Two sentences.",
     ["It began.", "A heading without a stop", "A body.", "Two sentences."]),
    ('He wrote: "One. Two." Then he left.', ['He wrote: "One.', 'Two."', "Then he left."]),
])
def test_sentences(raw, expected):
    assert split(raw) == expected


def test_sentences_never_cross_paragraphs():
    raw = "He said it was over\n\nand nobody answered."
    assert split(raw) == ["He said it was over", "and nobody answered."]


def test_seed_article_has_38_body_sentences():
    with open("seeds/articles/biden-xi-call-conversation-2024.txt", encoding="utf-8") as f:
        texts = split(f.read())
    # 43 sentences in the raw file, less the licence (2), the bio and the two boilerplate lines.
    assert len(texts) == 38
    assert texts[0].startswith("U.S. President Joe Biden") and texts[0].endswith("in November.")
