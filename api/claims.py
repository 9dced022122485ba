from flask_smorest import abort

from api import jsonld
from api.blueprint import Blueprint
from api.pagination import decode_cursor, page
from db import get_db, queries
from db.queries import CLAIM_ORDER
from schemas import ClaimPageSchema, ClaimQuerySchema, ClaimSchema

blp = Blueprint("claims", __name__, url_prefix="/v1/claims",
                description="Check-worthy statements, classified as factual, attributed, opinion or prediction.")


@blp.route("")
@blp.doc(operationId="listClaims")
@blp.arguments(ClaimQuerySchema, location="query", as_kwargs=True)
@blp.response(200, ClaimPageSchema)
def list_claims(limit, cursor, claimant=None, **filters):
    """List claims, filtered by article, kind, claimant, entity, words or check-worthiness"""
    db = get_db()
    claimant_ids = queries.resolve_source_ids(db, claimant) if claimant else None
    rows = queries.list_claims(db, claimant_ids=claimant_ids, **filters,
                               after=decode_cursor(cursor, 2), limit=limit + 1)
    return page(rows, limit, CLAIM_ORDER)


@blp.route("/<string:claim_id>")
@blp.doc(operationId="getClaim", **jsonld.SPEC)
@blp.response(200, ClaimSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_claim(claim_id):
    """Retrieve a claim by id; JSON-LD Claim on request"""
    db = get_db()
    claim = queries.get_claim(db, claim_id)
    if claim is None:
        abort(404, message=f"Claim '{claim_id}' not found.")
    return jsonld.response(jsonld.for_claim(db, claim)) if jsonld.wanted() else claim
