"""A faster `Schema.dump` for response bodies, compiled from the schema's own fields.

Marshmallow's dump walks every field of every row through several generic layers (accessor, get_value,
serialize, _serialize, type coercion): for a page of 50 quotes that is ~850 field calls and most of the
request's CPU time. The rows our queries return are plain dicts that already hold the right types, so for
each field this compiles the shortest path that gives the same output as marshmallow:

- String/Integer/Float/Boolean: the value itself when it is None or already of the output type, otherwise
  the field's own `_serialize` (the same coercion marshmallow would apply);
- Nested and List: the compiled dump of the nested schema / inner field, applied per item;
- anything else (Raw, Dict, Method, dump_default, dotted attributes, data_key...) and non-dict objects:
  marshmallow's own code for that field or object, so unusual fields stay correct.
A schema with pre_dump/post_dump hooks is not compiled at all. The schemas stay the single source of truth:
the compiled function reads `dump_fields` (so only/exclude/load_only apply), and the spec is untouched.
"""
from __future__ import annotations

from marshmallow import Schema, fields
from marshmallow.decorators import POST_DUMP, PRE_DUMP
from marshmallow.utils import missing

_EXACT = {fields.String: str, fields.Integer: int, fields.Float: float, fields.Boolean: bool}


def _value_fn(field: fields.Field):
    """value -> serialized value, for a value already taken from the object (never `missing`)."""
    if type(field) in _EXACT and not getattr(field, "as_string", False):
        exact, slow = _EXACT[type(field)], field._serialize
        return lambda v: v if v is None or type(v) is exact else slow(v, None, None)
    if type(field) is fields.Nested:
        inner = compile_dump(field.schema)
        if inner is None:
            return None
        if field.many:
            return lambda v: None if v is None else [inner(x) for x in v]
        return lambda v: None if v is None else inner(v)
    if type(field) is fields.List:
        inner = _value_fn(field.inner)
        if inner is None:
            return None
        return lambda v: None if v is None else [inner(x) for x in v]
    return None


def compile_dump(schema: Schema):
    """A function obj -> dict equal to `schema.dump(obj, many=False)`, or None when it cannot be compiled."""
    if schema._hooks[PRE_DUMP] or schema._hooks[POST_DUMP]:
        return None
    plan = []  # (attribute, output key, value function or None for marshmallow's own path, field)
    for name, field in schema.dump_fields.items():
        attribute = field.attribute or name
        key = field.data_key if field.data_key is not None else name
        fn = None
        if field.dump_default is missing and "." not in attribute and field._CHECK_ATTRIBUTE:
            fn = _value_fn(field)
        plan.append((attribute, key, fn, field, name))
    accessor = schema.get_attribute

    def dump_one(obj):
        if type(obj) is not dict:
            return schema._serialize(obj)
        out = {}
        for attribute, key, fn, field, name in plan:
            if fn is None:
                value = field.serialize(name, obj, accessor=accessor)
                if value is not missing:
                    out[key] = value
                continue
            value = obj.get(attribute, missing)
            if value is not missing:
                out[key] = fn(value)
        return out

    return dump_one


def fast_dump(schema: Schema) -> Schema:
    """Give this schema instance the compiled dump (as an instance attribute); other instances are unchanged."""
    dump_one = compile_dump(schema)
    if dump_one is None:
        return schema
    default_many = schema.many

    def dump(obj, *, many: bool | None = None):
        many = default_many if many is None else bool(many)
        if many:
            return None if obj is None else [dump_one(o) for o in obj]
        return dump_one(obj)

    schema.dump = dump
    return schema
