"""Lift a wire or newspaper article's headline, byline, date line and footer out of the body.

Pasted newspaper and agency copy opens with a headline, a byline ("By JANE DOE and JOHN ROE"), the agency under it
and a "Published ..." line, and closes with a separator and a credits footer ("X contributed to this report.").
Left in, every one of those lines becomes a body sentence, a claim and sometimes a speaker. This step runs on the raw
text before clean.py's line rules, so it still sees lines those rules would drop (a copyright line is a licence),
and it only removes whole lines, so clean.py's offsets stay exact. Every rule is about the shape and position of a
line: the head is what comes before the first body paragraph, the footer is what follows the last separator.
"""
from __future__ import annotations

import re

from .metadata_shapes import (agency_line, bare_date, byline, dateline_only, date_line, footer_line, footerish,
                              is_separator, name_case, parse_date, person_name, role_line,
                              wire_code)

_HEAD_BLOCKS = 15  # the head never runs longer than this many blocks before the first body paragraph
_FOOTER_BLOCKS = 4  # more than this after a separator is a section break in the story, not a footer


def lift_metadata(raw: str, meta: dict) -> str:
    """Return `raw` without its metadata lines; what they say is recorded in `meta` (first value wins)."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    drop: set[int] = set()
    found: dict[str, str] = {}
    _lift_footer(lines, drop, found)
    _lift_head(lines, drop, found)
    for key, value in found.items():
        if value:
            meta.setdefault(key, value)
    if not drop:
        return raw
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


def _blocks(lines: list[str], drop: set[int]) -> list[list[int]]:
    """Line numbers grouped into blank-line separated blocks, the way clean.py groups paragraphs."""
    blocks: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if not line.strip():
            if blocks[-1]:
                blocks.append([])
        elif i not in drop:
            blocks[-1].append(i)
    return [b for b in blocks if b]


def _clean_drops(line: str) -> bool:
    """clean.py's own verdict on a line (boilerplate, image credit, plain date), used only to look past it."""
    from . import clean  # clean imports this module, so the reverse import waits until call time

    rule = getattr(clean, "_drop_line", None)
    return bool(rule and rule(line, {}))


def _lift_head(lines: list[str], drop: set[int], found: dict) -> None:
    """Walk the blocks before the first body paragraph, lifting byline, agency, role and date lines.

    The headline is the first paragraph (looking past lines clean.py drops anyway) when it is a single title-shaped
    line that leads into body text with only metadata lines or a deck between: requiring the body after it keeps a
    one-line opening sentence, a menu word or a section marker from being taken for the title.
    """
    candidate: int | None = None
    first = True  # only the first paragraph can be the headline
    after_byline = False
    authors: list[str] = []
    for block in _blocks(lines, drop)[:_HEAD_BLOCKS]:
        content = []
        for n, i in enumerate(block):
            if i in drop:
                continue  # joined onto a dateline above
            text = lines[i].strip()
            kind = _head_line(text, after_byline, authors, found)
            if not kind and n + 1 < len(block) and _bare_author(text, lines[block[n + 1]].strip()):
                authors.append(name_case(text))
                kind = "byline"
            if kind:
                drop.add(i)
                after_byline = kind in ("byline", "agency", "role")
            elif _clean_drops(text):
                continue
            elif bare_date(text):  # 'Tue 5 Mar 2024 14.30 GMT' under a byline
                _record_date(("published", text), found)
                drop.add(i)
            else:
                content.append(i)
                after_byline = False
        if not content:
            continue
        if dateline_only(lines[content[0]].strip()):
            joined = _join_dateline(lines, content[0], drop)
            content = [i for i in content if i != joined]
        text = " ".join(lines[i].strip() for i in content)
        if first and len(content) == 1 and re.fullmatch(r"[^\W\d_]+", text):
            continue  # a one-word section kicker ('Opinion', 'World') above the headline
        if len(content) == 1 and _title_shaped(text):
            if first:
                candidate = content[0]
            first = False
            continue  # a second title-shaped line (a deck, a kicker) stays in the body
        first = False
        if _body_shaped(text):
            if candidate is not None:
                found.setdefault("title", lines[candidate].strip())
                drop.add(candidate)
            code = wire_code(text)
            if code:
                found.setdefault("publisher_from_dateline", code)
            break
        candidate = None
    if authors:
        found.setdefault("author", " and ".join(dict.fromkeys(authors)))
    if "publisher" not in found and "publisher_from_dateline" in found:
        found["publisher"] = found["publisher_from_dateline"]
    found.pop("publisher_from_dateline", None)
    for key in ("published", "updated"):
        if key in found:
            found.setdefault("published_at", found[key])
    found.pop("published", None)
    found.pop("updated", None)


