from flask import current_app, request
from flask_smorest import abort

from api import jsonld
from api.blueprint import Blueprint
from api.pagination import decode_cursor, page
from db import get_db, queries
from schemas import ArticlePageSchema, ArticleSchema, CursorQuerySchema

blp = Blueprint("articles", __name__, url_prefix="/v1/articles", description="Imported articles and their text.")


def get_article_or_404(article_id: str) -> dict:
    article = queries.get_article(get_db(), article_id)
    if article is None:
        abort(404, message=f"Article '{article_id}' not found.")
    return article


@blp.route("")
@blp.doc(operationId="listArticles")
@blp.arguments(CursorQuerySchema, location="query", as_kwargs=True)
@blp.response(200, ArticlePageSchema)
def list_articles(limit, cursor):
    """List articles with counts of their quotes, claims and sources"""
    rows = queries.list_articles(get_db(), after=decode_cursor(cursor, 1), limit=limit + 1)
    return page(rows, limit, ("id",))


@blp.route("/<string:article_id>")
@blp.doc(operationId="getArticle", **jsonld.SPEC)
@blp.response(200, ArticleSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_article(article_id):
    """Retrieve an article by id; JSON-LD NewsArticle on request"""
    article = get_article_or_404(article_id)
    return jsonld.response(jsonld.article_document(article, request.url_root)) if jsonld.wanted() else article


@blp.route("/<string:article_id>/text")
@blp.doc(operationId="getArticleText")
@blp.response(200, content_type="text/plain", description="The exact text every span indexes into (UTF-8, Python str offsets).")
@blp.alt_response(404, response="NOT_FOUND")
def get_article_text(article_id):
    """Retrieve the exact article text that every start/end offset indexes into"""
    text = queries.get_article_text(get_db(), article_id)
    if text is None:
        abort(404, message=f"Article '{article_id}' not found.")
    return current_app.response_class(text, mimetype="text/plain")
