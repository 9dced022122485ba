"""Resolve 'he', 'she', 'they' and 'the agency' to a body or person the article named earlier.

A pronoun goes back to the nearest subject-like mention that can bear it, and "he"/"she" only to a mention
with some evidence of being a person: a title, a given name, Mr/Ms, a human role noun before it ("sailor Bob
Fernandez"), "who" or an age after it, or being quoted elsewhere in the article. Without such evidence a
two-word capitalised phrase is as likely a place, war, product or publication ("Pearl Harbor", "New Stack"),
and those are exactly the wrong answers a reader notices.
"""
from __future__ import annotations

import re

from .descriptions import resolve_description, unnamed
from .firstnames import FIRST_NAMES
from .gender import agrees, mention_gender, name_gender
from .lexicon import ADVERB_LY, CUE_RE, PERSON_TITLES, PLACE_PHRASES, PLACES, PRONOUNS, ROLES, TITLE_WORDS
from .model import Sentence
from .mentions import Entity, EntityIndex
from .names import SpeakerRef, parse_np

_SPEAKS = re.compile(rf"\s+(?:{ADVERB_LY}\s+)?(?:{CUE_RE.pattern})", re.I)
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|wrote|asked|told|according to)\s+(?:[\w.’'-]+\s+){0,3}$", re.I)
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mx|Sir|Dame|Lady|Lord)\.?\s+$")
_LEADING_CLAUSE = re.compile(r"\s*(?:(?:Soon|Shortly|Just|Long|Even|Right|Only|Days|Hours|Weeks)\s+(?:after|before|when|as)"
                             r"|After|When|While|Before|Although|Though|Since|Once|As|If)\s[^,.;\x01]{3,160},")
_MAIN_AFTER_COMMA = re.compile(r",\s*(?:(?!(?:with|and|or|but|of|to|for|by|at|in|on|from|as|than|including|like|"
                               r"while|when|after|before|whom?|which|whose)\s)[a-z-]+\s+){0,2}(?:[A-Z][\w.’'-]*\s+){0,3}$")
# ', Roe was' and ', skipper Wade Bassi has': the main clause's subject; not ', with Mila Mulroney and ...'
_ROLE_ANY = re.compile(rf"\b(?:{ROLES})s?\b", re.I)
_ROLE_BEFORE = re.compile(rf"\b(?:{ROLES}),?\s+$", re.I)
_OFFICE_OF_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(PERSON_TITLES))}|{ROLES})s?\s+(?:of|for|at|in)\s+(?:the\s+)?"
                               r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,\s+$", re.I)  # 'The mayor of Surabaya, Tri Risma'
_UNNAMED_VOICE = re.compile(rf"\b(?P<np>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{ROLES}|source)"
                            r"(?:\s+(?:close to|familiar with|with|at|in|from|for|of|on)\s+[^,.;\x01\n]{1,60}?)?)"
                            r",?\s+(?:has\s+|had\s+)?(?:told|said|says|tells)\b")
_ATTRIBUTIVE = re.compile(r"\s+(?:supporters|backers|voters|fans|aides|allies|loyalists|critics|campaign|camp|"
                          r"administration|presidency|era|rally|rallies|team|staff|surrogates|advisers|advisors|"
                          r"family|organization|foundation|supporter|backer|voter|fan|aide|ally|loyalist|critic)\b")
_ASIDE = re.compile(r"\s[—–]\s[^—–\x01\n]{3,200}?\s[—–]\s|\([^()\n]{1,120}\)")
_AFTER_NAME = re.compile(rf"[’']?s?,\s+(?:who\b|whose\b|\d{{1,3}}\s*[,)]|a\s+\d{{1,3}}-year-old|(?:an?|the|his|her|their|"
                         rf"(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*[’']s)\s+"
                         rf"(?:[\w-]+\s+){{0,4}}?(?:{ROLES})s?\b|(?:[a-z-]+\s+){{0,2}}(?:{ROLES})s?\s+(?:of|at|for)\s)")
# ', director general of the agency,': a bare title with its body after the name is evidence too


_TAKES_OFFICE = re.compile(r"\b(?:become|became|becomes|becoming|as|named|appointed|elected|made)\s+(?:the\s+|a\s+|its\s+)?$", re.I)


