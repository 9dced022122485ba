import functools

from flask import request
from flask_smorest import abort

from api import jsonld
from api.blueprint import Blueprint
from api.pagination import decode_cursor, page
from api.verification import search_terms, verify
from db import get_db, queries
from db import search as search_db
from db.queries import QUOTE_ORDER
from schemas import QuotePageSchema, QuoteQuerySchema, QuoteSchema, VerifyRequestSchema, VerifyResultSchema

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
@blp.doc(operationId="getQuote", **jsonld.SPEC)
@blp.response(200, QuoteSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_quote(quote_id):
    """Retrieve a quote by id, with the sentences around it; JSON-LD Quotation on request"""
    db = get_db()
    quote = queries.get_quote(db, quote_id)
    if quote is None:
        abort(404, message=f"Quote '{quote_id}' not found.")
    return jsonld.response(jsonld.for_quote(db, quote)) if jsonld.wanted() else quote


@blp.after_request
def verify_allows_only_post(response):
    """Flask's automatic OPTIONS lists every rule matching the URL, so /verify would advertise
    /{quote_id}'s GET too; a quote id is never 'verify', so only POST is really allowed here."""
    if request.method == "OPTIONS" and request.endpoint == "quotes.verify_quote":
        response.headers["Allow"] = "OPTIONS, POST"
    return response


def json_body_required(view):
    """webargs would read a non-JSON body as empty and answer 422; say what is really wrong first."""
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if not request.is_json:
            abort(415, message="Send the body as application/json.")
        if not request.get_data(cache=True):
            abort(400, message="The request body is empty; send a JSON object with at least `text`.")
        return view(*args, **kwargs)
    return wrapper


@blp.route("/verify", methods=["POST"])
@blp.doc(operationId="verifyQuote")
@json_body_required
@blp.arguments(VerifyRequestSchema)
@blp.response(200, VerifyResultSchema)
@blp.alt_response(400, response="BAD_REQUEST")
@blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
def verify_quote(body):
    """Check whether a quote is verbatim, altered, misattributed or not found

    The submitted words are compared with the closest stored quotes (an FTS prefilter, then word-level fuzzy
    alignment). Verdict thresholds are described in the response fields and in api/verification.py.
    """
    db = get_db()
    speaker = body.get("speaker")
    speaker_ids = set(queries.resolve_source_ids(db, speaker)) if speaker else set()
    candidates = search_db.verify_candidates(db, search_terms(body["text"]), article=body.get("article"))
    return verify(body["text"], candidates, speaker, speaker_ids).as_dict()
