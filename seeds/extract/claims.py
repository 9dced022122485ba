"""Claims: every asserting body sentence, classified for a fact-checker.

The rules are cue lists and precompiled regexes rather than a model, for two reasons: the importer must
process dozens of articles a second on one core, and a fact-checker has to be able to see *why* a sentence
was called a prediction or hedged (the hedge is returned exactly as written).

Kind precedence, most specific first:
  attributed  the sentence carries someone else's words: it overlaps a speech quote, or says
              "according to X", "X said (that)", "X's statement ...". Reported words are checked against
              their speaker first, so this wins over everything else.
  opinion     strong evaluative cues: obligation modals (should, must, ought to), first-person
              opinion (I think), stance adverbs (obviously, clearly, undoubtedly).
  prediction  future reference: will, is likely/expected/set to, in the coming months, may/could + a
              change verb (may rise, could lead).
  opinion     weak evaluative words (important, significant, more constructive) only when the
              sentence has no number or date: "Recent significant meetings ... in February" is a report.
  factual     everything else.
"""
from __future__ import annotations

import re

from .entities import Gated, Vocabulary, build_vocabulary, find_dates_and_numbers, find_entities
from .model import Claim, Paragraph, Quote, Sentence, Source

MIN_WORDS = 4  # "Comments are closed." is boilerplate, not a claim; shorter is a fragment or caption

_HEDGE_RE = re.compile(
    r"\b(?:(?:is|are|was|were|been|be) (?:widely |generally |also )?(?:believed|thought|said|understood|reported"
    r"|alleged|rumou?red|presumed|assumed|suspected) to"
    r"|[Ii]t is (?:widely |generally )?(?:thought|believed|understood|reported|alleged|claimed|said|suspected)"
    r"|(?:appears?|appeared|seems?|seemed) to|seems?|appears? (?:that|as if|likely|unlikely)"
    r"|[Rr]eportedly|[Aa]llegedly|[Aa]pparently|[Pp]urportedly|[Ss]upposedly|[Pp]ossibly|[Pp]robably|[Pp]erhaps"
    r"|[Pp]resumably|[Aa]rguably"
    r"|may|might|could(?! not| hardly)|unlikely|likely|suggests?|suggested|it is (?:possible|unclear|not clear))\b"
)
_PREDICTION_RE = re.compile(
    r"\bwill\b(?<!\bthe will)(?<!political will)(?<!free will)(?<!\bown will)(?<!\bof will)|\bwon[’']t\b|(?<=\w)[’']ll\b"
    r"|\bshall\b|\b(?:is|are|am|was|were)(?: not)?(?: as| more| less)? (?:going|likely|unlikely|expected|set|poised|due|scheduled"
    r"|slated|forecast|projected|predicted|bound|planning|promising|about) to\b"
    r"|\b(?:plans|intends|aims|vows|pledges|promises|threatens) to\b"
    r"|\b(?:in|over|during) the (?:coming|next|following) (?:few )?(?:days|weeks|months|years|decades)\b"
    r"|\b(?:next|later this) (?:week|month|year|decade|spring|summer|autumn|fall|winter)\b"
    r"|\bin the (?:near |foreseeable |distant )?future\b|\bfor the foreseeable future\b"
    r"|\b(?:may|might|could|would)(?: well| soon| eventually| also)? (?:rise|fall|increase|decrease|grow|shrink"
    r"|reach|exceed|become|lead|result|cause|trigger|spark|face|happen|occur|hit|soar|drop|decline|climb"
    r"|escalate|collapse|follow|emerge|play|affect|change|improve|worsen|derail|end|fail|win|lose|cost)\b"
)
_STRONG_OPINION_RE = re.compile(
    r"\b(?:should|must|ought to|shouldn[’']t|mustn[’']t)\b"
    r"|\b(?:i|we) (?:think|believe|feel|suspect|hope|fear|argue|would argue|doubt)\b|\bin (?:my|our) (?:view|opinion)\b"
    r"|\b(?:obvious|obviously|clearly|undoubtedly|unquestionably|undeniably|surely|of course|unfortunately"
    r"|fortunately|sadly|regrettably|hopefully|absurd|ridiculous|disgraceful|shameful|outrageous|deplorable"
    r"|unacceptable|misguided|foolish|reckless|wonderful|terrible|awful|excellent|brilliant|disastrous)\b",
)  # matched against the lower-cased sentence: re.IGNORECASE is several times slower
_WEAK_OPINION_RE = re.compile(
    r"\b(?:important|importance|significant|crucial|vital|essential|key|notable|remarkable|dangerous|worrying"
    r"|troubling|alarming|encouraging|disappointing|impressive|serious|clear|apparent|necessary|need to|needs to"
    r"|better|worse|best|worst|good|bad|great|consequential|interesting|welcome|inevitable|wise|unwise"
    r"|(?:more|less|most|least) (?!than\b|of\b|and\b|or\b|about\b)[a-z]+(?:ive|ful|ous|ant|ent|ble|al|ic|ed|ing))\b"
)
# Reporting verbs used actively; passive "is said to" is a hedge and is excluded by _PASSIVE_BEFORE.
_SPEECH_RE = re.compile(
    r"\b(?:said|says|told|tells|stated|claimed|argued|argues|warned|warns|insisted|insists|announced|added"
    r"|noted|notes|explained|wrote|writes|tweeted|posted|asserted|contended|acknowledged|admitted|denied"
    r"|confirmed|declared|emphasi[sz]ed|stressed|pointed out|believes|maintains|predicted|estimated|reported"
    r"|suspects|accused|alleged|testified|recalled|remarked|described|called for)\b"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|it is|has been|have been|had been)\s+$")
