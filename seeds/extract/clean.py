"""Strip scraped boilerplate and lift metadata lines out of the body.

Scrapers keep whatever sat in the page's text blocks: share buttons, comment notices, image captions,
licence footers, author bios. Left in, they become fake sentences and fake speakers downstream, so this
step removes them and keeps what is useful (licence, publisher, author) as metadata. Every rule is about
the *shape* of a line, never about one article's words, because the importer meets publishers we have
never seen.
"""
from __future__ import annotations

import re

from .metadata import lift_metadata
from .model import CleanText, Paragraph

_BOILERPLATE = re.compile(
    r"^(?:comments? (?:are|is) closed\.?|exit mobile version|read (?:the )?(?:original|full) (?:article|story)\.?"
    r"|read more\.?|advertisement|skip to (?:main )?content|(?:full[ -]?text|abstract)(?: \w+)?:?"
    r"|(?:share|tweet|email|print)(?: this)?(?: (?:article|story|page|post))?(?: on \w+)?:?"
    r"|share (?:on|via) .{0,40}|(?:subscribe|sign up)\b.{0,120}|follow us\b.{0,80}"
    r"|(?:related|recommended|more) (?:articles?|stories|reading|from \w+)\b.{0,80}"
    r"|have an opinion on this story\?.{0,40}|all rights reserved\.?|(?:copyright|©)\s.{0,120}"
    r"|(?:tags?|filed under|posted in|categories):.{0,200}|click here\b.{0,120}|loading\.*"
    r"|(?:\[|\()?editor[’']?s note\b.*|note to readers?:.*|this (?:story|article) has been updated\b.*)$",
    re.IGNORECASE,
)
_IMAGE_LINE = re.compile(
    r"^\s*(?:!\[[^\]]*\]\([^)]*\)|\[!\[.*|<img\b[^>]*>|\[(?:image|photo|picture)[^\]]*\]"
    r"|(?:image|photo|picture|credit|caption|source)s?\s*(?:credit)?\s*:.{0,160}"
    r"|.{0,300}\b(?:image|photo|photograph|picture|credit)s?\s*(?:by)?:\s*[^:]{1,80}"
    r"|\(?(?:photo|image|picture)s? (?:by|courtesy of|via) .{1,120})\s*$",
    re.IGNORECASE,
)
# '**[[Learn Go in 12 lessons!][8] ]**', '**More on cloud:**': a scraped promo or teaser line, never the story.
_PROMO_LINE = re.compile(r"^\s*\**\s*\[+\s*.{0,200}\]\s*\[\d+\]\s*\]*\s*\**\s*$|^\s*\*\*[^*\n]{1,60}:\s*\*\*\s*$")
_MARKUP_ONLY = re.compile(r"^\s*(?:<[^<>]+>\s*)+$")
_SYMBOL_LINE = re.compile(r"^\s*[\u2500-\u25ff\u2022\u25cf\u25a0]")  # map legends, bullets of widgets
_PULL_QUOTE_CREDIT = re.compile(r"^\s*[—―]\s*\S.{0,150}$")  # "—Name on something": a boxed quote's credit line
_DATELINE = re.compile(
    r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},?\s+\d{4}$"
)
_LICENCE = re.compile(
    r"^(?P<lic>(?:this|the) (?:article|story|piece|post) (?:is|was|has been) (?:re-?published|originally published"
    r"|first published|reproduced|republished with permission)\s+(?:from|on|in|by)\s+(?P<pub>.+?)"
    r"(?:\s+under\s+(?:an?\s+)?(?P<terms>[^.]*?licen[cs]e))?[.!]?)(?:\s+read the original(?: article| story)?\.?)?\s*$",
    re.IGNORECASE,
)
_LICENCE_OTHER = re.compile(r"^.{0,200}\b(?:creative commons|CC BY(?:-[A-Z]{2})*(?: \d\.\d)?)\b.{0,200}$",
                            re.IGNORECASE)
