from marshmallow import Schema, fields

from schemas.common import page_schema


class ArticleSchema(Schema):
    id = fields.String(required=True,
                       metadata={"example": "biden-xi-call-conversation-2024",
                                 "description": "Slug of the seed file's name; stable across imports."})
    title = fields.String(allow_none=True, metadata={"example": "Biden and Xi talk for the first time since November"})
    author = fields.String(allow_none=True, metadata={"example": "Stefan Wolff"})
    author_description = fields.String(allow_none=True,
                                       metadata={"example": "Professor of International Security, University of Birmingham"})
    publisher = fields.String(allow_none=True, metadata={"example": "The Conversation"})
    original_publisher = fields.String(allow_none=True, metadata={"example": None})
    license = fields.String(allow_none=True,
                            metadata={"example": "This article is republished from The Conversation under a Creative Commons license."})
    language = fields.String(allow_none=True, metadata={"example": "en"})
    published_at = fields.String(allow_none=True,
                                 metadata={"example": "2024-04-05", "description": "Null unless the article's metadata gives it."})
    sha256 = fields.String(required=True,
                           metadata={"example": "b004dac01bb368c91ea7499162e9fcd66547245abc80a5d057a27c9a709bc2c3",
                                     "description": "SHA-256 of the served text."})
    word_count = fields.Integer(required=True, metadata={"example": 976})
    text_length = fields.Integer(required=True, metadata={"example": 6021, "description": "Length of the served text in characters."})
    imported_at = fields.String(required=True, metadata={"example": "2026-11-29T01:03:17+00:00"})
    quote_count = fields.Integer(required=True, metadata={"example": 4})
    claim_count = fields.Integer(required=True, metadata={"example": 36})
    source_count = fields.Integer(required=True, metadata={"example": 9})


ArticlePageSchema = page_schema(ArticleSchema, "ArticlePage")
