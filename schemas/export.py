from marshmallow import Schema, fields, validate

EXPORT_FORMATS = ("ndjson", "csv")


class ExportQuerySchema(Schema):
    format = fields.String(validate=validate.OneOf(EXPORT_FORMATS), metadata={
        "description": "ndjson (application/x-ndjson) or csv (text/csv). Overrides the Accept header; "
                       "without either, NDJSON.",
        "example": "csv"})
