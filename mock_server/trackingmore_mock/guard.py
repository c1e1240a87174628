"""Outermost safety net: body-size limit and a catch-all, so no input gets a traceback or a hang."""

from __future__ import annotations

import json
import logging
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .asgi_body import BodyTooLarge, read_body, replay
from .codes import MockError, error
from .spec import PathTable

MAX_BODY_BYTES = 1024 * 1024
_BODY_METHODS = ("POST", "PUT", "PATCH", "DELETE")
logger = logging.getLogger("trackingmore_mock")


async def send_envelope(send: Send, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
    payload = json.dumps(body).encode()
    raw_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    raw_headers += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": payload})


class GuardMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int = MAX_BODY_BYTES, paths: PathTable | None = None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.paths = paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if self.paths is not None and len(path) > 1 and path.endswith("/") and self.paths.allowed(path[:-1]):
            # TrackingMore answers `/v2/carriers/` like `/v2/carriers` (clients use both); starlette
            # would redirect instead, with an empty non-JSON body.
            raw = scope.get("raw_path") or path.encode()
            scope = {**scope, "path": path[:-1], "raw_path": raw[:-1] if raw.endswith(b"/") else raw}
        if scope["method"] in _BODY_METHODS and not any(name == b"content-type" for name, _ in scope["headers"]):
            # connexion validates a body without Content-Type as JSON (the spec's only media type)
            # but would then hand it to the handler as raw bytes: say explicitly that it is JSON.
            scope = {**scope, "headers": [*scope["headers"], (b"content-type", b"application/json")]}
        declared = _content_length(scope)
        if declared == -1:
            await send_envelope(send, 200, error(4012, "The Content-Length header is invalid."))
            return
        if declared is not None and declared > self.max_body_bytes:
            # Refuse before reading: a client streaming a huge body must not tie the server up.
            await send_envelope(send, 413, error(413))
            return

        if declared is None and scope["method"] in _BODY_METHODS:
            # A chunked upload has no Content-Length, and connexion then treats the body as
            # absent: read it here (within the limit) and replay it with its length.
            try:
                body = await read_body(receive, self.max_body_bytes)
            except BodyTooLarge:
                await send_envelope(send, 413, error(413))
                return
            except MockError as exc:  # e.g. the body's time limit (limits.py)
                await send_envelope(send, exc.http_status, exc.body(), exc.headers)
                return
            scope = {**scope, "headers": [*scope["headers"], (b"content-length", str(len(body)).encode())]}
            receive = replay(body, receive)

        started = False
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body_bytes:
                raise BodyTooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except MockError as exc:
            if not started:
                await send_envelope(send, exc.http_status, exc.body(), exc.headers)
        except Exception:
            logger.exception("unhandled error in the mock (answered 500)")
            if not started:
                await send_envelope(send, 500, error(500))


def _content_length(scope: Scope) -> int | None:
    """The declared body length; None if absent, -1 if malformed."""
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() else -1
    return None
