"""Turn whatever a user types into a safe FTS5 MATCH expression.

FTS5 has its own query language: a lone `"`, `AND`, `NEAR(` or `*` raises a syntax error. We keep the
two things users mean on purpose, balanced "phrase queries" and `prefix*` words, and quote every other
token, so any input becomes a valid expression (all terms must match) or None when nothing is searchable.
"""
from __future__ import annotations

import re

MAX_QUERY_CHARS = 300
MAX_TERMS = 32
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


class QueryTooLong(ValueError):
    pass


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_query(user_text: str) -> str | None:
    """The MATCH expression for `user_text`, or None when it contains no searchable word."""
    if len(user_text) > MAX_QUERY_CHARS:
        raise QueryTooLong(f"q is longer than {MAX_QUERY_CHARS} characters")
    if user_text.count('"') % 2:
        user_text = user_text.replace('"', " ")
    parts: list[str] = []
    for phrase, bare in _TOKEN.findall(user_text):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                parts.append(_quote(" ".join(words)))
            continue
        prefix = bare.endswith("*")
        words = _WORD.findall(bare)
        for i, word in enumerate(words):
            last = i == len(words) - 1
            parts.append(_quote(word) + ("*" if prefix and last else ""))
    parts = parts[:MAX_TERMS]
    return " ".join(parts) if parts else None