_ACCORDING_RE = re.compile(r"\b(?:according to|in the words of|as (?:reported|stated|noted) by)\s+(?P<who>[^,:;“\"(—–]+)",
                           re.IGNORECASE)
_STATEMENT_RE = re.compile(
    r"\b(?P<who>[A-Z][\w.]*(?: [A-Z][\w.]*)*)[’']s (?:statement|announcement|remarks|comments|report|testimony"
    r"|readout|account|tweet|post|letter|memo|press release)"
    r"|\b(?:statements?|readouts?|reports?|announcements?|press releases?|spokes(?:man|woman|person)) "
    r"(?:has |have |had )?(?:said|says|stated|emphasi[sz]ed|noted|described|called|added|stressed|warned|read|reads)\b"
)
# "X said" where X is no known source is still reported speech: a name or a speaking body.
_UNKNOWN_SUBJECT = re.compile(r"\b[A-Z][\w.]+,?\s+$|\b(?:officials?|spokes\w+|police|ministry|government"
                              r"|agency|company|statement|report|study|survey|data|witness(?:es)?|eyewitness(?:es)?"
                              r"|residents?|experts?|analysts?|sources?)\s+$")
_NAMED_AFTER = re.compile(r"\s+(?:the\s+)?[A-Z]")  # '"...," said Khan
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_FIRST_PERSON_SUBJECT = re.compile(r"\b(?:I|we|We)\s*$")
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they|He|She|They)\s*$")
_CAUSAL_RE = re.compile(
    r"\b(?:because|due to|as a result|resulted in|results in|led to|leads to|caused|causes|owing to|thanks to"
    r"|therefore|consequently|in order to|by [a-z]+ing)\b"
)
_COMPARATIVE_RE = re.compile(
    r"\b(?:more|less|fewer) than\b|\b(?:higher|lower|larger|smaller|bigger|highest|lowest|largest|smallest|biggest"
    r"|record|doubled|tripled|halved|twice|increased|decreased|rose|fell|dropped|grew|first time|only)\b"
)
_CLOSERS = "”’\"')]»"

# Necessary literals for the alternations above (see entities.Gated): for every alternative, a string each
# of its matches contains. Sentences with none of them skip the regex; the result is the same.
_HEDGE = Gated(_HEDGE_RE, [
    "believed", "thought", "said", "understood", "reported", "alleged", "rumo", "presumed", "assumed", "suspected",
    "t is ", "appear", "seem", "eportedly", "llegedly", "pparently", "urportedly", "upposedly", "ossibly", "robably",
    "erhaps", "resumably", "rguably", "may", "might", "could", "likely", "suggest"])
_PREDICTION = Gated(_PREDICTION_RE, [
    "will", "won’t", "won't", "’ll", "'ll", "shall",
    *(f"{w} to" for w in "going likely expected set poised due scheduled slated forecast projected predicted bound "
                         "planning promising about plans intends aims vows pledges promises threatens".split()),
    "the coming ", "the next ", "the following ", "next ", "later this ", "future",
    "may ", "might ", "could ", "would "])
