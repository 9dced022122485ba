"""Marshmallow schemas: the single source of truth for bodies, query arguments and the OpenAPI spec."""
from schemas.articles import ArticlePageSchema, ArticleSchema
from schemas.claims import ClaimPageSchema, ClaimQuerySchema, ClaimSchema
from schemas.common import CursorQuerySchema, ProblemSchema, SourceRefSchema, SpanSchema
from schemas.quotes import QuotePageSchema, QuoteQuerySchema, QuoteSchema
from schemas.search import SearchHitSchema, SearchPageSchema, SearchQuerySchema
from schemas.sources import SourcePageSchema, SourceQuerySchema, SourceSchema
from schemas.verify import VerifyRequestSchema, VerifyResultSchema

__all__ = [
    "ArticlePageSchema", "ArticleSchema", "ClaimPageSchema", "ClaimQuerySchema", "ClaimSchema",
    "CursorQuerySchema", "ProblemSchema", "QuotePageSchema", "QuoteQuerySchema", "QuoteSchema",
    "SourcePageSchema", "SourceQuerySchema", "SourceRefSchema", "SourceSchema", "SpanSchema",
    "SearchHitSchema", "SearchPageSchema", "SearchQuerySchema", "VerifyRequestSchema", "VerifyResultSchema",
]
