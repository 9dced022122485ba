"""Find who said each quote: the speech cue next to it and the subject of that cue.

The order of the checks follows how reporters write: a cue right after the quote ('"...," Khan said') is
the least ambiguous, then the nearest cue before it in the same sentence ('X told the BBC, "..."'), then a
clause ending in a colon or comma ('Trump defended his decision, "..."'), and last a quote with no cue of
its own, which continues the previous speaker. Quoted text is masked first, so words inside a quote are
never taken for cues or speakers.
"""
from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass, field

from .attribution_cues import _OWNED_WORDS, _REPORTED, reads_after
from .coref import focus_gender, in_focus
from .lexicon import ADVERB_LY, CAP_RUN, CUE_RE, INVERTIBLE, PRONOUNS, ROLES
from .descriptions import _HEAD
from .mentions import EntityIndex
from .model import Paragraph, Quote, Sentence
from .names import SpeakerRef, clean_run
from .resolve import resolve_speaker
from .subjects import (
    _BOUNDARY,
    _CLAUSE_WORD,
    _DETERMINERS,
    _INTRO,
    _STOP,
    MASK,
    _appositive,
    _is_noun,
    _is_np,
    _main_subject,
    _name_before_descriptions,
    _subject,
)

_ASIDE_INV = re.compile(r"^[^\x01]{0,160}?,\s+(?P<cue>said|says)\s+(?P<np>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\s*(?:[,.;]|$)")
_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|we|we’re|we're|my|our|me|us)\b")
_DOC_OWNER = re.compile(r"^\s*(?:(?:a|an|the)\s+)?(?P<owner>(?:[A-Z][\w&.-]*(?:[’']s\b)?\s+){0,4}?[A-Z][\w&.-]*)(?:[’']s?)?"
                        r"\s+(?:latest\s+|new\s+|annual\s+|monthly\s+)?(?:forecast|report|statement|analysis|study|survey|"
                        r"estimate|review|filing|memo|note|letter|data|figures|poll)s?\b")
_HEARD = re.compile(r"\b(?:hear|heard|hears|hearing)\s+(?P<np>(?:someone|somebody|a\s+(?:man|woman|voice|boy|girl|child|neighbou?r|stranger)))"
                    r"\s+(?P<cue>saying|say|shouting|shout|yelling|yell|calling|call|asking|ask)\s*[,:]?\s*$", re.I)
_NICKNAME = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?")
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.]*(?:[\s/]+[A-Z0-9][\w.]*){0,2})?\s*(?:\([\w .]{1,20}\)\s*)?"
                       r"(?=[—–]|--?\s)|^[A-Z][\w.'’ -]{1,40}?(?:,\s*[A-Z][\w.]*(?:[\s/]+[A-Z][\w.]*){0,2})?\s*\([\w .]{1,20}\)\s*"
                       r"(?=[—–]|--?\s)", re.M)  # 'Washington (AFP) –': the agency files the story, it does not speak
_NAME_ONLY = re.compile(r"^\s*(?:[A-Z][\w.’'-]*\s*){1,3}$")
_ASIDE = re.compile(rf"^[^\x01]{{0,120}}?,\s+(?P<np>he|she|they|[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){{0,2}}"
                    rf"|(?:an?|one|another)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{ROLES}|source)s?)\s+"
                    rf"(?P<cue>{'|'.join(sorted(INVERTIBLE))}|explained|added|noted)\s*[,.;]")
_CUE_OPENS = re.compile(rf"\s*(?:(?:[A-Z][\w.’'-]*\s+){{1,4}}(?:\w+ly\s+)?(?:{CUE_RE.pattern})\b|[a-z])")
_POST = re.compile(
    rf"^[\s,.!?;:—–-]*(?:(?P<cue2>{'|'.join(sorted(INVERTIBLE))})\s+(?P<np2>(?:{_STOP}[^,;:!?\x01\n]){{1,80}})"
    rf"|(?P<np>(?:{_STOP}[^;:!?\x01\n]){{1,140}}?)\s+(?:had\s+|has\s+|have\s+)?(?:{ADVERB_LY}\s+|also\s+|later\s+|then\s+)?"
    rf"(?P<cue>{CUE_RE.pattern}))")  # case-sensitive: in '..., a former United States envoy, said' the cue is 'said'