def _office_taken(entity: Entity, masked: str) -> bool:
    """'to become Chief Whip': an office someone takes, all title words, is no person a pronoun can mean."""
    words = entity.ref.name.lower().split() + (entity.ref.description or "").lower().split()
    return all(w in TITLE_WORDS for w in words) and bool(_TAKES_OFFICE.search(masked, max(0, entity.start - 30), entity.start))


def is_personal(entity: Entity, masked: str, index: EntityIndex) -> bool:
    """Whether a person-kind mention, or another mention of the same full name, carries any evidence of being a
    person (see the module docstring): 'Patti Davis, Ronald Reagan's daughter,' covers a later bare 'Davis'."""
    if entity.ref.kind != "person":
        return False
    cache = getattr(index, "personal", None)
    if cache is None:
        cache = index.personal = {}
    name = index.full(entity.ref).name
    if name not in cache:
        cache[name] = any(_evidence(e, masked, index) for e in index.entities
                          if e.ref.kind == "person" and index.full(e.ref).name == name)
    return cache[name] or _evidence(entity, masked, index)


def _evidence(entity: Entity, masked: str, index: EntityIndex) -> bool:
    ref = entity.ref
    if ref.kind != "person":
        return False
    full = index.full(ref)
    tokens = full.name.split()
    if _titled(ref.description) or _titled(full.description) or name_gender(full.name) or (
            tokens[0].lower().strip(".") in FIRST_NAMES):
        return True
    if tokens[-1] in _quoted_people(masked, index):
        return True
    before = masked[max(0, entity.start - 60):entity.start]
    if _HONORIFIC.search(before) or _ROLE_BEFORE.search(before) or _OFFICE_OF_BEFORE.search(before):
        return True
    end = _name_end(masked, entity)
    return end is not None and bool(_AFTER_NAME.match(masked, end))


def gender_of(entity: Entity, masked: str, index: EntityIndex) -> str | None:
    """The gender any mention of this person shows ('Ms Corley' early on covers a later bare 'Corley')."""
    full = index.full(entity.ref)
    cache = getattr(index, "genders", None)
    if cache is None:
        cache = index.genders = {}
    if full.name not in cache:
        last = full.name.split()[-1]
        found = None
        for e in index.entities:
            if e.ref.kind == "person" and e.ref.name.split()[-1] == last:
                found = mention_gender(full.name, e.ref.description or full.description, masked, e.start)
                if found:
                    break
        cache[full.name] = found
    return cache[full.name]


def _titled(description: str | None) -> bool:
    """A description that says what a person is ('Defence Secretary', 'a marine ecologist'), not stray words."""
    words = {w.strip(".,").lower() for w in (description or "").split()}
    return bool(words & PERSON_TITLES) or bool(description and _ROLE_ANY.search(description))


def _quoted_people(masked: str, index: EntityIndex) -> set[str]:
    """Last names of mentions that a speech cue follows or precedes anywhere in the article (computed once)."""
    known = getattr(index, "quoted_people", None)
    if known is None:
        known = set()
        for e in index.entities:
            last = e.ref.name.split()[-1]
            if e.ref.kind == "person" and (speaks(masked, e) or _SAID_BEFORE.search(masked, max(0, e.start - 40), e.start)):
                known.add(last)
        index.quoted_people = known
    return known


def _name_end(masked: str, entity: Entity) -> int | None:
    """Where the mention's last name ends in the text ('Joachim Brudziński|'), None if it is not within reach."""
    last = entity.ref.name.split()[-1]
    at = masked.find(last, entity.start, entity.start + 120)
    return at + len(last) if at >= 0 else None


def speaks(masked: str, entity: Entity) -> bool:
    """Whether a mention is directly followed by a speech cue ('Joachim Brudziński wrote')."""
    end = _name_end(masked, entity)
    return end is not None and bool(_SPEAKS.match(masked, end))


def _modifier(masked: str, entity: Entity) -> bool:
    """'Trump backers looked to Kukura': a name used as a modifier is no one a later 'he' means."""
    end = _name_end(masked, entity)
    return end is not None and bool(_ATTRIBUTIVE.match(masked, end))


