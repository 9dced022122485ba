"""Turn the words before or after a speech cue into a speaker.

A subject phrase in news copy mixes a title, an affiliation and a name ("Former US Ambassador to the United
Nations Nikki Haley"); the name is what later mentions ("Haley", "she") point back to and the rest is the
description. mentions.EntityIndex records every proper name of the article once with these functions, so that
pronouns, surnames and definite descriptions ("the newspaper") can be resolved without re-reading the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .descriptions import owned_channel, place_like, role_description
from .firstnames import FIRST_NAMES
from .lexicon import (
    CAP_RUN,
    DESCRIPTION_KINDS,
    DOC_WORDS,
    GOV_WORDS,
    NOT_NAME,
    ORG_WORDS,
    PERSON_TITLES,
    PRONOUNS,
    ROLES,
    TITLE_WORDS,
    kind_of,
)

_OWNER = re.compile(r"^(?P<owner>.+?)[’']s?\s+(?:official\s+)?(?:website|web site|office|press office|spokes(?:man|woman"
                    r"|person)|account|twitter account|social media account|channel|statement|blog|page)$", re.I)
_BY = re.compile(r"^(?:an?|the)\s+(?:\w+\s+){0,2}(?:statement|report|letter|post|message|release)\s+(?:released |issued "
                 r"|published |put out |sent |posted )?(?:by|from)\s+(?P<who>.+)$", re.I)
_BOTH = re.compile(r"^(?:both\s+)?(?:the\s+)?(?P<a>[\w.-]+)\s+and\s+(?:the\s+)?(?P<b>[\w.-]+)\s+(?P<head>\w+?)s$", re.I)
_GROUP = re.compile(r"^(?:some|many|most|several|one|two|three|four|five|few|all|dozens|hundreds|thousands|a few"
                    r"|a number|a group|a couple|a handful|none) of (?:the |these |those )?(?P<head>\w+)", re.I)
_DOC_NP = re.compile(r"^(?:the|a|an|its|their|his|her)\s+(?:[\w.-]+\s+){0,3}?(?:%s)s?\b(?=$|\s+(?:on|about|of|from|in|sent|"
                     r"released|issued|published|dated)\b)" % "|".join(sorted(DOC_WORDS, key=len, reverse=True)), re.I)
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
_PERSON_OF = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){1,4}of\s+(?:the\s+)?[A-Z]")
# 'FBI Director Kash Patel': a person's title after a body's name; the words after the title are the name.
_TITLED_TAIL = re.compile(rf"^(?P<title>.*\b(?i:{'|'.join(sorted(PERSON_TITLES, key=len, reverse=True))})\.?)\s+"
                          r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})$")
_PREP_BEFORE = re.compile(r"\b(?:to|at|for|with|from|in|on|by|against|about|into|over|via)\s+(?:the\s+)?$")
_SPEAKS_FOR = re.compile(r"\b(?:spokes\w+|officials?|representatives?|executives?|leaders?|president|minister|"
                         r"secretary|director|chairman|chairwoman|ceo)$")  # a body's voice: the body is the speaker
_OWNED_TITLE = re.compile(rf"^(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[’']s\s+(?:[a-z-]+\s+){{0,2}}"
                          rf"(?P<head>{'|'.join(sorted(PERSON_TITLES, key=len, reverse=True))})$")
_ROLE_WORD = re.compile(ROLES)  # 'Veteran Robert Kline', 'Actor Morris Chestnut': a role, then the name
_ROLE_HEAD = re.compile(rf"^(?:(?![a-z]+ed\s)[a-z-]+\s+){{0,2}}(?:{ROLES})s?$")  # not 'reported its source'
_TITLE_HEADS = {"president", "minister", "senator", "mayor", "governor", "chancellor", "ambassador", "secretary",
                "premier", "congressman", "congresswoman", "representative", "spokesman", "spokeswoman", "spokesperson",
                "chairman", "chairwoman", "director", "ceo", "judge", "king", "queen", "pope", "prosecutor", "chief",
                "prince", "princess", "sheikh", "emir", "sultan", "cardinal", "archbishop", "bishop", "general",
                "commissioner", "coach", "manager", "congressman", "congresswoman", "lawmaker", "candidate", "nominee"}
_RELATION_OF = re.compile(r"^(?:an?|the|one|another)\s+(?:[\w-]+\s+){0,2}?(?:friend|lawyer|attorney|daughter|son|wife|"
                          r"husband|mother|father|brother|sister|cousin|relative|neighbou?r|colleague|aide|niece|nephew|"
                          r"uncle|aunt|classmate|teammate|girlfriend|boyfriend|grandson|granddaughter)s?\s+(?:of|for|to)"
                          r"\s+(?:the\s+)?[A-Z]", re.I)
_ODD_DEMONYMS = [[w] for w in ("Greek", "Thai", "Swiss", "Welsh", "Scots", "Basque", "Uzbek", "Tajik", "Kazakh",
                                "Kyrgyz", "Turkmen", "Arab", "Sikh", "Sunni", "Shia", "Muslim", "Hindu", "Inuit")]
_NUMBER_OR_MONTH = re.compile(r"(?:(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|"
                              r"Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|"
                              r"Eighty|Ninety|Hundred|Hundreds|Thousands|Dozens|Millions)(?:-\w+)?"
                              r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?,?", re.I)
_NOT_A_SPEAKER = re.compile(r"\b(?:ago|was|were|is|are|has|have|had|years?|months?|weeks?|days?|hours?|decades?)\b", re.I)
_GENERATION = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
_POSTNOMINALS = {"OBE", "MBE", "CBE", "KBE", "DBE", "QC", "KC", "MP", "MEP", "MSP", "PhD", "MD", "FRS", "Esq"}
_OWNER_THEN_NAME = re.compile(r"^(?:the\s+)?(?P<owner>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*[’']s)\s+"
                              r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w.’'-]+){1,2})$", re.I)
_CAMPAIGN = re.compile(r"^(?:the\s+)?(?P<owner>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)(?:[’']s)?\s+(?:presidential\s+|re-?election\s+)?"
                       r"(?:campaign|camp|team|transition team|family|relatives|lawyers?|attorneys?|parents|widow|children)$")
_ORG_TAIL = {"nations", "states", "kingdom", "union", "republic", "emirates", "house", "street", "assembly"}


@dataclass
class SpeakerRef:
    name: str
    kind: str
    description: str | None = None
    aliases: list[str] = field(default_factory=list)
    pronoun: str | None = None  # set while unresolved: "he", "they"
    definite: str | None = None  # "newspaper" in "the newspaper": resolve to the last body of that kind


def _is_role(token: str) -> bool:
    """'Actor', and compounds such as 'Journalist-turned-politician' or 'Singer-songwriter': a role before a name.
    A hyphenated given name ('Jean-Pierre') has no role part, so it stays."""
    return any(_ROLE_WORD.fullmatch(part) for part in token.lower().split("-"))


_GIVEN_PREFIX = {"abu", "umm", "sheikh"}


def split_person(run: str) -> tuple[str, str]:
    """'U.S. President Joe Biden' -> ('Joe Biden', 'U.S. President'); the name is the run's last untitled tokens."""
    tokens = run.split()
    while len(tokens) > 2 and tokens[-1].strip(",.") in _POSTNOMINALS:
        tokens = tokens[:-1]  # 'Sonia Livingstone OBE': an honour after the name is not part of it
    if len(tokens) > 2 and tokens[-1].strip(",") in _GENERATION:  # 'Vann R. Newkirk II': the suffix rides along
        name, title = split_person(" ".join(tokens[:-1]))
        return f"{name} {tokens[-1].strip(',')}", title
    if len(tokens) > 2 and tokens[0].endswith("ing") and tokens[0][:1].isupper() and tokens[0].lower() not in FIRST_NAMES:
        tokens = tokens[1:]  # 'Struggling Donald Trump': a participle before the name is not part of it
    i = 0
    while i < len(tokens) - 1 and (tokens[i].lower().strip(",") in TITLE_WORDS or tokens[i].lower() in ("of", "the")
                                   or (len(tokens) - i > 2 and _is_role(tokens[i]))):  # 'General Manager Tom Elv
        i += 1
    name = tokens[i:]
    if " of " in " ".join(name) and not any(t.lower() in TITLE_WORDS - {"the", "of"} for t in name):
        name = " ".join(name).split(" of ")[0].split()
    titles = [k for k, t in enumerate(name[:-1]) if t.lower().strip(",") in TITLE_WORDS]
    if titles and len(name) - titles[-1] - 1 >= 2:  # 'U.S. District Judge Jacqueline Scott Corley': after the title
        name = name[titles[-1] + 1:]
    if 3 <= len(name) <= 4 and (name[0].lower() in _GIVEN_PREFIX or name[0].lower() in FIRST_NAMES) and all(
            kind_of(t) == "person" for t in name):
        pass  # 'Jacqueline Scott Corley', 'Abu Anas Al Saud': a given name opens the whole run, so all of it is the name
    elif len(name) >= 3:
        cut = 2 if (name[-3].lower() in _ORG_TAIL or kind_of(name[-3]) != "person" or len(name) > 3
                    or _is_role(name[-3])) else 3
        if re.fullmatch(r"[A-Z]\.", name[-cut]) and cut < len(name):
            cut += 1  # 'James E. Clyburn': a middle initial never opens a name
        name = name[-cut:]
    full = " ".join(name)
    rest = run[: run.rfind(full)].strip(" ,") if full in run else ""
    return full, rest


