"""The HTTP/1.1 protocol the fake is served with: uvicorn's httptools protocol, answering in the envelope.

What uvicorn decides before the ASGI app sees a request is answered here:
- a request the parser refuses (NUL or a space in the path, an unknown method, a bad chunk size,
  obs-fold, a bad header, ...): HTTP 400 with the `{meta, data}` envelope (meta.code 4012) instead of
  uvicorn's plain-text "Invalid HTTP request received.", then the connection is closed;
- headers not complete within `header_timeout` seconds of the connection's start or of the previous
  answer (a connection that sends nothing, or trickles its headers): HTTP 408 envelope, closed;
- headers larger than `max_head_bytes`: HTTP 431 envelope, closed.
Idle keep-alive connections are closed by uvicorn's own `timeout_keep_alive` (see `uvicorn_options`).

Use `uvicorn.run(app, **uvicorn_options())` or `uvicorn.Config(app, **uvicorn_options())`.

The protocol subclasses uvicorn's httptools implementation, so it needs `httptools` (the package's
`httptools` extra; the dev environment has it). Without it `uvicorn_options` keeps uvicorn's own h11
protocol: the idle keep-alive limit still holds, but malformed requests get uvicorn's plain-text 400
and there is no header time limit (docs/mock.md says so).
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
from typing import Any

from .codes import error

# httptools is optional (the `httptools` extra): uvicorn without extras speaks HTTP through h11.
HAVE_HTTPTOOLS = importlib.util.find_spec("httptools") is not None
if HAVE_HTTPTOOLS:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
else:  # pragma: no cover - exercised by the clean-venv packaging test
    HttpToolsProtocol = object  # type: ignore[assignment,misc]

HEADER_TIMEOUT_S = 10.0
KEEP_ALIVE_TIMEOUT_S = 5.0
MAX_HEAD_BYTES = 64 * 1024
_REASONS = {400: b"Bad Request", 408: b"Request Timeout", 431: b"Request Header Fields Too Large"}


def envelope_response(status: int, code: int, message: str) -> bytes:
    """A complete HTTP/1.1 response carrying the error envelope, closing the connection."""
    body = json.dumps(error(code, message)).encode()
    head = b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\nconnection: close\r\n\r\n" % (
        status,
        _REASONS.get(status, b"Error"),
        len(body),
    )
    return head + body


class EnvelopeHttpToolsProtocol(HttpToolsProtocol):
    header_timeout: float = HEADER_TIMEOUT_S
    max_head_bytes: int = MAX_HEAD_BYTES

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._refused = False
        self._head_timer: asyncio.TimerHandle | None = None
        self._arm_head_timer()

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        self._head_bytes = 0  # raw bytes of chunks after which the headers were still incomplete
        self._head_parsed = 0  # bytes of the request line and headers parsed so far
        self._reading_head = True
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        timer = getattr(self, "_head_timer", None)
        if timer is not None:
            timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing() or (self.cycle is not None and not self.cycle.response_complete):
            return
        message = f"The request's headers did not arrive within {self.header_timeout:g} s."
        self._answer_and_close(408, 408, message)

    def _answer_and_close(self, status: int, code: int, message: str) -> None:
        self.transport.write(envelope_response(status, code, message))
        self.transport.close()

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return
        super().data_received(data)
        if self._reading_head and not self.transport.is_closing():
            self._head_bytes += len(data)  # headers still incomplete after this chunk
            if self._head_bytes > self.max_head_bytes:
                self._refuse_large_head()

    def _refuse_large_head(self) -> None:
        self._cancel_head_timer()
        self._refused = True
        self._answer_and_close(431, 431, f"The request's headers are larger than {self.max_head_bytes} bytes.")

    def on_url(self, url: bytes) -> None:
        self._head_parsed += len(url)
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._head_parsed += len(name) + len(value) + 4
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._cancel_head_timer()
        self._reading_head = False
        if self._head_parsed > self.max_head_bytes:  # they arrived in fewer, larger chunks
            self._refuse_large_head()
            return
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        if not self._refused:
            super().on_body(body)

    def on_message_complete(self) -> None:
        if not self._refused:
            super().on_message_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        idle = self.cycle is None or self.cycle.response_complete
        if idle and not self.transport.is_closing():
            self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def send_400_response(self, msg: str) -> None:
        self._cancel_head_timer()
        self._answer_and_close(400, 4012, f"The request is not valid HTTP/1.1 ({msg.rstrip('.')}).")


def protocol_class(header_timeout: float = HEADER_TIMEOUT_S, max_head_bytes: int = MAX_HEAD_BYTES) -> type:
    """`EnvelopeHttpToolsProtocol` with other limits."""
    return type(
        "EnvelopeHttpToolsProtocol",
        (EnvelopeHttpToolsProtocol,),
        {"header_timeout": header_timeout, "max_head_bytes": max_head_bytes},
    )


def uvicorn_options(
    *,
    header_timeout: float = HEADER_TIMEOUT_S,
    keep_alive_timeout: float = KEEP_ALIVE_TIMEOUT_S,
    max_head_bytes: int = MAX_HEAD_BYTES,
) -> dict[str, Any]:
    """Keyword arguments of `uvicorn.Config` / `uvicorn.run` that serve the fake with these limits."""
    if not HAVE_HTTPTOOLS:
        return {"timeout_keep_alive": keep_alive_timeout}
    return {
        "http": protocol_class(header_timeout, max_head_bytes),
        "timeout_keep_alive": keep_alive_timeout,
    }
