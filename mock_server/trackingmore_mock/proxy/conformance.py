"""Check one request and its answer against the spec, naming every violation by place and kind.

The spec is read by the fake's own loader (`trackingmore_mock.spec`). Schemas are walked as
OpenAPI 3.0 reads them (`nullable`, `$ref`, `allOf`/`anyOf`/`oneOf`, JSON Schema Draft 4 keywords)
instead of being handed to a JSON Schema library, because the report needs what a validator does
not say: fields the schema does not declare although it keeps them (`additionalProperties` is open
everywhere, so they are valid, and reported as *undocumented field*), values of open strings
outside the documented ones (`documented.py`) and `meta.code`s missing from the spec's table.

An `anyOf` matches when one branch has no schema violation; the findings of the best matching
branch are kept. When none matches, the answer's `meta.code` says which branch was meant, as the
spec says (a code other than the success codes is an error, so the `ErrorEnvelope` branch), and the
branch whose shallowest violation lies deepest (then: with the fewest) among those is reported.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from .. import spec as spec_files
from .documented import documented_values, meta_codes, referenced_values
from .violations import Kind, Violation

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_ERROR_ENVELOPE = "ErrorEnvelope"
_META = "Meta"


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    template: str  # the spec's path, e.g. /trackings/{carrier_code}/{tracking_number}
    definition: dict[str, Any]
    parameters: tuple[dict[str, Any], ...]  # path-level and operation-level, $refs resolved


@dataclass(frozen=True)
class Match:
    operation: Operation
    path_params: dict[str, str]


def _pattern_of(template: str, prefix: str) -> re.Pattern[str]:
    # As the fake routes (spec.PathTable): `{name}` is one segment, a trailing slash is tolerated.
    pattern = re.sub(r"\\\{([^/]+?)\\\}", r"(?P<\1>[^/]+)", re.escape(prefix + template))
    return re.compile(f"^{pattern}/?\\Z", re.DOTALL)


class Conformance:
    """The spec's operations and the checks of requests and answers against them."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.prefix = spec_files.base_path(document)
        self.key_header = spec_files.api_key_header(document)
        self._values = documented_values(document)
        self._codes, self._success_codes = meta_codes(document)
        routes: list[tuple[re.Pattern[str], dict[str, Operation]]] = []
        for template, item in (document.get("paths") or {}).items():
            shared = [self.resolve(p) for p in item.get("parameters") or []]
            by_method: dict[str, Operation] = {}
            for method, definition in item.items():
                if method not in _METHODS or not isinstance(definition, dict):
                    continue
                own = [self.resolve(p) for p in definition.get("parameters") or []]
                names = {(p["name"], p["in"]) for p in own}
                merged = tuple([p for p in shared if (p["name"], p["in"]) not in names] + own)
                operation = Operation(str(definition["operationId"]), method.upper(), template, definition, merged)
                by_method[method.upper()] = operation
            routes.append((_pattern_of(template, self.prefix), by_method))
        # Literal paths first: `/trackings/get` is not `/trackings/{carrier_code}` with a carrier "get".
        routes.sort(key=lambda route: route[0].pattern.count("(?P<"))
        self._routes = tuple(routes)

    @classmethod
    def from_spec_file(cls, spec_path: str | Path | None = None) -> Conformance:
        return cls(spec_files.load(spec_files.locate(spec_path)))

    @property
    def success_codes(self) -> frozenset[int]:
        return self._success_codes

    # ------------------------------------------------------------------ spec navigation

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = self._target(str(node["$ref"]))
        return node

    def _target(self, ref: str) -> Any:
        target: Any = self.document
        for part in ref.removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return target

    def operation(self, operation_id: str) -> Operation:
        for _, by_method in self._routes:
            for operation in by_method.values():
                if operation.operation_id == operation_id:
                    return operation
        raise KeyError(operation_id)

    def match(self, method: str, path: str) -> Match | None:
        """The spec operation serving `method path` (a HEAD is served by the GET), or None."""
        for pattern, by_method in self._routes:
            found = pattern.match(path)
            if found is None:
                continue
            operation = by_method.get(method.upper()) or (by_method.get("GET") if method.upper() == "HEAD" else None)
            if operation is not None:
                return Match(operation, found.groupdict())
        return None

    # ------------------------------------------------------------------ requests

    def check_request(
        self, match: Match, *, query: str, headers: dict[str, str], body: bytes, content_type: str
    ) -> list[Violation]:
        """`query` is the raw query string; `headers` are keyed in lower case."""
        operation = match.operation
        found: list[Violation] = []
        walker = _Walker(self, "request")
        pairs = parse_qsl(query, keep_blank_values=True)
        declared_query = {p["name"] for p in operation.parameters if p.get("in") == "query"}
        for parameter in operation.parameters:
            where, name = parameter.get("in"), str(parameter["name"])
            if where == "path":
                raw: str | None = match.path_params.get(name)
            elif where == "query":
                raw = next((value for key, value in pairs if key == name), None)
            elif where == "header":
                raw = headers.get(name.lower())
            else:
                continue
            place = f"{where}.{name}"
            if raw is None:
                if parameter.get("required"):
                    found.append(Violation("request", place, Kind.REQUIRED, f"{place} is required"))
                continue
            schema = self.resolve(parameter.get("schema") or {})
            found += walker.walk(schema, _coerce(schema, raw), place)
        for key in dict.fromkeys(key for key, _ in pairs):
            if key not in declared_query:
                detail = f"query parameter {key!r} is not declared"
                found.append(Violation("request", f"query.{key}", Kind.UNDOCUMENTED_FIELD, detail, False))
        if _needs_key(self.document, operation) and not headers.get(self.key_header.lower()):
            place = f"header.{self.key_header}"
            found.append(Violation("request", place, Kind.REQUIRED, f"{place} is required"))
        found += self._check_request_body(operation, walker, body, content_type)
        return found

    def _check_request_body(
        self, operation: Operation, walker: _Walker, body: bytes, content_type: str
    ) -> list[Violation]:
        request_body = self.resolve(operation.definition.get("requestBody"))
        if not isinstance(request_body, dict):
            return []
        if not body.strip():
            if request_body.get("required"):
                return [Violation("request", "body", Kind.REQUIRED, "the request body is required")]
            return []
        media = _json_media(request_body.get("content") or {}, content_type)
        if media is None:
            return []
        try:
            document = json.loads(body)
        except (ValueError, RecursionError):
            return [Violation("request", "body", Kind.NOT_JSON, "the request body is not JSON")]
        return walker.walk(self.resolve(media.get("schema") or {}), document, "$")

    # ------------------------------------------------------------------ answers

    def check_response(
        self, match: Match, *, status: int, content_type: str, body: bytes, head: bool = False
    ) -> list[Violation]:
        """`head`: the answer to a HEAD, whose body is absent by definition (only its status is checked)."""
        responses = match.operation.definition.get("responses") or {}
        response = self.resolve(
            responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
        )
        if not isinstance(response, dict):
            detail = f"HTTP {status} is not a documented answer of {match.operation.operation_id}"
            return [Violation("response", "status", Kind.UNDOCUMENTED_STATUS, detail)]
        content = response.get("content") or {}
        if not content or head:
            return []
        media = _json_media(content, content_type)
        if media is None:
            shown = content_type.split(";")[0] or "none"
            return [Violation("response", "$", Kind.NOT_JSON, f"Content-Type {shown} where the spec says JSON")]
        try:
            document = json.loads(body)
        except (ValueError, RecursionError):
            return [Violation("response", "$", Kind.NOT_JSON, "the body is not JSON")]
        return _Walker(self, "response").walk(self.resolve(media.get("schema") or {}), document, "$")

    # ------------------------------------------------------------------ for the walker

    def values_of(self, ref_name: str | None, schema: dict[str, Any]) -> frozenset[str] | None:
        if ref_name is not None and ref_name in self._values:
            return self._values[ref_name]
        return referenced_values(str(schema.get("description") or ""), self._values)

    def is_documented_code(self, code: int) -> bool:
        return code in self._codes


