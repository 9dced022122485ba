"""Application factory: `gunicorn app:app`, `flask --app app ...`, and `create_app({...})` in tests."""
from __future__ import annotations

import os
from pathlib import Path

import orjson
import yaml
from flask import Flask, Response
from flask.json.provider import DefaultJSONProvider
from flask_compress import Compress
from flask_swagger_ui import get_swaggerui_blueprint

import api
import db
from api import http
from api.errors import ProblemApi

ROOT = Path(__file__).resolve().parent

DEFAULTS = {
    "API_TITLE": "Article Facts API",
    "API_VERSION": "1.0.0",
    "OPENAPI_VERSION": "3.1.0",
    "OPENAPI_URL_PREFIX": "/",
    "OPENAPI_JSON_PATH": "openapi.json",
    "API_SPEC_OPTIONS": {
        "info": {
            "description": "Quotes, sources and claims extracted from news articles. Every span indexes the text "
                           "served at /v1/articles/{id}/text. Errors are application/problem+json (RFC 9457); "
                           "invalid arguments get 422.",
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "servers": [{"url": "/", "description": "This server"}],
    },
    "MAX_CONTENT_LENGTH": 64 * 1024,
    "MAX_URL_CHARS": 32 * 1024,
    "CACHE_MAX_AGE": 60,  # seconds in Cache-Control; env FACTS_CACHE_MAX_AGE overrides
    "JSON_SORT_KEYS": False,
    # flask-compress: bodies of 500 bytes or more, in the client's preferred coding; streamed exports too
    # (chunk by chunk). Its after_request runs after ours, so it suffixes our strong ETag with the coding.
    "COMPRESS_MIN_SIZE": 500,
    "COMPRESS_MIMETYPES": ["application/json", "application/problem+json", "application/x-ndjson", "text/csv",
                           "text/plain", "application/yaml", "text/html", "text/css", "application/javascript",
                           "text/javascript"],
    "COMPRESS_ALGORITHM": ["zstd", "br", "gzip", "deflate"],
    "COMPRESS_ALGORITHM_STREAMING": ["zstd", "br", "gzip", "deflate"],
}


class OrjsonProvider(DefaultJSONProvider):
    """Flask's JSON with orjson: the same output rules (sorted keys; dates, decimals, UUIDs, dataclasses and
    __html__ through Flask's own `default`), several times faster than the stdlib encoder. Non-ASCII text is
    sent as UTF-8 rather than \\u escapes; both are the same JSON to any parser."""

    OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | \
        orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_SUBCLASS

    def dumps(self, obj, **kwargs) -> str:
        if not kwargs:  # an explicit json.dumps option (indent, separators...): the stdlib honours them all
            try:
                return orjson.dumps(obj, default=self.default, option=self.OPTIONS).decode()
            except orjson.JSONEncodeError:  # e.g. a lone surrogate from the client: the stdlib escapes it
                pass
        return super().dumps(obj, **kwargs)

    def response(self, *args, **kwargs) -> Response:
        obj = self._prepare_response_obj(args, kwargs)
        try:
            body = orjson.dumps(obj, default=self.default, option=self.OPTIONS | orjson.OPT_APPEND_NEWLINE)
        except orjson.JSONEncodeError:
            body = super().dumps(obj) + "\n"
        return self._app.response_class(body, mimetype=self.mimetype)


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.json = OrjsonProvider(app)
    app.config.update(DEFAULTS)
    app.config["DATABASE"] = os.environ.get("FACTS_DB", str(ROOT / "db" / "facts.db"))
    if os.environ.get("FACTS_CACHE_MAX_AGE"):
        app.config["CACHE_MAX_AGE"] = int(os.environ["FACTS_CACHE_MAX_AGE"])
    app.config.update(config or {})

    smorest = ProblemApi(app)
    api.register_blueprints(smorest)
    db.init_app(app)
    Compress(app)  # registered before http's after_request so that it runs after it, on the final headers
    http.init_app(app)

    @app.get("/openapi.yaml")
    def openapi_yaml():
        return Response(yaml.safe_dump(smorest.spec.to_dict(), sort_keys=False, allow_unicode=True),
                        mimetype="application/yaml")

    app.register_blueprint(get_swaggerui_blueprint("/docs", "/openapi.json",
                                                   config={"app_name": app.config["API_TITLE"]}))
    return app


app = create_app()
