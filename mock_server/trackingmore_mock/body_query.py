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

from starlette.types import ASGIApp, Receive, Scope, Send

from .asgi_body import read_body, replay


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
        body = await read_body(receive)
        extra = _scalars(body)
        if extra:
            query = scope.get("query_string", b"").decode("latin-1")
            present = {name for name, _ in parse_qsl(query, keep_blank_values=True)}
            added = urlencode([(name, value) for name, value in extra if name not in present])
            joined = "&".join(part for part in (query, added) if part)
            scope = {**scope, "query_string": joined.encode("latin-1")}
        headers = [(k, v) for k, v in scope["headers"] if k not in (b"content-length", b"transfer-encoding")]
        scope = {**scope, "headers": headers}
        await self.app(scope, replay(b"", receive), send)


def _has_body(scope: Scope) -> bool:
    for name, value in scope["headers"]:
        if name == b"content-length" and value.strip() not in (b"", b"0"):
            return True
        if name == b"transfer-encoding":
            return True
    return False


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
