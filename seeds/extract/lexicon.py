"""Word lists and regexes shared by the quote, attribution and source steps.

Kept in one place so that the three steps agree on what a speech cue, a title or a body of government
is. The lists are about English news style in general (titles, reporting verbs, kinds of bodies), never
about the people or places of one article.
"""
from __future__ import annotations

import re
from functools import lru_cache

_SAY = (
    "say|says|said|saying|tell|tells|told|telling|write|writes|wrote|writing|written|add|adds|added|adding|ask|asks|asked"
    "|asking|tweets|tweeted|tweeting|posted|continue|continues|continued|continuing|conclude"
    "|concludes|concluded|notes|noted|noting|remarks|remarked|states|stated|stating|explain"
    "|explains|explained|explaining|argue|argues|argued|arguing|claims|claimed|claiming|insist|insists"
    "|insisted|warn|warns|warned|warning|suggest|suggests|suggested|suggesting|admit|admits|admitted|acknowledge"
    "|acknowledges|acknowledged|reply|replies|replied|respond|responds|responded|recall|recalls|recalled|propose"
    "|proposes|proposed|underline|underlines|underlined|stress|stresses|stressed|emphasi[sz]e[sd]?|emphasi[sz]ing"
    "|reaffirm|reaffirms|reaffirmed|announce|announces|announced|declare|declares|declared|observe|observes"
    "|observed|comment|comments|commented|joke|jokes|joked|quip|quips|quipped|counter|counters|countered"
    "|concede|concedes|conceded|confirm|confirms|confirmed|deny|denies|denied|assert|asserts|asserted|maintain"
    "|maintains|maintained|contend|contends|contended|predicts|predicted|vows|vowed|promised"
    "|exclaim|exclaimed|shout|shouted|whisper|whispered|recount|recounted|testif(?:y|ies|ied)|pointed out"
    "|points out|point out|pointing out|went on to say|goes on to say|spoke|speaks|suspect|suspects|suspected"
    "|believe|believes|fear|fears|feared|agree|agrees|agreed|urge|urges|urged|demand|demands|demanded|accuse"
    "|accuses|accused|blame|blames|blamed|praise|praises|praised|criticized|criticised|criticizes|criticises"
    "|condemn|condemns|condemned|denounce|denounces|denounced|hail|hails|hailed|wonder|wonders|wondered"
    "|summed up|put it|chimed in|reiterated|reiterates|cautioned|cautions|boasted|boasts|complained|complains"
    "|lamented|laments|mused|muses|announced|insisted|reported|repeated|repeats|denouncing|condemning|praising"
    "|blaming|criticizing|criticising|accusing|urging|declaring|vowing|warning|insisting|dismissing"
    "|pleaded|pleads|begged|begs|implored|implores|assured|assures|assuring|reassured|reassures|promising"
    "|acknowledging|admitting|adding|stressing|explaining|conceding|recalling|arguing"
    "|retorted|retorts|retaliated|scoffed|fired back|shot back|hit back|beamed|gushed|raved|exulted"
    "|confessed|confesses|confided|confides|revealed|reveals|disclosed|discloses|wondering|asking aloud"
)
_OBJECT = (  # verbs whose quoted object is a characterisation ("called it X"), never an introduced utterance
    "calls|called|calling|characteri[sz]e[sd]?|characteri[sz]ing|describe|describes|described|describing"
    "|label|labels|label(?:l)?ed|thank|thanks|thanked|thanking|advise|advises|advised|envision|envisions|envisioned"
    "|brand|brands|branded|decry|decries|decried|welcome|welcomes|welcomed|dismiss|dismisses|dismissed"
    "|compares|compared|comparing|likens|likened|likening|portrays|portrayed|portraying"
    "|sees|saw|views|viewed(?!\\s+by\\b)|regards|regarded|introduces|introduced|introducing"
    "|slammed|slams|blasted|blasts|lambasted|lambastes|derided|derides"  # 'X sees Y as "..."': X's characterisation
)


def _prefix_tree(alternatives: str) -> str:
    """The same alternation folded on shared leading letters ('s(?:a(?:y|ys|id...)...)'), so the regex engine tries
    a few branches per word instead of ~250: scanning a 6 KB article drops from ~7 ms to well under 1 ms. Only
    plain letters are folded, branches with different letters never match at one place, and each group keeps
    the original order, so every match is the one the flat alternation finds."""
    parts, depth, cur = [], 0, ""
    for ch in alternatives:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return _fold(parts)


