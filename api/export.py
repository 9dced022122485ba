"""Bulk export: every row of a table as NDJSON or CSV, streamed in constant memory.

Each row is dumped by the same item schema the JSON API uses, so the fields are identical. The body is a
generator over a batched cursor (db/export.py) on a connection of its own, opened in the view and closed
when the server closes the response: the request's connection is closed at teardown, before streaming ends.

CSV flattens each item by one rule taken from the schema: a nested object becomes one column per field
(`span` -> `span_start`, `span_end`; `claimant` -> `claimant_id`, `claimant_name`), a list of objects one
column per field holding a JSON array (`speakers` -> `speaker_ids`, `speaker_names`), any other list a JSON
array (`aliases`, `entities`), booleans `true`/`false`, null an empty cell.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable, Iterator

import orjson
from flask import current_app, g, request
from flask_smorest import abort
from marshmallow import Schema, fields

from api.blueprint import Blueprint
from db import connect_readonly, get_db
from db.export import iter_rows
from schemas import ArticleSchema, ClaimSchema, QuoteSchema, SourceSchema
from schemas.export import ExportQuerySchema

NDJSON = "application/x-ndjson"
CSV = "text/csv"
MEDIA_TYPES = {"ndjson": NDJSON, "csv": CSV}
CHUNK_BYTES = 64 * 1024

blp = Blueprint("export", __name__, url_prefix="/v1/export",
                description="Every row of a table in one streamed download: NDJSON (default) or CSV.")


# CSV flattening --------------------------------------------------------------------------------

def _nested(field) -> Schema | None:
    if isinstance(field, fields.Nested):
        return field.schema
    if isinstance(field, fields.List) and isinstance(field.inner, fields.Nested):
        return field.inner.schema
    return None


def csv_columns(schema: Schema) -> list[str]:
    columns = []
    for name, field in schema.dump_fields.items():
        sub = _nested(field)
        if sub is None:
            columns.append(name)
        elif isinstance(field, fields.List):
            columns += [f"{name.removesuffix('s')}_{key}s" for key in sub.dump_fields]
        else:
            columns += [f"{name}_{key}" for key in sub.dump_fields]
    return columns


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def csv_row(schema: Schema, item: dict) -> list:
    row = []
    for name, field in schema.dump_fields.items():
        value, sub = item.get(name), _nested(field)
        if sub is None:
            row.append(_cell(value))
        elif isinstance(field, fields.List):
            row += [_cell([v.get(key) for v in value or []]) for key in sub.dump_fields]
        else:
            row += [_cell(value.get(key)) if value else "" for key in sub.dump_fields]
    return row


# Serialisers -----------------------------------------------------------------------------------

def ndjson_lines(schema: Schema, rows: Iterable[dict]) -> Iterator[bytes]:
    for row in rows:
        yield orjson.dumps(schema.dump(row)) + b"\n"


def csv_lines(schema: Schema, rows: Iterable[dict]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_columns(schema))
    for row in rows:
        writer.writerow(csv_row(schema, schema.dump(row)))
        yield buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode("utf-8")


def chunked(lines: Iterable[bytes], size: int = CHUNK_BYTES) -> Iterator[bytes]:
    """Group small lines into ~64 KiB writes; the header line goes out at once."""
    parts, total = [], 0
    for line in lines:
        parts.append(line)
        total += len(line)
        if total >= size:
            yield b"".join(parts)
            parts, total = [], 0
    if parts:
        yield b"".join(parts)


# Spec examples, built from the schema fields' examples -----------------------------------------

def example_of(schema: Schema) -> dict:
    item = {}
    for name, field in schema.dump_fields.items():
        sub = _nested(field)
        if sub is None:
            item[name] = field.metadata.get("example")
        elif isinstance(field, fields.List):
            item[name] = [example_of(sub)]
        else:
            item[name] = example_of(sub)
    return item


def _ndjson_example(schema: Schema) -> str:
    return json.dumps(example_of(schema), ensure_ascii=False) + "\n"


def _csv_example(schema: Schema) -> str:
    return b"".join(csv_lines(schema, [example_of(schema)])).decode("utf-8")


def export_doc(table: str, schema: Schema) -> dict:
    name = schema.__class__.__name__.removesuffix("Schema")
    return {"responses": {"200": {
        "description": f"Every {name.lower()}, in the JSON API's order, one per line.",
        "headers": {"ETag": {"description": "Strong validator: build id, URL and Accept.",
                             "schema": {"type": "string"}}},
        "content": {
            NDJSON: {"schema": {"type": "string", "description": f"Newline-delimited JSON: one {name} object "
                                f"(#/components/schemas/{name}) per line."},
                     "example": _ndjson_example(schema)},
            CSV: {"schema": {"type": "string", "description": f"RFC 4180 CSV with a header row: the {name} fields, "
                             "nested objects flattened (span_start, span_end), lists as JSON arrays."},
                  "example": _csv_example(schema)},
        },
    }}}


# The views -------------------------------------------------------------------------------------

def negotiate(format: str | None) -> str:
    """`?format=` wins; else the Accept header; else NDJSON. An Accept that allows neither is a 406."""
    if format:
        return format
    if not request.headers.get("Accept"):
        return "ndjson"
    best = request.accept_mimetypes.best_match([NDJSON, CSV])
    if best is None:
        abort(406, message=f"Export is available as {NDJSON} or {CSV}; set Accept or ?format=ndjson|csv.")
    return "csv" if best == CSV else "ndjson"


def export_response(table: str, schema: Schema, format: str | None):
    fmt = negotiate(format)
    get_db()  # a missing database is a 503 problem before anything streams
    try:
        db = connect_readonly(current_app.config["DATABASE"])
        row = db.execute("select value from meta where key = 'build_id'").fetchone()
    except sqlite3.Error:
        abort(503, message="The facts database is not available; run `python -m seeds import`.")
    # The ETag must name the build this stream reads, even if an import swapped the file meanwhile.
    g.build_id = row[0] if row else "unknown"
    lines = ndjson_lines(schema, iter_rows(db, table)) if fmt == "ndjson" else csv_lines(schema, iter_rows(db, table))
    response = current_app.response_class(chunked(lines), mimetype=MEDIA_TYPES[fmt])
    response.call_on_close(db.close)
    response.headers["Content-Disposition"] = f'inline; filename="{table}.{fmt}"'
    return response


article_schema, source_schema, quote_schema, claim_schema = ArticleSchema(), SourceSchema(), QuoteSchema(), ClaimSchema()


@blp.route("/articles")
@blp.doc(operationId="exportArticles", **export_doc("articles", article_schema))
@blp.arguments(ExportQuerySchema, location="query", as_kwargs=True)
@blp.alt_response(406, response="NOT_ACCEPTABLE")
def export_articles(format=None):
    """Export every article as NDJSON or CSV"""
    return export_response("articles", article_schema, format)


@blp.route("/sources")
@blp.doc(operationId="exportSources", **export_doc("sources", source_schema))
@blp.arguments(ExportQuerySchema, location="query", as_kwargs=True)
@blp.alt_response(406, response="NOT_ACCEPTABLE")
def export_sources(format=None):
    """Export every source as NDJSON or CSV"""
    return export_response("sources", source_schema, format)


@blp.route("/quotes")
@blp.doc(operationId="exportQuotes", **export_doc("quotes", quote_schema))
@blp.arguments(ExportQuerySchema, location="query", as_kwargs=True)
@blp.alt_response(406, response="NOT_ACCEPTABLE")
def export_quotes(format=None):
    """Export every quote as NDJSON or CSV"""
    return export_response("quotes", quote_schema, format)


@blp.route("/claims")
@blp.doc(operationId="exportClaims", **export_doc("claims", claim_schema))
@blp.arguments(ExportQuerySchema, location="query", as_kwargs=True)
@blp.alt_response(406, response="NOT_ACCEPTABLE")
def export_claims(format=None):
    """Export every claim as NDJSON or CSV"""
    return export_response("claims", claim_schema, format)