def antecedent(pronoun: str, pos: int, masked: str, index: EntityIndex, sentences: list[Sentence],
               main_subject) -> SpeakerRef | None:
    """The subject-like mention a pronoun points back to: this sentence first, then up to six sentences back.

    In the pronoun's own sentence only mentions before the pronoun count: in 'He said events followed
    strikes on Hezbollah, and insisted "..."' the names after 'He' cannot be what it stands for.
    """
    want = PRONOUNS[pronoun]
    fits = (lambda e: is_personal(e, masked, index) and agrees(pronoun, gender_of(e, masked, index))
            and not _office_taken(e, masked)) if want == "person" else (
        (lambda e: e.ref.kind != "person") if want == "org" else (lambda e: True))
    here = [s for s in sentences if s.start <= pos < s.end + 1]
    if not here:
        return None
    k = here[0].index
    own = list(re.finditer(rf"\b{re.escape(pronoun)}\b", masked[here[0].start:pos], re.I))
    limit = here[0].start + own[-1].start() if own else pos
    for j in range(k, max(k - 7, -1), -1):
        s = sentences[j]
        if pronoun in ("they", "we"):
            np = main_subject(masked, s.start, limit if j == k else s.end)
            refs = parse_np(np) if np else []
            if refs and not refs[0].pronoun and (refs[0].kind != "person" or np.split()[-1].endswith("s")
                                                 or re.search(r"\w+s of\b", np)):
                return refs[0]
        cands = [e for e in index.before(limit if j == k else s.end + 1, s.start) if not e.possessive and fits(e)
                 and not _modifier(masked, e)]
        if pronoun in ("he", "she") and j < k:  # 'The Times reported she was into Diana Ross': 'she' is not Ross
            same = re.search(rf"\b(?:{pronoun}|{'his' if pronoun == 'he' else 'her'})\b", masked[s.start:s.end], re.I)
            if same and not any(e.start < s.start + same.start() for e in cands):  # 'X won her match': hers
                at = s.start + same.start()  # 'Asked whether she would, Roe said': a comma lets the name be 'she'
                cands = [e for e in cands if e.start < at or _MAIN_AFTER_COMMA.search(masked, at, e.start)]
                if not cands:  # that sentence's own 'she' is the same person: resolve it instead
                    return antecedent(pronoun, at, masked, index, sentences, main_subject)
        aside = [m.span() for m in _ASIDE.finditer(masked, s.start, s.end)]
        outside = [e for e in cands if not any(a <= e.start < b for a, b in aside)]
        cands = outside or cands  # '— a debate between X and Y — Z sent': the words between dashes are an aside
        lead = _LEADING_CLAUSE.match(masked, s.start)
        if lead and any(e.start >= lead.end() for e in cands):  # 'After X won, it was Y who ...': Y is in focus
            cands = [e for e in cands if e.start >= lead.end()]
        speaking = [e for e in cands if speaks(masked, e)]
        if speaking:  # 'X said ... while Y wrote ...' then 'He tweeted': the latest
            return speaking[-1].ref  # speaker; 'Arriving for the Eurogroup meeting, Mr V said' then 'he said': Mr V
        if cands:
            return cands[0].ref
        voice = _UNNAMED_VOICE.search(masked, s.start, s.end) if pronoun in ("he", "she") and j < k else None
        if voice:  # '..., a source close to the investigation has told Reuters.' then '"...," he said'
            return SpeakerRef(name=voice.group("np"), kind="person", description=voice.group("np"))
        owners = [e for e in index.before(limit if j == k else s.end + 1, s.start) if e.possessive and fits(e)
                  and want == "person" and j < k]
        if len(owners) == 1:  # "This marks Milei's third visit." then 'he vowed': the one person the sentence is about
            return owners[0].ref
    return None


_GOVERNMENT_LIKE = {"ministry", "department", "government", "administration", "office", "agency", "committee"}


def conjoined(ref: SpeakerRef) -> str | None:
    """'the Florida senator and Republican presidential candidate' -> 'the Florida senator' (two roles, one person)."""
    phrase = next((a for a in [ref.name, *ref.aliases] if a.lower().startswith("the ")), "")
    first = ref.kind == "person" and re.match(r"^(the\s+(?:[\w.’'-]+\s+){0,3}?[a-z-]+)\s+and\s+\S", phrase, re.I)
    return first.group(1) if first else None


