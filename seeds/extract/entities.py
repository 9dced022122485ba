"""Named entities, dates and numbers in one sentence, found with precompiled regexes.

No tagger model: the importer has to handle dozens of articles a second on one core, and news text
is regular enough that capitalisation, a few word lists and the article's own vocabulary do well.
`Vocabulary` is built once per article so that per-sentence work stays a handful of regex scans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.")
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_PERIODS = "day|week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter|quarter"
_YEAR = r"(?:1[89]\d\d|20\d\d)"


def _either_case(alternatives: str) -> str:
    """Case-insensitive matching is several times slower in `re`; spell out the sentence-initial form instead."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in alternatives.split("|"))


# A bare month or weekday counts only after a preposition ("in May", not "Theresa May").
_PREP = "in|by|on|of|since|until|after|during|before|through|from"

# Longest alternatives first: finditer takes the first alternative that matches at a position.
DATE_RE = re.compile(
    rf"\b(?:(?:{_MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?,? {_YEAR}"                 # March 22, 2024
    rf"|\d{{1,2}} (?:{_MONTHS}),? {_YEAR}"                                      # 22 March 2024
    rf"|(?:{_either_case('the')} )?(?:beginning|start|end|middle|turn) of (?:(?:{_MONTHS})(?: {_YEAR})?|{_YEAR}"
    rf"|the (?:{_PERIODS})|(?:this|last|next) (?:{_PERIODS}))"                  # the end of January
    rf"|(?:{_either_case('early|mid|late')})[- ](?:(?:{_MONTHS})|{_YEAR}s?)"                      # mid-March, late 2023
    rf"|(?:{_either_case('earlier|later')}) (?:this|last|next) (?:{_PERIODS})"                    # earlier this year
    rf"|(?:{_either_case('the')} )?(?:{_either_case('last|this|next|past|coming')}) (?:few )?(?:{_MONTHS}|{_DAYS}|(?:{_PERIODS})s?)\b"
    rf"|(?:{_MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?\b"                              # March 22
    rf"|(?:{_MONTHS}) {_YEAR}"                                                  # February 2023
    rf"|(?:{_PREP}) (?P<bare>{_MONTHS}|{_DAYS})\b(?! \d)"                                # in May, on Monday
    rf"|(?:the )?{_YEAR}s\b|{_YEAR}(?!\d|[,.-]\d|%|\s?(?:percent|per cent|people))"
    rf"|{_either_case('yesterday|today|tomorrow|tonight')}"
    rf"|(?<![\d:])\d{{1,2}}:\d\d(?:\s?[ap]m\b|\s?[ap]\.m\.)?)"                           # 14:00, 9:30 pm
)
_MONTH_OR_DAY = re.compile(rf"^(?:{_MONTHS}|{_DAYS})$")


class Gated:
    """A regex behind a necessary condition: `search`/`finditer` return exactly what the regex would.

    A big alternation costs about 30 us per sentence in `re` (it tries every alternative at every word
    boundary), while most sentences hold none of the words any alternative needs. `anchors` lists, for
    every alternative of the regex, a literal that each of its matches must contain (the required
    words, or a part of them that is the same in both cases); with `digits`, alternatives that need a
    digit are covered by any digit. When the text holds no anchor and no digit the regex cannot match
    and is not run. Plain `in` tests (C substring search) are about twice as fast as the regex on the
    sentences that fail them; an alternation of the literals in `re` is not faster than the regex.
    tests/test_extract_claims_gates.py checks every gate against its bare regex.
    """

    def __init__(self, regex: re.Pattern, anchors: list[str], digits: bool = False):
        self.regex = regex
        self.pattern = regex.pattern
        self.anchors = tuple(dict.fromkeys(anchors))
        self.digits = digits

    def possible(self, text: str) -> bool:
        if self.digits and _DIGIT.search(text) is not None:
            return True
        for anchor in self.anchors:
            if anchor in text:
                return True
        return False

    def search(self, text: str):
        return self.regex.search(text) if self.possible(text) else None

    def finditer(self, text: str):
        return self.regex.finditer(text) if self.possible(text) else iter(())


