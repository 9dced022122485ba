from marshmallow import Schema, fields

from schemas.common import page_schema


class ArticleSchema(Schema):
    id = fields.String(required=True, metadata={"description": "Slug of the seed file's name; stable across imports."})
    title = fields.String(allow_none=True)
    author = fields.String(allow_none=True)
    author_description = fields.String(allow_none=True)
    publisher = fields.String(allow_none=True)
    original_publisher = fields.String(allow_none=True)
    license = fields.String(allow_none=True)
    language = fields.String(allow_none=True)
    published_at = fields.String(allow_none=True, metadata={"description": "Null unless the article's metadata gives it."})
    sha256 = fields.String(required=True, metadata={"description": "SHA-256 of the served text."})
    word_count = fields.Integer(required=True)
    text_length = fields.Integer(required=True, metadata={"description": "Length of the served text in characters."})
    imported_at = fields.String(required=True)
    quote_count = fields.Integer(required=True)
    claim_count = fields.Integer(required=True)
    source_count = fields.Integer(required=True)


ArticlePageSchema = page_schema(ArticleSchema, "ArticlePage")
