"""'The statement said', 'according to the report': the body that issued the document, when the article names it.

A fact-checker asks who stands behind words, and a statement has no voice of its own: 'The White House said in
a statement that ...' followed by 'According to the statement, ...' is the White House speaking. So a document
description with only lowercase modifiers ('the statement', 'a joint statement', 'its report') is traced back
to its issuer: an earlier 'X said in a statement', 'In a statement, X said', 'X issued a statement', 'a statement
from X', "X's statement" or 'a UN report', the nearest first, or for 'its'/'their' the last body named in this
or the previous sentence. A description that names its party ('the Chinese statement') or that nothing earlier
explains stays a document speaker; that is the honest answer when the article names no issuer.
"""
from __future__ import annotations

import bisect
import re

from .descriptions import place_like
from .lexicon import CUE_RE
from .model import Sentence
from .mentions import EntityIndex
from .names import SpeakerRef, parse_np
from .subjects import _main_subject, _subject

_HEADS = ("statement", "report", "letter", "filing", "release", "memo", "communique", "communiqué", "readout",
          "announcement", "notice", "post", "message")
_HEAD_RE = "|".join(_HEADS)
_DOC = re.compile(rf"^(?P<det>the|a|an|its|their|this|that)\s+(?P<mods>(?:[a-z][\w-]*\s+){{0,3}}?)"
                  rf"(?P<head>{_HEAD_RE})s?(?P<rest>\s+(?:after|from|on|following|at|about|released|issued|published)\b.*)?$",
                  re.I)
_OWNER_PRONOUN = re.compile(r"\b(?:its|their)\b", re.I)
_WINDOW = 2500  # an issuer paragraphs back is still the one meant; a whole article back is another document


def document_issuer(np: str, pos: int, masked: str, index: EntityIndex,
                    sentences: list[Sentence]) -> tuple[list[SpeakerRef], int] | None:
    """The issuer's refs (still to be resolved like any subject) and where they were found; None keeps the document."""
    m = _DOC.match(re.sub(r"\s+", " ", np).strip(" ,.;:"))
    if not m or m.group("mods").lower().split()[:1] == ["news"]:
        return None
    head = m.group("head").lower()
    if m.group("det").lower() in ("its", "their") or _OWNER_PRONOUN.search(m.group("rest") or ""):
        body = _last_body(pos, index, sentences)
        return ([body], pos) if body is not None else None
    return _named_before(head, pos, masked, sentences)


def _last_body(pos: int, index: EntityIndex, sentences: list[Sentence]) -> SpeakerRef | None:
    """'its': the last organisation named in this sentence before the phrase, else in the previous one."""
    k = _sentence_index(sentences, pos)
    lo = sentences[max(k - 1, 0)].start if k is not None else max(0, pos - 400)
    bodies = [e.ref for e in index.before(pos, lo) if e.ref.kind not in ("person", "document")]
    return bodies[-1] if bodies else None


def _sentence_index(sentences: list[Sentence], pos: int) -> int | None:
    starts = [s.start for s in sentences]
    k = bisect.bisect_right(starts, pos) - 1
    return k if k >= 0 else None


def _named_before(head: str, pos: int, masked: str, sentences: list[Sentence]) -> tuple[list[SpeakerRef], int] | None:
    lo = max(0, pos - _WINDOW)
    doc = rf"(?:{head})s?\b"
    if head == "filing":  # 'X filed a lawsuit', then 'the filing said'
        doc = r"(?:filing|lawsuit|suit|complaint|motion|petition|brief)s?\b"
    if not re.search(doc, masked[lo:pos]):
        return None  # every pattern below names the document; most articles never do
    finds: list[tuple[int, str | None, int]] = []  # (where, issuer phrase, where the phrase is read)
    said_in = re.compile(rf"\b(?P<cue>said|says|announced|stated|wrote|added|confirmed|warned|noted|argued|explained|"
                         rf"insisted|declared)\s+(?:[\w,]+\s+){{0,3}}?in\s+(?:an?|its|their|his|her|the)\s+"
                         rf"(?:[\w-]+\s+){{0,3}}?{doc}")
    for hit in said_in.finditer(masked, lo, pos):
        k = _sentence_index(sentences, hit.start())
        cue = CUE_RE.match(masked, hit.start("cue"))
        if k is not None and cue:
            finds.append((hit.start(), _subject(masked, sentences[k].start, cue, sentences[k].end), hit.start()))
    in_a = re.compile(rf"\b[Ii]n\s+(?:an?|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?{doc}[^,.;:\x01\n]{{0,40}},\s+")
    for hit in in_a.finditer(masked, lo, pos):
        k = _sentence_index(sentences, hit.end())
        if k is not None:
            finds.append((hit.start(), _main_subject(masked, hit.end(), sentences[k].end), hit.end()))
    issued = re.compile(rf"\b(?:issued|released|published|put out|sent|posted|filed|signed|wrote)\s+"
                        rf"(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?{doc}")
    for hit in issued.finditer(masked, lo, pos):
        k = _sentence_index(sentences, hit.start())
        if k is not None:
            finds.append((hit.start(), _main_subject(masked, max(sentences[k].start, hit.start() - 200), hit.start()), hit.start()))
    by = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,3}}?{doc}\s+(?:(?:was\s+)?(?:issued|released|published|sent|"
                    rf"posted|put out)\s+)?(?:by|from)\s+(?P<who>(?:the\s+)?(?:[A-Z][\w&.’'-]*\s*){{1,5}})")
    for hit in by.finditer(masked, lo, pos):
        finds.append((hit.start(), hit.group("who"), hit.start("who")))
    owned = re.compile(rf"(?:\b(?P<det>[Aa]n?|[Tt]he)\s+)?(?P<who>(?:[A-Z][\w&.-]*\s+){{0,4}}?[A-Z][\w&.-]*)"
                       rf"(?:[’']s?\s+(?:[a-z-]+\s+){{0,2}}|(?(det)\s+(?:[a-z-]+\s+)?|(?!)))(?:{head})s?\b")
    for hit in owned.finditer(masked, lo, pos):
        who = hit.group("who")
        if not place_like(who) and not re.fullmatch(r"[A-Z][a-z]+(?:an|ese|ish|ic|i|ern|ch)", who):
            finds.append((hit.start(), who, hit.start("who")))
    for _, phrase, at in sorted(finds, key=lambda f: f[0], reverse=True):
        refs = _parties(phrase) if phrase else []
        if refs and all(r.kind != "document" for r in refs) and not (len(refs) == 1 and refs[0].kind == "person"
                                                                       and refs[0].definite is None and not refs[0].pronoun
                                                                       and _not_named(refs[0])):
            return refs, at
    return None


def _parties(phrase: str) -> list[SpeakerRef]:
    """'Nordvik Energy and the Port of Halden': a joint statement has every issuer as its speaker."""
    parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", phrase) if p.strip()]
    if len(parts) > 1 and all(re.match(r"^(?:the\s+)?[A-Z]", p) for p in parts):
        refs = [parse_np(p) for p in parts]
        if all(len(r) == 1 and r[0].kind != "person" for r in refs):
            return [r[0] for r in refs]
    return list(parse_np(phrase))


def _not_named(ref: SpeakerRef) -> bool:
    """A lowercase phrase that parse_np took for a person ('the newly published one'): no issuer."""
    return not any(w[:1].isupper() for w in ref.name.split())
