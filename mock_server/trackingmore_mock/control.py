"""The control API under `/_mock/`: routed and validated by its own OpenAPI document (control.yaml).

It sits outside connexion and outside the TrackingMore spec; the same API key protects it. Every
answer is the `{meta, data}` envelope with a real HTTP status (401 without a valid key, 400 for a
body the document refuses, 404 for an unknown id or path, 405 for a wrong method).
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import json
import re
import urllib.parse
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema  # type: ignore[import-untyped]
import yaml
from starlette.types import ASGIApp, Receive, Scope, Send

from .codes import MockError, envelope
from .guard import send_envelope
from .ratelimit import RateLimit, RateLimiter, RateLimits
from .traffic import CONTROL_PREFIX, is_control

if TYPE_CHECKING:
    from .backend import MockBackend

DOCUMENT_PATH = Path(__file__).with_name("control.yaml")
_MAX_BODY = 64 * 1024
Handler = Callable[[dict[str, Any], dict[str, str], dict[str, Any]], Awaitable[tuple[int, Any]]]


@functools.lru_cache(maxsize=1)
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(DOCUMENT_PATH.read_text("utf-8"))
    return loaded


@functools.lru_cache(maxsize=1)
def document_bytes() -> bytes:
    return json.dumps(document()).encode()


@dataclasses.dataclass(frozen=True)
class _Route:
    method: str
    pattern: re.Pattern[str]
    operation_id: str
    secured: bool
    body: jsonschema.protocols.Validator | None
    body_required: bool
    query: dict[str, dict[str, Any]]


def _routes() -> list[_Route]:
    spec = document()
    routes = []
    for template, item in spec["paths"].items():
        pattern = re.compile(
            "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(CONTROL_PREFIX + template)) + "/?$"
        )
        for method, operation in item.items():
            request_body = operation.get("requestBody") or {}
            schema = (request_body.get("content") or {}).get("application/json", {}).get("schema")
            routes.append(
                _Route(
                    method=method.upper(),
                    pattern=pattern,
                    operation_id=operation["operationId"],
                    secured=operation.get("security", spec.get("security")) != [],
                    body=jsonschema.Draft4Validator(schema) if schema else None,
                    body_required=bool(request_body.get("required")),
                    query={p["name"]: p["schema"] for p in operation.get("parameters", []) if p["in"] == "query"},
                )
            )
    # Literal paths first (`/webhooks/wait` before `/webhooks/{subscription_id}`).
    routes.sort(key=lambda route: "(?P<" in route.pattern.pattern)
    return routes


def _now_dict(backend: MockBackend) -> dict[str, Any]:
    now = backend.now()
    return {
        "now": now,
        "iso": datetime.fromtimestamp(now, UTC).isoformat(),
        "speed": getattr(backend.clock, "speed", None),
    }


def _rate_limits_dict(limits: RateLimits | None, declared: Mapping[str, RateLimit]) -> dict[str, Any]:
    if limits is None:
        return {"enabled": False}
    return {"enabled": True, **limits.describe(declared)}


class ControlMiddleware:
    """Answers `/_mock/...`; passes everything else on."""

    def __init__(self, app: ASGIApp, backend: MockBackend, check_key: Callable[[str], object], key_header: str):
        self.app = app
        self.backend = backend
        self.check_key = check_key
        self.key_header = key_header.lower().encode("latin-1")
        self.routes = _routes()
        self.handlers: dict[str, Handler] = {
            name: getattr(self, "_" + re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()) for name in self._names()
        }

    def _names(self) -> list[str]:
        return [route.operation_id for route in self.routes]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_control(scope["path"]):
            await self.app(scope, receive, send)
            return
        try:
            status, data = await self._dispatch(scope, receive)
        except MockError as exc:
            await send_envelope(send, exc.http_status, exc.body(), exc.headers)
            return
        if scope["path"].rstrip("/").endswith("/openapi.json") and status == 200:
            payload = document_bytes()
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": payload})
            return
        code = 201 if status == 201 else 200
        await send_envelope(send, status, envelope(data, code))

    async def _dispatch(self, scope: Scope, receive: Receive) -> tuple[int, Any]:
        path, method = scope["path"], scope["method"]
        matched = [(route, m) for route in self.routes if (m := route.pattern.match(path))]
        if not matched:
            raise MockError(404, "No such control endpoint (see /_mock/openapi.json).", http_status=404)
        found = next(((r, m) for r, m in matched if r.method == method), None)
        if found is None:
            allowed = ", ".join(sorted({r.method for r, _ in matched}))
            raise MockError(405, http_status=405, headers={"Allow": allowed})
        route, match = found
        if route.secured:
            key = next((v.decode("latin-1") for k, v in scope["headers"] if k.lower() == self.key_header), "")
            if not key:
                raise MockError(401, http_status=401)
            try:
                self.check_key(key)
            except MockError as refused:
                raise MockError(refused.code, refused.message, http_status=401) from None
        body = await self._body(route, receive)
        query = self._query(route, scope.get("query_string", b"").decode("latin-1"))
        return await self.handlers[route.operation_id](body, match.groupdict(), query)

    @staticmethod
    async def _body(route: _Route, receive: Receive) -> dict[str, Any]:
        chunks = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.extend(message.get("body", b""))
            if len(chunks) > _MAX_BODY:
                raise MockError(413, http_status=413)
            if not message.get("more_body", False):
                break
        if not chunks.strip():
            if route.body_required:
                raise MockError(4012, "A JSON body is required.", http_status=400)
            return {}
        try:
            body = json.loads(chunks)
        except ValueError:
            raise MockError(4012, "The body is not JSON.", http_status=400) from None
        if route.body is not None:
            problem = next(iter(sorted(route.body.iter_errors(body), key=str)), None)
            if problem is not None:
                where = ".".join(str(p) for p in problem.absolute_path) or "body"
                raise MockError(4012, f"{where}: {problem.message}"[:300], http_status=400)
        return body if isinstance(body, dict) else {}

    @staticmethod
    def _query(route: _Route, raw: str) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, value in urllib.parse.parse_qsl(raw):
            schema = route.query.get(name)
            if schema is None:
                continue
            if schema.get("type") == "integer":
                if not value.isdigit() or int(value) < schema.get("minimum", 0):
                    raise MockError(4012, f"{name}: not an integer >= {schema.get('minimum', 0)}", http_status=400)
                values[name] = int(value)
            else:
                values[name] = value
        return values

    # -- handlers: (body, path parameters, query) -> (HTTP status, data) ---------------------------
    async def _get_control_document(self, *_: Any) -> tuple[int, Any]:
        return 200, None

    async def _reset(self, body: dict[str, Any], *_: Any) -> tuple[int, Any]:
        self.backend.reset(clock=bool(body.get("clock")))
        return 200, {"reset": True, "clock": _now_dict(self.backend)}

    async def _get_clock(self, *_: Any) -> tuple[int, Any]:
        return 200, _now_dict(self.backend)

    async def _set_clock(self, body: dict[str, Any], *_: Any) -> tuple[int, Any]:
        clock = self.backend.clock
        if "set" in body:
            clock.set(float(body["set"]))  # type: ignore[attr-defined]
        if "advance" in body:
            clock.advance(float(body["advance"]))  # type: ignore[attr-defined]
        self.backend.webhooks.notify()
        return 200, _now_dict(self.backend)

    async def _list_faults(self, *_: Any) -> tuple[int, Any]:
        return 200, [fault.to_dict() for fault in self.backend.faults.list()]

    async def _add_fault(self, body: dict[str, Any], *_: Any) -> tuple[int, Any]:
        faults = self.backend.faults
        try:
            if "spec" in body:
                if len(body) > 1:
                    raise ValueError("give either `spec` or the fields, not both")
                fault = faults.add_spec(str(body["spec"]))
            elif "kind" not in body:
                raise ValueError("kind (or spec) is required")
            else:
                fault = faults.add(**body)
        except ValueError as exc:
            raise MockError(4012, str(exc)[:300], http_status=400) from None
        return 201, fault.to_dict()

    async def _clear_faults(self, *_: Any) -> tuple[int, Any]:
        self.backend.faults.clear()
        return 200, []

    async def _delete_fault(self, _body: dict[str, Any], params: dict[str, str], _q: Any) -> tuple[int, Any]:
        if not self.backend.faults.remove(params["fault_id"]):
            raise MockError(404, f"No fault {params['fault_id']!r}.", http_status=404)
        return 200, []

    async def _list_requests(self, _body: Any, _params: Any, query: dict[str, Any]) -> tuple[int, Any]:
        entries = self.backend.journal.entries(operation=query.get("operation"), limit=query.get("limit"))
        return 200, [entry.to_dict() for entry in entries]

    async def _clear_requests(self, *_: Any) -> tuple[int, Any]:
        self.backend.journal.clear()
        return 200, []

    def _webhooks_dict(self) -> dict[str, Any]:
        webhooks = self.backend.webhooks
        return {
            "subscriptions": [s.to_dict() for s in webhooks.subscriptions()],
            "deliveries": [d.to_dict() for d in webhooks.deliveries()],
        }

    async def _list_webhooks(self, *_: Any) -> tuple[int, Any]:
        return 200, self._webhooks_dict()

    async def _add_webhook(self, body: dict[str, Any], *_: Any) -> tuple[int, Any]:
        try:
            subscription = self.backend.webhooks.subscribe(
                body["url"], body.get("email"), statuses=body.get("statuses"), retry_delays=body.get("retry_delays")
            )
        except ValueError as exc:
            raise MockError(4012, str(exc), http_status=400) from None
        return 201, subscription.to_dict()

    async def _clear_webhooks(self, *_: Any) -> tuple[int, Any]:
        self.backend.webhooks.reset()
        return 200, []

    async def _wait_webhooks(self, body: dict[str, Any], *_: Any) -> tuple[int, Any]:
        timeout = float(body.get("timeout", 10.0))
        done = await asyncio.to_thread(self.backend.webhooks.wait, timeout)
        return 200, {"done": done, **self._webhooks_dict()}

    async def _delete_webhook(self, _body: dict[str, Any], params: dict[str, str], _q: Any) -> tuple[int, Any]:
        if not self.backend.webhooks.unsubscribe(params["subscription_id"]):
            raise MockError(404, f"No subscription {params['subscription_id']!r}.", http_status=404)
        return 200, []

    async def _get_latency(self, *_: Any) -> tuple[int, Any]:
        return 200, self.backend.latency.to_dict()

    async def _set_latency(self, body: dict[str, Any], *_: Any) -> tuple[int, Any]:
        try:
            if "latency" in body:
                self.backend.latency.set(str(body["latency"]))
            else:
                low = float(body.get("min_ms", 0.0))
                self.backend.latency.set((low, float(body.get("max_ms", low))))
        except ValueError as exc:
            raise MockError(4012, str(exc), http_status=400) from None
        return 200, self.backend.latency.to_dict()

    async def _get_rate_limits(self, *_: Any) -> tuple[int, Any]:
        return 200, _rate_limits_dict(self.backend.options.rate_limits, self.backend.declared_limits)

    async def _set_rate_limits(self, body: dict[str, Any], *_: Any) -> tuple[int, Any]:
        limits = None
        if body["enabled"]:
            limits = dataclasses.replace(RateLimits(), **{k: v for k, v in body.items() if k != "enabled"})
        self.backend.options.rate_limits = limits
        self.backend.limiter = RateLimiter(limits, self.backend.declared_limits)
        return 200, _rate_limits_dict(limits, self.backend.declared_limits)
