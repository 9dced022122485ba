"""The dataclasses the extraction pipeline passes between its steps.

Every offset is a Python str index into `CleanText.text`, the text the API serves at
/v1/articles/{id}/text, so `text[start:end]` is always the exact span.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    kind: str = "body"  # "body" | "heading"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    text: str


@dataclass
class CleanText:
    """The article after scraped boilerplate is removed and metadata lines are lifted out."""

    text: str
    paragraphs: list[Paragraph]
    title: str | None = None
    author: str | None = None
    author_description: str | None = None
    publisher: str | None = None
    original_publisher: str | None = None
    license: str | None = None
    published_at: str | None = None
    language: str = "en"


@dataclass
class Quote:
    text: str  # exactly text[start:end], the characters between the marks
    start: int
    end: int
    sentence: str  # the sentence (or sentences) the quote sits in
    paragraph: int
    cue: str | None = None  # the reporting word or phrase as written ("said", "according to")
    partial: bool = False  # a fragment inside the author's own sentence
    elided: bool = False  # contains or is cut by an ellipsis
    confidence: float = 0.0
    speakers: list[str] = field(default_factory=list)  # Source.key values
    is_speech: bool = True  # False for scare quotes, titles, terms: stored but never served as speech
    open_end: bool = False  # no closing mark before the paragraph ended: the next paragraph reopens it


@dataclass
class Source:
    key: str  # canonical name; the importer derives the id from it
    name: str
    kind: str  # person | organization | government | document | publication
    description: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Claim:
    text: str
    start: int
    end: int
    kind: str  # factual | attributed | opinion | prediction
    hedged: bool = False
    hedge: str | None = None
    claimant: str | None = None  # Source.key, None = the author
    checkworthiness: float = 0.0
    entities: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    clean: CleanText
    sentences: list[Sentence]
    quotes: list[Quote]
    sources: list[Source]
    claims: list[Claim]
