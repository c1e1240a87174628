"""Debug logging of HTTP attempts with credentials redacted.

Everything is logged on the ``trackingmore_v2`` logger at DEBUG (retries at INFO), so it stays
silent until the application enables it, e.g.
``logging.getLogger("trackingmore_v2").setLevel(logging.DEBUG)``, or sets
``TRACKINGMORE_LOG=debug`` (or ``info``) for a stderr handler without touching the code.
"""

from __future__ import annotations

import logging
import os

import httpx

from .redaction import REDACTED, redact_headers

__all__ = ["LOG_ENV", "REDACTED", "configure_from_env", "logger", "redact_headers"]

logger = logging.getLogger("trackingmore_v2")
LOG_ENV = "TRACKINGMORE_LOG"


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