def _fold(parts: list[str]) -> str:
    if len(parts) < 2 or not all(p[:1].isalpha() or p[:1] == " " for p in parts):
        return "|".join(parts)
    groups: dict[str, list[str]] = {}
    for part in parts:
        groups.setdefault(part[0], []).append(part[1:])
    out = []
    for first, rest in groups.items():
        inner = _fold(rest)
        out.append(first + (f"(?:{inner})" if len(rest) > 1 else inner))
    return "|".join(out)


# An adverb in '-ly' ('later', 'reportedly'), but not the adjectives, nouns and names that end so ('daily', 'early',
# 'family', 'Kelly'): 'the influential US daily wrote' keeps its subject.
ADVERB_LY = (r"(?!(?:daily|weekly|monthly|quarterly|yearly|hourly|family|ally|italy|july|assembly|supply|early|elderly|"
             r"likely|unlikely|friendly|lonely|costly|deadly|ugly|holy|silly|lovely|only|kindly|orderly|curly|burly|jolly|"
             r"lily|emily|kelly|holly|sally|molly|polly|billy|reilly|bailey|rally|belly|bully|fly|reply|apply|rely|comply|"
             r"multiply)\b)\w+ly")
CUE_RE = re.compile(rf"\b(?:{_prefix_tree(f'according to|{_SAY}|{_OBJECT}')})\b", re.IGNORECASE)
SAY_RE = re.compile(rf"^(?:{_SAY})$", re.IGNORECASE)
# Verbs that may come before their subject right after a quote: '"...," said Khan'.
INVERTIBLE = {"said", "says", "added", "asked", "continued", "wrote", "concluded", "noted", "replied", "explained",
              "recalled", "insisted", "remarked", "tweeted", "declared", "warned", "argued", "stated", "claimed",
              "retorted", "beamed", "gushed", "quipped", "joked", "exclaimed", "shouted", "whispered", "countered"}
NAMING_BEFORE = re.compile(
    r"(?:\bso-called|\b(?:was|were|is|are|be|been|being|commonly|widely|often|also|now|later|officially|formerly)"
    r"\s+(?:called|named|known as|dubbed|termed)|\bnamed(?: \w+){0,6}|\b(?:dubbed|nicknamed|titled|entitled|termed"
    r"|designated|known as|branded as|reads?|read:)|\b(?:listed|registered|classified|recorded|billed|labell?ed)(?: [\w’'-]+){0,5}"
    r" as|\b(?:the|a|its|his|her|their) (?:words?|terms?|phrases?|names?"
    r"|labels?|titles?|headlines?|designations?)|\b(?:slogan|hashtag|motto|banner|sign|placard|poster|shirt|logo)s?"
    r"(?: \w+ing)?)\s*[,:]?\s*$",
    re.IGNORECASE,
)
# Nouns that introduce a title only when the quoted words look like one: 'the report "Screens and Young Minds"'.
TITLE_BEFORE = re.compile(
    r"\b(?:book|novel|memoir|film|movie|song|album|series|show|documentary|podcast|play|poem|essay|column|op-ed"
    r"|bill|act|campaign|headline|operation|programme|program|initiative|app|website|newsletter|magazine"
    r"|newspaper|exhibition|tour|report|study|paper|article|chapter|latest)s?\s*[,:]?\s*$", re.IGNORECASE)
