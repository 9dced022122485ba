"""Is this quote real? Compare a submitted text with stored quotes: text in, dataclasses out, no Flask.

Comparison is on words, not characters: both sides are normalised (Unicode NFKC, curly and straight quotation
marks and apostrophes made equal, case folded, whitespace collapsed) and split into word tokens. Punctuation
between words is ignored; punctuation inside a token is kept, so "5,000" differs from "5,001" and "don't" is
one word. An ellipsis ("...", "…", "[...]") in the submitted text marks words the checker left out on purpose.

The submitted words are aligned with each candidate quote by word-level Levenshtein (rapidfuzz opcodes); stored
words before the first and after the last aligned word are outside the part being checked and cost nothing.
`similarity` = 1 - edits / max(submitted words, aligned stored words), in 0..1.

Verdicts and thresholds (tested in tests/test_verification.py):
- `verbatim`: similarity 1.0, i.e. no word differs. `match` is `exact` when the whole quote was submitted and
  `partial` when a contiguous part was (at least MIN_PARTIAL_WORDS words, so "the" alone verifies nothing) or
  when the only differences are words left out where the submission has an ellipsis.
- `misattributed`: verbatim, but a speaker was given and it is none of the quote's speakers (by id, name or
  alias); `actual_speakers` names the real ones. A verbatim quote by the given speaker wins over one that is not.
- `altered`: the best candidate has similarity >= ALTERED_MIN and shares at least MIN_SHARED_WORDS words, but
  some word differs: a cut word, a swapped pair, a changed number or an added "not" are all altered, never
  verbatim. `diff` gives the runs.
- `not_found`: nothing reaches ALTERED_MIN; a paraphrase usually lands here. So does a fragment shorter than
  MIN_PARTIAL_WORDS that occurs unchanged inside a longer quote ("red line"): too short to verify, but the
  candidates still show where it occurs.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

ALTERED_MIN = 0.6
MIN_PARTIAL_WORDS = 3
MIN_SHARED_WORDS = 2
MAX_CANDIDATES = 3
MAX_WORDS = 400
ALIGN_TOP = 10  # candidates pre-ranked by character partial_ratio, then aligned word by word

_QUOTE_MARKS = str.maketrans({c: '"' for c in "“”„‟«»〝〞＂"} | {c: "'" for c in "‘’‚‛′`´"})
_ELLIPSIS = re.compile(r"\[\s*(?:\.\s*){3,}\]|(?:\.\s*){3,}|…")
_TOKEN = re.compile(r"[^\W_]+(?:['.,:/-][^\W_]+)*|\x00")
STOPWORDS = frozenset(
    "a an and are as at be been but by for from had has have he her his i if in into is it its of on or our "
    "she so that the their them they this to was we were what when which who will with would you your".split()
)


@dataclass
class Words:
    """Normalised tokens, the words as written (for the diff), and the gaps an ellipsis marked."""

    norm: list[str]
    shown: list[str]
    gaps: set[int] = field(default_factory=set)  # token indices an ellipsis came right before


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MARKS)
    return " ".join(text.split())


def words(text: str) -> Words:
    """Tokens of `text`; an ellipsis becomes a NUL marker that records a gap and is then dropped."""
    text = _ELLIPSIS.sub(" \x00 ", normalise(text))
    out = Words([], [])
    for token in _TOKEN.findall(text):
        if token == "\x00":
            out.gaps.add(len(out.norm))
            continue
        out.shown.append(token)
        out.norm.append(token.casefold().replace("'", ""))
    out.norm, out.shown = out.norm[:MAX_WORDS], out.shown[:MAX_WORDS]
    return out


def search_terms(text: str, limit: int = 12) -> list[str]:
    """Words worth prefiltering on: distinct, stopwords dropped unless nothing else is left, longest first."""
    norm = list(dict.fromkeys(w for w in words(text).norm if w))
    content = [w for w in norm if w not in STOPWORDS] or norm
    return sorted(content, key=lambda w: (-len(w), content.index(w)))[:limit]


@dataclass
class DiffRun:
    op: str  # equal | insert | delete | replace
    source: list[str]
    submitted: list[str]


@dataclass
class Alignment:
    similarity: float
    match: str | None  # exact | partial | None (not verbatim)
    diff: list[DiffRun]
    shared: int


def _as_chars(*sequences: list[str]) -> list[str]:
    """Each distinct word as one private-use character, so rapidfuzz's string aligners work on words."""
    vocab: dict[str, str] = {}
    return ["".join(vocab.setdefault(w, chr(0xF0000 + len(vocab))) for w in seq) for seq in sequences]


