"""The line shapes metadata.py looks for: bylines, agency and role lines, date lines, footers, and a date parser.

Kept apart from the walk over the article so each shape can be read, and tested, as one small predicate. Names and
agencies are recognised by form (capitalised tokens, "and"-lists, a news-organisation word or an acronym), never
by a list of particular reporters or outlets. Dates are parsed by hand because python-dateutil is not pinned.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

_PARTICLE = r"(?:de|da|di|del|della|der|den|van|von|le|la|du|dos|das|al|el|bin|ibn)"
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_TOKEN = rf"(?:[{_UPPER}][\w'’.-]*|{_PARTICLE})"
_NAME = re.compile(rf"[{_UPPER}][\w'’.-]*(?:\s+{_TOKEN}){{0,4}}")
_AND = re.compile(r"\s*,\s*(?:(?i:and)\s+)?|\s+(?i:and)\s+|\s*&\s*")
# Words that make a capitalised line the name of a news organisation ("Associated Press", "The Seattle Times").
_NEWS_WORDS = {"press", "news", "reuters", "bloomberg", "times", "post", "journal", "herald", "tribune", "telegraph",
               "guardian", "gazette", "chronicle", "observer", "independent", "economist", "wire", "agency", "service",
               "media", "network", "broadcasting", "radio", "television", "magazine", "daily", "weekly", "mail",
               "express", "mirror", "standard", "today", "politico", "axios", "insider"}
_ROLE = re.compile(r"^(?:[A-Z][\w.&'’-]*\s+){0,4}(?:staff|writer|reporter|correspondent|editor|columnist|contributor"
                   r"|critic|bureau chief|journalist)s?$", re.IGNORECASE)
_CONNECT = {"of", "the", "and", "&", "de", "for"}
_SPLIT = re.compile(r"\s+[|·•]\s+|\s+/\s+")

_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                            "nov", "dec"))}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
_TZ = {"utc": 0, "gmt": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "est": -5, "edt": -4,
       "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "ist": 5.5, "jst": 9, "aest": 10}
_TIME = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?"
_ISO = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
# A date line's remainder may hold only these: weekday, month, day, year, time, zone, and joining words.
_DATE_TOKEN = re.compile(rf"{_ISO}|{_WEEKDAY}|{_MONTH}|{_TIME}|\d{{1,2}}(?:st|nd|rd|th)|\d{{4}}|(?:{'|'.join(_TZ)}|et"
                         r"|ct|pt)\b|at|on|[,|/·•()\s–—-]", re.IGNORECASE)
_DATE_LINE = re.compile(r"^(?P<kind>published|updated|posted|last updated|first published|last modified|modified)"
                        r"\s*:?\s*(?:on\s+|at\s+)?(?P<rest>.{4,80})$", re.IGNORECASE)

_SEPARATOR = re.compile(r"^(?:[_*=~]\s*){3,}$|^(?:[-–—]\s*){3,}$")
_FOOTERS = [
    ("copyright", re.compile(r"^(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:\d{4}|[A-Z]).{0,300}$", re.IGNORECASE)),
    ("credit", re.compile(r"^.{3,250}?\s+(?:also\s+)?contributed(?:\s+(?:reporting|research|to this (?:report|story"
                          r"|article)|additional reporting)|\s+(?:from|in)\s+[^.]{1,80})+\.?$")),
    ("credit", re.compile(r"^.{0,120}\b(?:writers?|reporters?|correspondents?|journalists?|staff|researchers?)\b.{0,200}"
                          r"\s+contributed\.?$")),
    ("credit", re.compile(r"^(?:contributing|additional reporting by)\b.{0,300}$", re.IGNORECASE)),
    ("credit", re.compile(r"^(?:reporting|writing|editing|compiled|research) (?:and [a-z]+ )?by\s[^.]{1,200}"
                          r"(?:;\s*(?:additional reporting|editing|writing) by\s[^.]{1,200})+\.?$", re.IGNORECASE)),
    ("follow", re.compile(r"^follow\s+.{1,80}?\s+on\s+(?:twitter|x|facebook|instagram|threads|bluesky|mastodon"
                          r"|linkedin|tiktok)\b.{0,120}$|^follow\s.{1,120}(?:https?://|www\.|\s@\w).{0,120}$",
                          re.IGNORECASE)),
    ("note", re.compile(r"^this (?:story|article|report) (?:has been|was) (?:updated|corrected|amended|changed)\b.{0,400}$",
                        re.IGNORECASE)),
    ("note", re.compile(r"^our standards:.{0,120}$", re.IGNORECASE)),
    ("signup", re.compile(r"^sign up (?:for|to)\b.{0,200}$", re.IGNORECASE)),
]
_FOOTERISH = re.compile(r"contribut|reporting|editing|\bfollow|copyright|©|rights reserved|correct|updated|newsletter"
                        r"|sign up|subscribe|support|coverage|contact|e-?mail|tips?\b|https?://|www\.|@\w",
                        re.IGNORECASE)
_WIRE = re.compile(r"^[A-Z][A-Z.' -]{1,40}(?:,\s*[A-Z][\w.' ]{1,30})?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
                   r"\((?P<code>[A-Z][A-Za-z]{1,12})\)\s*[—–-]")
_WIRE_NAMES = {"AP": "Associated Press"}  # the one wire code whose dateline form is not the agency's own name
_DATELINE_ONLY = re.compile(r"^[A-Z][A-Z.' -]{1,40}(?:,\s*[A-Z][\w.' ]{1,30})?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                            r"\s*(?:\([A-Z][A-Za-z]{1,12}\))?\s*[—–-]{1,2}$")


def _unwrap(text: str) -> str:
    """Footers are often set in parentheses or italics: '(Reporting by ...)', '_Follow ... on Twitter_'."""
    text = text.strip()
    while len(text) > 2 and text[0] + text[-1] in ("()", "[]", "__", "**"):
        text = text[1:-1].strip()
    return text.lstrip("*_").rstrip("*_").strip()


def is_separator(text: str) -> bool:
    return bool(_SEPARATOR.match(text))


def footer_line(text: str) -> str | None:
    """The footer kind of a whole line ('copyright', 'credit', 'follow', 'note', 'signup'), or None."""
    text = _unwrap(text)
    if len(text) > 500:
        return None
    return next((kind for kind, rx in _FOOTERS if rx.match(text)), None)


def footerish(text: str) -> bool:
    """A block after the last separator that reads as credits, links or house notices rather than story."""
    return bool(footer_line(text) or _FOOTERISH.search(text) or len(text.split()) <= 6 and not text.endswith("."))


def name_case(name: str) -> str:
    """'JANE DOE' -> 'Jane Doe', 'MARY O'NEIL-MCKAY' -> 'Mary O'Neil-McKay'; mixed-case names are left alone."""
    if not name.isupper():
        return name
    out = []
    for n, token in enumerate(name.split()):
        if re.fullmatch(r"[IVX]+", token):
            out.append(token)
            continue
        low = token.lower()
        if n and re.fullmatch(_PARTICLE, low):
            out.append(low)
            continue
        parts = re.split(r"([-'’])", low)
        parts = [p[:2].capitalize() + p[2:3].upper() + p[3:] if p.startswith("mc") and len(p) > 3 else p.capitalize()
                 for p in parts]
        out.append("".join(parts))
    return " ".join(out)


def person_name(text: str) -> bool:
    """Capitalised name tokens only (particles allowed), and not itself a news organisation or a role."""
    return bool(_NAME.fullmatch(text)) and not _news_org(text) and not role_line(text)


def _news_org(text: str) -> bool:
    """'Associated Press', 'The Guardian', 'BBC News', 'AFP': capitalised, short, and a news word or an acronym."""
    words = text.split()
    if not 1 <= len(words) <= 5 or re.search(r"[\d.,;:!?\"“”]$|\d", text):
        return False
    if not all(w[0].isupper() or w.lower() in _CONNECT for w in words) or words[0].lower() in _CONNECT - {"the"}:
        return False
    return any(re.sub(r"[’']s$", "", w.lower()) in _NEWS_WORDS for w in words) or any(
        re.fullmatch(r"[A-Z]{2,6}(?:[-&][A-Z]{1,4})?", w) for w in words)


def agency_line(text: str, under_byline: bool) -> bool:
    """A publisher line: a news organisation anywhere in the head; under a byline also 'The <Name>'."""
    if _news_org(text):
        return True
    return under_byline and bool(re.fullmatch(r"The(?:\s+[A-Z][\w'’-]+){1,4}", text))


def role_line(text: str) -> bool:
    """'Staff writer', 'Senior Correspondent', 'Political Editor': the author's role, not a sentence."""
    return len(text.split()) <= 6 and text[:1].isupper() and bool(_ROLE.match(text))


