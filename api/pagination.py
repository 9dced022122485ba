"""Opaque, signed keyset cursors and the list envelope with its Link header.

A cursor carries the sort key of the last row served, signed with a key derived from the database build
id: it stays valid across identical builds (same content, same build id) and is rejected, with a 422
problem, when tampered with or when it comes from another build whose rows it would not fit.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json

from flask import current_app, request
from flask_smorest import abort

from api.http import current_build_id


def _key() -> bytes:
    secret = current_app.config.get("CURSOR_SECRET", "article-facts")
    return hashlib.sha256(f"{secret}:{current_build_id()}".encode()).digest()


def encode_cursor(values: list) -> str:
    payload = json.dumps(values, separators=(",", ":"), ensure_ascii=False).encode()
    sig = hmac.new(_key(), payload, hashlib.sha256).digest()[:12]
    return base64.urlsafe_b64encode(payload + sig).decode().rstrip("=")


def decode_cursor(cursor: str | None, arity: int) -> list | None:
    if cursor is None:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload, sig = raw[:-12], raw[-12:]
        if not hmac.compare_digest(sig, hmac.new(_key(), payload, hashlib.sha256).digest()[:12]):
            raise ValueError("signature")
        values = json.loads(payload)
        if not isinstance(values, list) or len(values) != arity:
            raise ValueError("shape")
    except (ValueError, TypeError, UnicodeDecodeError):
        abort(422, message="Invalid cursor: it is malformed, altered, or from another database build.",
              errors={"query": {"cursor": ["Invalid or expired cursor."]}})
    return values


def page(rows: list[dict], limit: int, key_columns: tuple[str, ...]):
    """`(body, headers)` for a list view that fetched `limit + 1` rows."""
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor([rows[-1][c] for c in key_columns]) if more and rows else None
    headers = {}
    if next_cursor:
        args = request.args.to_dict(flat=False)
        args["cursor"] = [next_cursor]
        from urllib.parse import urlencode

        url = request.base_url + "?" + urlencode(args, doseq=True)
        headers["Link"] = f'<{url}>; rel="next"'
    return {"items": rows, "next_cursor": next_cursor}, headers