_DIGIT = re.compile(r"\d")  # the same Unicode digit class as the \d in the gated regexes
_MONTH_ANCHORS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()  # every month name and abbreviation
_PERIOD_ANCHORS = _PERIODS.split("|")  # "day" also covers every weekday, yesterday and today
# Every DATE_RE alternative needs a digit, a month, a weekday, a period word, one of the "beginning of"
# forms, or tomorrow/tonight (either case: the anchor leaves out the first letter).
DATE_GATE = Gated(DATE_RE, _MONTH_ANCHORS + _PERIOD_ANCHORS + [
    "beginning of", "start of", "end of", "middle of", "turn of", "omorrow", "onight"], digits=True)

_NUMWORD = _either_case("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
                        "|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|dozens?|a dozen|hundreds|thousands")
_SCALE = r"(?:million|billion|trillion|thousand|hundred|bn|m)\b"
_UNIT = ("(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|times|people|persons"
         "|men|women|children|residents|soldiers|troops|officers|deaths|cases|votes|seats|members"
         "|countries|nations|states|jobs|workers|percent|per cent|percentage points|points"
         "|kilometres|kilometers|km|miles|metres|meters|tonnes|tons|barrels|dollars|euros|pounds|yuan)\\b")
# Spelled-out numbers are vague ("the two countries") unless they count time, people or times.
_WORD_UNIT = ("(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|times|people|persons"
              "|men|women|children|percent|per cent)\\b")
NUMBER_RE = re.compile(
    rf"(?:US|A|C|HK)?[$£€¥]\s?\d[\d,]*(?:\.\d+)?(?:\s?{_SCALE})?"                 # $1.2 billion
    rf"|(?<![\w.$£€¥-])\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent\b|per cent\b)"        # 25%
    rf"|-[a-z]+(?:-[a-z]+)?\b"                                                  # 105-minute
    rf"|(?: {_SCALE})?(?: {_UNIT})?)"                                             # 16 million
    rf"|\b(?:{_NUMWORD})(?:[- ](?:{_NUMWORD}|one))?(?: {_SCALE})? {_WORD_UNIT}",  # three days
)
# The first two alternatives need a digit; the spelled-out one ends in a _WORD_UNIT word ("men" covers "women").
NUMBER_GATE = Gated(NUMBER_RE, ["second", "minute", "hour", "day", "week", "month", "year", "decade", "centuries",
                                "times", "people", "persons", "men", "children", "percent", "per cent"], digits=True)

