"""Check one request item against the spec's JSON Schema before sending it.

The batch helpers refuse an item that breaks the spec (an empty ``carrier_code``) without sending
it, so one bad row never costs the rest of its chunk a 4xxx. The schemas are the spec's own (the
generated ``trackingmore_v2.operations`` holds them with ``$ref``s inlined); this module reads
the OpenAPI 3.0 subset the request bodies use (``SUPPORTED_KEYWORDS``; generation fails on any
other keyword) instead of adding a JSON Schema library to the SDK's dependencies. The tests check
its decisions against ``jsonschema-rs`` (the fake's validator).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

__all__ = ["SUPPORTED_KEYWORDS", "schema_problem"]

# Keywords that constrain a value, and annotations that do not.
SUPPORTED_KEYWORDS = frozenset(
    {
        "type", "nullable", "enum", "pattern", "minLength", "maxLength", "minimum", "maximum",
        "minItems", "maxItems", "items", "properties", "required", "anyOf", "allOf",
        "description", "example", "default", "format", "title",
    }
)  # fmt: skip

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
}


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _type_ok(value: object, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _TYPES.get(name, (object,)))


def schema_problem(value: object, schema: Mapping[str, Any], where: str = "") -> str | None:
    """``None`` when ``value`` satisfies ``schema``, else a message naming the first bad field."""
    label = where or "the item"
    if value is None and schema.get("nullable"):
        return None
    if value is None and "type" in schema:
        return f"{label} must not be null"
    if "anyOf" in schema:
        problems = [schema_problem(value, branch, where) for branch in schema["anyOf"]]
        if all(problems):
            return problems[0]
    for branch in schema.get("allOf", ()):
        problem = schema_problem(value, branch, where)
        if problem:
            return problem
    kind = schema.get("type")
    if isinstance(kind, str) and not _type_ok(value, kind):
        return f"{label} must be of type {kind}, not {type(value).__name__}"
    if "enum" in schema and value not in schema["enum"]:
        return f"{label} must be one of {schema['enum']!r}, not {value!r}"
    if isinstance(value, str):
        return _string_problem(value, schema, label)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            return f"{label} must be at least {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            return f"{label} must be at most {schema['maximum']}"
    if isinstance(value, list | tuple):
        return _array_problem(value, schema, where, label)
    if isinstance(value, Mapping):
        return _object_problem(value, schema, where)
    return None


def _string_problem(value: str, schema: Mapping[str, Any], label: str) -> str | None:
    if "minLength" in schema and len(value) < schema["minLength"]:
        return f"{label} must have at least {schema['minLength']} characters"
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        return f"{label} must have at most {schema['maxLength']} characters"
    if "pattern" in schema and not _compiled(schema["pattern"]).search(value):
        return f"{label} {value!r} does not match {schema['pattern']}"
    return None


def _array_problem(value: Sequence[Any], schema: Mapping[str, Any], where: str, label: str) -> str | None:
    if "minItems" in schema and len(value) < schema["minItems"]:
        return f"{label} must have at least {schema['minItems']} items"
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        return f"{label} must have at most {schema['maxItems']} items"
    items = schema.get("items")
    if isinstance(items, Mapping):
        for position, element in enumerate(value):
            problem = schema_problem(element, items, f"{where or 'item'}[{position}]")
            if problem:
                return problem
    return None


def _object_problem(value: Mapping[str, Any], schema: Mapping[str, Any], where: str) -> str | None:
    prefix = f"{where}." if where else ""
    for name in schema.get("required", ()):
        if name not in value:
            return f"{prefix}{name} is required"
    for name, subschema in (schema.get("properties") or {}).items():
        if name in value:
            problem = schema_problem(value[name], subschema, f"{prefix}{name}")
            if problem:
                return problem
    return None