_TITLE_CASE_LINE = re.compile(r"(?:[A-Z0-9‘“\"'][^\s]*[\s,]+){3,}(?:[A-Z0-9‘“\"'][^\s]*)")
_SAID_COLON = re.compile(r"\b(?:said|says|told\s+[\w.’' ]{1,40}?|added|asked|wrote|declared|stated)\s*[:,]\s*$")
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)(?:,[^,\x01]{1,80},)?"
                        r"\s+as\s+(?:saying|telling|writing|stating)\b")
_QUOTING = re.compile(r",\s+quoting\s+(?P<who>(?:an?|one|another)\s+[^,.;\x01\n]{2,80}?|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)"
                      r"\s*(?:[,.;]|$)")  # '"...," the Post reported, quoting an anonymous official.'
_SAID_LAST = re.compile(r",\s+(?P<np>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+|he|she)\s+(?:said|says|added|wrote|told\s+\w+)"
                        r"\.?\s*$")
_WHEN_WORD = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
                        r"|May|June|July|August|September|October|November|December|Today|Yesterday|Tonight)\b")
_SUBORDINATE = re.compile(r"\s+(?:when|while|after|before|because|although|though|if|since|once|until)\s")
_COUNTED = {"one", "another", "some", "several"}  # '"...," one user quipped': an unnamed speaker, counted


@dataclass
class Mention:
    """The attribution of one quote, before sources are made canonical."""

    quote: int
    speakers: list[SpeakerRef] = field(default_factory=list)
    cue: str | None = None
    confidence: float = 0.0


def attribute_quotes(text: str, paragraphs: list[Paragraph], sentences: list[Sentence],
                     quotes: list[Quote]) -> list[Mention]:
    """One Mention per quote, in order; speakers are resolved against the article's own names."""
    masked = _mask(text, quotes)
    if paragraphs and _TITLE_CASE_LINE.fullmatch(text[paragraphs[0].start:paragraphs[0].end].strip()):
        head = paragraphs[0]  # 'Biden Aims Insult At Trump': a title-case headline makes names of every word
        masked = masked[:head.start] + " " * (head.end - head.start) + masked[head.end:]
    index = EntityIndex(masked)
    index.soft = _mask(text, [q for q in quotes if q.is_speech and not re.fullmatch(r"(?:[A-Z][\w’'-]*\s?){1,3}", q.text)])
    mentions: list[Mention] = []
    spans = _sentence_spans(sentences, quotes)
    for i, quote in enumerate(quotes):
        mention = Mention(quote=i)
        if quote.is_speech:
            _attribute(masked, index, sentences, spans[i], quote, quotes[:i], mentions, mention)
        mentions.append(mention)
    nxt = None
    for i in range(len(quotes) - 2, -1, -1):  # '"a" and "b," according to X': the cue after the last covers both
        nxt = i + 1 if quotes[i + 1].is_speech else nxt
        if (quotes[i].is_speech and not mentions[i].speakers and nxt is not None and mentions[nxt].speakers
                and spans[i] == spans[nxt]
                and not CUE_RE.search(masked, quotes[i].end, quotes[nxt].start)):
            mentions[i].speakers, mentions[i].cue = list(mentions[nxt].speakers), mentions[nxt].cue
            mentions[i].confidence = min(mentions[nxt].confidence, 0.5)
    return mentions


