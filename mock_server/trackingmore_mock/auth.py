"""The `Trackingmore-Api-Key` check, plugged into connexion's apiKey security handling.

A missing key is `meta.code` 401 and a wrong key 4001, both with HTTP 200 like the real API.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Any

from connexion.security import ApiKeySecurityHandler

from .codes import MockError


def make_checker(expected: str | None) -> Callable[[str], dict[str, Any]]:
    """`expected=None` accepts any non-empty key (handy for quick manual runs)."""

    def check(key: str) -> dict[str, Any]:
        if expected is not None and not hmac.compare_digest(key.encode(), expected.encode()):
            raise MockError(4001)
        return {"sub": "mock-account"}

    return check


class EnvelopeApiKeyHandler(ApiKeySecurityHandler):  # type: ignore[misc]
    """Checks the key with the app's own checker instead of an `x-apikeyInfoFunc` named in the spec."""

    def __init__(self, check: Callable[[str], dict[str, Any]]) -> None:
        self._check = check

    def get_fn(self, security_scheme: dict[str, Any], required_scopes: list[str]) -> Callable[[Any], Any]:
        name: str = security_scheme["name"]
        check = self._check

        def verify(request: Any) -> dict[str, Any]:
            key = request.headers.get(name)
            if not key:
                raise MockError(401)
            return check(key)

        return verify