NAMING_AFTER = re.compile(
    r"^\s*(?:\(|poster|sign|banner|placard|slogan|hashtag|sticker|t-shirt|shirt|logo|label|brand|movement|campaign"
    r"|tag|badge)\b", re.IGNORECASE)
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "senator", "sen.", "rep.", "representative",
    "congressman", "congresswoman", "governor", "gov.", "mayor", "ambassador", "chancellor", "premier", "king",
    "queen", "prince", "princess", "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam", "sheikh", "dr.",
    "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "prof.", "professor", "judge", "justice", "general", "gen.",
    "colonel", "col.", "lieutenant", "lt.", "captain", "capt.", "sergeant", "sgt.", "admiral", "commander",
    "chief", "director", "director-general", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "spokesman",
    "spokeswoman", "spokesperson", "leader", "deputy", "former", "ex", "ex-prime", "ex-president", "acting",
    "interior", "foreign", "health", "defence", "defense", "finance", "treasury", "state", "national", "security",
    "advisor", "adviser", "attorney", "police", "officer", "inspector", "superintendent", "detective", "lord",
    "lady", "sir", "dame", "father", "sister", "brother", "reverend", "rev.", "the", "u.s.", "us", "uk", "u.k.",
    "eu", "first", "economy", "energy", "education", "trade", "labor", "labour", "environment", "justice",
    "home", "transport", "agriculture", "culture", "speaker", "majority", "minority", "house", "senate",
    "democratic", "republican", "mp", "mep", "envoy", "special", "presidential", "commissioner", "swami",
    "prosecutor", "sheriff", "councillor", "councilman", "councilwoman", "spokesperson", "president-elect",
    "airman", "airwoman", "corporal", "cpl.", "private", "pvt.", "pte.", "trooper",  # ranks: 'Airman Tri Wobowo'
    "whip", "chancellor", "solicitor-general", "attorney-general", "chairperson", "co-chair", "vice-chair", "coordinator",
    "representatives", "senators", "reps.", "sens.", "governors", "ministers", "congressmen", "congresswomen",
    "democrat", "tory", "libertarian", "gop",  # 'Democrat Hillary Clinton': a party label, then the name
}
TITLE_WORDS |= {"rev", "reps", "sens", "capt", "sgt", "cpl", "pvt", "pte"}  # compared without their full stop
# Nouns for what a person is or does: evidence that a name next to them is a person.
ROLES = (
    r"actor|actress|singer|star|sailor|soldier|veteran|officer|official|daughter|son|wife|husband|mother|father|"
    r"brother|sister|grandmother|grandfather|widow|host|comedian|coach|player|striker|goalkeeper|captain|manager|"
    r"author|writer|novelist|journalist|reporter|columnist|historian|scientist|researcher|professor|economist|"
    r"analyst|lawyer|attorney|doctor|nurse|surgeon|teacher|student|pastor|priest|resident|farmer|artist|"
    r"musician|rapper|director|producer|founder|executive|entrepreneur|activist|campaigner|lawmaker|politician|"
    r"candidate|colleague|friend|neighbour|neighbor|victim|survivor|witness|owner|worker|employee|designer|"
    r"engineer|influencer|creator|chef|pilot|athlete|hurdler|runner|nominee|advocate|adviser|advisor|spokesman|"
    r"spokeswoman|spokesperson|chairman|chairwoman|president|minister|secretary|leader|member|expert|consultant|"
    r"ecologist|biologist|physicist|chemist|specialist|commander|general|judge|senator|mayor|governor|boss|chief|head|ceo|source|boxer|fighter|wrestler|swimmer|cyclist|golfer|skater|jockey|presenter|"
    r"broadcaster|drummer|guitarist|bassist|composer|poet|playwright|filmmaker|photographer|dj|astronaut|pastor")
# Titles that only a person carries (unlike 'national' or 'state', which also name bodies).
PERSON_TITLES = {
    "president", "minister", "secretary", "senator", "sen", "rep", "representative", "governor", "gov", "mayor",
    "ambassador", "chancellor", "premier", "king", "queen", "prince", "princess", "pope", "cardinal", "archbishop",
    "bishop", "rabbi", "imam", "sheikh", "dr", "mr", "mrs", "ms", "prof", "professor", "judge", "justice", "general",
    "gen", "colonel", "col", "lieutenant", "lt", "captain", "capt", "sergeant", "sgt", "admiral", "commander", "chief",
    "director", "chairman", "chairwoman", "chair", "ceo", "spokesman", "spokeswoman", "spokesperson", "leader",
    "deputy", "lord", "lady", "sir", "dame", "reverend", "rev", "officer", "inspector", "detective", "attorney",
    "speaker", "mp", "mep", "envoy", "commissioner", "prosecutor", "sheriff", "councillor", "adviser", "advisor",
    "congressman", "congresswoman", "president-elect", "swami", "airman", "airwoman", "corporal", "cpl", "private",
    "pvt", "pte", "trooper", "chairperson", "coordinator"}