def _mask(text: str, quotes: list[Quote]) -> str:
    chars = list(text)
    for q in quotes:
        lo, hi = max(q.start - 1, 0), min(q.end + 1, len(text))
        if q.open_end:
            hi = q.end
        chars[lo:hi] = (" " if _is_nickname(text, q) else MASK) * (hi - lo)
        if text[lo:lo + 1] in ("'", "`") and text[lo - 1:lo] == text[lo]:
            chars[lo - 1] = " "  # ''...'': the other half of a doubled mark is no word
        if text[hi - 1:hi] in ("'", "`") and text[hi:hi + 1] == "'":
            chars[hi] = " "
    for m in _DATELINE.finditer(text):  # 'WASHINGTON —' places the story; it never speaks or is 'it'
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def _is_nickname(text: str, q: Quote) -> bool:
    """'Ira "Ike" Schab': blanked rather than masked, so that the name around it stays one name."""
    return (bool(_NICKNAME.fullmatch(q.text)) and bool(re.search(r"[A-Z][\w.’'-]+ $", text[max(0, q.start - 30):q.start - 1]))
            and bool(re.match(r" [A-Z]", text[q.end + 1:q.end + 3])))


def _sentence_spans(sentences: list[Sentence], quotes: list[Quote]) -> list[tuple[int, int]]:
    """Each quote's sentence (or run of sentences), found once per article: sentences are sorted and disjoint,
    so two bisections give the ones the quote touches instead of a pass over all of them for every quote."""
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    spans = []
    for quote in quotes:
        window = sentences[bisect.bisect_left(ends, quote.start):bisect.bisect_right(starts, quote.end)]
        last = window[-1].paragraph if window else quote.paragraph  # a quote joined across a break ends further on
        inside = [s for s in window if quote.paragraph <= s.paragraph <= last]
        spans.append((inside[0].start, inside[-1].end) if inside else (quote.start - 1, quote.end + 1))
    return spans