# A capitalised token keeps inner dots, hyphens and apostrophes ("U.S.", "Biden-Xi", "O'Brien") but stops
# before a possessive, which therefore ends the name: "China's" -> "China".
_CAP = r"(?:[A-Z]\.){2,}(?:-[\w.]+)*|[A-Z](?:[\w&.-]|['’](?!s\b)\w)*"
_CONNECTOR_ALT = "of|for|de|del|da|van|von|der|la|le|du|bin|al"
_RUN_RE = re.compile(rf"(?<![\w’'-])(?:{_CAP})(?:(?: (?:{_CONNECTOR_ALT}))? (?:{_CAP}))*")
_HYPHEN_CAPS = re.compile(r"(?<![\w.’'-])[a-z]+-([A-Z]\w*)")
_ACRONYM_RE = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,}\d*")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_STANDALONE_CAP = re.compile(r"(?<![\w.-])(?:[A-Z]\.){2,}(?!-)|(?<![\w.-])[A-Z]\w*(?![\w-]|\.\w)")
# After a sentence-initial word: an imperative ("Read the ...") or a plural common noun ("Comments are").
_IMPERATIVE_AFTER = re.compile(r" (?:the|a|an|this|these|our|your|more|here|also|up|out)\b")
_PLURAL_VERB_AFTER = re.compile(r" (?:are|were|have|say|said)\b")
_MID_CAP = re.compile(r"(?<=[\w,;)] )[A-Z]\w*")
_CONNECTORS = set(_CONNECTOR_ALT.split("|"))
# Titles are dropped so that "U.S. President Joe Biden" yields the person; leading acronyms are kept.
_TITLES = set("""President Vice-President President-elect Prime Minister Secretary Chancellor Senator Sen. Rep.
Representative Governor Gov. Mayor Gen. Colonel Col. Lieutenant Lt. Captain Capt. Admiral Adm. Advisor Adviser
Director Chairman Chairwoman CEO Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Sir Dame Lord Lady King Queen Prince Princess Pope
Judge Ambassador Spokesperson Spokesman Spokeswoman Commissioner Inspector Sergeant Sgt. Detective Professor Prof.
Premier Commander Bishop Archbishop Rabbi Imam Sheikh Emir Sultan Attorney Airman Airwoman Corporal Cpl. Private
Pvt. Pte. Trooper""".split())
# Department words between a title and the name: "Secretary of State Antony Blinken".
_OFFICE = set("""State Affairs Treasury Commerce Defense Defence Justice Labor Labour Education Energy Health
Transportation Agriculture Security National Homeland Trade Economy Environment Culture Development Intelligence
Staff General Interior Foreign Finance Home Office""".split())
# Words that open sentences or clauses but never start a name; the article's own lower-case
# vocabulary (see Vocabulary) catches the rest.
_COMMON = set("""A An The This That These Those There Here It Its It's He She They We You I Our Their His Her My
Your Both Each Every Some Any All No Not Neither Nor Either One Another Other Such Many Much Most More Few Several
And But Or So Yet Though Although While Whereas If When Whenever Where Wherever Why How What Which Who Whom Whose
After Before Since Until Unless Because As At By For From In Into Of On Onto Over Under To With Without Within
Given According Despite During Following Together Instead Meanwhile However Moreover Furthermore Still Also Even
Just Only Then Now Today Yesterday Tomorrow Recently Later Earlier First Second Third Finally Last Next Recent
Indeed Perhaps Maybe Clearly Obviously Undoubtedly Certainly Surely Thus Therefore Hence Nevertheless Nonetheless
Asked Speaking Writing Unlike Like Among Between Across Against Amid Around Beyond Through Throughout Upon
Is Are Was Were Be Been Do Does Did Has Have Had Can Could May Might Must Shall Should Will Would Please Yes""".split())
_DEMONYM_RE = re.compile(r"^[A-Z][a-z]+(?:ese|ian|ish|ean|ican|ani|eli|ch|ic)$|^(?:Thai|Greek|Swiss|Dutch|Iraqi"
                         r"|Israeli|Saudi|Pakistani|Afghan|Kuwaiti|Qatari|Yemeni|Somali|Nepali|Bangladeshi)$")
_OPENERS = "“\"‘'(—–:"


@dataclass(frozen=True)
class Vocabulary:
    """What the whole article tells us about words: which occur in lower case, which stand alone capitalised."""

    lower: frozenset[str]
    capital: frozenset[str]
    mid: frozenset[str]  # capitalised somewhere other than at the start of a sentence


def build_vocabulary(text: str) -> Vocabulary:
    """Let the article vote: a sentence-initial word that also appears in lower case is an ordinary word."""
    return Vocabulary(frozenset(_LOWER_WORD.findall(text)), frozenset(_STANDALONE_CAP.findall(text)),
                      frozenset(_MID_CAP.findall(text)))


def find_dates_and_numbers(sentence: str) -> tuple[list[str], list[str]]:
    """One date pass serves both lists: years and day-of-month digits are dates, never numbers."""
    dates, parts, pos = [], [], 0
    for m in DATE_GATE.finditer(sentence):
        dates.append(m.group("bare") or m.group())
        parts.append(sentence[pos:m.start()])
        pos = m.end()
    masked = "  ".join(parts) + "  " + sentence[pos:] if parts else sentence
    return _unique(dates), _unique(m.group().rstrip(",.") for m in NUMBER_GATE.finditer(masked))


