"""Split the spec's body examples into the components (generated models) they are made of."""

from __future__ import annotations

from typing import Any

from openapi_schema_validator import OAS30Validator, oas30_format_checker

from support.spec import inline_refs, load_spec

REF_PREFIX = "#/components/schemas/"


def matches(schema: dict[str, Any], value: Any) -> bool:
    validator = OAS30Validator(inline_refs(load_spec(), schema), format_checker=oas30_format_checker)
    return bool(validator.is_valid(value))


def component_values(schema: dict[str, Any], value: Any) -> list[tuple[str, Any]]:
    """The (component name, value) pairs a body example is made of, for model round-trips."""
    if "$ref" in schema:
        return [(schema["$ref"].removeprefix(REF_PREFIX), value)]
    if "anyOf" in schema:
        for variant in schema["anyOf"]:
            if matches(variant, value):
                return component_values(variant, value)
        raise AssertionError(f"no variant matches {value!r}")
    if schema.get("type") == "array":
        return [pair for item in value for pair in component_values(schema["items"], item)]
    raise AssertionError(f"body schema without a component: {schema}")