def _head_line(text: str, after_byline: bool, authors: list[str], found: dict) -> str | None:
    """Classify one head line as byline, agency, role or date line, recording what it says; None otherwise."""
    parsed = byline(text)
    if parsed:
        names, agency, role, stamp = parsed
        authors.extend(name_case(n) for n in names)
        if agency:
            found.setdefault("publisher", agency)
        if role:
            found.setdefault("author_description", role)
        if stamp:
            _record_date(stamp, found)
        return "byline"
    stamp = date_line(text)
    if stamp:
        _record_date(stamp, found)
        return "date"
    if role_line(text):
        found.setdefault("author_description", text)
        return "role"
    if agency_line(text, under_byline=after_byline):
        found.setdefault("publisher", text)
        return "agency"
    return None


def _bare_author(text: str, below: str) -> bool:
    """'Hannah Kerr' with no 'By', trusted only when a date or agency line sits right under it."""
    return (2 <= len(text.split()) <= 4 and person_name(text)
            and bool(date_line(below) or bare_date(below) or agency_line(below, under_byline=True)))


def _record_date(stamp: tuple[str, str], found: dict) -> None:
    kind, value = stamp  # kind is "published" or "updated"; the first parseable one of each kind wins
    iso = parse_date(value)
    if iso:
        found.setdefault(kind, iso)


def _join_dateline(lines: list[str], at: int, drop: set[int]) -> int | None:
    """'WASHINGTON (AP) —' alone on a line opens the next line's first sentence: put them back together."""
    for j in range(at + 1, len(lines)):
        if j in drop:
            continue
        if lines[j].strip():
            lines[at] = lines[at].rstrip() + " " + lines[j].strip()
            drop.add(j)
            return j
        drop.add(j)
    return None


def _title_shaped(text: str) -> bool:
    """A headline: 2-20 words on one line, capitalised, not shouting, and not ending like a sentence or clause."""
    words = text.split()
    if not 2 <= len(words) <= 20 or len(text) > 160:
        return False
    first = text.lstrip("\"“‘'")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return False  # ABSTRACT, FULL TEXT, WASHINGTON (AP) —: markers and datelines, not headlines
    tail = text.rstrip("\"”’')]")
    if not tail or tail[-1] in ".,;:—–-…" or text.endswith(("...", "…")):
        return False
    return not (re.search(r"https?://|www\.|@\w", text) or parse_date(text) and len(words) <= 6)


def _body_shaped(text: str) -> bool:
    """A paragraph of prose: long, or a sentence that ends like one."""
    words = len(text.split())
    tail = text.rstrip("\"”’')]")
    return words >= 15 or (words >= 4 and bool(tail) and tail[-1] in ".!?…")


def _lift_footer(lines: list[str], drop: set[int], found: dict) -> None:
    """Drop credits, follow and sign-up lines anywhere, and everything after a closing separator if it is a footer."""
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if is_separator(text):
            drop.add(i)
            continue
        kind = footer_line(text)
        if kind:
            drop.add(i)
            if kind == "copyright":
                found.setdefault("license", text)
    separators = [i for i, line in enumerate(lines) if is_separator(line.strip())]
    if not separators:
        return
    last = separators[-1]
    tail = _blocks(lines[last + 1:], set())
    if len(tail) > _FOOTER_BLOCKS:
        return
    texts = [" ".join(lines[last + 1 + i].strip() for i in block) for block in tail]
    if all(footerish(t) for t in texts):
        drop.update(range(last, len(lines)))
        for t in texts:
            if footer_line(t) == "copyright":
                found.setdefault("license", t)
