from marshmallow import Schema, fields, validate

from schemas.common import CursorQuerySchema, SourceRefSchema, SpanSchema, page_schema


class QuoteSchema(Schema):
    id = fields.String(required=True,
                       metadata={"example": "q_6a55ef21b6ce",
                                 "description": "Derived from article, text and occurrence; stable across imports."})
    article_id = fields.String(required=True, metadata={"example": "biden-xi-call-conversation-2024"})
    text = fields.String(required=True,
                         metadata={"example": "suppress China’s trade and technology development.",
                                   "description": "Exactly the characters between the quotation marks."})
    speakers = fields.List(fields.Nested(SourceRefSchema), required=True,
                           metadata={"example": [{"id": "beijing", "name": "Beijing"}]})
    cue = fields.String(allow_none=True, metadata={"example": "suspects", "description": "The reporting words as written, e.g. \"said\"."})
    span = fields.Nested(SpanSchema, required=True)
    sentence = fields.String(required=True,
                             metadata={"example": "These measures, Beijing suspects, are tools the U.S. is using to "
                                                  "“suppress China’s trade and technology development.”"})
    paragraph = fields.Integer(required=True, metadata={"example": 6, "description": "Index of the paragraph in the article text."})
    partial = fields.Boolean(required=True, metadata={"example": True, "description": "A fragment inside the author's own sentence."})
    elided = fields.Boolean(required=True, metadata={"example": False, "description": "Contains or is cut by an ellipsis."})
    confidence = fields.Float(required=True, metadata={"example": 0.8})
    context_before = fields.String(allow_none=True, metadata={"example": "Both sides described the talks as candid.", "description": "The sentence just before the quote's; null at the start."})
    context_after = fields.String(allow_none=True, metadata={"example": None, "description": "The sentence just after the quote's; null at the end."})


class QuoteQuerySchema(CursorQuerySchema):
    article = fields.String(validate=validate.Length(min=1, max=200))
    speaker = fields.String(validate=validate.Length(min=1, max=200),
                            metadata={"description": "A source id, name or alias."})
    q = fields.String(validate=validate.Length(min=1, max=300), metadata={"description": "Full-text search over the quote."})


QuotePageSchema = page_schema(QuoteSchema, "QuotePage")
