"""The body and verdict of POST /v1/quotes/verify; the thresholds live in api/verification.py."""
from marshmallow import Schema, fields, validate

from schemas.common import SourceRefSchema, SpanSchema

VERDICTS = ("verbatim", "altered", "misattributed", "not_found")


class VerifyRequestSchema(Schema):
    text = fields.String(required=True, validate=validate.Length(min=1, max=5000), metadata={
        "description": "The quote as you saw it. Quotation marks, case, whitespace and punctuation between words "
                       "are ignored; an ellipsis marks words you left out.",
        "example": "The Taiwan question is the first red line"})
    speaker = fields.String(validate=validate.Length(min=1, max=200), metadata={
        "description": "Who it is attributed to: a source id, name or alias."})
    article = fields.String(validate=validate.Length(min=1, max=200), metadata={"description": "Only look in this article."})


class DiffRunSchema(Schema):
    op = fields.String(required=True, validate=validate.OneOf(("equal", "insert", "delete", "replace")),
                       metadata={"example": "replace", "description": "insert: words only in the submission; delete: words only in the stored quote."})
    source = fields.List(fields.String(), required=True, metadata={"example": ["trade"], "description": "The stored quote's words."})
    submitted = fields.List(fields.String(), required=True, metadata={"example": ["economic"], "description": "The submitted words."})


class VerifyCandidateSchema(Schema):
    id = fields.String(required=True, metadata={"example": "q_6a55ef21b6ce", "description": "The quote's id (GET /v1/quotes/{id})."})
    article_id = fields.String(required=True, metadata={"example": "biden-xi-call-conversation-2024"})
    text = fields.String(required=True, metadata={"example": "suppress China’s trade and technology development."})
    speakers = fields.List(fields.Nested(SourceRefSchema), required=True)
    sentence = fields.String(required=True, metadata={"example": "These measures, Beijing suspects, are tools the U.S. is using to “suppress China’s trade and technology development.”"})
    span = fields.Nested(SpanSchema, required=True)
    similarity = fields.Float(required=True, metadata={"example": 0.86, "description": "Word-level similarity, 0..1."})
    match = fields.String(required=True, allow_none=True, validate=validate.OneOf(("exact", "partial")), metadata={"example": "exact"})


class VerifyResultSchema(Schema):
    verdict = fields.String(required=True, validate=validate.OneOf(VERDICTS), metadata={"example": "altered"})
    match = fields.String(required=True, allow_none=True, validate=validate.OneOf(("exact", "partial")), metadata={"example": None, 
        "description": "For verbatim and misattributed: the whole quote (exact) or a contiguous part of it (partial)."})
    similarity = fields.Float(required=True, metadata={"example": 0.86, "description": "The best candidate's word-level similarity, 0..1."})
    quote = fields.Nested(VerifyCandidateSchema, required=True, allow_none=True,
                          metadata={"description": "The matching stored quote; null when not_found."})
    speaker_match = fields.Boolean(required=True, allow_none=True, metadata={"example": True, 
        "description": "Whether the given speaker is among the quote's speakers; null when no speaker was given."})
    actual_speakers = fields.List(fields.Nested(SourceRefSchema), required=True,
                                  metadata={"description": "Who really said the matching quote."})
    diff = fields.List(fields.Nested(DiffRunSchema), required=True, allow_none=True, metadata={
        "description": "Word runs turning the stored words into the submitted ones; null when not_found."})
    candidates = fields.List(fields.Nested(VerifyCandidateSchema), required=True,
                             metadata={"description": "Up to 3 closest stored quotes, best first."})
