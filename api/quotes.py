from flask_smorest import abort

from api.blueprint import Blueprint
from api.pagination import decode_cursor, page
from db import get_db, queries
from db.queries import QUOTE_ORDER
from schemas import QuotePageSchema, QuoteQuerySchema, QuoteSchema

blp = Blueprint("quotes", __name__, url_prefix="/v1/quotes", description="Direct quotations and who said them.")


@blp.route("")
@blp.doc(operationId="listQuotes")
@blp.arguments(QuoteQuerySchema, location="query", as_kwargs=True)
@blp.response(200, QuotePageSchema)
def list_quotes(limit, cursor, article=None, speaker=None, q=None):
    """List quotes, filtered by article, speaker or words"""
    db = get_db()
    speaker_ids = queries.resolve_source_ids(db, speaker) if speaker else None
    rows = queries.list_quotes(db, article=article, speaker_ids=speaker_ids, q=q,
                               after=decode_cursor(cursor, 2), limit=limit + 1)
    return page(rows, limit, QUOTE_ORDER)


@blp.route("/<string:quote_id>")
@blp.doc(operationId="getQuote")
@blp.response(200, QuoteSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_quote(quote_id):
    """Retrieve a quote by id"""
    quote = queries.get_quote(get_db(), quote_id)
    if quote is None:
        abort(404, message=f"Quote '{quote_id}' not found.")
    return quote
