"""The Blueprint every resource uses: flask-smorest's, with unknown query parameters rejected.

webargs ignores unknown query parameters by default, so a typo such as `?speakr=biden` would silently
return everything. A demanding client wants to hear about it: unknown parameters are a 422.
"""
from __future__ import annotations

import marshmallow as ma
import flask_smorest
from flask_smorest import abort
from webargs.flaskparser import FlaskParser


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
