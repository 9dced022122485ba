"""Marshmallow schemas: the single source of truth for bodies, query arguments and the OpenAPI spec."""
from schemas.articles import ArticlePageSchema, ArticleSchema
from schemas.claims import ClaimPageSchema, ClaimQuerySchema, ClaimSchema
from schemas.common import CursorQuerySchema, ProblemSchema, SourceRefSchema, SpanSchema
from schemas.quotes import QuotePageSchema, QuoteQuerySchema, QuoteSchema
from schemas.sources import SourcePageSchema, SourceQuerySchema, SourceSchema

__all__ = [
    "ArticlePageSchema", "ArticleSchema", "ClaimPageSchema", "ClaimQuerySchema", "ClaimSchema",
    "CursorQuerySchema", "ProblemSchema", "QuotePageSchema", "QuoteQuerySchema", "QuoteSchema",
    "SourcePageSchema", "SourceQuerySchema", "SourceRefSchema", "SourceSchema", "SpanSchema",
]
