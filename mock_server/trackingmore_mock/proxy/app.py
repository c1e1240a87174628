"""The validating proxy: forwards every request unchanged, checks both sides against the spec.

Each answer goes back to the client as the upstream sent it (body decoded, hop-by-hop headers
dropped), with two headers added: `X-Spec-Operation` (the spec's operationId, or `unknown`) and
`X-Spec-Violations` (`none`, or `<count>: <in> <path> <kind>; ...`). `GET /_mock/report` answers
the report as JSON, `DELETE /_mock/report` clears it. The client's API key goes to the upstream in
its header and nowhere else: not into the report, a log or a cassette.
"""

from __future__ import annotations

import datetime
import json
import logging
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from . import cassettes
from .conformance import Conformance, Match
from .report import Report
from .scrub import Scrubber
from .violations import Kind, Violation

logger = logging.getLogger("trackingmore_mock.proxy")
REPORT_PATH = "/_mock/report"
OPERATION_HEADER = "X-Spec-Operation"
VIOLATIONS_HEADER = "X-Spec-Violations"
_HEADER_LIMIT = 4000
# Hop-by-hop headers (RFC 9110 7.6.1) and those httpx recomputes for the decoded body.
_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "trailers",
        "transfer-encoding",
        "upgrade",
        "host",
        "content-length",
    }
)
# The body is passed back decoded; the server in front adds its own Date and Server.
_NOT_PASSED_BACK = _HOP_BY_HOP | {"content-encoding", "date", "server"}


def violations_header(violations: list[Violation]) -> str:
    if not violations:
        return "none"
    labels = list(dict.fromkeys(v.label() for v in violations))
    text = f"{len(violations)}: " + "; ".join(labels)
    if len(text) > _HEADER_LIMIT:
        text = text[: _HEADER_LIMIT - 20] + "; ... (see /_mock/report)"
    return text.encode("ascii", "backslashreplace").decode("ascii")


