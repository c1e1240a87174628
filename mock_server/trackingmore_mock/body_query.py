"""Tolerated: list filters sent as a JSON body on a GET (the official PHP class does it).

For the GET operations the spec marks with `x-tolerated-body`, a JSON object body is read and its
scalar members are added to the query string (a parameter the query string already has wins), so
connexion validates them exactly like query parameters. A body that is not a JSON object is ignored,
as a GET body is by every other operation.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyAsQueryMiddleware:
    def __init__(self, app: ASGIApp, paths: Iterable[str] = ()) -> None:
        self.app = app
        self.paths = frozenset(paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or scope["path"] not in self.paths
            or not _has_body(scope)
        ):
            await self.app(scope, receive, send)
            return
        body = await _read(receive)
        extra = _scalars(body)
        if extra:
            query = scope.get("query_string", b"").decode("latin-1")
            present = {name for name, _ in parse_qsl(query, keep_blank_values=True)}
            added = urlencode([(name, value) for name, value in extra if name not in present])
            joined = "&".join(part for part in (query, added) if part)
            scope = {**scope, "query_string": joined.encode("latin-1")}
        headers = [(k, v) for k, v in scope["headers"] if k not in (b"content-length", b"transfer-encoding")]
        scope = {**scope, "headers": headers}
        await self.app(scope, _empty(receive), send)


def _has_body(scope: Scope) -> bool:
    for name, value in scope["headers"]:
        if name == b"content-length" and value.strip() not in (b"", b"0"):
            return True
        if name == b"transfer-encoding":
            return True
    return False


async def _read(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _scalars(body: bytes) -> list[tuple[str, str]]:
    """The members of a JSON object body as query parameters: strings and numbers as they are,
    booleans as "true"/"false" (the spec's `archived`), anything else left out."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return []
    if not isinstance(document, dict):
        return []
    found: list[tuple[str, str]] = []
    for name, value in document.items():
        if isinstance(value, bool):
            found.append((name, "true" if value else "false"))
        elif isinstance(value, int | str):
            found.append((name, str(value)))
        elif isinstance(value, float) and value.is_integer():
            found.append((name, str(int(value))))
    return found


def _empty(receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": b"", "more_body": False}
        return await receive()

    return replay