def _needs_key(document: dict[str, Any], operation: Operation) -> bool:
    security = operation.definition.get("security", document.get("security"))
    return bool(security)


def _json_media(content: dict[str, Any], content_type: str) -> dict[str, Any] | None:
    """The JSON media type of `content` if the message is JSON (no Content-Type is read as JSON)."""
    media = next((value for key, value in content.items() if "json" in key), None)
    if media is None:
        return None
    sent = content_type.split(";")[0].strip().lower()
    return media if not sent or "json" in sent else None


def _coerce(schema: dict[str, Any], raw: str) -> Any:
    """A path, query or header value as its schema's type reads it (a string it cannot be stays a string)."""
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(raw)
        if kind == "number":
            return float(raw)
    except ValueError:
        return raw
    if kind == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw


class _Walker:
    def __init__(self, conformance: Conformance, where: str) -> None:
        self.spec = conformance
        self.where = where

    def _violation(self, path: str, kind: Kind, detail: str, breaks_schema: bool = True) -> Violation:
        return Violation(self.where, path, kind, detail, breaks_schema)

    def walk(self, node: Any, value: Any, path: str, *, part: bool = False) -> list[Violation]:
        """The violations of `value` at `path`. An `allOf` `part` leaves undeclared fields to its
        parent, which knows what all of its parts declare."""
        ref_name: str | None = None
        while isinstance(node, dict) and "$ref" in node:
            ref_name = str(node["$ref"]).rsplit("/", 1)[-1]
            node = self.spec.resolve(node)
        if not isinstance(node, dict):
            return []
        schema: dict[str, Any] = node
        if value is None and (schema.get("nullable") is True or schema.get("x-nullable") is True):
            return []
        found: list[Violation] = []
        for sub in schema.get("allOf") or []:
            found += self.walk(sub, value, path, part=True)
        for keyword in ("anyOf", "oneOf"):
            if schema.get(keyword):
                found += self._one_of_branches(schema[keyword], value, path)
        if "type" in schema and not _has_type(value, schema["type"]):
            return [*found, self._violation(path, Kind.TYPE, f"expected {schema['type']}, got {_json_type(value)}")]
        if "enum" in schema and value not in schema["enum"]:
            shown = ", ".join(map(str, schema["enum"]))
            found.append(self._violation(path, Kind.ENUM, f"{_short(value)} is not one of {shown}"))
        if isinstance(value, str):
            found += self._string(schema, ref_name, value, path)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            found += self._number(schema, value, path)
        elif isinstance(value, list):
            found += self._array(schema, value, path)
        elif isinstance(value, dict):
            found += self._object(schema, value, path, part)
            code = value.get("code")
            if ref_name == _META and isinstance(code, int) and not self.spec.is_documented_code(code):
                detail = f"meta.code {code} is not in the spec's table"
                found.append(self._violation(f"{path}.code", Kind.UNDOCUMENTED_META_CODE, detail, False))
        return found

    def _one_of_branches(self, branches: list[Any], value: Any, path: str) -> list[Violation]:
        results = [(branch, self.walk(branch, value, path)) for branch in branches]
        matching = [found for _, found in results if not any(v.breaks_schema for v in found)]
        if matching:
            return min(matching, key=len)
        candidates = results
        meta = value.get("meta") if isinstance(value, dict) else None
        code = meta.get("code") if isinstance(meta, dict) else None
        if isinstance(code, int) and self.spec.is_documented_code(code):
            # The spec: any code but the success codes is an error, answered as an ErrorEnvelope.
            # (An undocumented code says nothing about what was meant: the best fit is reported.)
            wants_error = code not in self.spec.success_codes
            meant = [r for r in results if (_names(r[0]) == _ERROR_ENVELOPE) == wants_error]
            candidates = meant or results

        def badness(result: tuple[Any, list[Violation]]) -> tuple[int, int]:
            # A branch that breaks only deep inside fits better than one refused at the top.
            broken = [v for v in result[1] if v.breaks_schema]
            return -min((_depth(v.path) for v in broken), default=0), len(broken)

        best = min(candidates, key=badness)
        return best[1]

    def _string(self, schema: dict[str, Any], ref_name: str | None, value: str, path: str) -> list[Violation]:
        found: list[Violation] = []
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and re.search(pattern, value) is None:
            found.append(self._violation(path, Kind.PATTERN, f"{_short(value)} does not match {pattern}"))
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            found.append(self._violation(path, Kind.CONSTRAINT, f"longer than maxLength {schema['maxLength']}"))
        if "minLength" in schema and len(value) < schema["minLength"]:
            found.append(self._violation(path, Kind.CONSTRAINT, f"shorter than minLength {schema['minLength']}"))
        if schema.get("format") == "date-time" and not _is_date_time(value):
            found.append(self._violation(path, Kind.FORMAT, f"{_short(value)} is not an RFC 3339 date-time"))
        if "enum" not in schema:
            values = self.spec.values_of(ref_name, schema)
            if values is not None and value not in values:
                detail = f"{_short(value)} is not a documented value ({', '.join(sorted(values))})"
                found.append(self._violation(path, Kind.ENUM, detail, False))
        return found

    def _number(self, schema: dict[str, Any], value: float, path: str) -> list[Violation]:
        found: list[Violation] = []
        if "minimum" in schema and (
            value < schema["minimum"] or (schema.get("exclusiveMinimum") is True and value == schema["minimum"])
        ):
            found.append(self._violation(path, Kind.CONSTRAINT, f"{value} is below the minimum {schema['minimum']}"))
        if "maximum" in schema and (
            value > schema["maximum"] or (schema.get("exclusiveMaximum") is True and value == schema["maximum"])
        ):
            found.append(self._violation(path, Kind.CONSTRAINT, f"{value} is above the maximum {schema['maximum']}"))
        return found

    def _array(self, schema: dict[str, Any], value: list[Any], path: str) -> list[Violation]:
        found: list[Violation] = []
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            found.append(self._violation(path, Kind.CONSTRAINT, f"{len(value)} items, maxItems {schema['maxItems']}"))
        if "minItems" in schema and len(value) < schema["minItems"]:
            found.append(self._violation(path, Kind.CONSTRAINT, f"{len(value)} items, minItems {schema['minItems']}"))
        items = schema.get("items")
        if isinstance(items, dict) and items:
            for item in value:
                found += self.walk(items, item, f"{path}[*]")
        return _unique(found)

    def _object(self, schema: dict[str, Any], value: dict[str, Any], path: str, part: bool) -> list[Violation]:
        found: list[Violation] = []
        properties: dict[str, Any] = schema.get("properties") or {}
        for name in schema.get("required") or []:
            if name not in value:
                found.append(self._violation(f"{path}.{name}", Kind.REQUIRED, f"{name} is required"))
        for name, sub in properties.items():
            if name in value:
                found += self.walk(sub, value[name], f"{path}.{name}")
        extra = schema.get("additionalProperties", True)
        declared = set(properties) | _declared_in_branches(self.spec, schema)
        for name in value:
            if name in properties:
                continue
            if isinstance(extra, dict) and extra:
                found += self.walk(extra, value[name], f"{path}.*")
            elif extra is False:
                found.append(self._violation(f"{path}.{name}", Kind.UNDOCUMENTED_FIELD, f"{name} is not allowed"))
            elif declared and name not in declared and not part:
                detail = f"{name} is not declared (kept as an unknown field)"
                found.append(self._violation(f"{path}.{name}", Kind.UNDOCUMENTED_FIELD, detail, False))
        return _unique(found)