def _window(submitted: list[str], quote: list[str]) -> tuple[int, int]:
    """The stored words the submission corresponds to: the fewest edits, then the closest length.

    partial_ratio_alignment finds the best window as long as the submission; widening or narrowing each end
    by a few words then absorbs cut or added words, without the free-floating alignments a global
    Levenshtein would allow (matching a lone "the" far from the rest).
    """
    m, n = len(submitted), len(quote)
    if m >= n:
        return 0, n
    sub_chars, quote_chars = _as_chars(submitted, quote)
    found = fuzz.partial_ratio_alignment(sub_chars, quote_chars)
    slack = min(8, m // 4 + 2)
    best = None
    for lo in range(max(0, found.dest_start - slack), min(n, found.dest_start + slack) + 1):
        for hi in range(max(lo + 1, found.dest_end - slack), min(n, found.dest_end + slack) + 1):
            key = (Levenshtein.distance(sub_chars, quote_chars[lo:hi]), abs(hi - lo - m), lo)
            if best is None or key < best[0]:
                best = (key, lo, hi)
    return best[1], best[2]


def _find(seq: list[str], part: list[str], start: int) -> int:
    for i in range(start, len(seq) - len(part) + 1):
        if seq[i:i + len(part)] == part:
            return i
    return -1


def _elided_match(submitted: Words, quote: Words) -> Alignment | None:
    """Verbatim when every stretch between the checker's ellipses occurs in the quote, in order."""
    cuts = sorted({0, len(submitted.norm)} | submitted.gaps)
    pos, diff = -1, []
    for a, b in zip(cuts, cuts[1:]):
        at = _find(quote.norm, submitted.norm[a:b], max(pos, 0))
        if at < 0:
            return None
        if pos >= 0 and at > pos:
            diff.append(DiffRun("delete", quote.shown[pos:at], []))
        diff.append(DiffRun("equal", quote.shown[at:at + b - a], submitted.shown[a:b]))
        pos = at + b - a
    return Alignment(1.0, "partial", diff, len(submitted.norm))


def align(submitted: Words, quote: Words) -> Alignment:
    """Align submitted words with the part of one stored quote they correspond to."""
    if submitted.gaps - {0, len(submitted.norm)} and len(submitted.norm) >= MIN_PARTIAL_WORDS:
        elided = _elided_match(submitted, quote)
        if elided:
            return elided
    lo, hi = _window(submitted.norm, quote.norm)
    edits = shared = elided = 0
    diff = []
    for op in Levenshtein.opcodes(quote.norm[lo:hi], submitted.norm):
        if op.src_end == op.src_start and op.dest_end == op.dest_start:
            continue
        src = quote.shown[lo + op.src_start:lo + op.src_end]
        sub = submitted.shown[op.dest_start:op.dest_end]
        if op.tag == "equal":
            shared += len(src)
        elif op.tag == "delete" and op.dest_start in submitted.gaps:
            elided += len(src)  # left out where the checker wrote an ellipsis
        else:
            edits += max(len(src), len(sub))
        diff.append(DiffRun(op.tag, src, sub))
    denominator = max(len(submitted.norm), hi - lo - elided, 1)
    similarity = round(max(0.0, 1 - edits / denominator), 4)
    match = None
    if edits == 0 and shared:
        if lo == 0 and hi == len(quote.norm) and not elided:
            match = "exact"
        elif len(submitted.norm) >= MIN_PARTIAL_WORDS:
            match = "partial"
    return Alignment(similarity, match, diff, shared)


def _speaker_matches(ref: str | None, speakers: list[dict], resolved_ids: set[str]) -> bool | None:
    if not ref:
        return None
    wanted = ref.strip().casefold()
    return any(s["id"] in resolved_ids or s["id"].casefold() == wanted or s["name"].casefold() == wanted
               for s in speakers)


@dataclass
class Candidate:
    quote: dict  # id, article_id, text, speakers [{id, name}], sentence, span {start, end}
    similarity: float
    match: str | None
    speaker_match: bool | None
    alignment: Alignment


@dataclass
class Verdict:
    verdict: str  # verbatim | altered | misattributed | not_found
    match: str | None
    similarity: float
    quote: dict | None
    speaker_match: bool | None
    actual_speakers: list[dict]
    diff: list[DiffRun] | None
    candidates: list[dict]

    def as_dict(self) -> dict:
        return asdict(self)


def verify(text: str, quotes: list[dict], speaker: str | None = None,
           speaker_ids: set[str] | frozenset[str] = frozenset()) -> Verdict:
    """The verdict for `text` against candidate `quotes` (already prefiltered; order breaks ties).

    `speaker_ids` are the source ids the caller resolved `speaker` to (id, name or alias); an unresolvable
    speaker simply matches nobody.
    """
    submitted = words(text)
    scored = []
    if submitted.norm:
        tokenised = [words(q["text"]) for q in quotes]
        joined = " ".join(submitted.norm)
        quick = process.extract(joined, [" ".join(t.norm) for t in tokenised], scorer=fuzz.partial_ratio,
                                limit=ALIGN_TOP)
        for _, _, order in sorted(quick, key=lambda hit: hit[2]):
            quote = quotes[order]
            alignment = align(submitted, tokenised[order])
            spoke = _speaker_matches(speaker, quote.get("speakers", []), set(speaker_ids))
            cand = Candidate(quote, alignment.similarity, alignment.match, spoke, alignment)
            verbatim = cand.match is not None
            key = (verbatim, verbatim and spoke is not False, alignment.similarity, alignment.shared, -order)
            scored.append((key, cand))
    scored.sort(key=lambda item: item[0], reverse=True)
    ranked = [cand for _, cand in scored][:MAX_CANDIDATES]
    candidates = [{**c.quote, "similarity": c.similarity, "match": c.match} for c in ranked]
    best = ranked[0] if ranked else None
    if best is None or (best.match is None and (best.similarity < ALTERED_MIN or best.similarity == 1.0
                                                or best.alignment.shared < MIN_SHARED_WORDS)):
        return Verdict("not_found", None, best.similarity if best else 0.0, None, None, [], None, candidates)
    if best.match is None:
        verdict = "altered"
    elif best.speaker_match is False:
        verdict = "misattributed"
    else:
        verdict = "verbatim"
    return Verdict(verdict, best.match, best.similarity, candidates[0], best.speaker_match,
                   best.quote.get("speakers", []), best.alignment.diff, candidates)
