from marshmallow import Schema, fields, validate

from schemas.common import CursorQuerySchema, SourceRefSchema, SpanSchema, page_schema


class QuoteSchema(Schema):
    id = fields.String(required=True, metadata={"description": "Derived from article, text and occurrence; stable across imports."})
    article_id = fields.String(required=True)
    text = fields.String(required=True, metadata={"description": "Exactly the characters between the quotation marks."})
    speakers = fields.List(fields.Nested(SourceRefSchema), required=True)
    cue = fields.String(allow_none=True, metadata={"description": "The reporting words as written, e.g. \"said\"."})
    span = fields.Nested(SpanSchema, required=True)
    sentence = fields.String(required=True)
    paragraph = fields.Integer(required=True, metadata={"description": "Index of the paragraph in the article text."})
    partial = fields.Boolean(required=True, metadata={"description": "A fragment inside the author's own sentence."})
    elided = fields.Boolean(required=True, metadata={"description": "Contains or is cut by an ellipsis."})
    confidence = fields.Float(required=True)
    context_before = fields.String(allow_none=True, metadata={"description": "The sentence just before the quote's; null at the start."})
    context_after = fields.String(allow_none=True, metadata={"description": "The sentence just after the quote's; null at the end."})


class QuoteQuerySchema(CursorQuerySchema):
    article = fields.String(validate=validate.Length(min=1, max=200))
    speaker = fields.String(validate=validate.Length(min=1, max=200),
                            metadata={"description": "A source id, name or alias."})
    q = fields.String(validate=validate.Length(min=1, max=300), metadata={"description": "Full-text search over the quote."})


QuotePageSchema = page_schema(QuoteSchema, "QuotePage")
