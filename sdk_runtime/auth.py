"""API-key handling that keeps the key out of reprs, logs and exception messages.

The key is injected per request by an ``httpx.Auth`` (the httpx extension point for credentials)
instead of being stored in the client's default headers, whose repr httpx does not mask.
"""

from __future__ import annotations

import os
from collections.abc import Generator

import httpx

from .errors import MissingAPIKeyError

__all__ = ["API_KEY_ENV", "API_KEY_HEADER", "ApiKeyAuth", "resolve_api_key"]

API_KEY_ENV = "TRACKINGMORE_API_KEY"
API_KEY_HEADER = "Trackingmore-Api-Key"


def resolve_api_key(token: str | None) -> str:
    """The explicit key, else ``$TRACKINGMORE_API_KEY``; a clear error when neither is set."""
    key = token if token is not None else os.environ.get(API_KEY_ENV, "")
    if not key:
        raise MissingAPIKeyError(
            f"no TrackingMore API key: pass token=... or set the {API_KEY_ENV} environment variable"
        )
    return key


class ApiKeyAuth(httpx.Auth):
    """Sets ``<header>: [<prefix> ]<key>`` on every request; its repr never shows the key."""

    def __init__(self, key: str, *, header: str = API_KEY_HEADER, prefix: str = "") -> None:
        self._value = f"{prefix} {key}" if prefix else key
        self.header = header

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self.header] = self._value
        yield request

    def __repr__(self) -> str:
        return f"ApiKeyAuth(header={self.header!r}, key='***')"
