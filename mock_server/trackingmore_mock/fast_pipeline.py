"""A precompiled request pipeline for the requests connexion would accept; connexion answers the rest.

connexion's per-request pipeline (seven middlewares, a starlette router, the security and
validation middlewares building their objects anew, the parameter decorator re-reading the
handler's signature, the response decorator) was about 60% of the fake's CPU for a single GET.
This ASGI middleware sits in front of it and serves a request itself only when every check
connexion makes passes, using what connexion derives from the spec, built once per operation:

* routing: starlette's own `compile_path` regex of each spec path under the base path; exactly one
  spec path must match, with a method it declares (HEAD, OPTIONS and 405s go to connexion);
* security: the operation must require only the spec's apiKey header scheme and the key must pass
  the app's checker;
* parameters: connexion's `OpenAPIOperation.parameters` (path-level ones merged, `$ref`s
  resolved); only operations whose parameters are path/query `string`/`integer` schemas without
  `nullable` are served here. A query value must appear once; an integer must be ASCII digits.
  Each value is checked by `validation.EnvelopeParameterValidator.validate_parameter` (the same
  function connexion's validation middleware calls) and the int64 bound;
* body: `Content-Type: application/json` (optionally `charset=utf-8`), decoded as
  `EnvelopeBodyValidator` decodes it, and accepted only by the compiled `validation.fast_validator`
  of the operation's body schema (which accepts nothing connexion's validator rejects);
* handler arguments: as connexion's parameter decorator builds them (path values, query values
  with the schema defaults, `body`), for the names the handler's signature has.

Any other request -- refused, unusual or on an operation outside that subset -- is passed
untouched (its body replayed) to connexion, which answers it exactly as before, with its error
code. `tests/mock/test_fast_pipeline.py` drives the same requests through an app with and without
this pipeline and requires identical answers.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from connexion.decorators.parameter import sanitized, unwrap_decorators
from connexion.operations import OpenAPIOperation
from connexion.resolver import Resolver
from connexion.spec import Specification
from connexion.utils import inspect_function_arguments
from starlette.routing import compile_path
from starlette.types import ASGIApp, Receive, Scope, Send

from . import validation
from .asgi_body import read_body, replay
from .codes import MockError

try:  # optional: ~5x faster than json on a 40-item batch; the fallback writes connexion's bytes
    import orjson
except ImportError:  # pragma: no cover - the dev environment installs it
    orjson = None  # type: ignore[assignment]

_METHODS = ("get", "put", "post", "delete", "patch")
_INTEGER = re.compile(r"-?[0-9]{1,19}\Z")
_JSON_TYPES = frozenset({b"application/json", b"application/json; charset=utf-8", b"application/json;charset=utf-8"})
_JSON_HEADERS = [(b"content-type", b"application/json")]
_REFUSED = object()


@dataclass(frozen=True)
class _Param:
    name: str
    kind: str  # "integer" or "string"
    spec: dict[str, Any]  # connexion's parameter definition (for validate_parameter)


@dataclass(frozen=True)
class _Operation:
    method: str
    handler: Callable[..., Any]
    path_params: tuple[_Param, ...]
    query_params: tuple[_Param, ...]
    query_defaults: tuple[tuple[str, Any], ...]
    body: Any  # the compiled body validator, or None for an operation without a body
    body_argument: bool  # the handler takes `body`
    arguments: frozenset[str]


@dataclass(frozen=True)
class _Route:
    regex: re.Pattern[str]
    operations: Mapping[str, _Operation | None]  # by HTTP method; None: served by connexion only


def _simple_param(param: dict[str, Any]) -> _Param | None:
    schema = param.get("schema")
    if param.get("in") not in ("path", "query") or not isinstance(schema, dict):
        return None
    if schema.get("type") not in ("integer", "string") or schema.get("nullable") or param.get("nullable"):
        return None
    if sanitized(str(param["name"])) != param["name"]:  # connexion would rename the argument
        return None
    return _Param(str(param["name"]), str(schema["type"]), param)


def _compile_operation(
    spec: Specification, path: str, method: str, resolve: Callable[[str], Callable[..., Any]], key_scheme: str | None
) -> _Operation | None:
    """The precompiled operation, or None when connexion must serve every request of it."""
    operation = OpenAPIOperation.from_spec(spec, path=path, method=method, resolver=Resolver(function_resolver=resolve))
    security = operation.security
    if key_scheme is None or security != [{key_scheme: []}]:
        return None
    params = [_simple_param(p) for p in operation.parameters]
    if any(p is None for p in params):
        return None
    simple = [p for p in params if p is not None]
    handler = resolve(operation.operation_id)
    if not inspect.iscoroutinefunction(handler):
        return None
    arguments, has_kwargs = inspect_function_arguments(unwrap_decorators(handler))
    if has_kwargs:
        return None
    body = None
    if operation.request_body:
        if operation.consumes != ["application/json"] or operation.body_name("application/json") != "body":
            return None
        body = validation.fast_validator(operation.body_schema("application/json"))
        if body is None:
            return None
    query = tuple(p for p in simple if p.spec["in"] == "query")
    defaults = tuple((p.name, p.spec["schema"]["default"]) for p in query if "default" in p.spec["schema"])
    return _Operation(
        method=method.upper(),
        handler=handler,
        path_params=tuple(p for p in simple if p.spec["in"] == "path"),
        query_params=query,
        query_defaults=defaults,
        body=body,
        body_argument="body" in arguments,
        arguments=frozenset(arguments),
    )


def compile_routes(
    document: dict[str, Any], prefix: str, resolve: Callable[[str], Callable[..., Any]], key_scheme: str | None
) -> tuple[_Route, ...]:
    spec = Specification.from_dict(document)
    routes = []
    for path, item in spec["paths"].items():
        regex, _, _ = compile_path(prefix + path)
        operations = {
            method.upper(): _compile_operation(spec, path, method, resolve, key_scheme)
            for method in item
            if method in _METHODS
        }
        routes.append(_Route(regex, operations))
    return tuple(routes)


class FastPipeline:
    """ASGI middleware: serves what it can prove connexion would accept, passes the rest on."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        routes: tuple[_Route, ...],
        key_header: str,
        check_key: Callable[[str], object],
    ) -> None:
        self.app = app
        self.routes = routes
        self.key_header = key_header.lower().encode("latin-1")
        self.check_key = check_key

    def _route(self, scope: Scope) -> tuple[_Operation, dict[str, str]] | None:
        found = None
        path: str = scope["path"]
        if "\n" in path or scope.get("root_path"):
            return None  # starlette's mount pattern (`.*`) refuses a newline: connexion answers it
        for route in self.routes:
            match = route.regex.match(path)
            if match is not None:
                if found is not None:
                    return None  # two spec paths match: connexion's router decides
                found = (route, match)
        if found is None:
            return None
        operation = found[0].operations.get(scope["method"])
        if operation is None:
            return None
        return operation, found[1].groupdict()

    def _authorised(self, scope: Scope) -> bool:
        key = None
        for name, value in scope["headers"]:
            if name == self.key_header:
                if key is not None:
                    return False
                key = value
        if not key:
            return False
        try:
            self.check_key(key.decode("latin-1"))
        except MockError:
            return False
        return True

    @staticmethod
    def _value(param: _Param, raw: str) -> Any:
        if param.kind == "integer":
            if not _INTEGER.match(raw):
                return _REFUSED
            value: Any = int(raw)
            if validation._out_of_range(param.spec, value):
                return _REFUSED
        else:
            value = raw
        if validation.EnvelopeParameterValidator.validate_parameter(param.spec["in"], value, param.spec) is not None:
            return _REFUSED
        return value

    def _arguments(self, operation: _Operation, scope: Scope, path_values: dict[str, str]) -> dict[str, Any] | None:
        kwargs: dict[str, Any] = {}
        for param in operation.path_params:
            value = self._value(param, path_values[param.name])
            if value is _REFUSED:
                return None
            kwargs[param.name] = value
        query: dict[str, str] = {}
        raw_query: bytes = scope.get("query_string", b"")
        if raw_query:
            for name, value in parse_qsl(raw_query.decode("latin-1"), keep_blank_values=True):
                if name in query:
                    return None  # repeated: connexion's parser picks one
                query[name] = value
        for param in operation.query_params:
            if param.name in query:
                parsed = self._value(param, query[param.name])
                if parsed is _REFUSED:
                    return None
                if param.name in operation.arguments:
                    kwargs[param.name] = parsed
            elif param.spec.get("required"):
                return None
        for name, default in operation.query_defaults:
            if name not in query and name in operation.arguments:
                kwargs[name] = default
        return kwargs

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        routed = self._route(scope)
        if routed is None or not self._authorised(scope):
            await self.app(scope, receive, send)
            return
        operation, path_values = routed
        kwargs = self._arguments(operation, scope, path_values)
        if kwargs is None:
            await self.app(scope, receive, send)
            return
        if operation.body is not None:
            raw = await read_body(receive)
            document = _accepted_body(operation, scope, raw)
            if document is _REFUSED:
                await self.app(scope, replay(raw, receive), send)
                return
            if operation.body_argument:
                kwargs["body"] = document
        try:
            result = await operation.handler(**kwargs)
        except MockError as exc:
            # As `errors.ErrorHandlers.mock_error` answers it (no final newline).
            await _send_json(send, exc.http_status, (json.dumps(exc.body())).encode(), exc.headers)
            return
        if not isinstance(result, (dict, list)):
            raise TypeError(f"handler returned {type(result).__name__}, expected a JSON document")
        await _send_json(send, 200, _dumps(result), None)