def _attribute(masked, index, sentences, sent, quote, earlier, mentions, mention) -> None:
    s_lo, s_hi = sent
    relayed = _QUOTED_AS.search(masked, s_lo, s_hi) or _QUOTING.search(masked, quote.end, s_hi)
    if relayed and resolve_speaker(relayed.group("who"), relayed.start("who"), masked, index, sentences, mention):
        mention.cue, mention.confidence = "quoted", 0.8  # 'the website quoted Ms. Roe, the editor, as saying'
        return
    after = masked[quote.end + (0 if quote.open_end else 1):s_hi]
    if (not after.strip(" \x01\n") and quote.text.rstrip()[-1:] in "!?"
            and not masked[s_lo:quote.start - 1].strip(" \x01")):  # '"Great news!" Trump posted': split at the mark
        nxt = [s for s in sentences if s.start >= quote.end and s.paragraph == quote.paragraph][:1]
        if nxt and _CUE_OPENS.match(masked, nxt[0].start, nxt[0].end):
            s_hi = nxt[0].end
            after = masked[quote.end + (0 if quote.open_end else 1):s_hi]
    before_end = quote.start - 1
    post = _POST.match(after)
    if not post and MASK in after[:120]:  # '"...," delegate Bill Ray, wearing "Ted Cruz" pins, said': a name in quotes
        soft = index.soft[quote.end + (0 if quote.open_end else 1):s_hi]
        soft_post = _POST.match(soft)
        post, after = (soft_post, soft) if soft_post else (post, after)
    if not (post and post.group("cue2")) and re.match(r"^[\s,]*(?:said|says)\s+\x01", after):
        soft = index.soft[quote.end + 1:s_hi]  # '"Wow," said "Conclave" star Ralph Fiennes': a title in the subject
        post, after = _POST.match(soft) or post, soft
    if post and (post.group("cue") or "").lower() in ("reported", "reports", "quoted", "quotes") and _SAID_COLON.search(
            masked, s_lo, before_end):
        post = None  # 'Trump said: "...," the Times reported': the paper reports, Trump speaks
    tight = (quote.text.rstrip()[-1:] in ",.!?…—-" or after.lstrip()[:1] in (",", "—", "–")
             or bool(post and post.group("cue") and _NAME_ONLY.match(post.group("np"))))
    if post and tight and len(after[:post.start("cue") if post.group("cue") else post.end()].split()) <= 20:
        np = post.group("np") if post.group("cue") else post.group("np2")
        cue = post.group("cue") or post.group("cue2")
        inverted = post.group("cue") and re.match(
            r"^\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\s*(?:,|\.|$)", after[post.end():])
        if (inverted and np.rstrip().endswith(",") and re.match(r"^(?:the|a|an)\s+[a-z]", np.strip())
                and cue.lower() in INVERTIBLE and not _WHEN_WORD.match(inverted.group(1))):
            np = inverted.group(1)  # '"...," the town nearest the site, said Reyes': a name after the cue speaks
        elif "," in np:  # '"...," one resident, Tomas Berg, told ...'
            segs = [seg.strip() for seg in re.split(r",(?!\d{3}\b)", np) if seg.strip()]
            np = _name_before_descriptions(segs + [""]) or _appositive(segs) or np
        elif post.group("cue2") and re.match(r"^(?:his|her|their|its|the|a|an)\s+[a-z]", np):
            named = re.match(r"^,\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\s*(?:,|\.|$)", after[post.end():])
            np = named.group(1) if named else np  # 'said his daughter, Kim Hale, who ...': the name
        if post.group("cue2"):  # 'said a WeWork spokesperson when contacted by Reuters': the clause is no name
            np = _SUBORDINATE.split(np)[0]
            if not _is_np(np):  # 'X, citing "...", said the candidate could win': a clause, not a name; X speaks
                np = (_main_subject(masked, s_lo, quote.start - 1) or "") if masked[s_lo:quote.start - 1].strip() else ""
        subject_like = bool(np.split()) and (np.split()[0].lower().strip(".,;") in _DETERMINERS | _COUNTED | set(PRONOUNS) or np[:1].isupper()
                        or any(clean_run(m.group()) for m in CAP_RUN.finditer(np)) and not _INTRO.match(np)
                        or bool(re.fullmatch(r"[a-z]+(?:\s+[a-z]+){0,2}", np.strip())) and bool(_HEAD.fullmatch(np.split()[-1])))
        if (subject_like and not _CLAUSE_WORD.match(np + " ") and not _is_noun(after, post.start("cue") if post.group("cue") else 0)
                and resolve_speaker(np, quote.end, masked, index, sentences, mention)):
            mention.cue, mention.confidence = cue, 0.9
            return
    written = reads_after(after)
    if written is not None:  # '"...," the description on the website reads.'
        mention.speakers, mention.cue, mention.confidence = [written], "reads", 0.7
        return
    heard = _HEARD.search(masked, s_lo, before_end)
    if heard:  # 'I heard someone saying, "..."': the unnamed voice, never 'I'
        np = heard.group("np")
        if not resolve_speaker(np, heard.start("np"), masked, index, sentences, mention):
            mention.speakers = [SpeakerRef(name=np, kind="person", description=np)]
        mention.cue, mention.confidence = heard.group("cue"), 0.6
        return
    tail = _ASIDE.match(after) or _ASIDE_INV.match(after)  # '... "...," in the old centre, said Omar Velde, a planner'
    if tail and resolve_speaker(tail.group("np"), quote.end, masked, index, sentences, mention):
        mention.cue, mention.confidence = tail.group("cue"), 0.75  # the sentence's own 'X said' beats 'suggests' before
        return
    cues = [m for m in CUE_RE.finditer(masked, s_lo, before_end) if not _is_noun(masked, m.start())]
    according = [m for m in cues if m.group().lower() == "according to"
                 and not _BOUNDARY.search(masked[m.end():before_end].rstrip(" ,:—–-"))]  # '— according to X —' too
    if cues:
        cue = according[-1] if according else cues[-1]
        if not according and len(cues) > 1 and re.match(r"\s+that\s+(?:the\s+)?[A-Z]", masked[cues[-2].end():cue.start()]):
            cue = cues[-2]  # 'X noted that the U.S. has promised "..."': X reports the words
        mention.cue = cue.group()
        np = _subject(masked, s_lo, cue, before_end)
        if np is not None and resolve_speaker(np, cue.start(), masked, index, sentences, mention):
            mention.confidence = 0.8
            return
    by = re.match(rf"^\s*(?:by|according to)\s+((?:{_STOP}[^,;:!?\x01\n]){{1,90}})", after, re.I)
    owner = by and _DOC_OWNER.match(by.group(1))  # 'according to a Fairmont Research’s forecast': the firm
    if by and (mention.cue or by.group().lstrip().lower().startswith("according")) and resolve_speaker(
            owner.group("owner") if owner else by.group(1), quote.end, masked, index, sentences, mention):
        mention.cue = mention.cue or "according to"
        mention.confidence = 0.7
        return
    lead = masked[s_lo:before_end].rstrip()
    if lead.endswith((":", ",")) and not lead.endswith(MASK + ","):
        np = _main_subject(masked, s_lo, before_end)
        if np and resolve_speaker(np, s_lo, masked, index, sentences, mention):
            mention.cue, mention.confidence = mention.cue or lead[-1], 0.6
            return
    subject = masked[s_lo:before_end].strip()
    if (quote.partial and _NAME_ONLY.match(subject) and re.match(r"(?:\w+ly\s+)?\w+(?:ed|s)\b", quote.text)
            and resolve_speaker(subject, s_lo, masked, index, sentences, mention)):
        mention.confidence = 0.5  # 'Richard Thomas "totally condemned" the deletion': the quote is the verb
        return
    owned = _OWNED_WORDS.search(masked[s_lo:before_end])
    if owned:  # 'His remarks that "..."', "Roe's warning that "..."": the owner of the words said them
        who = owned.group("who")
        np = {"his": "he", "her": "she", "their": "they", "its": "it"}.get(who.lower(), who)
        if resolve_speaker(np, s_lo + owned.start(), masked, index, sentences, mention):
            mention.cue, mention.confidence = owned.group("noun"), 0.6
            return
    _continue(masked, index, sentences, sent, quote, earlier, mentions, mention)