_STRONG_OPINION = Gated(_STRONG_OPINION_RE, [  # searched in the lower-cased sentence, like the regex
    "should", "must", "ought to", "think", "believe", "feel", "suspect", "hope", "fear", "argue", "doubt", "view",
    "opinion", "obvious", "clearly", "undoubtedly", "unquestionably", "undeniably", "surely", "of course",
    "fortunately", "sadly", "regrettably", "hopefully", "absurd", "ridiculous", "disgraceful", "shameful",
    "outrageous", "deplorable", "unacceptable", "misguided", "foolish", "reckless", "wonderful", "terrible", "awful",
    "excellent", "brilliant", "disastrous"])
_WEAK_OPINION = Gated(_WEAK_OPINION_RE, [
    "importan", "significant", "crucial", "vital", "essential", "key", "notable", "remarkable", "dangerous",
    "worrying", "troubling", "alarming", "encouraging", "disappointing", "impressive", "serious", "clear", "apparent",
    "necessary", "need to", "needs to", "better", "worse", "best", "worst", "good", "bad", "great", "consequential",
    "interesting", "welcome", "inevitable", "wise", "more ", "less ", "most ", "least "])
_STATEMENT = Gated(_STATEMENT_RE, [
    "statement", "announcement", "remarks", "comments", "report", "testimony", "readout", "account", "tweet", "post",
    "letter", "memo", "press release", "spokes"])
_CAUSAL = Gated(_CAUSAL_RE, [
    "because", "due to", "as a result", "resulted in", "results in", "led to", "leads to", "caused", "causes",
    "owing to", "thanks to", "therefore", "consequently", "in order to", "by "])
_COMPARATIVE = Gated(_COMPARATIVE_RE, [
    " than", "higher", "lower", "larger", "smaller", "bigger", "highest", "lowest", "largest", "smallest", "biggest",
    "record", "doubled", "tripled", "halved", "twice", "increased", "decreased", "rose", "fell", "dropped", "grew",
    "first time", "only"])


def find_claims(text: str, paragraphs: list[Paragraph], sentences: list[Sentence], quotes: list[Quote],
                sources: list[Source]) -> list[Claim]:
    headings = {p.index for p in paragraphs if p.kind == "heading"}
    vocab = build_vocabulary(text)
    names = _Names(sources)
    speech = sorted((q for q in quotes if q.is_speech), key=lambda q: q.start)
    claims: list[Claim] = []
    for sent in sentences:
        if sent.paragraph in headings:
            continue
        start, end = _trim(text, sent.start, sent.end)
        body = text[start:end]
        if not _asserts(body):
            continue
        claims.append(_classify(body, start, end, text, sent.paragraph, speech, names, vocab, claims))
    return claims


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _asserts(body: str) -> bool:
    """Questions ask rather than assert; short or unpunctuated fragments are captions and leftovers."""
    stripped = body.rstrip(_CLOSERS + " ")
    if stripped.endswith("?") or len(body.split()) < MIN_WORDS:
        return False
    if not any(c.islower() for c in body):
        return False
    return stripped[-1:] in ".!…:;" or len(body.split()) >= 8


def _classify(body: str, start: int, end: int, text: str, paragraph: int, speech: list[Quote],
              names: _Names, vocab: Vocabulary, earlier: list[Claim]) -> Claim:
    entities = find_entities(body, vocab)
    dates, numbers = find_dates_and_numbers(body)
    attributed, claimant = _attribution(body, start, end, text, paragraph, speech, names, earlier)
    hedge = _HEDGE.search(body)
    if attributed:
        kind = "attributed"
    elif _STRONG_OPINION.search(body.lower()):
        kind = "opinion"
    elif _PREDICTION.search(body):
        kind = "prediction"
    elif _WEAK_OPINION.search(body) and not (numbers or dates):
        kind = "opinion"
    else:
        kind = "factual"
    claim = Claim(text=body, start=start, end=end, kind=kind, hedged=hedge is not None,
                  hedge=hedge.group() if hedge else None, claimant=claimant,
                  entities=entities, dates=dates, numbers=numbers)
    claim.checkworthiness = checkworthiness(claim)
    return claim


