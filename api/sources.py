from flask import request
from flask_smorest import abort

from api import jsonld
from api.blueprint import Blueprint
from api.pagination import decode_cursor, page
from db import get_db, queries
from db.queries import CLAIM_ORDER, QUOTE_ORDER
from schemas import (ClaimPageSchema, CursorQuerySchema, QuotePageSchema, SourcePageSchema,
                     SourceQuerySchema, SourceSchema)

blp = Blueprint("sources", __name__, url_prefix="/v1/sources",
                description="People, bodies and documents that speak or are cited, plus authors and publishers.")


def require_source(source_id: str) -> None:
    if not queries.source_exists(get_db(), source_id):
        abort(404, message=f"Source '{source_id}' not found.")


@blp.route("")
@blp.doc(operationId="listSources")
@blp.arguments(SourceQuerySchema, location="query", as_kwargs=True)
@blp.response(200, SourcePageSchema)
def list_sources(limit, cursor, **filters):
    """List sources, filtered by kind, article or words in the name"""
    rows = queries.list_sources(get_db(), **filters, after=decode_cursor(cursor, 1), limit=limit + 1)
    return page(rows, limit, ("id",))


@blp.route("/<string:source_id>")
@blp.doc(operationId="getSource", **jsonld.SPEC)
@blp.response(200, SourceSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_source(source_id):
    """Retrieve a source by id; JSON-LD Person or Organization on request"""
    source = queries.get_source(get_db(), source_id)
    if source is None:
        abort(404, message=f"Source '{source_id}' not found.")
    return jsonld.response(jsonld.source_document(source, request.url_root)) if jsonld.wanted() else source


@blp.route("/<string:source_id>/quotes")
@blp.doc(operationId="listSourceQuotes")
@blp.arguments(CursorQuerySchema, location="query", as_kwargs=True)
@blp.response(200, QuotePageSchema)
@blp.alt_response(404, response="NOT_FOUND")
def list_source_quotes(source_id, limit, cursor):
    """List the quotes one source said"""
    require_source(source_id)
    rows = queries.list_quotes(get_db(), speaker_ids=[source_id], after=decode_cursor(cursor, 2), limit=limit + 1)
    return page(rows, limit, QUOTE_ORDER)


@blp.route("/<string:source_id>/claims")
@blp.doc(operationId="listSourceClaims")
@blp.arguments(CursorQuerySchema, location="query", as_kwargs=True)
@blp.response(200, ClaimPageSchema)
@blp.alt_response(404, response="NOT_FOUND")
def list_source_claims(source_id, limit, cursor):
    """List the claims attributed to one source"""
    require_source(source_id)
    rows = queries.list_claims(get_db(), claimant_ids=[source_id], after=decode_cursor(cursor, 2), limit=limit + 1)
    return page(rows, limit, CLAIM_ORDER)
