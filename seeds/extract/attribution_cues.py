"""Phrase shapes that credit or refuse a speaker, kept apart from attribution.py so that it stays readable.

Each pattern answers one question a reporter's sentence raises: who 'the 36-year-old' is, whether a phrase
is a clause rather than a name, whose 'remarks that "..."' they are, and whether the paragraph before an
uncued quote reported someone's speech.
"""
from __future__ import annotations

import re

from .lexicon import CUE_RE
from .names import SpeakerRef

_IN_FOCUS = re.compile(r"^the\s+(?:\d{1,3}-year-old|(?:former|defending|reigning|two-time|three-time)\s+champion|"
                       r"teenager|youngster|veteran)$", re.I)
# 'she recalled', 'Her yearbook quote gives', 'tried to rally support by': a clause, never a speaker's name
_NOT_A_NAME = re.compile(r"\b(?:she|he|her|his|him|they|them|their|it|its|we|our)\b|\s(?:by|to|of|with|for)$", re.I)
_OWNED_WORDS = re.compile(r"(?:^|[.;]\s+|\b)(?P<who>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w-]+(?=[’']s))"
                          r"(?:[’']s)?\s+(?:\w+\s+)?(?P<noun>remarks|comments|words|statement|claim|assertion|warning|"
                          r"insistence|argument|admission|promise|pledge|vow)\s+that\s*$")
_NAMED_BODY = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.-]*[’']s\s+)?((?:[A-Z][\w.-]*\s+){1,4}(?:party|alliance|movement|"
                         r"coalition|front|bloc))$")
_REPORTED = re.compile(rf"\b(?:{CUE_RE.pattern}|lament(?:s|ed)|admit(?:s|ted)|defend(?:s|ed)|complain(?:s|ed)|den(?:ies|ied)|"
                       r"stress(?:es|ed)|acknowledg(?:es|ed)|insist(?:s|ed))\b", re.I)  # 'He lamented that ...' then "..."
# 'The tweet from Vulture magazine reads, "..."': the author speaks, not the tweet
_FROM_AUTHOR = re.compile(r"^(?:the|a|an|one)\s+(?:[\w-]+\s+)?(?:tweet|post|statement|letter|message|email|e-mail|note|memo)s?"
                          r"\s+(?:from|by)\s+(?P<who>[A-Z].*)$", re.I)
# 'the explanatory notes of the British Bill': the notes speak, named whole, not the bill's name alone
_DOC_OF = re.compile(r"^(?:the\s+)?(?:[a-z]+\s+)?(?:notes|minutes|text|wording|records|files|filings|transcripts?)\s+of\s+"
                     r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}$")

_PAIRED_ADJECTIVES = re.compile(r"^(?:the\s+)?[A-Z][a-z]+(?:an|ese|ish|i|ic|ch)\s+and\s+[A-Z][a-z]+(?:an|ese|ish|i|ic|ch)\s+"
                                r"(?:[a-z-]+\s+){0,2}[a-z]+(?:ies|s)$")


def named_whole(np: str) -> list[SpeakerRef] | None:
    """Speakers that parse_np would cut to a capitalised run inside them: a document 'of' something, or a
    party named with its head noun ("Netanyahu's Likud party" -> 'Likud party', which readers recognise)."""
    whole = np.strip(" ,—–-")
    if _DOC_OF.match(whole):
        return [SpeakerRef(name=whole, kind="document", aliases=[re.sub(r"^the\s+", "", whole)])]
    if _PAIRED_ADJECTIVES.match(whole):  # 'the Russian and Syrian defense ministries': one group, not 'Russian and Syrian'
        bare = re.sub(r"^the\s+", "", whole)
        return [SpeakerRef(name=bare, kind="organization", aliases=[whole] if whole != bare else [])]
    party = _NAMED_BODY.match(np)
    return [SpeakerRef(name=party.group(1), kind="organization")] if party else None


_READS_AFTER = re.compile(r"^[\s,]*(?P<np>(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}(?:description|statement|post|tweet|"
                          r"message|caption|text|entry|note|letter|website|page|bio|profile|notice|announcement)"
                          r"(?:\s+(?:on|in|of|from)\s+(?:the|its|his|her|their)\s+[\w’'-]+)?)\s+reads?\b", re.I)


def reads_after(after: str) -> SpeakerRef | None:
    """'"...," the description on the website reads': the written source, served as the article names it."""
    m = _READS_AFTER.match(after)
    if not m:
        return None
    np = m.group("np")
    return SpeakerRef(name=np, kind="document", aliases=[re.sub(r"^(?:the|a|an)\s+", "", np, flags=re.I)])
