from marshmallow import Schema, fields, validate

from schemas.common import CursorQuerySchema, SourceRefSchema, SpanSchema, page_schema

CLAIM_KINDS = ("factual", "attributed", "opinion", "prediction")


class ClaimSchema(Schema):
    id = fields.String(required=True, metadata={"example": "c_e1b182f3529e"})
    article_id = fields.String(required=True, metadata={"example": "biden-xi-call-conversation-2024"})
    text = fields.String(required=True,
                         metadata={"example": "Xi and Biden are believed to have covered Taiwan, the possible U.S. TikTok ban, "
                                              "tariffs, and Chinese support for Russia, in the 105-minute call."})
    span = fields.Nested(SpanSchema, required=True)
    kind = fields.String(required=True, validate=validate.OneOf(CLAIM_KINDS), metadata={"example": "factual"})
    hedged = fields.Boolean(required=True, metadata={"example": True})
    hedge = fields.String(allow_none=True,
                          metadata={"example": "are believed to", "description": "The hedging words as written, e.g. \"are believed to\"."})
    claimant = fields.Nested(SourceRefSchema, allow_none=True, required=True,
                             metadata={"description": "Who makes the claim; null means the article's author."})
    checkworthiness = fields.Float(required=True, metadata={"example": 0.55, "description": "0..1, higher is more worth checking."})
    entities = fields.List(fields.String(), required=True, metadata={"example": ["Xi", "Biden", "Taiwan", "U.S.", "TikTok", "Russia"]})
    dates = fields.List(fields.String(), required=True, metadata={"example": ["this week"]})
    numbers = fields.List(fields.String(), required=True, metadata={"example": ["105-minute"]})


class ClaimQuerySchema(CursorQuerySchema):
    article = fields.String(validate=validate.Length(min=1, max=200))
    kind = fields.String(validate=validate.OneOf(CLAIM_KINDS))
    claimant = fields.String(validate=validate.Length(min=1, max=200), metadata={"description": "A source id, name or alias."})
    entity = fields.String(validate=validate.Length(min=1, max=200), metadata={"description": "A named entity, case-insensitive."})
    q = fields.String(validate=validate.Length(min=1, max=300))
    min_checkworthiness = fields.Float(validate=validate.Range(min=0, max=1))


ClaimPageSchema = page_schema(ClaimSchema, "ClaimPage")