ORG_WORDS = {
    "organization", "organisation", "association", "agency", "company", "corporation", "corp", "corp.", "inc",
    "inc.", "ltd", "plc", "llc", "group", "bank", "fund", "foundation", "institute", "university", "college",
    "school", "center", "centre", "council", "committee", "commission", "union", "party", "forces", "force",
    "army", "navy", "court", "hospital", "church", "league", "federation", "alliance", "network", "society",
    "board", "authority", "service", "services", "trust", "charity", "coalition", "movement", "front", "club",
    "team", "airlines", "motors", "technologies", "systems", "labs", "laboratories", "partners", "capital",
    "holdings", "industries", "reserve", "exchange", "command", "assembly", "orchestra", "guard", "cdc", "fbi",
    "energy", "pharma", "pharmaceuticals", "software", "media", "foods", "electric", "oil", "gas", "steel",
    "mining", "insurance", "ventures", "robotics", "therapeutics", "solutions", "automotive", "telecom", "brands",
    "air", "airways", "airline", "rail", "railways", "museum", "gallery", "library", "zoo", "theatre", "theater",
}
GOV_WORDS = {"ministry", "department", "government", "parliament", "congress", "senate", "cabinet", "embassy",
             "police", "administration", "office", "kremlin", "pentagon", "white house", "downing street",
             "state department", "foreign office", "élysée", "elysee", "bundestag", "knesset", "duma", "treasury"}
PUB_WORDS = {"times", "post", "journal", "herald", "tribune", "guardian", "telegraph", "gazette", "news", "daily",
             "mail", "express", "observer", "independent", "standard", "chronicle", "magazine", "review", "press",
             "reuters", "bbc", "cnn", "npr", "afp", "xinhua", "bloomberg", "tass", "politico", "axios", "economist",
             "wire", "radio", "tv", "television", "broadcasting", "ap", "abc", "nbc", "cbs", "msnbc", "sky",
             "vox", "wired", "atlantic", "newsweek", "forbes", "insider", "conversation", "kathimerini", "mirror"}
DOC_WORDS = {"statement", "statements", "report", "reports", "letter", "memo", "filing", "study", "document",
             "release", "communique", "communiqué", "readout", "survey", "complaint", "lawsuit", "indictment",
             "ruling", "judgment", "judgement", "order", "resolution", "declaration", "transcript", "website",
             "post", "tweet", "notice", "guidance", "guidelines", "analysis", "paper", "review", "assessment",
             "affidavit", "brief", "verdict", "decision", "announcement", "press release", "summary", "agreement",
             "story", "article", "profile", "editorial", "obituary"}
PLACES = set(
    "afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium "
    "bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china colombia congo croatia cuba cyprus "
    "czechia denmark ecuador egypt england estonia ethiopia finland france georgia germany ghana greece guatemala "
    "haiti honduras hungary iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya "
    "korea kosovo kuwait latvia lebanon libya lithuania luxembourg malaysia mali malta mexico moldova mongolia "
    "montenegro morocco myanmar nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama "
    "paraguay peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia singapore "
    "slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia "
    "turkey türkiye uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe america "
    "beijing washington moscow kremlin kyiv kiev london paris berlin tokyo seoul pyongyang tehran ankara brussels "
    "delhi islamabad kabul baghdad damascus cairo riyadh jerusalem taipei canberra ottawa rome madrid athens "
    "warsaw budapest vienna minsk tbilisi hanoi manila jakarta bangkok nairobi pretoria brasilia havana caracas "
    "u.s. us usa u.k. uk eu nato un".split()
)
PLACE_PHRASES = {"united states", "united kingdom", "european union", "white house", "downing street",
                 "south korea", "north korea", "saudi arabia", "new zealand", "south africa", "the u.s.",
                 "united nations", "new delhi", "hong kong", "the us", "the uk", "the eu"}