@lru_cache(maxsize=4096)
def parse_np(np: str) -> list[SpeakerRef]:
    """The speaker(s) a subject phrase names; an empty list when it names no one (cached: treat as read-only)."""
    np = re.sub(r"\s+", " ", np).strip(" ,.;:—–-\x01")
    paren = re.findall(r"\(([^()]{1,40})\)", np)
    np = re.sub(r"\s*\([^()]*\)", "", np).strip()
    if not np or len(np.split()) > 14:
        return []
    low = np.lower()
    if low in PRONOUNS:
        return [SpeakerRef(name=np, kind="person", pronoun=low)]
    described = role_description(np) or owned_channel(np)
    if described:  # 'a former U.S. official with ...': the places in it only describe the speaker
        return [described]
    owned_name = _OWNER_THEN_NAME.match(np)
    if owned_name and kind_of(owned_name.group("name")) == "person" and len(split_person(owned_name.group("name"))[0].split()) >= 2:
        ref = parse_np(owned_name.group("name"))[0]  # "The LCF's Andrea Williams": the name, described by its body
        return [SpeakerRef(name=ref.name, kind="person", aliases=ref.aliases,
                           description=" ".join(x for x in (owned_name.group("owner"), ref.description) if x))]
    camp = _CAMPAIGN.match(np)
    if camp:  # "Ryan's campaign", "the Clinton campaign": the campaign speaks, as the article names it
        group = not re.search(r"\b(?:campaign|camp|team)$", np)  # 'Scott's family' is people, never Scott himself
        return [SpeakerRef(name=_DETERMINER.sub("", np), kind="person" if group else "organization",
                           aliases=[] if group else [camp.group("owner")])]
    owned = _OWNED_TITLE.match(np)
    if owned:  # "Israel's prime minister": a person described by title, resolved to the name given nearby
        return [SpeakerRef(name=np, kind="person", description=np, definite=owned.group("head").lower())]
    for pattern, group in ((_BY, "who"), (_OWNER, "owner")):
        m = pattern.match(np)
        if m and group == "owner" and np.endswith("Office") and m.group("owner").split()[-1].lower() in TITLE_WORDS:
            return [SpeakerRef(name=_DETERMINER.sub("", np), kind="government")]  # 'the Sheriff's Office' is a body
        if m and m.group(group).lower() not in ("his", "her", "its", "their"):
            return parse_np(m.group(group))
    both = _BOTH.match(np)
    if both and both.group("head").lower() + "s" in DOC_WORDS | {"statements", "reports"}:
        head = both.group("head")
        return [SpeakerRef(name=f"the {a} {head}", kind="document", aliases=[f"{a} {head}"])
                for a in (both.group("a"), both.group("b"))]
    pair = re.fullmatch(r"(?P<a>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*) and (?P<b>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*)", np)
    if pair and pair.group("a").lower() not in ("both", "neither") and not (  # '... Museum of History and Culture'
            kind_of(pair.group("a")) == "organization" and " " not in pair.group("b")
            and kind_of(pair.group("b")) == "person"):
        return parse_np(pair.group("a")) + parse_np(pair.group("b"))
    doc = _DOC_NP.match(np)
    if doc:
        name = doc.group(0).strip()
        whole = re.split(r"\s+(?:that|which)\s", np)[0]
        if re.match(r"\s+(?:sent|seen|obtained|circulated|distributed|given|handed)\b", np[doc.end():]) and len(whole.split()) <= 8:
            name = whole  # 'the notices sent to staff': the participle says which notices, so it stays
        return [SpeakerRef(name=name, kind="document", aliases=[_DETERMINER.sub("", name)] + ([np] if np != name else []))]
    if _RELATION_OF.match(np):  # 'a friend of Cara Dunn said': the friend speaks, not Cara Dunn
        return [_description(np, None)]
    runs = [m for m in CAP_RUN.finditer(np) if clean_run(m.group())]
    free = [m for m in runs if not _PREP_BEFORE.search(np[:m.start()])]
    if any(len(t := clean_run(m.group()).split()) >= 2 and not all(w.lower() in TITLE_WORDS for w in t) for m in free):
        runs = free  # 'Jennifer Daskal of American University and contributor to Slate': not Slate
    tail = np[runs[-1].end():].strip() if runs else ""
    last_run = _DETERMINER.sub("", clean_run(runs[-1].group())) if runs else ""
    adjective = bool(runs) and (re.fullmatch(  # 'A French military official': the article is not part of the adjective
        r"[A-Z][a-z]+(?:an|ese|ish|ic|i|ern|ch)", last_run) is not None or last_run.split()[-1:] in _ODD_DEMONYMS)
    if adjective and re.fullmatch(r"[a-z]+(?:\s+[a-z]+){0,2}", tail):
        return [_description(np, None)]  # 'Russian state television': a proper adjective, then the body it describes
    if _ROLE_HEAD.match(tail) and (not _SPEAKS_FOR.search(tail) or _common_word(runs[-1].group())):
        # 'one IRS employee': the name only modifies; 'Party officials': a capitalised common noun is no name
        return [_description(re.sub(r"^(?:but|and|yet|so|or)\s+", "", np, flags=re.I), None)]
    group = _GROUP.match(np)
    if not runs and not group and _NOT_A_SPEAKER.search(np):
        return []  # 'Eight years ago', 'Sept. 11 attacks was like': a time or a clause, nobody who speaks
    if group or not runs:
        return [_description(np, group.group("head") if group else None)]
    run = clean_run(runs[-1].group())
    if all(t.lower().strip(".") in TITLE_WORDS for t in run.split()) and len(runs) == 1:
        return [_description(np, None)]  # 'One MP', 'the Prime Minister': a title without a name
    persons = [r for r in runs if kind_of(clean_run(r.group())) == "person"]
    if persons and (kind_of(run) == "person" or not np[runs[-1].end():].strip()):
        run = clean_run(persons[-1].group())
    kind = kind_of(run)
    plural_of = re.fullmatch(r"(?P<head>(?:[A-Z][\w-]*\s+)*[A-Z][a-z-]+s) of (?:the )?(?P<of>[A-Z].*)", run)
    if kind == "person" and plural_of and run.split()[0].lower() not in FIRST_NAMES and (place_like(plural_of.group("of")) or kind_of(plural_of.group("of")) != "person"):
        return [SpeakerRef(name=run, kind="organization")]  # 'Gun Owners of America', 'Friends of the Earth'
    titled = _TITLED_TAIL.match(run)
    if kind != "person" and titled and kind_of(titled.group("name")) == "person":
        name = titled.group("name")
        return [SpeakerRef(name=name, kind="person", description=titled.group("title"),
                           aliases=[name.split()[-1]] if len(name.split()) > 1 else [])]
    if kind != "person" and _PERSON_OF.match(run):  # 'Dr. Jane Roe of University College London'
        name, _, where = run.partition(" of ")
        if kind_of(name) == "person" and len(split_person(name)[0].split()) >= 2:
            ref = parse_np(name)[0]
            return [SpeakerRef(name=ref.name, kind="person", aliases=ref.aliases,
                               description=" ".join(x for x in (ref.description, "of " + where) if x))]
    if kind == "person" and re.match(r"^the\s", np, re.I) and np[4:].strip() == run and not any(
            t.lower().strip(".") in TITLE_WORDS for t in run.split()):
        kind = "organization"  # 'The New Stack': a determiner does not go before a person's name
    if kind == "person" and all(t.lower().strip(".") in TITLE_WORDS for t in run.split()):
        return [_description(np, None)]
    if kind == "person":
        name, title = split_person(run)
        desc = " ".join(x for x in (np[: np.find(run)].strip(" ,") if run in np else "", title) if x)
        desc = _DETERMINER.sub("", desc).strip(" ,") or None
        aliases = [name.split()[-1]] if len(name.split()) > 1 else []
        return [SpeakerRef(name=name, kind="person", description=desc, aliases=aliases + [p for p in paren if p.isupper()])]
    name = _DETERMINER.sub("", run)
    if re.match(r"^the\s+\S+[’']s\s", np, re.I) and np.endswith(name) and kind != "document":
        name = np  # "The Taliban's Defense Ministry": the owner and the body are one name, as written
    aliases = [p for p in paren if re.fullmatch(r"[A-Z][A-Za-z.&-]{1,10}", p)]
    if kind == "document":
        return [SpeakerRef(name=np if low.startswith("the ") else name, kind=kind, aliases=[name])]
    return [SpeakerRef(name=name, kind=kind, aliases=aliases + ([f"the {name}"] if run.lower().startswith("the ") else []))]


