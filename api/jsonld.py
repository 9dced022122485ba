"""schema.org JSON-LD for the detail endpoints, chosen with `Accept: application/ld+json`.

Fact-checkers publish ClaimReview markup that points at a Claim, its appearance and author; serving those
nodes directly lets them cite our records without re-modelling them. JSON stays the default: only a client
that prefers application/ld+json over application/json gets these documents. The ETag already hashes the
Accept header and every response says `Vary: Accept`, so caches keep the two representations apart.
"""
from __future__ import annotations

from flask import current_app, json, request

from db import queries

JSONLD = "application/ld+json"
CONTEXT = "https://schema.org"
SOURCE_TYPES = {"person": "Person", "organization": "Organization", "government": "GovernmentOrganization",
                "publication": "NewsMediaOrganization", "document": "CreativeWork"}

# The extra 200 content documented for each detail operation (flask-smorest documents one media type).
SPEC = {"responses": {200: {"content": {JSONLD: {"schema": {
    "type": "object", "required": ["@context", "@type", "@id"],
    "description": "schema.org JSON-LD (Quotation, Claim, NewsArticle, Person or Organization), sent when the "
                   "Accept header prefers application/ld+json.",
    "properties": {"@context": {"type": "string", "const": CONTEXT}, "@type": {"type": "string"},
                   "@id": {"type": "string", "format": "uri"}},
}}}}}}


def wanted() -> bool:
    return request.accept_mimetypes.best_match(["application/json", JSONLD]) == JSONLD


def response(document: dict):
    return current_app.response_class(json.dumps(document, ensure_ascii=False), mimetype=JSONLD)


def _clean(node: dict) -> dict:
    return {k: v for k, v in node.items() if v not in (None, [], "")}


def source_node(source: dict, base: str) -> dict:
    return _clean({"@type": SOURCE_TYPES.get(source.get("kind"), "Thing"), "@id": f"{base}v1/sources/{source['id']}",
                   "name": source["name"], "alternateName": source.get("aliases"),
                   "description": source.get("description")})


def article_node(article: dict, base: str) -> dict:
    author = article.get("author")
    return _clean({
        "@type": "NewsArticle", "@id": f"{base}v1/articles/{article['id']}", "url": f"{base}v1/articles/{article['id']}",
        "headline": article.get("title"), "inLanguage": article.get("language"),
        "datePublished": article.get("published_at"), "wordCount": article.get("word_count"),
        "author": _clean({"@type": "Person", "name": author, "description": article.get("author_description")}) if author else None,
        "publisher": {"@type": "Organization", "name": article["publisher"]} if article.get("publisher") else None,
        "sourceOrganization": ({"@type": "Organization", "name": article["original_publisher"]}
                               if article.get("original_publisher") else None),
        "license": article.get("license"),
    })


def quote_document(quote: dict, article: dict, speakers: list[dict], base: str) -> dict:
    """A Quotation: the people speak it (spokenByCharacter), every speaker, bodies included, is a creator."""
    nodes = [source_node(s, base) for s in speakers]
    return _clean({
        "@context": CONTEXT, "@type": "Quotation", "@id": f"{base}v1/quotes/{quote['id']}", "text": quote["text"],
        "spokenByCharacter": [n for n in nodes if n["@type"] == "Person"], "creator": nodes,
        "isPartOf": article_node(article, base),
    })


def claim_document(claim: dict, article: dict, claimant: dict | None, base: str) -> dict:
    """A Claim; with no claimant the article's author makes it."""
    art = article_node(article, base)
    author = source_node(claimant, base) if claimant else art.get("author")
    return _clean({
        "@context": CONTEXT, "@type": "Claim", "@id": f"{base}v1/claims/{claim['id']}", "text": claim["text"],
        "author": author, "appearance": art, "firstAppearance": {"@id": art["@id"]},
    })


def source_document(source: dict, base: str) -> dict:
    return {"@context": CONTEXT, **source_node(source, base)}


def article_document(article: dict, base: str) -> dict:
    return {"@context": CONTEXT, **article_node(article, base)}


def for_quote(db, quote: dict) -> dict:
    speakers = [queries.get_source(db, s["id"]) or s for s in quote["speakers"]]
    return quote_document(quote, queries.get_article(db, quote["article_id"]), speakers, request.url_root)


def for_claim(db, claim: dict) -> dict:
    claimant = queries.get_source(db, claim["claimant"]["id"]) if claim.get("claimant") else None
    return claim_document(claim, queries.get_article(db, claim["article_id"]), claimant, request.url_root)
