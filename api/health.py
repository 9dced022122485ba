from marshmallow import Schema, fields

from api.blueprint import Blueprint
from db import get_db, queries

blp = Blueprint("health", __name__, description="Service health.")


class CountsSchema(Schema):
    articles = fields.Integer(required=True, metadata={"example": 13})
    sources = fields.Integer(required=True, metadata={"example": 120})
    quotes = fields.Integer(required=True, metadata={"example": 90})
    claims = fields.Integer(required=True, metadata={"example": 400})


class HealthSchema(Schema):
    status = fields.String(required=True, metadata={"example": "ok"})
    build_id = fields.String(required=True, metadata={"example": "2729da237517d28f", "description": "Changes whenever the imported data changes."})
    built_at = fields.String(allow_none=True, metadata={"example": "2026-11-29T01:03:17+00:00"})
    counts = fields.Nested(CountsSchema, required=True)


@blp.route("/healthz")
@blp.doc(operationId="getHealth")
@blp.response(200, HealthSchema)
@blp.alt_response(503, response="SERVICE_UNAVAILABLE")
def health():
    """Report that the database is readable, with its build id and row counts"""
    db = get_db()
    meta = queries.meta(db)
    return {"status": "ok", "build_id": meta.get("build_id", "unknown"), "built_at": meta.get("built_at"),
            "counts": queries.counts(db)}
