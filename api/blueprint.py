"""The Blueprint every resource uses: flask-smorest's, with unknown query parameters rejected.

webargs ignores unknown query parameters by default, so a typo such as `?speakr=biden` would silently
return everything. A demanding client wants to hear about it: unknown parameters are a 422.
"""
from __future__ import annotations

import marshmallow as ma
import flask_smorest
from flask_smorest import abort
from flask_smorest.utils import resolve_schema_instance
from webargs.flaskparser import FlaskParser

from schemas.dump import fast_dump


class StrictParser(FlaskParser):
    DEFAULT_UNKNOWN_BY_LOCATION = {**FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION, "query": ma.RAISE,
                                   "querystring": ma.RAISE, "json": ma.RAISE}

    def _raw_load_json(self, req):
        """The stdlib parser raises RecursionError on deeply nested JSON; that is the client's 400, not our 500."""
        try:
            return super()._raw_load_json(req)
        except RecursionError:
            abort(400, message="The JSON body is nested too deeply.", messages={"json": ["Nested too deeply."]})


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = StrictParser()

    def response(self, status_code, schema=None, **kwargs):
        """flask-smorest's response, dumping with a dump compiled from the same schema (schemas/dump.py):
        same body, same spec, a fraction of marshmallow's per-field overhead on every row."""
        if schema is not None and not isinstance(schema, (str, dict)):
            schema = fast_dump(resolve_schema_instance(schema))
        return super().response(status_code, schema, **kwargs)
