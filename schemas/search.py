from marshmallow import Schema, fields, validate

from schemas.claims import CLAIM_KINDS
from schemas.common import CursorQuerySchema, SourceRefSchema, page_schema


class SearchQuerySchema(CursorQuerySchema):
    q = fields.String(required=True, validate=validate.Length(min=1, max=300), metadata={
        "description": 'Words to find. "Balanced phrases" and prefix* words work; any other FTS syntax is '
                       "searched as plain words. Every word must match."})
    type = fields.String(validate=validate.OneOf(("quote", "claim")), metadata={"description": "Only quotes or only claims."})
    article = fields.String(validate=validate.Length(min=1, max=200))
    speaker = fields.String(validate=validate.Length(min=1, max=200), metadata={
        "description": "A source id, name or alias: the quote's speaker or the claim's claimant."})
    kind = fields.String(validate=validate.OneOf(CLAIM_KINDS), metadata={
        "description": "Claim kind; only claims have one, so this excludes quotes."})


class SearchHitSchema(Schema):
    type = fields.String(required=True, validate=validate.OneOf(("quote", "claim")), metadata={"example": "quote"})
    id = fields.String(required=True, metadata={"example": "q_6a55ef21b6ce"})
    text = fields.String(required=True, metadata={"example": "suppress China’s trade and technology development."})
    article_id = fields.String(required=True, metadata={"example": "biden-xi-call-conversation-2024"})
    speakers = fields.List(fields.Nested(SourceRefSchema), metadata={"description": "Quotes only: who said it."})
    claimant = fields.Nested(SourceRefSchema, allow_none=True, metadata={
        "description": "Claims only: who makes the claim; null means the article's author."})
    kind = fields.String(validate=validate.OneOf(CLAIM_KINDS), metadata={"example": "factual", "description": "Claims only."})
    snippet = fields.String(required=True, metadata={"example": "suppress China’s <mark>trade</mark> and technology development.", 
        "description": "Up to 24 words around the matches, as HTML: the text is escaped and every matched word "
                       "is wrapped in <mark></mark>; … marks cut text."})
    score = fields.Float(required=True, metadata={"example": 3.42, "description": "BM25 relevance (higher is better); comparable within one response."})


SearchPageSchema = page_schema(SearchHitSchema, "SearchPage")