def _common_word(run: str) -> bool:
    return len(run.split()) == 1 and run.lower() in ORG_WORDS | GOV_WORDS


def clean_run(run: str) -> str:
    tokens = run.split()
    while tokens and (tokens[0].lower().strip(".,") in NOT_NAME and (not tokens[0].isupper() or tokens[0] == "A")
                      or _NUMBER_OR_MONTH.fullmatch(tokens[0])):
        tokens.pop(0)  # 'The', 'However', 'Eight', 'Twenty-two', 'Sept.' open sentences, not names
    for i in range(1, len(tokens) - 1):
        if tokens[i] in ("on", "and") and tokens[i + 1].lower().strip(".,") in NOT_NAME:
            tokens = tokens[:i]  # 'Peskov on Sunday', 'Smith and This': a name, then a day or a function word
            break
    while tokens and tokens[-1].lower() in ("of", "the", "and", "for", "on"):
        tokens.pop()
    return " ".join(tokens)


def _description(np: str, group_head: str | None) -> SpeakerRef:
    """An unnamed or generic speaker: 'An eyewitness', 'the police', 'the newspaper', 'One MP'."""
    bare = _DETERMINER.sub("", np)
    of = re.match(r"^(?:\w+\s+){0,2}?(\w+) of\b", bare)
    head = (group_head or (of.group(1) if of else bare.split()[-1])).lower()
    kind = DESCRIPTION_KINDS.get(head) or kind_of(head)
    if re.match(r"^(?:news|media|wire)\s+\w+$", bare) and kind == "organization":
        kind = "publication"  # 'the news group', 'the news agency': the outlet named before
    if head in DOC_WORDS:
        kind = "document"
    keep = np.lower().startswith("the ") and (kind == "document" or bool(re.match(r"^\w+s of the\b", bare)))
    keep = keep or bool(re.match(r"^(?:an?|one)\s", np, re.I))  # 'An eyewitness': served as written
    keep = keep or (kind == "person" and np.lower().startswith("the ") and group_head is None
                    and head not in _TITLE_HEADS and head not in DESCRIPTION_KINDS)  # 'the woman', not 'woman'
    own = [head] if len(bare.split()) == 1 else []  # 'official' alone would merge 'a French' and 'a Western official'
    ref = SpeakerRef(name=np if keep else bare, kind=kind,  # 'the authors of the report' is one group, named whole
                     aliases=[x for x in dict.fromkeys((np, *own, bare)) if x != (np if keep else bare)])
    if np.lower().startswith("the ") and len(bare.split()) <= 3 and group_head is None and (
            head in DESCRIPTION_KINDS and kind != "document" or head in _TITLE_HEADS):
        ref.definite = head
    elif kind == "document" and re.fullmatch(r"the (?:\w+ )?(?:statement|report)", np.lower()) and len(bare.split()) == 1:
        ref.definite = head
    return ref
