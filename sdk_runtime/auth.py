"""API-key handling that keeps the key out of reprs, logs and exception messages.

The key is injected per request by an ``httpx.Auth`` (the httpx extension point for credentials)
instead of being stored in the client's default headers, whose repr httpx does not mask.
"""

from __future__ import annotations

import os
from collections.abc import Generator

import httpx

from .errors import InvalidAPIKeyError, MissingAPIKeyError
from .redaction import install_log_redaction, register_secret

__all__ = ["API_KEY_ENV", "API_KEY_HEADER", "ApiKeyAuth", "api_key_problem", "resolve_api_key"]

API_KEY_ENV = "TRACKINGMORE_API_KEY"
API_KEY_HEADER = "Trackingmore-Api-Key"


def resolve_api_key(token: str | None) -> str:
    """The explicit key, else ``$TRACKINGMORE_API_KEY``; a clear error when neither is set or
    when the key cannot be sent as a header value."""
    key = token if token is not None else os.environ.get(API_KEY_ENV, "")
    if not key:
        raise MissingAPIKeyError(
            f"no TrackingMore API key: pass token=... or set the {API_KEY_ENV} environment variable"
        )
    problem = api_key_problem(key)
    if problem is not None:
        del token, key  # not a local of the frame the error's traceback shows
        raise InvalidAPIKeyError(problem)
    return key


def _describe(char: str) -> str:
    names = {"\n": "a newline", "\r": "a carriage return", "\t": "a tab", " ": "a space"}
    return names.get(char, f"the character U+{ord(char):04X}")


def api_key_problem(key: str) -> str | None:
    """Why ``key`` cannot be sent as a header value (never quoting it), or None.

    A key read from a file often keeps its trailing newline; h11 would refuse the header at the
    first request with an error that quotes the whole value.
    """
    for position, char in enumerate(key):
        if not ("!" <= char <= "~"):  # visible ASCII: what API keys are made of
            where = "at the end" if position == len(key) - 1 else ("at the start" if position == 0 else "inside")
            return (
                f"the TrackingMore API key contains {_describe(char)} {where} (position {position + 1} of"
                f" {len(key)}); keys are visible ASCII characters only: strip the value you read"
                " (e.g. key.strip() for a key read from a file)"
            )
    return None


class ApiKeyAuth(httpx.Auth):
    """Sets ``<header>: [<prefix> ]<key>`` on every request; its repr never shows the key."""

    def __init__(self, key: str, *, header: str = API_KEY_HEADER, prefix: str = "") -> None:
        self._value = f"{prefix} {key}" if prefix else key
        self.header = header
        register_secret(key)
        install_log_redaction()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self.header] = self._value
        yield request

    def __repr__(self) -> str:
        return f"ApiKeyAuth(header={self.header!r}, key='***')"
