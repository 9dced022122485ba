"""From the phrase that says a cue to the speakers it means, against the article's index of names.

Split from attribution.py, which finds the phrase; this module decides whom it names: teams and authors first,
then documents (their issuer speaks), then pronouns and definite descriptions through coref, and every resolved
speaker goes back into the index so a later 'he' can point to it.
"""
from __future__ import annotations

import re

from .attribution_cues import _FROM_AUTHOR, _IN_FOCUS, _NOT_A_NAME, named_whole
from .coref import antecedent, conjoined, definite
from .descriptions import _HEAD, unnamed
from .issuers import document_issuer
from .lexicon import NOT_NAME
from .mentions import Entity, EntityIndex
from .model import Sentence
from .names import SpeakerRef, parse_np
from .subjects import _main_subject

_TEAM = re.compile(r"^((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\s+and\s+(?:his|her|their)\s+(?:team|colleagues|"
                   r"co-?authors|co-?workers|staff|group|lab)(?:\s+\w+)?\s*$")
_GROUP = re.compile(r"^(?:(?:[Ff]ormer|[Ss]enior|[Tt]op|[Ll]ocal|[Oo]ther|[Ss]everal|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Ff]ederal|"
                    r"[Ss]tate)\s+)(?:[a-z][\w-]*\s+|[A-Z][A-Z.]{1,5}\s+){0,3}[a-z]+s$")


def resolve_speaker(np: str, pos: int, masked: str, index: EntityIndex, sentences: list[Sentence], mention) -> bool:
    """Turn a subject phrase into the mention's speakers: a name given in full, a pronoun's antecedent, a
    definite description's referent or a document's issuer; False (mention untouched) when it names no one."""
    np = _TEAM.sub(r"\1", np)  # 'Paganini and his team wrote': the named lead author speaks for the team
    author = _FROM_AUTHOR.match(np.strip())
    np = author.group("who") if author else np
    verb_after = re.match(r"^\s*(she|he|they|we|it)\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\s*$", np, re.I)
    np = verb_after.group(1) if verb_after else np  # 'she recalled saying "..."': the pronoun is the subject
    if _IN_FOCUS.match(np.strip(" .,;")):  # '"...," said the 36-year-old': the person the story is following
        last = next((e for e in reversed(index.before(pos)) if e.ref.kind == "person" and not e.ref.pronoun
                     and not unnamed(e.ref)), None)
        if last is not None:
            np = index.full(last.ref).name
    issuer = document_issuer(np, pos, masked, index, sentences)  # 'the statement' speaks for whoever issued it
    refs, at = issuer if issuer else (parse_np(np), pos)
    refs = (not issuer and named_whole(np)) or refs
    if not issuer and _GROUP.match(np) and _HEAD.fullmatch(np.split()[-1]):  # 'Former royal PR aides called'
        refs = [SpeakerRef(name=np, kind="person", description=np)]  # a group described, not the acronym in it
    if np.strip(" .,;").lower() in ("one", "another"):  # '"...," one said': an unnamed member of a group, no name
        refs = [SpeakerRef(name=np.strip(" .,;"), kind="person", description=np.strip(" .,;"))]
    refs = [r for r in refs if (r.name.lower().strip(".") not in NOT_NAME or r.pronoun or r.name.isupper() or r.description)
            and (r.pronoun or not _NOT_A_NAME.search(r.name))]
    resolved = []
    for ref in refs:
        if ref.pronoun:
            ref = antecedent(ref.pronoun, at, masked, index, sentences, _main_subject)
        elif ref.definite or conjoined(ref):
            ref = definite(ref, at, index)
        if ref is not None:
            resolved.append(index.full(ref))
    if resolved:
        mention.speakers = resolved
        index.insert(Entity(pos, resolved[0], False))  # a resolved speaker is a mention pronouns may use
        quoted = getattr(index, "quoted_people", None)
        if quoted is not None and resolved[0].kind == "person":
            quoted.add(resolved[0].name.split()[-1])
    return bool(resolved)
