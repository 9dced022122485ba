"""Find the phrase that names a speaker around a speech cue: the subject before it, the inverted subject after
it, the head of an appositive list, the antecedent of 'who'.

Split from attribution.py so that the order of checks there stays readable; everything here works on the
masked text (quoted words replaced by MASK), so words inside quotes are never taken for subjects.
"""
from __future__ import annotations

import re

from .lexicon import ADVERB_LY, CAP_RUN, CUE_RE, INVERTIBLE, PRONOUNS, SAY_RE, kind_of
from .descriptions import role_description
from .names import clean_run, parse_np

MASK = "\x01"
_SUBCLAUSE = re.compile(r"\b(?:after|when|as|before|because|since|while|until)\s+((?:[A-Z][\w.’'-]*\s+){0,3}"
                        r"[A-Z][\w’'-]+)\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b(?!.*\b(?:after|when|while)\b)")
_ADVERB = re.compile(r"(?:\s+(?:also|later|then|had|has|have|was|were|is|would|will|did|once|again|further|"
                     r"too|both|himself|herself|instead|still|however|meanwhile|reportedly|recently|earlier|previously|repeatedly|publicly|subsequently|first|finally|"
                     r"simply|only|just|not|never|now|quickly|immediately|separately|" + ADVERB_LY + r"))+\s*$", re.I)
_BOUNDARY = re.compile(r",(?!\d{3}\b)|[;:\[\]—–\x01]|\s-\s")  # '470,000 followers' is no boundary
_CLAUSE_WORD = re.compile(r"^(?:.*\s)?(?:(?:that|what|which|who|whom|whose|when|while|as|because|if|after|before|"
                          r"since|where|though|although|so|than|whether|once|until)|(?:and|but|or)(?=\s+(?:he|she|they"
                          r"|it|we|I)\b))\s+", re.I | re.S)
_INTRO = re.compile(r"^(?:in|on|at|after|before|following|however|speaking|earlier|later|according|despite|during|"
                    r"when|while|as|if|since|although|meanwhile|also|addressing|asked|yesterday|today|last|this|"
                    r"with|without|for|from|by|under|then|still|but|and|so|instead|separately|writing|responding|"
                    r"reacting|referring|via|" + ADVERB_LY + r")\b", re.I)
_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "this", "that", "our", "my", "your"}
_VERBISH = re.compile(r"^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|"
                      r"also|then|later|took|made|gave|got|went|came|saw|knew|thought|felt|left|kept|held|brought|"
                      r"sent|spent|stood|won|lost|put|ran|began|became|found|heard|met|paid|sold|chose|spoke|broke|"
                      r"drew|threw|grew|wrote|told|said|takes|makes|gives|gets|goes|comes|\w+ed|" + ADVERB_LY + r")$")
_ISSUED = re.compile(r"\b(?:issued|released|published|posted|sent|put out)\s+(?:an?|the|its|his|her|their)\s+"
                     r"(?:[\w-]+\s+){0,2}(?:statement|letter|report|post|message|release|video)s?\s*$")
_STOP = r"(?!(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bRep)(?<!\bSen)(?<!\bGov)(?<!\bGen)(?<!\bSt)(?<!\bJr)(?<!\bLt)(?<!\bCol)" \
        r"(?<!\bProf)(?<!\bRev)(?<!\bCapt)(?<!\bSgt)(?<!\bMaj)(?<!\bAdm)(?<!\bCmdr)(?<!\bCpl)(?<!\bPvt)(?<!\bFr)" \
        r"(?<!\bMsgr)(?<!\bSupt)(?<!\bDet)(?<!\bBrig)(?<!\b[A-Z])\.\s)"  # a full stop, not an abbreviation's: 'Sen. Chuck Schumer'


def _is_noun(masked: str, pos: int) -> bool:
    """'the statement', 'his post': a cue word used as a noun."""
    words = masked[max(0, pos - 30):pos].split()
    if (masked[pos:pos + 1].isupper() and words and words[-1][:1].isupper() and words[-1][-1:].isalpha()
            and "\n" not in masked[max(0, pos - len(words[-1]) - 2):pos]):
        return True  # 'the United States': a capitalised cue word inside a name
    return bool(words) and (words[-1].lower() in _DETERMINERS | _NOUN_MODIFIERS or words[-1].endswith(("'s", "’s"))
                            or len(words) > 1 and words[-1].lower() in _ADJECTIVES and words[-2].endswith(("'s", "’s")))


