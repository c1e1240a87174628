"""Bounds on what one request may cost: the query string's size and parameters, the time to send a body.

- A query string over `max_query_bytes` or with more than `max_query_parameters` parameters, or with
  a parameter given twice, is refused with 4012 (after the key check, as every invalid parameter:
  401 / 4001 first) before anything parses it: starlette's
  `QueryParams.getlist`, which connexion calls per parameter, scans every parameter each time, so
  8,000 parameters cost seconds of CPU (quadratic). The check itself is one linear pass.
- A request body that does not arrive within `body_timeout` seconds of the request's headers
  (Content-Length larger than what is sent, a chunked body without its final chunk, a client that
  trickles) is answered 408 with `Connection: close`, so uvicorn closes the connection.

The HTTP layer (header read time, idle connections, malformed requests) is `protocol.py`'s.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .codes import MockError, error
from .guard import send_envelope

MAX_QUERY_BYTES = 32 * 1024  # 40 order ids of 255 characters, percent-encoded, still fit
MAX_QUERY_PARAMETERS = 64  # the spec's widest operation (listTrackings) has 13
BODY_TIMEOUT_S = 10.0


class BodyTimeout(MockError):
    def __init__(self, seconds: float) -> None:
        super().__init__(
            408,
            f"The request body did not arrive within {seconds:g} s.",
            http_status=408,
            headers={"Connection": "close"},
        )


def query_problem(query: bytes, max_bytes: int, max_parameters: int) -> str | None:
    """Why a raw query string is refused, or None. Linear in its length."""
    if len(query) > max_bytes:
        return f"The query string is longer than {max_bytes} bytes."
    if not query:
        return None
    parts = query.split(b"&")
    if len(parts) > max_parameters:
        return f"The query string has more than {max_parameters} parameters."
    seen: set[bytes] = set()
    for part in parts:
        if not part:
            continue
        name = part.split(b"=", 1)[0]
        if name in seen:
            shown = name[:40].decode("latin-1")
            return f"The query parameter {shown} is given more than once."
        seen.add(name)
    return None


class LimitsMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_query_bytes: int = MAX_QUERY_BYTES,
        max_query_parameters: int = MAX_QUERY_PARAMETERS,
        body_timeout: float = BODY_TIMEOUT_S,
        key_header: str = "Trackingmore-Api-Key",
        check_key: Callable[[str], Any] | None = None,
    ) -> None:
        self.app = app
        self.key_header = key_header.lower().encode("latin-1")
        self.check_key = check_key
        self.max_query_bytes = max_query_bytes
        self.max_query_parameters = max_query_parameters
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = query_problem(scope.get("query_string", b""), self.max_query_bytes, self.max_query_parameters)
        if problem is not None:
            await send_envelope(send, 200, self._key_refusal(scope) or error(4012, problem))
            return
        await self.app(scope, self._deadline_receive(receive), send)

    def _key_refusal(self, scope: Scope) -> dict[str, Any] | None:
        """The answer to a missing (401) or wrong (4001) key, or None when the key is accepted."""
        if self.check_key is None:
            return None
        key = next((value for name, value in scope["headers"] if name == self.key_header), b"")
        if not key:
            return error(401)
        try:
            self.check_key(key.decode("latin-1"))
        except MockError as refused:
            return refused.body()
        return None

    def _deadline_receive(self, receive: Receive) -> Receive:
        limit = self.body_timeout
        deadline = time.monotonic() + limit
        complete = False

        async def timed_receive() -> Message:
            nonlocal complete
            if complete:  # the body is in; a later receive waits for the disconnect, unbounded
                return await receive()
            remaining = deadline - time.monotonic()
            try:
                async with asyncio.timeout(max(remaining, 0.001)):  # no extra task, unlike wait_for
                    message = await receive()
            except TimeoutError:
                raise BodyTimeout(limit) from None
            complete = message["type"] != "http.request" or not message.get("more_body", False)
            return message

        return timed_receive