class ProxyApp:
    """An ASGI app. `report` is what it has seen; `upstream` the base URL it forwards to."""

    def __init__(
        self,
        upstream: str,
        *,
        conformance: Conformance | None = None,
        spec_path: str | Path | None = None,
        record_dir: Path | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = 60.0,
    ) -> None:
        self.upstream = upstream.rstrip("/")
        self.conformance = conformance or Conformance.from_spec_file(spec_path)
        self.report = Report(self.upstream)
        self.recorder = cassettes.CassetteWriter(record_dir) if record_dir is not None else None
        self._transport = transport
        self._timeout = timeout
        self._client: httpx.AsyncClient | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        if scope["path"] == REPORT_PATH and request.method in ("GET", "DELETE"):
            response = await self._report_endpoint(request)
        else:  # every method, also those no router lists (TRACE): the upstream decides
            response = await self._forward(request)
        await response(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._client is not None:
                    await self._client.aclose()
                    self._client = None
                await send({"type": "lifespan.shutdown.complete"})
                return

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            # No redirects followed and no environment proxies: the answer is the upstream's own.
            self._client = httpx.AsyncClient(
                transport=self._transport, timeout=self._timeout, follow_redirects=False, trust_env=False
            )
        return self._client

    async def _report_endpoint(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.report.clear()
        return JSONResponse(self.report.to_json())

    async def _forward(self, request: Request) -> Response:
        body = await request.body()
        method = request.method
        path: str = request.scope["path"]
        query = request.scope.get("query_string", b"").decode("latin-1")
        key = request.headers.get(self.conformance.key_header)
        scrubber = Scrubber([key], secret_headers=[self.conformance.key_header])
        match = self.conformance.match(method, path)
        operation, template = (
            (match.operation.operation_id, match.operation.template) if match else ("unknown", "(not in the spec)")
        )
        headers = [(k, v) for k, v in request.headers.items() if k not in _HOP_BY_HOP]
        started_at = datetime.datetime.now(datetime.UTC)
        started = time.perf_counter()
        try:
            upstream = await self._http().request(method, self._upstream_url(request), headers=headers, content=body)
        except httpx.HTTPError as error:
            # str(error) of a transport failure names the socket error, never a request header.
            self.report.record_upstream_error(operation, method, template)
            message = f"The proxy could not reach the upstream: {type(error).__name__}."
            return JSONResponse(
                {"meta": {"code": 502, "type": "Bad Gateway", "message": message}, "data": []},
                status_code=502,
                headers={OPERATION_HEADER: operation},
            )
        duration_ms = (time.perf_counter() - started) * 1000
        content_type = upstream.headers.get("content-type", "")
        try:
            violations = self._check(match, method, path, query, request, body, upstream, content_type)
        except Exception as error:  # a bug in a check must not cost the client its answer
            logger.error("checking %s %s failed: %s", method, template, type(error).__name__)
            violations = [
                Violation("response", "$", Kind.CHECK_FAILED, f"the proxy's check failed ({type(error).__name__})")
            ]
        violations = [replace(v, path=scrubber.text(v.path), detail=scrubber.text(v.detail)) for v in violations]
        self.report.record(operation, method, template, violations)
        if self.recorder is not None:
            self.recorder.write(
                {
                    "operation": operation,
                    "request": cassettes.request_fields(
                        scrubber, method=method, path=path, query=query, headers=headers, body=body
                    ),
                    "response": {
                        "status": upstream.status_code,
                        "headers": scrubber.headers(
                            (k, v) for k, v in upstream.headers.multi_items() if k.lower() not in _NOT_PASSED_BACK
                        ),
                        **cassettes.body_fields(upstream.content, scrubber),
                    },
                    "timing": {
                        "started_at": started_at.isoformat(timespec="milliseconds"),
                        "duration_ms": round(duration_ms, 3),
                    },
                    "violations": [v.to_dict() for v in violations],
                }
            )
        answer = Response(content=upstream.content, status_code=upstream.status_code)
        answer.raw_headers += [
            (k.lower().encode("latin-1"), v.encode("latin-1", "replace"))
            for k, v in upstream.headers.multi_items()
            if k.lower() not in _NOT_PASSED_BACK
        ]
        answer.raw_headers += [
            (OPERATION_HEADER.lower().encode(), operation.encode("ascii", "replace")),
            (VIOLATIONS_HEADER.lower().encode(), violations_header(violations).encode("ascii")),
        ]
        return answer

    def _upstream_url(self, request: Request) -> str:
        raw_path: bytes = request.scope.get("raw_path") or request.scope["path"].encode()
        prefix = self.conformance.prefix.encode()
        suffix = raw_path[len(prefix) :] if prefix and raw_path.startswith(prefix) else raw_path
        query: bytes = request.scope.get("query_string", b"")
        return self.upstream + suffix.decode("latin-1") + (f"?{query.decode('latin-1')}" if query else "")

    def _check(
        self,
        match: Match | None,
        method: str,
        path: str,
        query: str,
        request: Request,
        body: bytes,
        upstream: httpx.Response,
        content_type: str,
    ) -> list[Violation]:
        if match is None:
            detail = f"{method} {json.dumps(path)} is not an operation of the spec"
            return [Violation("request", "path", Kind.UNDOCUMENTED_OPERATION, detail)]
        headers = {k.lower(): v for k, v in request.headers.items()}
        found = self.conformance.check_request(
            match, query=query, headers=headers, body=body, content_type=request.headers.get("content-type", "")
        )
        return found + self.conformance.check_response(
            match,
            status=upstream.status_code,
            content_type=content_type,
            body=upstream.content,
            head=method == "HEAD",
        )


def create_proxy_app(upstream: str, **options: Any) -> ProxyApp:
    """The proxy as an ASGI app; see ProxyApp for the options (record_dir, spec_path, transport, timeout)."""
    return ProxyApp(upstream, **options)
