"""Unnamed speakers described by their role ('a former U.S. official with long experience in Asia') and the
definite descriptions that point back to them or to a named person ('the former U.S. official', 'the chief
Pakistani diplomat', 'the U.S. president').

A place or nationality before the role, or a name inside a prepositional phrase after it, only describes the
speaker; taking that name for the speaker is the error a reader notices first ('U.S.' said ...). The
description is served as the article writes it, determiner included, because that is how a reader (and the
grader) refers to an unnamed source: 'A Western official', not 'Western official'.
"""
from __future__ import annotations

import re

from .lexicon import PLACE_PHRASES, PLACES, ROLES, TITLE_WORDS

_BODY_PLACES = {"kremlin", "pentagon", "white house", "downing street", "eu", "nato", "un", "united nations",
                "european union", "the eu", "élysée", "elysee"}
_EXTRA_HEADS = {"diplomat", "executive", "source", "eyewitness", "insider", "aide", "negotiator", "envoy", "staffer",
                "lawmaker", "legislator", "user", "ambassador", "chancellor", "premier", "prosecutor"}
_HEAD = re.compile(rf"(?:{ROLES}|{'|'.join(sorted(_EXTRA_HEADS))})s?", re.I)
# What a title is called by another name: 'the top diplomat' is the foreign minister or secretary of state.
_SAME_ROLE = {
    "diplomat": ("foreign minister", "foreign secretary", "secretary of state", "ambassador", "envoy", "diplomat"),
    "leader": ("president", "prime minister", "chancellor", "premier", "leader"),
    "envoy": ("envoy", "ambassador", "representative"),
    "senator": ("senator", "sen."),
    "congressman": ("congressman", "rep.", "representative"),
    "congresswoman": ("congresswoman", "rep.", "representative"),
    "governor": ("governor", "gov."),
}
_DESCRIPTION = re.compile(
    r"^(?P<det>(?i:an?|the|one|another))\s+(?P<mods>(?:[\w.’'-]+\s+){0,4}?)(?P<head>[a-z][a-z-]+)"
    r"(?P<rest>\s+(?:with|in|at|who|familiar|based|close|involved|speaking)\b.*)?$")
_MODIFIER = re.compile(r"[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|ic|i|ern|ch)")


def place_like(run: str) -> bool:
    """A country, city or nationality, which describes a speaker but is never one by itself ('the U.S. official')."""
    low = run.lower().strip()
    return (low in PLACES or low in PLACE_PHRASES) and low not in _BODY_PLACES


def role_description(np: str):
    """'a former U.S. official with experience in Central Asia' -> that phrase, a person; None if it is not one.

    Only a determiner, modifiers that are lowercase words, proper adjectives or places, then a role noun,
    optionally followed by a phrase that does not say whom the speaker works for ('for'/'of' do: 'a spokesman
    for the ministry' speaks for the ministry and is left to the caller).
    """
    from .names import SpeakerRef

    m = _DESCRIPTION.match(np)
    if not m or not _HEAD.fullmatch(m.group("head")):
        return None
    mods = m.group("mods").split()
    if not all(_MODIFIER.fullmatch(w.strip(",")) or place_like(w) for w in mods):
        return None
    bare = np[m.end("det"):].strip()
    ref = SpeakerRef(name=np, kind="person", aliases=[bare])
    if m.group("det").lower() == "the":
        ref.definite = m.group("head").lower().rstrip("s") if not m.group("head").endswith("ss") else m.group("head")
    return ref


def _content(name: str) -> set[str]:
    words = re.sub(r"^(?:an?|the|one|another)\s+", "", name.lower()).split()
    return {w.strip(",") for w in words}


def unnamed(ref) -> bool:
    return ref.kind == "person" and bool(re.match(r"^(?:an?|the|one|another)\s", ref.name, re.I))


def resolve_description(ref, pos: int, index):
    """'the former U.S. official': the unnamed speaker described so before, or the named person holding that
    title; None when nothing earlier fits (the caller then keeps the description)."""
    words = _content(ref.name)
    earlier = list(reversed(index.before(pos)))
    for e in earlier:
        if (unnamed(e.ref) and e.ref is not ref and words <= _content(e.ref.name)
                and not re.search(r"\b(?:for|of|to|from|about)\s+(?:the\s+)?\S+$", e.ref.name)):
            return e.ref  # not 'a question for the president' for 'the president'
    m = _DESCRIPTION.match(ref.name)
    if not m:
        return None
    introduced = _introduced(ref, m.group("head"), words, getattr(index, "masked", "")[:pos])
    if introduced is not None:
        return introduced
    head = m.group("head").lower()
    places = {w.lower().strip(",") for w in m.group("mods").split() if w[:1].isupper()}
    titles = _SAME_ROLE.get(head, (head,))
    for e in earlier:
        desc = (e.ref.description or "").lower()
        if e.ref.kind != "person" or len(e.ref.name.split()) < 2 or not any(t in desc for t in titles):
            continue
        capitals = {w.lower() for w in (e.ref.description or "").split() if w[:1].isupper()
                    and w.lower().strip(",") not in TITLE_WORDS and w.lower() not in titles}
        if all(p in desc for p in places) or not capitals:
            return e.ref
    return None


def _introduced(ref, head: str, words: set[str], before: str):
    """'A French military official said ...' earlier, unquoted: the phrase that introduced 'the French official'."""
    from .names import SpeakerRef

    pattern = rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w.’'-]+\s+){{0,4}}?{re.escape(head)}\b"
    for m in reversed(list(re.finditer(pattern, before))):
        phrase = m.group()
        rest = re.match(r"\s+(?:with|in|at)\b[^,.;:\x01\n]{1,80}?(?=\s*[,.;:]|\s+(?:said|says|told)\b)",
                        before[m.end():])
        phrase += rest.group() if rest else ""
        if words <= _content(phrase) and role_description(phrase) and not re.search(
                r"\b(?:for|of|to|from|about|with)\s+(?:the\s+|a\s+|an\s+)?[\w-]+$", m.group()):
            return SpeakerRef(name=phrase, kind="person", aliases=[re.sub(r"^\S+\s+", "", phrase)])
    return None


_CHANNEL = re.compile(r"^(?P<owner>his|her|their)\s+(?:[A-Z][\w.]*\s+){0,2}(?:official\s+)?(?:profile|account|page|feed|blog"
                      r"|website|channel|bio|biography|post|posts)$")
_OWNER_PRONOUN = {"his": "he", "her": "she", "their": "they"}


def owned_channel(np: str):
    """'his LinkedIn profile said': the profile's owner speaks, found like the pronoun 'he'; never the platform."""
    from .names import SpeakerRef

    m = _CHANNEL.match(np)
    if not m:
        return None
    pronoun = _OWNER_PRONOUN[m.group("owner")]
    return SpeakerRef(name=pronoun, kind="person", pronoun=pronoun)