def _attribution(body: str, start: int, end: int, text: str, paragraph: int, speech: list[Quote],
                 names: _Names, earlier: list[Claim]) -> tuple[bool, str | None]:
    """Quote speakers win; then "according to X"; then "X said"; then "X's statement"."""
    best, overlap = None, 1
    for q in speech:
        if q.start >= end:
            break
        size = min(end, q.end) - max(start, q.start)
        if size > overlap:
            best, overlap = q, size
    if best is not None:
        return True, best.speakers[0] if best.speakers else _match_source(body, names)
    m = _ACCORDING_RE.search(body)
    if m:
        return True, _match_source(m.group("who"), names)
    for m in _SPEECH_RE.finditer(body):  # not gated: most sentences that get here hold a cue, so a gate only adds cost
        before = body[:m.start()]
        if _PASSIVE_BEFORE.search(before) or _FIRST_PERSON_SUBJECT.search(before):
            continue
        if _PRONOUN_SUBJECT.search(before):
            return True, _previous_speaker(start, paragraph, speech, earlier)
        who = _nearest_source(body, m.start(), m.end(), names)
        if who or _UNKNOWN_SUBJECT.search(before) or _NAMED_AFTER.match(body, m.end()):
            return True, who
    m = _STATEMENT.search(body)
    if m:
        return True, _match_source(m.group("who") or body, names)
    return False, None


class _Names:
    """Every source name and alias in one regex, longest first so "Joe Biden" beats "Biden"."""

    def __init__(self, sources: list[Source]):
        self.keys: dict[str, str] = {}
        for s in sources:
            for name in [s.name, *s.aliases]:
                name = _LEADING_THE.sub("", (name or "").strip()).lower()
                if len(name) > 1:
                    self.keys.setdefault(name, s.key)
        # Acronyms match only in capitals: the alias "WHO" must not claim the pronoun "who".
        acronyms = {re.sub(r"^the\s+", "", n.strip()).lower() for s in sources for n in [s.name, *s.aliases]
                    if n and n.strip().isupper()}
        alternation = "|".join(f"(?-i:{re.escape(n.upper())})" if n in acronyms else re.escape(n)
                               for n in sorted(self.keys, key=len, reverse=True))
        self.regex = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE) if self.keys else None


def _mentions(span: str, names: _Names):
    if names.regex is not None:
        for m in names.regex.finditer(span):
            yield m.start(), m.end(), names.keys[m.group().lower()]


def _match_source(span: str, names: _Names) -> str | None:
    """The earliest mention in the span; at one position the longest name (names are sorted that way)."""
    found = sorted(_mentions(span, names), key=lambda t: (t[0], t[0] - t[1]))
    return found[0][2] if found else None


def _nearest_source(body: str, verb_start: int, verb_end: int, names: _Names) -> str | None:
    """The subject of "X said" ends just before the verb; "said X" puts it just after."""
    best, best_gap = None, 120
    for s, e, key in _mentions(body, names):
        gap = verb_start - e if e <= verb_start else (s - verb_end if s >= verb_end else 999)
        if e > verb_start:
            gap += 60  # prefer the subject before the verb
        if gap < best_gap:
            best, best_gap = key, gap
    return best


def _previous_speaker(start: int, paragraph: int, speech: list[Quote], earlier: list[Claim]) -> str | None:
    """Resolve "he said" to the last named speaker nearby: a quote in this or the previous paragraph, or the last claimant."""
    for q in reversed(speech):
        if q.end <= start and q.paragraph >= paragraph - 1 and q.speakers:
            return q.speakers[0]
    for c in reversed(earlier):
        if c.claimant:
            return c.claimant
    return None


def checkworthiness(claim: Claim) -> float:
    """A deterministic 0..1 score: how much a fact-checker could verify, not how true it is.

    Start at 0.2. Add 0.25 for the first number and 0.05 per further one (to 0.35), 0.15 for any date,
    0.08 per named entity (to 0.2), 0.1 for a quantitative comparison, 0.1 for a causal link, 0.05 when
    the claim is attributed (who said what is itself checkable). Subtract 0.25 for opinion, 0.15 for
    prediction, 0.1 when hedged and 0.1 for a short sentence (under 10 words). Clamp to 0..1, two decimals.
    """
    score = 0.2
    if claim.numbers:
        score += min(0.35, 0.25 + 0.05 * (len(claim.numbers) - 1))
    if claim.dates:
        score += 0.15
    score += min(0.2, 0.08 * len(claim.entities))
    if _COMPARATIVE.search(claim.text):
        score += 0.1
    if _CAUSAL.search(claim.text):
        score += 0.1
    score += {"attributed": 0.05, "opinion": -0.25, "prediction": -0.15}.get(claim.kind, 0.0)
    if claim.hedged:
        score -= 0.1
    if len(claim.text.split()) < 10:
        score -= 0.1
    return round(min(1.0, max(0.0, score)), 2)
