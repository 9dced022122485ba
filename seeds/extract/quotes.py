"""Pair quotation marks into quotes, one paragraph at a time.

Straight marks carry no direction, so each one is read from its neighbours (a mark after a space opens,
a mark before a space or punctuation closes), and a stack keeps a nested quote ("The "United States"
is...") inside its outer quote instead of splitting it in three. Single marks are also apostrophes
(it's, Xi’s, sides’, the '90s), so a single mark only closes a quote that a single mark opened.
A quote still open at the end of its paragraph stops there: news style reopens it in the next paragraph.
"""
from __future__ import annotations

import re

from .lexicon import NAMING_AFTER, NAMING_BEFORE, SAY_RE, TITLE_BEFORE
from .model import Paragraph, Quote, Sentence

_OPEN_BEFORE = set(" \t\n([{—–-/:;,\u00a0") | set("\"“‘'«„")
_CLOSE_AFTER = set(" \t\n.,;:!?)]}—–-/…\u00a0") | set("\"”’'»")
_MARKUP = re.compile(r"<[A-Za-z/!][^<>]{0,400}>")
_APOSTROPHE_WORDS = re.compile(r"(?:\d\ds?|em|n|til|cause|tis|twas|bout|round)\b", re.IGNORECASE)
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.|\[\s*(?:\.\.\.|…)\s*\]")


def find_quotes(text: str, paragraphs: list[Paragraph], sentences: list[Sentence]) -> list[Quote]:
    """Every quoted span, with `is_speech` False for names, titles, glosses and scare quotes that are plainly not speech."""
    masked = _MARKUP.sub(lambda m: " " * len(m.group()), text)
    masked = _DOUBLED.sub(_as_double_mark, masked)
    quotes: list[Quote] = []
    for para in paragraphs:
        for start, end, open_end in _pair(masked, para.start, para.end):
            if end <= start or not text[start:end].strip():
                continue
            quotes.append(_make_quote(text, start, end, para, sentences, open_end))
    return _join_reopened(text, paragraphs, sentences, quotes)


def _join_reopened(text: str, paragraphs: list[Paragraph], sentences: list[Sentence], quotes: list[Quote]) -> list[Quote]:
    """A quote left open at a paragraph's end and reopened by the mark that starts the next paragraph is one quote
    (news style: "... first part.<break>"Second part," she said.), spanning the break and the reopening mark."""
    starts = {p.index: p.start for p in paragraphs}
    out: list[Quote] = []
    for q in quotes:
        last = out[-1] if out else None
        if (last is not None and last.open_end and q.paragraph == _paragraph_of(last, paragraphs) + 1
                and not text[starts.get(q.paragraph, -1):q.start - 1].strip(" \t'`")):
            inside = [x for x in sentences if x.end > last.start - 1 and x.start < q.end + 1]
            out[-1] = Quote(text=text[last.start:q.end], start=last.start, end=q.end,
                            sentence=text[inside[0].start:inside[-1].end] if inside else text[last.start:q.end],
                            paragraph=last.paragraph, partial=last.partial, elided=last.elided or q.elided,
                            is_speech=last.is_speech or q.is_speech, open_end=q.open_end)
            continue
        out.append(q)
    return out


def _paragraph_of(quote: Quote, paragraphs: list[Paragraph]) -> int:
    """The paragraph a (possibly joined) quote ends in."""
    return next((p.index for p in paragraphs if p.start <= quote.end <= p.end), quote.paragraph)


_DOUBLED = re.compile(r"''|``|(?<![^\s(\[])\"\"(?=\w)")  # ''He said so,'' in archive and treebank copy, and a
# doubled opening ""It was ...: one double mark in two characters


def _as_double_mark(m: re.Match) -> str:
    """Two apostrophes (or backticks) become one straight double mark plus a space on the side away from the words,
    so offsets stay those of the text: an opening pair after a space or line start, a closing pair otherwise."""
    text, i = m.string, m.start()
    prev = text[i - 1] if i else " "
    opening = m.group() in ("``", '""') or (prev in _OPEN_BEFORE and i + 2 < len(text) and not text[i + 2].isspace())
    return ' "' if opening else '" '


def _marks(text: str, lo: int, hi: int):
    """Yield (position, kind, can_open, can_close) for every quotation mark in text[lo:hi]."""
    for i in range(lo, hi):
        ch = text[i]
        if ch not in "\"“”‘’'«»„":
            continue
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if ch in "“„«":
            yield i, "d", True, False
        elif ch in "”»":
            yield i, "d", False, True
        elif ch == '"':
            yield i, "d", prev in _OPEN_BEFORE and not nxt.isspace(), nxt in _CLOSE_AFTER and not prev.isspace()
        elif prev.isalnum() and nxt.isalnum():
            continue  # it's, Xi’s, don't
        elif ch == "‘":
            if not _APOSTROPHE_WORDS.match(text, i + 1, hi):
                yield i, "s", True, False
        else:  # ’ or '
            opens = ch == "'" and prev in _OPEN_BEFORE and (nxt.isalpha() or nxt in "£$€") and not _APOSTROPHE_WORDS.match(
                text, i + 1, hi)
            closes = nxt in _CLOSE_AFTER and not prev.isspace()
            if opens or closes:
                yield i, "s", opens, closes