def find_dates(sentence: str) -> list[str]:
    return find_dates_and_numbers(sentence)[0]


def find_numbers(sentence: str) -> list[str]:
    return find_dates_and_numbers(sentence)[1]


def find_entities(sentence: str, vocab: Vocabulary) -> list[str]:
    """Runs of capitalised tokens, minus sentence-initial ordinary words, titles, months and adjectival demonyms."""
    out: list[str] = []
    for m in _RUN_RE.finditer(sentence):
        initial = _is_clause_start(sentence, m.start())
        run: list[str] = []
        for tok in m.group().split(" "):
            if tok.endswith(".") and not (_ACRONYM_RE.fullmatch(tok.rsplit("-", 1)[-1]) or tok in _TITLES):
                out += _clean_run(run + [tok.rstrip(".")], initial, ".", vocab)  # a full stop ends the name
                run, initial = [], True
            else:
                run.append(tok)
        out += _clean_run(run, initial, sentence[m.end():m.end() + 12], vocab)
    for h in _HYPHEN_CAPS.findall(sentence) if "-" in sentence else ():  # anti-Brexit, pro-Kremlin
        if not (_MONTH_OR_DAY.match(h) or _DEMONYM_RE.match(h)):
            out.append(h)
    return _unique(out)


def _is_clause_start(sentence: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and sentence[j] in " \t\n" + _OPENERS:
        j -= 1
    return j < 0 or sentence[j] in ".!?:" or sentence[i - 1:i] in "“\"‘("


def _clean_run(run: list[str], initial: bool, after: str, vocab: Vocabulary) -> list[str]:
    """`after` is the text just after the run: its first character tells an adjectival demonym from a noun."""
    next_char = after[:1]
    while run and (run[0] in _CONNECTORS or run[0] in _COMMON or (initial and run[0].lower() in vocab.lower)):
        run = run[1:]
        initial = False
    while run and run[-1] in _CONNECTORS:
        run = run[:-1]
    if not run:
        return []
    titles = [i for i, t in enumerate(run) if _is_title(t)]
    if titles:
        head, rest = run[:titles[0]], run[titles[-1] + 1:]
        while rest and (rest[0] in _CONNECTORS or rest[0] in _OFFICE):
            rest = rest[1:]
        names = [head[0]] if head and _ACRONYM_RE.fullmatch(head[0]) else []
        return names + (_clean_run(rest, False, after, vocab) if rest else [])
    if len(run) > 1 and _DOTTED.fullmatch(run[0]):
        return [run[0]] + _clean_run(run[1:], False, after, vocab)  # "U.S. TikTok" -> both
    if len(run) == 1:
        tok = run[0]
        if initial and tok not in vocab.mid and (
                _IMPERATIVE_AFTER.match(after) or (tok.endswith("s") and _PLURAL_VERB_AFTER.match(after))):
            return []  # "Read the original article.", "Comments are closed.": never capitalised mid-sentence
        if _MONTH_OR_DAY.match(tok) or tok == "I":
            return []
        if _DEMONYM_RE.match(tok) and next_char not in ".,;:!?":
            return []
        if "-" in tok:
            parts = [p for p in tok.split("-") if p[:1].isupper()]
            if all(p in vocab.capital or _ACRONYM_RE.fullmatch(p) for p in parts):
                return [p for p in parts if not _MONTH_OR_DAY.match(p)]
    return [" ".join(run)]


def _is_title(token: str) -> bool:
    return token in _TITLES or ("-" in token and any(p in _TITLES for p in token.split("-")))


def _unique(items) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        item = item.strip()
        if item:
            seen.setdefault(item, None)
    return list(seen)