def _declared_in_branches(conformance: Conformance, schema: dict[str, Any]) -> set[str]:
    """Properties declared by the `allOf` parts of a schema (they are checked there, not undocumented)."""
    names: set[str] = set()
    for sub in schema.get("allOf") or []:
        resolved = conformance.resolve(sub)
        if isinstance(resolved, dict):
            names |= set(resolved.get("properties") or {}) | _declared_in_branches(conformance, resolved)
    return names


def _names(node: Any) -> str | None:
    return str(node["$ref"]).rsplit("/", 1)[-1] if isinstance(node, dict) and "$ref" in node else None


def _depth(path: str) -> int:
    return path.count(".") + path.count("[")


def _unique(found: list[Violation]) -> list[Violation]:
    """One violation per (path, kind): the items of an array report a drift once, not once per item."""
    return list({(v.path, v.kind): v for v in found}.values())


def _has_type(value: Any, declared: Any) -> bool:
    types = [declared] if isinstance(declared, str) else list(declared)
    return any(_is(value, kind) for kind in types)


def _is(value: Any, kind: str) -> bool:
    if kind == "integer":  # Draft 4, as connexion reads it: 1.0 is a number, not an integer
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    if kind == "null":
        return value is None
    return True


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def _is_date_time(value: str) -> bool:
    if not _RFC3339.match(value):
        return False
    try:
        datetime.datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return False
    return True


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."