def _pair(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    spans: list[tuple[int, int, bool]] = []
    stack: list[tuple[str, int]] = []
    for pos, kind, can_open, can_close in _marks(text, lo, hi):
        open_kinds = [k for k, _ in stack]
        if kind == "d" and can_open and not can_close and "d" in open_kinds and text[pos - 1] == "\n":
            continue  # a line that reopens a quote left open on the line before: the same quote goes on
        if (kind == "d" and can_open and not can_close and open_kinds == ["d"]
                and re.search(r"[.!?]\s+$", text[stack[0][1]:pos])):
            continue  # '"... as it comes. "As long as ...': a lost paragraph break, and the quote reopened goes on
        if can_close and kind in open_kinds:
            while stack[-1][0] != kind:
                stack.pop()  # an unclosed single mark inside was an apostrophe
            _, start = stack.pop()
            if not stack:
                spans.append((start + 1, pos, False))
        elif can_open and (kind == "d" or not stack or stack[-1][0] == "d" or "s" not in open_kinds):
            stack.append((kind, pos))
    doubles = [p for k, p in stack if k == "d"] or [
        p for k, p in stack[:1] if k == "s" and re.search(r"(?:^|:)\s*$", text[lo:p])]  # UK style: 'X said: '...
    if doubles:
        end = hi
        while end > doubles[0] + 1 and text[end - 1].isspace():
            end -= 1
        spans.append((doubles[0] + 1, end, True))
    return sorted(spans)


def _make_quote(text: str, start: int, end: int, para: Paragraph, sentences: list[Sentence], open_end: bool) -> Quote:
    inside = [s for s in sentences if s.end > start - 1 and s.start < end + 1 and s.paragraph == para.index]
    if inside:
        sentence = text[inside[0].start:inside[-1].end]
        s_start, s_end = inside[0].start, inside[-1].end
    else:
        sentence, s_start, s_end = text[para.start:para.end], para.start, para.end
    body = text[start:end]
    before = text[s_start:max(s_start, start - 1)]
    after = text[min(end + 1, s_end):s_end]
    partial = _is_partial(body, before, after)
    if text[para.start:para.end].strip(" \t\n\"“”‘’'") == body.strip() and len(body.split()) <= 8 and body.rstrip()[-1:] not in ".!?,":
        return Quote(text=body, start=start, end=end, sentence=sentence, paragraph=para.index, partial=partial,
                     elided=False, is_speech=False, open_end=open_end)  # "'God willed it'" alone on a line: a subheading
    return Quote(text=body, start=start, end=end, sentence=sentence, paragraph=para.index, partial=partial,
                 elided=bool(_ELLIPSIS.search(body)), is_speech=_may_be_speech(body, before, after), open_end=open_end)


def _is_partial(body: str, before: str, after: str) -> bool:
    """A fragment woven into the author's sentence, rather than an utterance introduced by a cue."""
    words = before.split()
    introduced = not words or before.rstrip()[-1:] in ",:—–" or bool(SAY_RE.match(words[-1].strip(",:")))
    if not introduced:
        return True
    trailing = after.strip(" \t\n.,;:!?\"”’'")
    return bool(trailing) and body.rstrip()[-1:] not in ",.!?…" and not re.match(r"^[,—–-]", trailing)


def _may_be_speech(body: str, before: str, after: str) -> bool:
    """Rule out quoted spans that report nobody's words: glosses, names, titles, labels."""
    stripped = before.rstrip()
    tail = stripped[-160:]  # every shape below ends at the mark; scanning the whole paragraph cost ~1 ms/article
    tail = tail[tail.find(" ") + 1:] if len(stripped) > 160 else tail  # cut at a space, so '\b' means what it did
    if stripped.endswith("(") and after.lstrip().startswith(")"):
        return False  # ("British exit"): a gloss
    if _READS_ONE.match(after) and _SIGNS.search(stripped[-300:]):
        return False  # 'New signs appeared: "Lower prices," reads one': a sign's text, nobody's speech
    if _POST_READS.search(tail):
        return True  # 'The tweet from X reads, "..."': the words of whoever wrote it (a sign's 'reads' is a label)
    if NAMING_BEFORE.search(tail) or NAMING_AFTER.match(after):
        return False
    if TITLE_BEFORE.search(tail) and body[:1].isupper() and not body.rstrip().endswith((".", "!", "?")):
        return False
    words = body.split()
    if len(words) <= 4 and body[:1].islower() and _MODAL_BE.search(tail) and _CLAUSE_AFTER.match(after):
        return False  # 'might not be the "jobs machine" it thinks it is': a term weighed, nobody's words
    if _AS_IF.search(tail) or len(words) <= 4 and (_TERM_BEFORE.search(tail) and body[:1].islower()
                                                       or _FIELD_BEFORE.search(tail)):
        return False  # 'as if to say "..."', 'labelling "fake news"', 'as to her "Fav Ex"': no one's words
    if len(words) <= 3 and (_PAIR_NEXT.match(after) or _PAIR_PREV.search(tail) and _NOUN_NEXT.match(after)):
        return False  # 'reach "severe" or "emergency" levels': labels of a scale, modifying the noun after them
    if body.rstrip()[-1:] in ",!?" and _SPEECH_NEXT.match(after):
        return True  # '"Wow," said X': a cue right after, however short or capitalised
    if len(words) <= 4 and (re.search(r"\w[’']s?\s*$", tail) or _OWNED_BY_VERB.search(tail)) and body[:1].islower():
        return False  # "Musk's 'accomplishments email'": a label owned by someone, not their words
    if _title_case(words) and (_TITLE_PLACE.search(tail) or TITLE_BEFORE.search(tail)
                               or re.match(r"^\s*(?:,|and|or)\s*[\"“]", after)
                               or len(words) >= 2 and all(w[0].isupper() for w in words)
                               and re.match(r"^\s*(?:[a-z]|[.,;]?\s*$)", after)):
        return False  # ABC's "This Week.", in "Wicked.", told "Fox News Sunday" about: programmes and titles
    if len(words) <= 6 and (re.search(r"[A-Za-z]-?\d|\d-?[A-Za-z]", body) or re.fullmatch(r"[\d\s.,]+", body)):
        return False  # COVID-19, H1N1, "19": codes and names
    content = [w for w in words if len(w) > 3 or w.isupper()]
    if (len(words) <= 8 and content and all(w[0].isupper() for w in content) and body.rstrip()[-1:] not in ".!?"
            and not _introduced(stripped)):
        return False  # Title Case without sentence punctuation: a name or a title
    return True


_POST_READS = re.compile(r"\b(?:tweet|post|statement|letter|message|email|e-mail|note|memo)s?\b(?:\s+[\w.’'-]+){0,5}"
                         r"\s+reads?\s*[,:]?\s*$", re.I)
_OWNED_BY_VERB = re.compile(r"\b(?:upgrading|updating|launching|building|using|expanding|running|testing|developing|"
                            r"replacing|introducing|rolling out)\s+(?:its|their|his|her|our)\s*$", re.I)  # 'upgrading its "web system"'
_MODAL_BE = re.compile(r"\b(?:might|may|could|would|will|must)\s+(?:not\s+|no\s+longer\s+)?be\s+(?:the|an?)\s*$", re.I)
_CLAUSE_AFTER = re.compile(r"^\s+(?:it|that|which|they|he|she|we|you|many|some)\s+[a-z]")
_READS_ONE = re.compile(r"^\s*,?\s*reads?\s+(?:one|another|the other|a third)\b", re.I)
_SIGNS = re.compile(r"\b(?:signs?|placards?|banners?|posters?|billboards?|plaques?|labels?|stickers?|t-shirts?|shirts?)\b", re.I)
_AS_IF = re.compile(r"\bas if to (?:say|ask)\s*[,:]?\s*$", re.I)
_TERM_BEFORE = re.compile(r"(?:\blabell?ing|\bbelieved?\s+to\s+be)\s*$", re.I)
_FIELD_BEFORE = re.compile(r"\bas\s+to\s+(?:his|her|their|its|the)\s*$", re.I)  # 'as to her "Fav Ex,"': a field label
_FUNCTION = r"(?:of|to|in|on|at|for|by|with|from|as|and|or|but|that|which|who|is|are|was|were|he|she|they|it|we)\b"
_NOUN_NEXT = re.compile(rf"^\s+(?!{_FUNCTION})[a-z][a-z-]+\b(?!\s+(?:that|to)\b)")
_PAIR_NEXT = re.compile(rf"^\s+(?:or|and)\s+[\"“‘][^\"“”‘’]{{1,30}}[\"”’]\s+(?!{_FUNCTION})[a-z][a-z-]+\b")
_PAIR_PREV = re.compile(r"[\"”’]\s+(?:or|and)\s*$")
_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as"}
_SPEECH_NEXT = re.compile(r"^\s*(?:[\w.’'-]+\s+){0,3}?(?:said|says|asked|added|told|wrote|replied|shouted|exclaimed|"
                          r"tweeted|posted|cried|yelled)\b", re.I)
_TITLE_PLACE = re.compile(r"(?:\w[’']s?|\b(?:in|for|on|from|by|as|and|or|star|drama|comedy|comedies|film|movie|"
                          r"sitcom|series|spoof|thriller|musical|role|hit|single)|\b(?:hit|film|movie|drama|comedy|thriller|"
                          r"album|single|novel|book|series|show),)\s*$", re.I)  # 'his 2024 horror hit, "Longlegs."' 


def _title_case(words: list[str]) -> bool:
    """Every word capitalised except short function words, at most eight words: how titles are written."""
    content = [w for w in words if w.lower().strip(".,!?") not in _SMALL]
    return 0 < len(words) <= 8 and bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _introduced(before: str) -> bool:
    last = before.split()[-1].strip(",:") if before.split() else ""
    return before.endswith(":") or bool(SAY_RE.match(last))
