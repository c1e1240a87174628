"""Request validation by the spec, answered with TrackingMore's field codes instead of problem+json.

connexion validates every request against `openapi/trackingmore-v2.yaml`; these validator classes
(plugged in through `validator_map`) only change *how* a failure is reported: the field that failed
decides the `meta.code`.

Speed: connexion builds a jsonschema validator for every request and walks the whole body in
Python (about half the CPU of a 40-item batch create). A body is first checked by a compiled
`jsonschema_rs` validator built once per operation (see `fast_schema` for why it accepts nothing
that connexion's validator rejects); only a body it refuses goes through connexion's validator,
which finds the error that decides the code and message, exactly as before. Parameter schemas get
their jsonschema validator built once too, instead of a deep copy and a new validator per request.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import AsyncGenerator, Callable
from typing import Any

try:  # the `fast` extra; without it every body goes through connexion's validator alone
    import jsonschema_rs
except ImportError:  # pragma: no cover - exercised by the packaging test's clean venv
    jsonschema_rs = None  # type: ignore[assignment]
from connexion.datastructures import MediaTypeDict
from connexion.utils import is_null, is_nullable
from connexion.validators import JSONRequestBodyValidator, ParameterValidator
from jsonschema import Draft4Validator, ValidationError  # type: ignore[import-untyped]

from .codes import MockError

_LOCATIONS = ("path", "query", "header", "cookie")


def code_for_field(field: str | None, *, missing: bool) -> int:
    """4013/4014 tracking number missing/invalid, 4015 carrier code, 4033 status, else 4012."""
    if field in ("tracking_number", "track_number"):  # track_number: the AWB of aircargo
        return 4013 if missing else 4014
    if field in ("carrier_code", "update_carrier_code"):
        return 4015
    if field == "status":
        return 4033
    return 4012


def _describe(error: ValidationError) -> tuple[str | None, bool, str]:
    """(field, is-missing, message) of a jsonschema error in a request body."""
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [name for name in error.validator_value if name not in error.instance]
        if missing:
            location = _path(list(error.path))
            return missing[0], True, f"{missing[0]} is required{location}."
    names = [part for part in error.path if isinstance(part, str)]
    field = names[-1] if names else None
    # Keep messages short: jsonschema messages embed the (possibly huge) offending value.
    subject = field or "the request body"
    return (
        field,
        False,
        f"The value of {subject} is invalid{_path(list(error.path))}: {error.validator} check failed.",
    )


def _path(parts: list[Any]) -> str:
    return f" (at {'/'.join(map(str, parts))})" if parts else ""


# Keywords `fast_schema` lets through, each with the same meaning in connexion's validator (jsonschema's
# Draft 4 plus OpenAPI `nullable`) and in jsonschema_rs's Draft 4, or a stricter one in jsonschema_rs
# (`pattern`: ECMA `\d` is ASCII only and `$` does not match before a final newline). None of them
# can turn a stricter subschema into a more lenient schema (no `not`, no `oneOf`), so "stricter
# somewhere" stays "stricter overall". Any other keyword (`$ref`, `minimum`, `multipleOf`,
# `uniqueItems`, ...) leaves the operation on connexion's validator alone.
_ANNOTATIONS = frozenset(
    {"description", "example", "examples", "title", "default", "deprecated", "readOnly", "writeOnly", "externalDocs"}
)
_PLAIN = frozenset({"required", "minItems", "maxItems", "minLength", "maxLength", "pattern"})
_TYPES = frozenset({"array", "boolean", "integer", "null", "number", "object", "string"})
_FORMATS_CHECKED: frozenset[str] = frozenset(Draft4Validator.FORMAT_CHECKER.checkers)
_CACHE_SIZE = 256


class _Unsupported(Exception):
    """A schema `fast_schema` cannot translate with certainty."""


def fast_schema(schema: Any) -> dict[str, Any] | None:
    """The Draft 4 schema for jsonschema_rs that accepts no more than connexion's validator of `schema`.

    OpenAPI `nullable: true` (connexion: `null` passes `type` and `enum`) becomes `"null"` in `type`
    and `None` in `enum`, as connexion reads it. A `format` jsonschema checks (`date-time`, `email`,
    ...) is not translated (the two libraries' checks differ); other formats are ignored by
    jsonschema and unknown to, or stricter in, jsonschema_rs. The top-level `components` that
    connexion adds is dropped: connexion inlines every `$ref`. None when `schema` uses anything else.
    """
    if not isinstance(schema, dict):
        return None
    try:
        return _translate({key: value for key, value in schema.items() if key != "components"})
    except _Unsupported:
        return None


def _translate(schema: Any) -> dict[str, Any]:
    if not isinstance(schema, dict):
        raise _Unsupported(schema)
    nullable = bool(schema.get("nullable")) or schema.get("x-nullable") is True
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _ANNOTATIONS or key in ("nullable", "x-nullable") or key in _PLAIN:
            if key in _PLAIN:
                out[key] = value
        elif key == "type":
            types = [value] if isinstance(value, str) else value
            if not isinstance(types, list) or not types or not all(t in _TYPES for t in types):
                raise _Unsupported(value)
            out["type"] = [*types, "null"] if nullable and "null" not in types else value
        elif key == "enum":
            if not isinstance(value, list) or not all(_plain_value(v) for v in value):
                raise _Unsupported(value)
            out["enum"] = [*value, None] if nullable and None not in value else value
        elif key == "format":
            if value in _FORMATS_CHECKED:
                raise _Unsupported(value)
            out[key] = value
        elif key == "properties":
            if not isinstance(value, dict):
                raise _Unsupported(value)
            out[key] = {name: _translate(sub) for name, sub in value.items()}
        elif key == "items":
            out[key] = _translate(value)  # a schema; the tuple form (a list) is unsupported
        elif key == "additionalProperties":
            out[key] = value if isinstance(value, bool) else _translate(value)
        elif key in ("allOf", "anyOf"):
            if not isinstance(value, list) or not value:
                raise _Unsupported(value)
            out[key] = [_translate(sub) for sub in value]
        else:
            raise _Unsupported(key)
    return out


def _plain_value(value: Any) -> bool:
    """Enum members both libraries compare alike: strings, null and integers (not booleans)."""
    return value is None or isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))


class _IdentityCache:
    """A small LRU of values built from long-lived objects (an operation's schema), keyed by identity."""

    def __init__(self, build: Callable[[Any], Any], size: int = _CACHE_SIZE) -> None:
        self._build = build
        self._size = size
        self._items: OrderedDict[int, tuple[Any, Any]] = OrderedDict()

    def get(self, source: Any) -> Any:
        key = id(source)
        hit = self._items.get(key)
        if hit is not None and hit[0] is source:
            self._items.move_to_end(key)
            return hit[1]
        value = self._build(source)
        self._items[key] = (source, value)  # holding `source` keeps its id from being reused
        if len(self._items) > self._size:
            self._items.popitem(last=False)
        return value


def _build_fast_validator(schema: Any) -> Any:
    translated = fast_schema(schema) if jsonschema_rs is not None else None
    if translated is None:
        return None
    try:
        # The `regex` engine (linear time, no backtracking limit to give up at): a pattern it cannot
        # compile (lookaround, backreference) leaves the operation on connexion's validator.
        return jsonschema_rs.Draft4Validator(translated, pattern_options=jsonschema_rs.RegexOptions())
    except Exception:  # a schema jsonschema_rs refuses: connexion's validator alone
        return None


def fast_validator(schema: Any) -> Any:
    """The compiled jsonschema_rs validator of an operation's body schema, or None (see `fast_schema`)."""
    return _FAST_VALIDATORS.get(schema)


_FAST_VALIDATORS = _IdentityCache(_build_fast_validator)
_PARAMETER_VALIDATORS = _IdentityCache(
    lambda schema: Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
)


def fast_accepts(validator: Any, body: Any) -> bool:
    """True when the compiled validator accepts `body`; False when it refuses it or cannot read it."""
    try:
        return bool(validator.is_valid(body))
    except Exception:  # e.g. a lone surrogate (not UTF-8), or nesting deeper than it converts
        return False


class EnvelopeBodyValidator(JSONRequestBodyValidator):  # type: ignore[misc]
    """JSON body validation; a body that is not JSON is 4015 like the real API, schema errors map by field."""

    async def _parse(self, stream: AsyncGenerator[bytes, None], scope: Any) -> Any:
        raw = b"".join([chunk async for chunk in stream])
        try:
            text = raw.decode(self._encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise MockError(4015, "The request body is not valid UTF-8 JSON.") from exc
        if not text.strip():
            return None
        try:
            return json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise MockError(4015, "The request body is not valid JSON.") from exc

    def _validate(self, body: Any) -> dict[str, Any] | None:
        if body is None:
            raise MockError(4012, "The request body is required.")
        fast = fast_validator(self._schema)
        if fast is not None and fast_accepts(fast, body):
            return None
        try:
            self._validator.validate(body)
        except ValidationError as exc:
            field, missing, message = _describe(exc)
            raise MockError(code_for_field(field, missing=missing), message) from exc
        except RecursionError as exc:
            raise MockError(4012, "The request body is nested too deeply.") from exc
        return None


class EnvelopeParameterValidator(ParameterValidator):  # type: ignore[misc]
    """Path, query and header validation; the parameter's name decides the code."""

    @staticmethod
    def validate_parameter(parameter_type: str, value: Any, param: dict[str, Any], param_name: Any = None) -> Any:
        """connexion's `ParameterValidator.validate_parameter` (same results and messages), with the
        parameter's jsonschema validator built once instead of a deep copy and a new one per call."""
        if is_nullable(param) and is_null(value):
            return None
        if value is not None:
            validator = _PARAMETER_VALIDATORS.get(param.get("schema", param))
            for error in validator.iter_errors(value):
                return str(error)
            return None
        if param.get("required"):
            return f"Missing {parameter_type} parameter '{param['name']}'"
        return None

    def validate_request(self, request: Any) -> None:
        for location in _LOCATIONS:
            check = getattr(self, f"validate_{location}_parameter")
            for param in self.parameters.get(location, []):
                if check(param, request) or _out_of_range(param, self._value(location, param, request)):
                    name = param["name"]
                    missing = self._value(location, param, request) is None
                    message = f"{name} is required." if missing else f"The value of {name} is invalid."
                    raise MockError(code_for_field(name, missing=missing), message)

    @staticmethod
    def _value(location: str, param: dict[str, Any], request: Any) -> Any:
        if location == "path":
            return request.path_params.get(param["name"].replace("-", "_"))
        if location == "query":
            return request.query_params.get(param["name"])
        if location == "header":
            return request.headers.get(param["name"])
        return request.cookies.get(param["name"])


_INT_RANGES = {"int32": 2**31, "int64": 2**63}


def _out_of_range(param: dict[str, Any], value: Any) -> bool:
    """jsonschema ignores `format: int64`; a query value beyond it is as invalid as a non-number."""
    limit = _INT_RANGES.get(param.get("schema", {}).get("format", ""))
    return limit is not None and isinstance(value, int) and not -limit <= value < limit


VALIDATORS: dict[str, Any] = {
    "parameter": EnvelopeParameterValidator,
    # Only JSON bodies exist in the spec; other media types are refused before (415 -> 4015).
    "body": MediaTypeDict({"*/*json": EnvelopeBodyValidator}),
}
