"""Debug logging of HTTP attempts with credentials redacted.

Everything is logged on the ``trackingmore_v2`` logger at DEBUG (retries at INFO), so it stays
silent until the application enables it, e.g.
``logging.getLogger("trackingmore_v2").setLevel(logging.DEBUG)``, or sets
``TRACKINGMORE_LOG=debug`` (or ``info``) for a stderr handler without touching the code.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable

import httpx

__all__ = ["LOG_ENV", "REDACTED", "configure_from_env", "logger", "redact_headers"]

logger = logging.getLogger("trackingmore_v2")
LOG_ENV = "TRACKINGMORE_LOG"

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


def configure_from_env() -> None:
    """Apply ``$TRACKINGMORE_LOG`` (``debug`` or ``info``): set the level, add a stderr handler."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not any(getattr(handler, "_trackingmore_env", False) for handler in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._trackingmore_env = True  # type: ignore[attr-defined]
        logger.addHandler(handler)


configure_from_env()
