"""Wall-clock limits on an attempt as a whole, which httpx's timeouts are not.

httpx's ``read`` timeout bounds each socket read, so a server sending one byte per second never
times out. The retry transport sets the moment the current attempt must end (the attempt's own
limit or the call's deadline, whichever comes first) in a context variable, and:

* ``DeadlineBackend`` (sync) wraps httpcore's network backend so that every connect, TLS
  handshake, read and write waits at most until then;
* ``bounded_stream`` checks it between the chunks of a body (transports without sockets);
* the async transport runs the attempt in ``anyio.fail_after``, which cancels whatever it waits on.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Iterable, Iterator
from typing import Any

import httpcore
import httpx

__all__ = [
    "DeadlineBackend",
    "TimeLimitExceeded",
    "attempt_ends_at",
    "bounded_stream",
    "install_deadline_backend",
    "remaining",
]

_ATTEMPT_END: contextvars.ContextVar[float | None] = contextvars.ContextVar("trackingmore_attempt_end", default=None)


class TimeLimitExceeded(httpx.TimeoutException):
    """Raised by the retry transport when it gives up because of a time limit.

    ``limit`` is ``"timeout"`` (an attempt, or one of its phases, took too long) or ``"deadline"``
    (the call as a whole); the message says which and how long it was.
    """

    def __init__(self, message: str, *, request: httpx.Request, limit: str) -> None:
        super().__init__(message, request=request)
        self.limit = limit


@contextlib.contextmanager
def attempt_ends_at(end: float | None) -> Iterator[None]:
    """Within the block, socket operations and body chunks must finish by ``end`` (monotonic)."""
    token = _ATTEMPT_END.set(end)
    try:
        yield
    finally:
        _ATTEMPT_END.reset(token)


def remaining() -> float | None:
    """Seconds left in the current attempt (``None``: no limit set)."""
    end = _ATTEMPT_END.get()
    return None if end is None else end - time.monotonic()


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    left = remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise error("the time limit of the attempt was reached")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        stream = self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend with every operation bounded by the current attempt's end."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(
            host,
            port,
            timeout=_bounded(timeout, httpcore.ConnectTimeout),
            local_address=local_address,
            socket_options=socket_options,
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_unix_socket(
            path, timeout=_bounded(timeout, httpcore.ConnectTimeout), socket_options=socket_options
        )
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def install_deadline_backend(transport: httpx.HTTPTransport) -> bool:
    """Bound the sockets of an ``httpx.HTTPTransport`` we built; False if its pool has no backend
    to wrap (then only ``bounded_stream`` applies). httpx has no public hook for this: the
    attribute is httpcore's, pinned with httpx in the SDK's dependencies and checked by a test."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if not isinstance(backend, httpcore.NetworkBackend):
        return False
    if not isinstance(backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
    return True


class _BoundedStream(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            left = remaining()
            if left is not None and left <= 0:
                raise httpx.ReadTimeout("the time limit of the attempt was reached while reading the body")
            yield chunk

    def close(self) -> None:
        self._stream.close()


def bounded_stream(response: httpx.Response) -> None:
    """Make reading ``response``'s body fail once the current attempt's time is up."""
    if isinstance(response.stream, httpx.SyncByteStream):
        response.stream = _BoundedStream(response.stream)