_NOUN_MODIFIERS = {"those", "these", "such", "several", "latest", "recent", "previous", "written", "own", "whose"}
_ADJECTIVES = {"new", "first", "last", "later", "opening", "closing", "official", "formal", "brief", "initial"}


_RELATIVE = re.compile(r"(?P<np>(?:[A-Z][\w.-]*[’']s\s+)?(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*(?:\s+[a-z]+)?)"
                       r"(?:\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?,\s+which\s+(?!(?:he|she|they|it|we|I|you|the|an?|was|were|is|are)\b)"
                       r"[^,\x01]*$")  # 'which he condemned as': 'he' speaks; 'who said' has its own rule


_FINITE = re.compile(r"[a-z]+ed|said|says|told|tells|wrote|writes|spoke|speaks|[a-z]+(?<!s)s")


def _subject(masked: str, lo: int, cue: re.Match, end: int) -> str | None:
    """The phrase that says the cue: 'X said', 'said X' after a quote, 'according to X'."""
    if cue.group().lower() == "according to":
        m = re.match(rf"\s*((?:{_STOP}[^,;:!?\x01\n]){{1,90}})", masked[cue.end():end])
        return m.group(1) if m else None
    raw_left = masked[lo:cue.start()]
    relative = _RELATIVE.search(raw_left)
    if relative:  # '..., the Dialogue Group in Turkey, which says on its site that': the clause's antecedent
        return relative.group("np")
    if re.search(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", raw_left, re.I):
        m = re.search(rf"\bby\s+((?:{_STOP}[^,;:!?\x01\n]){{1,60}})", masked[cue.end():end])
        return m.group(1) if m else ""  # passive: the agent, if any, follows; checked after the quote too
    agent = re.match(rf",?\s+by\s+((?:{_STOP}[^,;:!?\x01\n]){{1,60}}?)(?=\s+as\b|\s*[,;:]|$)", masked[cue.end():end])
    if agent and cue.group().lower().endswith("ed"):
        return agent.group(1)  # 'described by X as "..."': the agent of a participle
    left = _ADVERB.sub("", raw_left)
    absolute = re.search(r"(?:^|[,;]\s*|\s)with\s+(?:[a-z][\w-]*\s+){0,4}?((?:[A-Z][\w.’'-]*\s*){1,4}|"
                         r"(?:some|many|several|other|most|few)\s+(?:[a-z-]+\s+)?[a-z]+s\s*)$", left)
    if absolute and cue.group().lower().endswith("ing"):
        return absolute.group(1)  # '..., with Zinichev describing "..."'
    if cue.group().lower().endswith("ing") and re.search(r"\b(?:by|while|after|before|when)\s+$", left):
        return _main_subject(masked, lo, cue.start())  # 'Obama responded to a mother by saying "..."': Obama
    if cue.group().lower().endswith("ing") and left.rstrip().endswith(","):
        inverted = re.search(r"\b(?:said|says|added|asked|wrote)\s+((?:[A-Z][\w.’'-]*\s*){1,4}),\s*$", left)
        if inverted:  # '"...," said Mr. Burr, adding that ...': the inverted subject
            return inverted.group(1)
        prior = [m for m in CUE_RE.finditer(masked, lo, cue.start()) if _FINITE.fullmatch(m.group().lower())
                 and SAY_RE.match(m.group()) and not _is_noun(masked, m.start())
                 and not re.search(r",\s*$", masked[max(lo, m.start() - 3):m.start()])]  # not ', called at ...'
        said = _subject(masked, lo, prior[-1], cue.start()) if prior else None
        if said:  # '"..." are sickening, Hollande said in Paris, noting ...': who said it goes on
            return said
        inner = _SUBCLAUSE.search(_BOUNDARY.split(left.rstrip(" ,"))[-1])
        if inner:  # '... after Yoon declared it on television, calling parliament "..."': the nearer clause
            return inner.group(1)
        return _main_subject(masked, lo, cue.start())  # '..., adding "..."': the main clause's subject
    if cue.group().lower().endswith("ing") and not raw_left.strip():
        after = re.match(r"[^.;:!?\n]{0,200}?\x01[^.;:!?\n\x01]{0,120}?,\s", masked[cue.end():cue.end() + 400])
        if after:  # 'Calling X a "...", she urged': the participle belongs to the main clause after it
            start = cue.end() + after.end()
            stop = re.search(r"[.;:!?\n]", masked[start:start + 300])
            return _main_subject(masked, start, start + (stop.start() if stop else 300))
    if cue.group().lower().endswith("ing") and left.rstrip().endswith(MASK) and left.strip(" ,\x01"):
        return _main_subject(masked, lo, cue.start())  # 'X said the plan "needs money," adding "..."': X
    if left.rstrip().endswith(MASK) or not left.strip(" ,\x01"):
        if cue.group().lower() in INVERTIBLE:  # '"...," said Khan, "..."'
            m = re.match(rf"\s*((?:{_STOP}[^,;:!?\x01\n]){{1,80}})", masked[cue.end():end])
            return m.group(1) if m else None
        return None
    segments = [s for s in _BOUNDARY.split(left)]
    named = _name_before_descriptions(segments)
    if named:
        return named
    if len(segments) > 1 and _STATE.fullmatch(segments[-1].strip()):
        segments = segments[:-1]  # '..., a student group in Lynchburg, Va., derided': the state is part of the place
    segments[-1] = re.sub(r"^\s*(?:but|and|yet|so)\s+(?=[A-Z])", "", segments[-1])  # ', but Waltz on Friday said'
    last = re.sub(r"^(?:(?:later|earlier|then|now|still|also|again|meanwhile|yesterday|today|tonight|separately"
                  r"|instead|finally|" + ADVERB_LY + r")\s+)+", "", segments[-1].strip(), flags=re.I)
    if last:
        words = last.split()
        if words[-1].lower() in ("and", "but", "or"):
            return _main_subject(masked, lo, cue.start())
        if words[0].lower() in ("who", "whom") and not any(w[:1].isupper() for w in words[1:]):
            return _relative_head(segments[:-1]) or last  # 'led by Mark Hay, a marine ecologist, who said'
        clause = _CLAUSE_WORD.match(last + " ")
        if clause:
            rest = (last + " ")[clause.end():]
            if not rest.strip() and cue.group().lower().endswith("ing"):
                return _main_subject(masked, lo, cue.start())  # 'X told Y "...," before noting "...": X
            return rest
        tail = _trailing_subject(last) if words[0].islower() or _INTRO.match(last) else None
        if tail:  # 'Previously unseen papers show Mrs Thatcher warned', 'However on March 6 Mr Joseph wrote'
            return tail
        if re.match(r"^(?:the|a|an)\s+[a-z]", last) and len(segments) > 1:
            named = _appositive([seg.strip() for seg in segments if seg.strip()])
            if named and named != last and _head_kind(named) == "person":
                return named  # 'Sen. Jack Reed of Rhode Island, the ranking Democrat on ... told'
        where = re.match(r"^((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+(?:on|in|at|during|via|over|from)\s+\S", last)
        if where and kind_of(where.group(1)) == "person" and (" " in where.group(1) or not where.group(1).endswith("s")):
            return where.group(1)  # 'Musk on X on Sunday called': the name, not the place or the day
        if words[0].islower() and words[0] not in _DETERMINERS and words[0].lower() not in PRONOUNS and not re.match(
                r"^(?:some|many|one|two|several|most|all|few|officials|police|experts|critics|analysts)\b", last):
            return _main_subject(masked, lo, cue.start())
        if cue.group().lower().endswith("ing") and _ISSUED.search(last):
            return _main_subject(masked, lo, cue.start())  # 'X issued a statement denouncing ...': X
        if (cue.group().lower().endswith("ing") and re.match(r"^(?:an?|the)\s+[a-z]", last)
                and not role_description(last) and len(segments) > 1):
            return _main_subject(masked, lo, cue.start())  # 'X spoke against .mobi, a domain for phones, saying'

        return last
    return _appositive([s.strip() for s in segments[:-1] if s.strip() and not _STATE.fullmatch(s.strip())])


_STATE = re.compile(r"[A-Z][a-z]{1,4}\.|D\.C\.")  # 'in Lynchburg, Va.,': the state belongs to the place before it
_PERSON_ONLY = re.compile(r"^(?:and\s+)?(?:[A-Z][\w.’'-]*\s*){2,5}$")  # ', and Tom Ray,': a second speaker
_DESCRIBES = re.compile(r"^(?:an?|the)\s+(?:[A-Z][\w.-]*\s+)?[a-z]|^(?:Senior\s+|Deputy\s+|Executive\s+|Managing\s+)?"
                        r"(?:Director|Head|Chief|Chair|Chairman|Chairwoman|President|Founder|Professor|Spokesperson|"
                        r"Spokesman|Spokeswoman|Editor|Manager|Secretary|Minister|Partner|Lecturer|Fellow)\s+(?:of|at)\s")


_TRAILING = re.compile(r"(?:^|\s)(?P<np>(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}"
                       r"[A-Z][\w’'-]+|he|she|they|we)$")
_NOT_BEFORE_SUBJECT = {"of", "for", "to", "with", "by", "at", "from", "on", "in", "about", "against", "and", "or", "nor",
                       "between", "than", "into", "under", "over", "toward", "towards", "among", "behind"}


def _trailing_subject(last: str) -> str | None:
    """The name or pronoun right before the cue when the words before it are an opening phrase or another
    clause: 'papers show Mrs Thatcher warned'. Not after a preposition ('a friend of Ann Ray said'), a
    possessive or a participle ('lawyers representing Ann Ray said'), where the name is not the subject."""
    m = _TRAILING.search(last)
    if not m or not last[:m.start("np")].strip():
        return None
    prev = last[:m.start("np")].split()[-1]
    np = m.group("np")
    if (prev.lower() in _NOT_BEFORE_SUBJECT | _DETERMINERS or prev.endswith(("’s", "'s", "s’", ","))
            or prev.endswith("ing") and np[:1].isupper()):
        return None
    if np[:1].isupper():
        refs = parse_np(np)
        if not refs or refs[0].kind != "person" or refs[0].pronoun:
            return None
    return np


def _name_before_descriptions(segments: list[str]) -> str | None:
    """'Mira Holt, an analyst at Fenwick, the London-based firm, told' and 'Tom Reyes, a lecturer at the Institute
    for Energy, Climate and Water think tank told': the person named first speaks; the descriptions after the name
    (and commas inside an organisation's name) would otherwise hand the cue to their last fragment."""
    segs = [seg.strip() for seg in segments]
    if len(segs) < 3 or segs[-1] and (_CLAUSE_WORD.match(segs[-1] + " ") or not _is_np(segs[-1])):
        return None
    for i, seg in enumerate(segs[:-2]):
        if _INTRO.match(seg):
            continue
        words = seg.split()
        if not (2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and _head_kind(seg) == "person"
                and _DESCRIBES.match(segs[i + 1])):
            return None
        rest = [x for x in segs[i + 1:] if x]
        if all(_is_np(x) and not (_PERSON_ONLY.match(x) and _head_kind(x) == "person") for x in rest):
            return seg
        return None
    return None


def _relative_head(segments: list[str]) -> str | None:
    """The person a 'who' clause hangs on: the last name outside the appositive descriptions before it."""
    for seg in reversed(segments):
        if re.match(r"^\s*(?:an?|the)\s+[a-z]", seg):
            continue  # ', a marine ecologist and professor at GT,': the description, not the name
        for m in reversed(list(CAP_RUN.finditer(seg))):
            refs = parse_np(clean_run(m.group()))
            if refs and refs[0].kind == "person" and (len(refs[0].name.split()) >= 2 or seg.strip() == m.group()):
                return clean_run(m.group())
        return None
    return None


def _appositive(segments: list[str]) -> str | None:
    """'Alexis Boon, the head of ..., said' and 'The prime minister, Boris Johnson, tweeted': name plus description."""
    while segments and re.match(r"^(?:who|whose|which|whom|where|also|\w+ly)\b", segments[-1], re.I):
        segments.pop()
    segments = [seg for seg in segments if _is_np(seg) and not re.fullmatch(r"\s*\d{1,3}\s*", seg)]  # ', 20,': an age
    if not segments:
        return None
    segments = [re.sub(r"^(?:but|and|yet|so)\s+(?=[A-Z])", "", seg, flags=re.I) for seg in segments]
    b = segments[-1]
    a = segments[-2] if len(segments) > 1 and not _INTRO.match(segments[-2]) else None
    if a and re.match(r"^(?:the|his|her|their|its)\s|^(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s\s+[a-z]", a, re.I) and _head_kind(b) == "person" and len(parse_np(b)[0].name.split()) >= 2:
        return b
    if a and re.match(r"^(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s\s+(?:[a-z-]+\s+){0,2}[a-z]+$", a) and re.match(
            r"^(?:the\s+)?[A-Z][\w.&-]*\s+(?:(?:[A-Z][\w.&-]*|of|for|and|the|de)\s+)*[A-Z][\w.&-]*$|^(?:the\s+)?[A-Z][\w.&-]*$", b):
        return b  # "NatWest's corporate parent, the Royal Bank of Scotland Group,": the body named  # 'The Senate Minority Leader, Chuck Schumer,' / "Roe's neighbour in Ohio, Al Fry,": the name speaks
    if a is None:
        return b
    kind_a, kind_b = _head_kind(a), _head_kind(b)
    if kind_a == "person" and re.match(r"^(?:an?|the)\s+[a-z]", b):
        return a  # 'Her friend Ann Roe, a science major from Memphis,': the name, not the town in the description
    if kind_b == "person" and kind_a != "person":
        return b if re.match(r"^(?:one|some|many|several|most) of\b", a, re.I) else f"{a} {b}"
    if kind_b and not kind_a:
        return b
    return a


def _is_np(seg: str) -> bool:
    words = seg.split()
    return 0 < len(words) <= 14 and not any(_VERBISH.match(w) for w in words[1:] if w.islower())


def _head_kind(seg: str) -> str | None:
    """The kind of the proper name a phrase contains; None for a plain description ('the head of security')."""
    if not any(clean_run(m.group()) for m in CAP_RUN.finditer(seg)):
        return None
    refs = parse_np(seg)
    return refs[0].kind if refs and not refs[0].pronoun else None


_PARTICIPLE_AFTER_INTRO = re.compile(r"^(?:[a-z]+(?:ed|en)|held|made|led|set|built|born|known)\s+"
                                     r"(?:at|by|in|on|for|to|from|with|as|after|during|under)\b")


def _main_subject(masked: str, lo: int, hi: int) -> str | None:
    """The subject at the head of the sentence, after any introductory phrases and with its appositives."""
    segments = [re.sub(r"^(?:even|also|only|just|still|now)\s+", "", seg.strip(), flags=re.I)
                for seg in _BOUNDARY.split(masked[lo:hi]) if seg.strip()]
    while segments and (_INTRO.match(segments[0]) or len(segments) > 1 and (
            _PARTICIPLE_AFTER_INTRO.match(segments[0]) or re.match(r"^[A-Z][a-z]+ing\s+[a-z]", segments[0]))):
        segments.pop(0)  # 'At a meeting, held at the request of Russia, Ambassador X denied': not Russia
    nps: list[str] = []
    for seg in segments:
        words = _leading_np(seg)
        if not words:
            break
        if len(words) < len(seg.split()) or nps and _INTRO.match(seg):
            if not nps:
                nps.append(" ".join(words))
            break
        nps.append(seg)
    return _appositive(nps) if nps else None


def _leading_np(seg: str) -> list[str]:
    words: list[str] = []
    for w in seg.split():
        if w[:1].islower() and w not in ("of", "the") and (_VERBISH.match(w) or CUE_RE.fullmatch(w)):
            break
        words.append(w)
        if len(words) == 1 and w.lower() in PRONOUNS:
            break
    return words[:10]
