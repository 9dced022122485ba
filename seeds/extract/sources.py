"""One canonical Source per speaker, plus the article's author and publisher.

The same person appears as "U.S. President Joe Biden", "Biden" and "he"; attribution has already turned
the pronoun into a name, so here the remaining variants are merged by full name, surname and alias, and the
fullest form becomes the name while the titles become the description. Everything is clustered first and
keyed after, so a surname met before the full name still ends up under the full name.
"""
from __future__ import annotations

import dataclasses
import re

from .attribution import Mention
from .descriptions import unnamed
from .lexicon import norm
from .model import CleanText, Quote, Source
from .names import SpeakerRef


def build_sources(clean: CleanText, quotes: list[Quote], mentions: list[Mention]) -> tuple[list[Quote], list[Source]]:
    """Give each quote the keys of its speakers and return the article's sources."""
    clusters: list[Source] = []
    ref_cluster: dict[int, Source] = {}
    for mention in mentions:
        for ref in mention.speakers:
            ref_cluster[id(ref)] = _add(clusters, ref)
    if clean.author:
        _add(clusters, SpeakerRef(name=clean.author, kind="person", description=clean.author_description))
    for publisher in (clean.publisher, clean.original_publisher):
        if publisher:
            _add(clusters, SpeakerRef(name=publisher, kind="publication"))
    for source in clusters:
        source.key = source.name
        source.aliases = sorted({a for a in source.aliases if norm(a) != norm(source.name)}, key=lambda a: (a.lower(), a))
    out: list[Quote] = []
    for quote, mention in zip(quotes, mentions):
        keys = list(dict.fromkeys(ref_cluster[id(r)].key for r in mention.speakers))
        speech = quote.is_speech and (bool(keys) or len(quote.text.split()) > 3)
        out.append(dataclasses.replace(quote, speakers=keys if speech else [], cue=mention.cue if speech else None,
                                       confidence=mention.confidence if speech else 0.0, is_speech=speech))
    return out, clusters


def _add(clusters: list[Source], ref: SpeakerRef) -> Source:
    for source in clusters:
        if _same(source, ref):
            _merge(source, ref)
            return source
    source = Source(key=ref.name, name=ref.name, kind=ref.kind, description=ref.description,
                    aliases=list(dict.fromkeys(ref.aliases)))
    if ref.kind == "person" and len(ref.name.split()) > 1:
        source.aliases.append(ref.name.split()[-1])
    clusters.append(source)
    return source


def _names(x) -> set[str]:
    return {norm(n) for n in [x.name, *x.aliases] if n}


def _same(source: Source, ref: SpeakerRef) -> bool:
    if (source.kind == "person") != (ref.kind == "person"):
        return False
    if ref.kind == "person" and _distinct_people(norm(source.name).split(), norm(ref.name).split()):
        return False  # 'Marlon Wayans' and 'Keenen Ivory Wayans' share the alias 'Wayans', not a person
    if _names(source) & _names(ref):
        return True
    if ref.kind != "person" or unnamed(ref) or unnamed(source):
        return False  # 'A French official' and 'A Western official' share a last word, not a person
    a, b = norm(source.name).split(), norm(ref.name).split()
    return bool(a and b) and a[-1] == b[-1] and (len(a) == 1 or len(b) == 1 or a[0] == b[0])


def _distinct_people(a: list[str], b: list[str]) -> bool:
    """Two full names are one person only when one's words are all in the other ('Sadeq Abu Amer' is not
    'Abu Hassan Amer'); a bare surname decides nothing here."""
    if len(a) < 2 or len(b) < 2:
        return False
    return not (set(a) <= set(b) or set(b) <= set(a))


def _merge(source: Source, ref: SpeakerRef) -> None:
    """Keep the fullest name; the other spellings become aliases."""
    if len(ref.name.split()) > len(source.name.split()) and source.kind == "person":
        source.aliases.append(source.name)
        source.name = ref.name
    elif norm(ref.name) != norm(source.name):
        source.aliases.append(ref.name)
    source.aliases.extend(a for a in ref.aliases if a not in source.aliases)
    if ref.description and (not source.description or len(ref.description) > len(source.description)):
        source.description = ref.description
    source.description = re.sub(r"\s+", " ", source.description).strip() if source.description else None
