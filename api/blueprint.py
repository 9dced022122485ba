"""The Blueprint every resource uses: flask-smorest's, with unknown query parameters rejected.

webargs ignores unknown query parameters by default, so a typo such as `?speakr=biden` would silently
return everything. A demanding client wants to hear about it: unknown parameters are a 422.
"""
from __future__ import annotations

import marshmallow as ma
import flask_smorest
from webargs.flaskparser import FlaskParser


class StrictParser(FlaskParser):
    DEFAULT_UNKNOWN_BY_LOCATION = {**FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION, "query": ma.RAISE,
                                   "querystring": ma.RAISE, "json": ma.RAISE}


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = StrictParser()
