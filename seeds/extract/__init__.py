"""The extraction pipeline: raw article text in, dataclasses out. Every step is a pure function."""
from __future__ import annotations

from .model import Claim, CleanText, Extraction, Paragraph, Quote, Sentence, Source


def extract(raw: str) -> Extraction:
    """Run every step in order; the importer and the evaluator both call this one function."""
    from .attribution import attribute_quotes
    from .claims import find_claims
    from .clean import clean_article
    from .quotes import find_quotes
    from .sentences import split_sentences
    from .sources import build_sources

    clean = clean_article(raw)
    sentences = split_sentences(clean.text, clean.paragraphs)
    quotes = find_quotes(clean.text, clean.paragraphs, sentences)
    mentions = attribute_quotes(clean.text, clean.paragraphs, sentences, quotes)
    quotes, sources = build_sources(clean, quotes, mentions)
    claims = find_claims(clean.text, clean.paragraphs, sentences, quotes, sources)
    return Extraction(clean=clean, sentences=sentences, quotes=quotes, sources=sources, claims=claims)


__all__ = ["extract", "Claim", "CleanText", "Extraction", "Paragraph", "Quote", "Sentence", "Source"]
