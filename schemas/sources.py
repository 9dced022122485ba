from marshmallow import Schema, fields, validate

from schemas.common import CursorQuerySchema, page_schema

SOURCE_KINDS = ("person", "organization", "government", "document", "publication")


class SourceSchema(Schema):
    id = fields.String(required=True, metadata={"example": "joe-biden", "description": "Slug of the canonical name."})
    name = fields.String(required=True, metadata={"example": "Joe Biden"})
    kind = fields.String(required=True, validate=validate.OneOf(SOURCE_KINDS), metadata={"example": "person"})
    description = fields.String(allow_none=True,
                                metadata={"example": "U.S. President", "description": "Title or role, e.g. \"U.S. President\"."})
    aliases = fields.List(fields.String(), required=True, metadata={"example": ["Biden", "U.S. President Joe Biden"]})
    quote_count = fields.Integer(required=True, metadata={"example": 2})
    claim_count = fields.Integer(required=True, metadata={"example": 3})


class SourceQuerySchema(CursorQuerySchema):
    kind = fields.String(validate=validate.OneOf(SOURCE_KINDS))
    q = fields.String(validate=validate.Length(min=1, max=300), metadata={"description": "Words in the name, aliases or description."})
    article = fields.String(validate=validate.Length(min=1, max=200), metadata={"description": "Only sources of this article."})


SourcePageSchema = page_schema(SourceSchema, "SourcePage")
