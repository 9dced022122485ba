"""One place that shapes every error as application/problem+json (RFC 9457), and fixes the spec to match.

flask-smorest's stock handler sends `{code, status, message}` as application/json and drops the headers a
werkzeug exception carries (so a 405 loses its `Allow`). We override `handle_http_exception` and document
every error response with `ProblemSchema` under the problem+json media type.
"""
from __future__ import annotations

import logging

from flask import current_app, json
from flask_smorest import Api
from flask_smorest.utils import prepare_response
from werkzeug.exceptions import HTTPException

from schemas.common import ProblemSchema

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger(__name__)


def problem_response(status: int, title: str, detail: str, errors: dict | None = None, headers: dict | None = None):
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if errors:
        body["errors"] = errors
    response = current_app.response_class(json.dumps(body), status=status, mimetype=PROBLEM_JSON)
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def _detail_for(error: HTTPException, errors: dict | None) -> str:
    data = getattr(error, "data", None) or {}
    if "message" in data:
        return str(data["message"])
    if errors:
        fields = ", ".join(sorted(_flatten_keys(errors)))
        return f"Invalid input: {fields}."
    return error.description or error.name


def _flatten_keys(errors: dict, prefix: str = "") -> list[str]:
    keys = []
    for key, value in errors.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value and all(isinstance(k, (str, int)) for k in value) and key in ("query", "json", "headers", "path"):
            keys.extend(_flatten_keys(value))
        else:
            keys.append(str(name))
    return keys


class ProblemApi(Api):
    """flask-smorest's Api with problem+json errors, Allow on 405 and errors documented as problems."""

    ERROR_SCHEMA = ProblemSchema

    def _register_error_handlers(self):
        self._app.register_error_handler(HTTPException, self.handle_http_exception)
        self._app.register_error_handler(Exception, self.handle_unexpected)

    def handle_http_exception(self, error: HTTPException):
        data = getattr(error, "data", None) or {}
        errors = data.get("errors") or data.get("messages")
        headers = dict(data.get("headers") or {})
        if error.code == 405 and getattr(error, "valid_methods", None):
            headers["Allow"] = ", ".join(sorted(set(error.valid_methods) | {"OPTIONS"}))
        return problem_response(error.code, error.name, _detail_for(error, errors), errors, headers)

    def handle_unexpected(self, error: Exception):
        if isinstance(error, HTTPException):
            return self.handle_http_exception(error)
        log.exception("unhandled error")
        return problem_response(500, "Internal Server Error", "The server could not complete the request.")

    def _register_pagination_header(self):
        """Lists page with a body cursor and a Link header, never flask-smorest's X-Pagination: keep its schema out."""

    def _register_responses(self):
        """Document every error status with ProblemSchema as application/problem+json."""
        import http

        for status in http.HTTPStatus:
            response = {"description": status.phrase}
            if status >= 400:
                response["schema"] = self.ERROR_SCHEMA
                prepare_response(response, self.spec, PROBLEM_JSON)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Default error response", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_JSON)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)