def _continue(masked, index, sentences, sent, quote, earlier, mentions, mention) -> None:
    """A quote with no cue of its own carries on the previous quote, or the previous sentence's subject; failing
    both, a first-person quote in a profile is the words of the person the piece is about, when its paragraph
    (or the one before) is about them."""
    _carry_on(masked, index, sentences, sent, quote, earlier, mentions, mention)
    if mention.speakers or not _FIRST_PERSON.search(quote.text):
        return
    focus = in_focus(masked, index)
    if focus is None:
        return
    around = [s for s in sentences if quote.paragraph - 1 <= s.paragraph <= quote.paragraph and s.start < quote.start]
    lo = around[0].start if around else quote.start
    pronoun = {"f": "she|her", "m": "he|his|him"}.get(focus_gender(focus, masked, index) or "", "")
    if re.search(rf"\b(?:{re.escape(focus.name.split()[-1])}{'|' + pronoun if pronoun else ''})\b", masked[lo:quote.start], re.I):
        mention.speakers, mention.confidence = [index.full(focus)], 0.3


def _carry_on(masked, index, sentences, sent, quote, earlier, mentions, mention) -> None:
    if masked[sent[0]:quote.start - 1].strip(" \x01,") and _FIRST_PERSON.search(quote.text):
        last = next((j for j in range(len(earlier) - 1, -1, -1) if earlier[j].is_speech), None)
        if (last is not None and mentions[last].speakers and earlier[last].paragraph == quote.paragraph
                and quote.start - earlier[last].end < 300 and not CUE_RE.search(masked, sent[0], sent[1])):
            mention.speakers, mention.confidence = list(mentions[last].speakers), 0.4  # 'With his firm hit, "I never ..."'
        return
    if not masked[sent[0]:quote.start - 1].strip(" \x01,"):
        lead_in = _last_before(sentences, sent[0], quote.paragraph - 1)
        previous = _last_before(sentences, sent[0], quote.paragraph)
        first = previous is None
        if first and lead_in and masked[lead_in.start:lead_in.end].rstrip().endswith(":"):
            np = _subject_of_intro(masked, lead_in)  # 'X recalled the standoff:' then the quote below
            if np and resolve_speaker(np, lead_in.start, masked, index, sentences, mention):
                mention.confidence = 0.5
                return
        last = next((j for j in range(len(earlier) - 1, -1, -1) if earlier[j].is_speech
                     and (mentions[j].speakers or len(earlier[j].text.split()) > 3)), None)
        prev = mentions[last] if last is not None else None  # titles and names in between do not count
        prev_q = earlier[last] if last is not None else None
        same_par = prev_q is not None and prev_q.paragraph == quote.paragraph
        follows = prev_q is not None and prev_q.paragraph == quote.paragraph - 1 and (prev_q.open_end or first)
        if prev and prev.speakers and (follows or (same_par and quote.start - prev_q.end < 400)):
            mention.speakers, mention.confidence = list(prev.speakers), 0.5
            return
        asked = first and lead_in and masked[lead_in.start:lead_in.end].rstrip().endswith("?")
        opening = asked and next(s for s in sentences if s.paragraph == lead_in.paragraph)
        if asked and not CUE_RE.search(masked, opening.start, lead_in.end) and MASK not in masked[opening.start:lead_in.end]:
            who = re.search(r"\b(?:she|he)\b", masked[opening.start:lead_in.end])  # 'But hasn't she had offers?'
            focus = who and in_focus(masked, index)
            if focus and {"f": "she", "m": "he"}.get(focus_gender(focus, masked, index) or "") == who.group().lower():
                mention.speakers, mention.confidence = [index.full(focus)], 0.4  # an interview: the person it is about
                return
            if who and resolve_speaker(who.group(), opening.start + who.start(), masked, index, sentences, mention):
                mention.confidence = 0.4  # the interviewer's question, then the answer: the person asked
                return
        if first and lead_in and (_FIRST_PERSON.search(quote.text) or _REPORTED.search(masked, lead_in.start, lead_in.end)):
            np = _main_subject(masked, lead_in.start, lead_in.end)  # 'Draper wrapped up his win.' then "I ...": Draper
            if np and (not np[:1].islower() or np.lower() in PRONOUNS) and resolve_speaker(np, lead_in.start, masked, index, sentences, mention):
                mention.confidence = 0.4
                return
        if previous:
            said = _SAID_LAST.search(masked, previous.start, previous.end)
            np = said.group("np") if said else _main_subject(masked, previous.start, previous.end)  # '..., Schiff said.'
            if np and resolve_speaker(np, previous.start, masked, index, sentences, mention):
                mention.confidence = 0.4


def _last_before(sentences: list[Sentence], pos: int, paragraph: int) -> Sentence | None:
    """The last sentence of `paragraph` ending by `pos` (sentences are sorted, so no pass over all of them)."""
    for k in range(bisect.bisect_right(sentences, pos, key=_END) - 1, -1, -1):
        if sentences[k].paragraph <= paragraph:
            return sentences[k] if sentences[k].paragraph == paragraph else None
    return None


_END = operator.attrgetter("end")


def _subject_of_intro(masked: str, sentence: Sentence) -> str | None:
    cues = [m for m in CUE_RE.finditer(masked, sentence.start, sentence.end) if not _is_noun(masked, m.start())]
    if cues:
        return _subject(masked, sentence.start, cues[-1], sentence.end)
    return _main_subject(masked, sentence.start, sentence.end)
