"""Request validation by the spec, answered with TrackingMore's field codes instead of problem+json.

connexion validates every request against `openapi/trackingmore-v2.yaml`; these validator classes
(plugged in through `validator_map`) only change *how* a failure is reported: the field that failed
decides the `meta.code`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator
from typing import Any

from connexion.datastructures import MediaTypeDict
from connexion.validators import JSONRequestBodyValidator, ParameterValidator
from jsonschema import ValidationError  # type: ignore[import-untyped]

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