_BYLINE = re.compile(r"^(?:by|author:)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*$", re.IGNORECASE)
_BIO = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|da|al|bin|la|le)){1,4}),?\s+"
    r"(?:is|was|has been|serves as|works as)\s+(?:an?\s+|the\s+)(?P<desc>[^.]{3,240}?(?:\.[^.\s][^.]*?)*)\.?$"
)
_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_MINOR = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from",
          "vs", "vs.", "as", "into", "over", "after", "is", "are", "its"}


def clean_article(raw: str) -> CleanText:
    """Return the body as blank-line separated paragraphs, with metadata lines lifted out."""
    meta: dict[str, str | None] = {}
    raw = lift_metadata(raw, meta)  # headline, byline, date line, wire footer
    kept: list[tuple[str, str]] = []  # (text, kind)
    for block in re.split(r"\n[ \t]*\n", raw.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [ln.strip() for ln in block.split("\n")]
        lines = [ln for ln in lines if ln and not _drop_line(ln, meta)]
        if not lines:
            continue
        text = "\n".join(lines)
        heading = len(lines) == 1 and (bool(_HEADING_MARK.match(text)) or _looks_like_heading(text))
        kept.append((_HEADING_MARK.sub("", text), "heading" if heading else "body"))
    _lift_author(kept, meta)
    if kept and kept[0][1] == "heading":
        meta.setdefault("title", kept[0][0])
    return _assemble(kept, meta)


def _drop_line(line: str, meta: dict) -> bool:
    """True when the line is not body text; metadata found in it is recorded in `meta`."""
    lic = _LICENCE.match(line)
    if lic:
        meta.setdefault("license", lic.group("lic").strip())
        meta.setdefault("publisher", lic.group("pub").strip().rstrip(".,"))
        return True
    if _LICENCE_OTHER.match(line) and len(line) < 300 and not re.search(r"[\"“”]", line):
        meta.setdefault("license", line)
        return True
    by = _BYLINE.match(line)
    if by:
        meta.setdefault("author", by.group("name"))
        return True
    if _DATELINE.match(line):
        meta.setdefault("published_at", line)
        return True
    return bool(
        _BOILERPLATE.match(line) or _IMAGE_LINE.match(line) or _MARKUP_ONLY.match(line)
        or _SYMBOL_LINE.match(line) or _PULL_QUOTE_CREDIT.match(line) or _PROMO_LINE.match(line)
    )


def _looks_like_heading(text: str) -> bool:
    """Short, title-like and unpunctuated: a section heading rather than a one-line paragraph."""
    words = text.split()
    if not 1 <= len(words) <= 10 or len(text) > 90 or not text[0].isupper():
        return False
    if text[-1] in ".,;:\"”’'…)" or re.search(r"[\"“”]", text):
        return False
    content = [w for w in words if w.lower() not in _MINOR]
    capitalised = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return len(words) <= 4 or capitalised >= 0.6 * len(content)


def _lift_author(kept: list[tuple[str, str]], meta: dict) -> None:
    """A closing 'Name is a professor of ...' paragraph is the author's bio, not reporting."""
    for i in range(len(kept) - 1, max(len(kept) - 3, 0), -1):
        text, _ = kept[i]
        bio = _BIO.match(text)
        if bio and len(text.split()) <= 60 and "\n" not in text and not re.search(r"[\"“”]", text):
            meta.setdefault("author", bio.group("name"))
            meta.setdefault("author_description", bio.group("desc").strip().rstrip("."))
            del kept[i]
            return


def _assemble(kept: list[tuple[str, str]], meta: dict) -> CleanText:
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for index, (text, kind) in enumerate(kept):
        if parts:
            pos += 2
        paragraphs.append(Paragraph(index=index, start=pos, end=pos + len(text), kind=kind))
        parts.append(text)
        pos += len(text)
    return CleanText(text="\n\n".join(parts), paragraphs=paragraphs, **meta)
