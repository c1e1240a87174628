"""Debug logging of HTTP attempts with credentials redacted.

Everything is logged on the ``trackingmore_v2`` logger at DEBUG (retries at INFO), so it stays
silent until the application enables it, e.g.
``logging.getLogger("trackingmore_v2").setLevel(logging.DEBUG)``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import httpx

__all__ = ["REDACTED", "logger", "redact_headers"]

logger = logging.getLogger("trackingmore_v2")

REDACTED = "<redacted>"

# Lower-case header names whose values are secrets, plus substrings that mark one.
_SECRET_HEADERS = frozenset({"trackingmore-api-key", "authorization", "proxy-authorization", "cookie"})
_SECRET_MARKERS = ("key", "token", "secret", "auth")


def _is_secret(name: str) -> bool:
    lowered = name.lower()
    return lowered in _SECRET_HEADERS or any(marker in lowered for marker in _SECRET_MARKERS)


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Header name -> value, with the value of every credential-like header replaced."""
    return {name: (REDACTED if _is_secret(name) else value) for name, value in headers}


def log_request(request: httpx.Request, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "request %s %s attempt=%d headers=%s",
            request.method,
            request.url,
            attempt + 1,
            redact_headers(request.headers.items()),
        )


def log_response(request: httpx.Request, response: httpx.Response) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "response %s %s -> %d headers=%s",
            request.method,
            request.url,
            response.status_code,
            redact_headers(response.headers.items()),
        )


def log_retry(request: httpx.Request, reason: str, delay: float, attempt: int) -> None:
    logger.info("retrying %s %s after %s in %.2fs (retry %d)", request.method, request.url, reason, delay, attempt + 1)
