"""Shapes shared by every resource: errors, spans, source references, pagination."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

MAX_LIMIT = 100
DEFAULT_LIMIT = 20


class ProblemSchema(Schema):
    """An RFC 9457 problem document; every error the API returns has this shape."""

    type = fields.String(required=True, metadata={"description": "A URI identifying the problem type.",
                                                   "example": "about:blank"})
    title = fields.String(required=True, metadata={"example": "Not Found"})
    status = fields.Integer(required=True, metadata={"example": 404})
    detail = fields.String(required=True, metadata={"example": "Quote not found."})
    errors = fields.Dict(keys=fields.String(), values=fields.Raw(),
                         metadata={"description": "Per-field messages, for invalid arguments or bodies."})


class SpanSchema(Schema):
    start = fields.Integer(required=True, metadata={"example": 2271, "description": "Offset of the first character in the article text."})
    end = fields.Integer(required=True, metadata={"example": 2321, "description": "Offset just past the last character (Python slice)."})


class SourceRefSchema(Schema):
    id = fields.String(required=True, metadata={"example": "beijing"})
    name = fields.String(required=True, metadata={"example": "Beijing"})


class CursorQuerySchema(Schema):
    limit = fields.Integer(load_default=DEFAULT_LIMIT, validate=validate.Range(min=1, max=MAX_LIMIT),
                           metadata={"example": 20, "description": f"Page size, 1..{MAX_LIMIT}."})
    cursor = fields.String(load_default=None, validate=validate.Length(max=256),
                           metadata={"description": "Opaque cursor from a previous page's next_cursor."})


def page_schema(item_schema: type[Schema], name: str) -> type[Schema]:
    """The list envelope `{"items": [...], "next_cursor": ...}` for one item schema, named for the spec."""
    return type(name, (Schema,), {
        "items": fields.List(fields.Nested(item_schema), required=True),
        "next_cursor": fields.String(required=True, allow_none=True,
                                     metadata={"description": "Pass as `cursor` to get the next page; null on the last page.",
                                               "example": "WyJiaWRlbi14aS1jYWxsIiwgMl0x8Hq2c1vQ"}),
        "__doc__": f"A page of {item_schema.__name__.removesuffix('Schema').lower()}s.",
    })
