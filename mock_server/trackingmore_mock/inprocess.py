"""An httpx transport that calls the mock's ASGI app in-process, for sync and async clients alike.

    transport = InProcessTransport(app)
    httpx.Client(transport=transport, base_url="http://trackingmore-mock/v2")        # sync, no port
    httpx.AsyncClient(transport=transport, base_url="http://trackingmore-mock/v2")   # async

Sync requests run on a private event loop in a background thread (so sync code works also inside
an async test). It behaves like a real connection where httpx.ASGITransport does not: an answer
cut in the middle of its body raises `httpx.RemoteProtocolError`, one that never completes raises
`httpx.ReadTimeout` after the request's read timeout, as over a socket.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx

_DEFAULT_READ_TIMEOUT = 5.0


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, app: Any, client: tuple[str, int] = ("127.0.0.1", 50000)) -> None:
        self.app = app
        self.client = client
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    # -- sync -------------------------------------------------------------------------------------
    def _background_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="trackingmore-mock-inprocess", daemon=True)
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        future = asyncio.run_coroutine_threadsafe(self._exchange(request, body), self._background_loop())
        status, headers, content = future.result()
        return httpx.Response(status, headers=headers, content=content, request=request)

    def close(self) -> None:
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=5)
            loop.close()

    # -- async ------------------------------------------------------------------------------------
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        status, headers, content = await self._exchange(request, body)
        return httpx.Response(status, headers=headers, content=content, request=request)

    async def aclose(self) -> None:
        self.close()

    # -- the exchange -----------------------------------------------------------------------------
    async def _exchange(self, request: httpx.Request, body: bytes) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        timeouts = request.extensions.get("timeout") or {}
        read_timeout = timeouts.get("read", _DEFAULT_READ_TIMEOUT)
        url = request.url
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": request.method,
            "scheme": url.scheme,
            "path": url.path,
            "raw_path": url.raw_path.split(b"?")[0],
            "query_string": url.query,
            "root_path": "",
            "headers": [(k.lower(), v) for k, v in request.headers.raw],
            "client": self.client,
            "server": (url.host, url.port or (443 if url.scheme == "https" else 80)),
        }
        sent_request = False
        disconnected = asyncio.Event()
        complete = asyncio.Event()
        status = 500
        headers: list[tuple[bytes, bytes]] = []
        chunks: list[bytes] = []

        async def receive() -> dict[str, Any]:
            nonlocal sent_request
            if not sent_request:
                sent_request = True
                return {"type": "http.request", "body": body, "more_body": False}
            await disconnected.wait()
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            nonlocal status, headers
            if message["type"] == "http.response.start":
                status, headers = message["status"], list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    complete.set()

        app_task = asyncio.ensure_future(self.app(scope, receive, send))
        done_task = asyncio.ensure_future(complete.wait())
        try:
            await asyncio.wait({app_task, done_task}, timeout=read_timeout, return_when=asyncio.FIRST_COMPLETED)
            if complete.is_set():
                if not app_task.done():
                    await asyncio.wait({app_task}, timeout=read_timeout)
                return status, headers, b"".join(chunks)
            if app_task.done():
                app_task.result()  # an exception of the app propagates, as with httpx.ASGITransport
                raise httpx.RemoteProtocolError(
                    "peer closed connection without sending complete message body", request=request
                )
            raise httpx.ReadTimeout("timed out waiting for the response (in-process)", request=request)
        finally:
            disconnected.set()
            done_task.cancel()
            if not app_task.done():
                app_task.cancel()