NOT_NAME = {
    "the", "a", "an", "in", "on", "at", "after", "before", "however", "but", "and", "while", "when", "later",
    "earlier", "yesterday", "today", "following", "according", "speaking", "late", "this", "that", "these",
    "those", "it", "its", "he", "she", "they", "we", "i", "his", "her", "their", "our", "my", "if", "as", "so",
    "then", "there", "what", "why", "how", "where", "who", "both", "neither", "for", "from", "by", "with", "one",
    "some", "many", "meanwhile", "still", "also", "since", "although", "though", "yet", "now", "last", "next",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "june", "july", "august", "september", "october", "november", "december", "asked", "mr", "said",
    "reportedly", "separately", "addressing", "during", "despite", "under", "about", "among", "instead", "even",
    "such", "no", "not", "all", "each", "every", "other", "another", "do", "does", "did", "is", "are", "was",
    "nothing", "nobody", "everyone", "everything", "someone", "something", "anyone", "none", "here",
    "nevertheless", "nonetheless", "moreover", "furthermore", "indeed", "still", "again", "finally", "first",
}
PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "org", "we": "any", "i": "person"}
# Definite descriptions that point back at a body or person named earlier ("the newspaper", "the agency").
DESCRIPTION_KINDS = {
    "newspaper": "publication", "paper": "publication", "daily": "publication", "magazine": "publication",
    "broadcaster": "publication", "outlet": "publication", "agency": "organization", "company": "organization",
    "firm": "organization", "group": "organization", "organisation": "organization", "organization":
    "organization", "ministry": "government", "department": "government", "government": "government",
    "administration": "government", "office": "government", "court": "organization", "committee": "organization",
    "party": "organization", "union": "organization", "bank": "organization", "statement": "document",
    "airline": "organization", "carrier": "organization", "automaker": "organization", "retailer": "organization",
    "network": "publication", "station": "publication", "club": "organization", "team": "organization",
    "university": "organization", "school": "organization", "hospital": "organization", "charity": "organization",
    "council": "organization", "commission": "organization", "board": "organization", "regulator": "government",
    "watchdog": "organization", "manufacturer": "organization", "insurer": "organization", "lender": "organization",
    "startup": "organization", "league": "organization", "studio": "organization", "museum": "organization",
    "report": "document", "letter": "document", "study": "document", "ruling": "document", "filing": "document",
}
_TOKEN = (r"(?:(?:[A-Z]\.){2,}|(?:Dr|Mr|Mrs|Ms|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|St|Jr|Sr|Ft|Mt)\.|[A-Z]\.(?=\s+(?:[A-Z]|"
          r"(?:van|von|de|der|den|da|di|du|la|le|el|al|bin)\s+[A-Z]))"
          r"|[A-Z][\w’'-]*(?:\.[\w-]+)*)")
_PARTICLES = "of|the|for|and|de|da|del|della|van|von|der|den|ten|ter|di|dos|das|al|el|bin|ibn|la|le|du|on"
CAP_RUN = re.compile(  # the particle alternation is folded (see _prefix_tree): this regex scans every article
    rf"{_TOKEN}(?:\s+(?:(?:{_prefix_tree(_PARTICLES)})\s+)*(?:{_TOKEN}|\d+\b))*"
)


_DOUBLE_MARKS = re.compile(r"[“”„‟«»\"]")
_SINGLE_MARKS = re.compile(r"[‘’‚‛`]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=8192)  # pure, and called for the same few names thousands of times per article
def norm(s: str) -> str:
    """The dev set's matching normalisation: straight marks, one space, lower case, no outer punctuation."""
    s = _DOUBLE_MARKS.sub('"', s)
    s = _SINGLE_MARKS.sub("'", s)
    s = _SPACES.sub(" ", s).lower()
    return s.strip(" \t\n\"'.,;:!?()[]{}…-—–")


def kind_of(name: str) -> str:
    """Guess whether a proper name is a person, a body of government, an organisation, a publication or a document."""
    low = name.lower().strip()
    low = re.sub(r"^the ", "", low)
    words = [w.strip(".,’'") for w in low.replace("’s", "").split()]
    if not words:
        return "person"
    if words[-1] in DOC_WORDS and len(words) <= 6 and not (words[-1] in PUB_WORDS and len(words) >= 2 and name[:1].isupper()):
        return "document"  # but 'The Washington Post' is a newspaper
    if low in PLACES or low in PLACE_PHRASES or any(p in low for p in ("white house", "downing street")):
        return "government"
    if any(w in GOV_WORDS for w in words):
        return "government"
    if any(w in PUB_WORDS for w in words[-2:]) or (len(words) == 1 and words[0] in PUB_WORDS):
        return "publication"
    if any(w in ORG_WORDS for w in words) or name.isupper() and len(name.replace(".", "")) >= 2:
        return "organization"
    if len(words) >= 3 and words[1] == "of" and words[0] in _BODY_OF:
        return "government" if words[0] in ("department", "ministry", "office") else "organization"
    if any(_CAMEL.match(w) for w in name.split()):
        return "organization"  # 'AirAsia', 'PayPal', 'JetBlue'; not 'McCarthy', 'DeSantis', 'LeBron'
    return "person"


_BODY_OF = {"house", "department", "ministry", "office", "bank", "church", "university", "college", "school",
            "board", "council", "bureau", "institute", "museum", "society", "friends", "sisters", "daughters", "sons"}
_CAMEL = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)[A-Z][a-z]+[A-Z][a-z]+$")