def definite(ref: SpeakerRef, pos: int, index: EntityIndex) -> SpeakerRef | None:
    """'the newspaper', 'the agency': the last body of that kind named before; else the description itself."""
    first = conjoined(ref)
    if first:  # 'the Florida senator and Republican presidential candidate': the senator named before
        found = resolve_description(SpeakerRef(name=first, kind="person"), pos, index)
        if found is not None:
            return found
    if unnamed(ref):  # 'the former U.S. official', 'the U.S. president'
        found = resolve_description(ref, pos, index)
        if found is not None or len(ref.name.split()) > 2:
            return found or ref
    head = ref.definite if ref.kind != "person" and ref.definite and ref.kind != "document" else None
    for e in reversed(index.before(pos) if head else ()):  # 'investment banking giant Goldman Sachs' ... 'the bank'
        if e.ref.name.lower() in PLACES | PLACE_PHRASES:
            continue
        described = head in (e.ref.description or "").lower() and e.ref.kind != "person"
        before = described or re.search(
            rf"\b{head}(?:s|ing)?\s+(?P<between>(?:(?!(?:from|to|in|of|at|for|by|on|with|and|the|a)\s)[a-z-]+\s+){{0,2}})$",
            index.masked[max(0, e.start - 40):e.start])  # lower case: 'Airlines said X' is a name and a verb
        if before and (described or not (e.ref.kind == "person" and _ROLE_ANY.search(before.group("between")))):
            return e.ref  # 'banking giant Goldman Sachs' is a bank; 'airline boss Tony Fernandes' is no airline
    for e in reversed(index.before(pos)):
        same = e.ref.kind == ref.kind or {e.ref.kind, ref.kind} <= {"organization", "government"} and not (
            ref.definite not in _GOVERNMENT_LIKE and e.ref.name.lower() in PLACES | PLACE_PHRASES)
        if same and ref.kind != "person" and (
                ref.kind != "document" or ref.definite in e.ref.name.lower()):
            return e.ref
        bare = re.sub(r"^(?:the|a|an)\s+", "", ref.name.lower())
        if ref.kind == "person" and e.ref.kind == "person" and bare and bare in (e.ref.description or "").lower():
            return e.ref  # 'the president' after 'President Obama'
    if ref.kind == "person" and ref.definite:
        named = [e for e in index.before(pos) if e.ref.kind == "person" and len(e.ref.name.split()) >= 2
                 and e.ref.description]
        if named:  # 'the minister' after 'the Trade Secretary Patricia Hewitt': the last titled person
            return named[-1].ref
        ahead = [e for e in index.entities if pos < e.start < pos + 400 and e.ref.kind == "person"
                 and len(e.ref.name.split()) >= 2 and not e.possessive]
        if ahead and "'" in ref.name.replace("’", "'"):  # a lede's "Israel's prime minister", named just after
            return ahead[0].ref
    written = next((a for a in ref.aliases if a.lower() == "the " + ref.name.lower()), None)
    if written and len(ref.name.split()) <= 2:  # nobody named fits: 'the woman' is served as the article says it
        return SpeakerRef(name=written, kind=ref.kind, description=ref.description, aliases=[ref.name])
    return ref


def in_focus(masked: str, index: EntityIndex) -> SpeakerRef | None:
    """The person a profile is about: named at least five times and at least twice as often as anyone else."""
    if not hasattr(index, "focus"):
        counts: dict[str, int] = {}
        refs: dict[str, SpeakerRef] = {}
        for e in index.entities:
            if e.ref.kind == "person" and not e.ref.pronoun and is_personal(e, masked, index):
                full = index.full(e.ref)
                counts[full.name] = counts.get(full.name, 0) + 1
                refs.setdefault(full.name, full)
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        top = ranked[0] if ranked else None
        index.focus = refs[top[0]] if top and top[1] >= 5 and (len(ranked) == 1 or top[1] >= 2 * ranked[1][1]) else None
    return index.focus


def focus_gender(ref: SpeakerRef, masked: str, index: EntityIndex) -> str | None:
    entity = next((e for e in index.entities if index.full(e.ref).name == ref.name), None)
    return gender_of(entity, masked, index) if entity else None
