"""HTTP caching and CORS for a read-only API.

Every GET response is a pure function of (database build id, URL, Accept), so the strong ETag is derived
from those three without hashing bodies: a conditional request is answered with 304 before any query runs.
"""
from __future__ import annotations

import hashlib

from flask import current_app, g, request
from flask_smorest import abort

from db import get_db

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type, If-None-Match",
    "Access-Control-Expose-Headers": "ETag, Link, X-Build-Id",
    "Access-Control-Max-Age": "86400",
}


def current_build_id() -> str:
    """The build id read through this request's connection, so it always matches the data served."""
    if "build_id" not in g:
        get_db()  # sets g.build_id, read through the same connection when it was opened
    return g.build_id


def request_etag() -> str:
    key = "\x1f".join((current_build_id(), request.full_path, request.headers.get("Accept", "")))
    return '"' + hashlib.sha256(key.encode()).hexdigest()[:32] + '"'


def _cacheable() -> bool:
    return request.method in ("GET", "HEAD") and request.endpoint is not None and \
        not request.endpoint.startswith(("swagger_ui", "static")) and request.endpoint != "api-docs.openapi_json"


def check_not_modified():
    """before_request: refuse huge URLs, then answer If-None-Match with 304 when the ETag matches."""
    if len(request.full_path) > current_app.config["MAX_URL_CHARS"]:
        abort(414, message=f"The URL is longer than {current_app.config['MAX_URL_CHARS']} characters.")
    if not _cacheable() or "If-None-Match" not in request.headers:
        return None
    matched = _matching_tag(request_etag().strip('"'))
    if matched:
        response = current_app.response_class(status=304)
        response.headers["ETag"] = f'"{matched}"'
        _cache_headers(response)
        return response
    return None


def _matching_tag(etag: str) -> str | None:
    """The If-None-Match tag that names a current representation: ours, or ours as flask-compress suffixed it.

    flask-compress turns a strong ETag "H" into "H:gzip" (or ":br", ":zstd", ":deflate") on the bodies it
    compresses, so each coding has its own strong tag. The content of every coding is the same, so a tag
    for any coding the client accepts still names a representation it can use.
    """
    if request.if_none_match.star_tag:
        return etag
    for tag in sorted(request.if_none_match.as_set(include_weak=True)):  # weak comparison, RFC 9110 13.1.2
        base, _, coding = tag.partition(":")
        if base == etag and (not coding or request.accept_encodings[coding] > 0):
            return tag
    return None


def _cache_headers(response) -> None:
    response.headers["Cache-Control"] = f"public, max-age={int(current_app.config['CACHE_MAX_AGE'])}"
    if "Vary" in response.headers:
        response.vary.add("Accept")
        response.vary.add("Accept-Encoding")
    else:  # the usual case, without parsing and re-serialising a header set
        response.headers["Vary"] = "Accept, Accept-Encoding"


_ALWAYS = (*CORS_HEADERS.items(), ("X-Content-Type-Options", "nosniff"))


def add_headers(response):
    """after_request: ETag and Cache-Control on successful GETs; CORS and nosniff on everything."""
    headers = response.headers
    present = {key.lower() for key, _ in headers.items()}
    for key, value in _ALWAYS:  # a view's own CORS headers stand; nosniff is always ours
        if key.lower() not in present:
            headers.add(key, value)
        elif key == "X-Content-Type-Options":
            headers[key] = value
    if _cacheable() and response.status_code == 200 and "ETag" not in response.headers:
        response.headers["ETag"] = request_etag()
        _cache_headers(response)
    elif response.status_code >= 400:
        response.headers.setdefault("Cache-Control", "no-store")
    if "db" in g:
        response.headers["X-Build-Id"] = current_build_id()
    if response.direct_passthrough and (request.endpoint or "").startswith("swagger_ui"):
        # The /docs assets are files (1.7 MB at most): read and close them now, so flask-compress (which runs
        # next) compresses them whole with a Content-Length, and no open file waits for a close that a
        # client (or a test) may never trigger.
        body = response.response
        response.direct_passthrough = False
        try:
            response.set_data(b"".join(body))
        finally:
            if hasattr(body, "close"):
                body.close()
    return response


def init_app(app) -> None:
    app.before_request(check_not_modified)
    app.after_request(add_headers)