def date_line(text: str) -> tuple[str, str] | None:
    """('published' | 'updated', the date part) for 'Published 3:45 PM EST, Tue March 5, 2024' and kin."""
    m = _DATE_LINE.match(text.strip())
    if not m or not re.search(r"\d", m.group("rest")) or _DATE_TOKEN.sub("", m.group("rest")).strip(". "):
        return None
    kind = "updated" if re.search(r"updated|modified", m.group("kind"), re.IGNORECASE) else "published"
    return kind, m.group("rest")


def bare_date(text: str) -> bool:
    """A line that is nothing but a full date, with or without time and zone."""
    return (len(text) <= 60 and bool(re.search(r"\d", text)) and not _DATE_TOKEN.sub("", text).strip(". ")
            and parse_date(text) is not None)


def byline(text: str):
    """(names, agency, role, date) for a byline, or None.

    'By NAME [and NAME]', 'By Name, Agency', 'By Name | Published ...' need only the 'By'; without it a line must
    pair a name with a recognisable news organisation ('Name, Reuters', 'Name | The Guardian') to count.
    """
    m = re.match(r"^(?:by|written by)\s*:?\s+(?P<rest>\S.{0,200})$", text.strip(), re.IGNORECASE)
    has_by = bool(m)
    rest = m.group("rest") if m else text.strip()
    segments = _SPLIT.split(rest)
    parts = [p.strip() for p in segments[0].split(",")]
    extra = segments[1:]
    if len(parts) > 1 and not re.search(r"\b(?i:and)\b|&", parts[-1]):
        extra.insert(0, parts.pop())
    names = [n for n in _AND.split(", ".join(parts)) if n]
    if not names or not all(_NAME.fullmatch(n) for n in names):
        return None
    if not has_by and (any(len(n.split()) < 2 for n in names) or not extra):
        return None
    agency = role = stamp = None
    for seg in extra:
        seg = seg.strip()
        if date_line(seg) or date_line("Published " + seg):
            stamp = date_line(seg) or date_line("Published " + seg)
        elif role_line(seg):
            role = seg
        elif _news_org(seg) or has_by and re.fullmatch(r"(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}", seg):
            agency = agency or seg
        else:
            return None
    if not has_by and not agency:
        return None
    if all(role_line(n) for n in names):  # 'By Staff Writer'
        return [], agency, role or names[0], stamp
    if has_by and len(names) == 1 and len(names[0].split()) == 1 and _news_org(names[0]):  # 'By Reuters'
        return [], names[0], role, stamp
    return names, agency, role, stamp