def _dumps(document: Any) -> bytes:
    """The answer's bytes: orjson's compact JSON, else (not installed, or a string that is not
    valid UTF-8) the bytes connexion's Jsonifier writes, json.dumps and a newline."""
    if orjson is not None:
        try:
            return orjson.dumps(document)
        except TypeError:
            pass
    return (json.dumps(document) + "\n").encode()


def _accepted_body(operation: _Operation, scope: Scope, raw: bytes) -> Any:
    content_types = [value for name, value in scope["headers"] if name == b"content-type"]
    if len(content_types) != 1 or content_types[0] not in _JSON_TYPES:  # exact bytes, as connexion matches
        return _REFUSED
    try:
        text = raw.decode("utf-8")
        if not text.strip():
            return _REFUSED
        # orjson accepts a subset of what json.loads accepts (no NaN, no lone surrogate, no integer
        # beyond 64 bits) and reads it to the same values; what it refuses goes to connexion.
        document = orjson.loads(raw) if orjson is not None else json.loads(text)
    except (ValueError, RecursionError):
        return _REFUSED
    if document is None or not validation.fast_accepts(operation.body, document):
        return _REFUSED
    return document


async def _send_json(send: Send, status: int, payload: bytes, headers: Mapping[str, str] | None) -> None:
    raw_headers = [*_JSON_HEADERS, (b"content-length", str(len(payload)).encode())]
    if headers:
        raw_headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": payload})
