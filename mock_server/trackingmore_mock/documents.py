"""The served documents (`/v2/openapi.json`, `/v2/openapi.yaml`, the Swagger UI page) as bytes made once.

connexion renders the spec for every request (the YAML dump alone costs ~0.7 s of CPU for this spec)
and needs no key for it, so a few requests would block the server. The first GET of each document
is rendered by connexion as before; its answer is kept and replayed to every later GET or HEAD.
connexion's rendering depends only on the path and the ASGI `root_path` (set by the server, not by
the client), which together are the cache key.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DOCUMENT_NAMES = ("/openapi.json", "/openapi.yaml", "/ui/")


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class DocumentCacheMiddleware:
    def __init__(self, app: ASGIApp, paths: Iterable[str] = ()) -> None:
        self.app = app
        self.paths = frozenset(paths)
        self._answers: dict[tuple[str, str], _Answer] = {}
        self._lock = asyncio.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        key = (scope["path"], str(scope.get("root_path", "")))
        answer = self._answers.get(key)
        if answer is None:
            async with self._lock:  # concurrent first requests render it once
                answer = self._answers.get(key)
                if answer is None:
                    answer = await self._render(scope, receive)
                    if answer.status == 200:
                        self._answers[key] = answer
        await send({"type": "http.response.start", "status": answer.status, "headers": answer.headers})
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else answer.body})

    async def _render(self, scope: Scope, receive: Receive) -> _Answer:
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def collect(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app({**scope, "method": "GET"}, receive, collect)
        body = b"".join(chunks)
        raw: list[tuple[bytes, bytes]] = list(start.get("headers") or [])
        headers = [(k, v) for k, v in raw if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        return _Answer(int(start.get("status", 500)), headers, body)