def dateline_only(text: str) -> bool:
    """'WASHINGTON (AP) —' on a line of its own: the start of the first sentence, split off by the paste."""
    return bool(_DATELINE_ONLY.match(text))


def wire_code(text: str) -> str | None:
    """The agency named in a wire dateline ('LONDON (Reuters) -', 'WASHINGTON (AP) —'), spelled out."""
    m = _WIRE.match(text)
    return _WIRE_NAMES.get(m.group("code"), m.group("code")) if m else None


def parse_date(text: str) -> str | None:
    """ISO 8601 for the date (and time, and zone when named) in a date line; None when no full date is there."""
    iso = re.search(_ISO, text)
    if iso:
        try:
            return datetime.fromisoformat(iso.group(0).replace("Z", "+00:00")).isoformat()
        except ValueError:
            return None
    m = re.search(rf"(?:\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+)?\b(?P<mon>{_MONTH})(?:\s*(?P<d2>\d{{1,2}})"
                  r"(?:st|nd|rd|th)?\b)?,?\s+(?P<year>(?:19|20)\d{2})\b", text, re.IGNORECASE)
    if not m or not (m.group("d1") or m.group("d2")):
        return None
    try:
        day = datetime(int(m.group("year")), _MONTHS[m.group("mon")[:3].lower()], int(m.group("d1") or m.group("d2")))
    except ValueError:
        return None
    clock = re.search(r"\b(\d{1,2})[:.](\d{2})\s*(?:([ap])\.?\s?m\b\.?)?", text[:m.start()] + " " + text[m.end():],
                      re.IGNORECASE)
    if not clock:
        return day.date().isoformat()
    hour, minute = int(clock.group(1)), int(clock.group(2))
    if clock.group(3):
        hour = hour % 12 + (12 if clock.group(3).lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return day.date().isoformat()
    stamp = day.replace(hour=hour, minute=minute)
    zone = re.search(rf"\b({'|'.join(k for k in _TZ if k != 'z')})\b", text, re.IGNORECASE)
    if zone:
        stamp = stamp.replace(tzinfo=timezone(timedelta(hours=_TZ[zone.group(1).lower()])))
    return stamp.isoformat()
