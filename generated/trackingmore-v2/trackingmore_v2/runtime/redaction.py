"""Keeping credentials out of everything an SDK exception or a log record can show.

httpx masks only ``Authorization`` in reprs, and an httpx transport error keeps the request it
failed on (``error.request.headers`` holds the key in clear) and a traceback through httpcore
frames whose locals hold the raw header lines. ``sanitized_transport_error`` rebuilds such an
error with the credential headers replaced and without that traceback, so the SDK can chain it
(``raise APIConnectionError(...) from sanitized``) without leaking the key.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping

import httpx

from .errors import ClientConfigurationError

__all__ = [
    "REDACTED",
    "check_headers",
    "header_problem",
    "install_log_redaction",
    "is_secret_header",
    "redact_headers",
    "redact_text",
    "redacted_repr",
    "register_secret",
    "sanitized_request",
    "sanitized_transport_error",
    "secret_values",
]

REDACTED = "<redacted>"

# Lower-case header names whose values are secrets, plus substrings that mark one.
_SECRET_HEADERS = frozenset({"trackingmore-api-key", "authorization", "proxy-authorization", "cookie"})
_SECRET_MARKERS = ("key", "token", "secret", "auth")


def is_secret_header(name: str) -> bool:
    lowered = name.lower()
    return lowered in _SECRET_HEADERS or any(marker in lowered for marker in _SECRET_MARKERS)


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Header name -> value, with the value of every credential-like header replaced."""
    return {name: (REDACTED if is_secret_header(name) else value) for name, value in headers}


def redacted_repr(headers: Mapping[str, str]) -> str:
    """``repr`` of a header mapping with credential values replaced (for the clients' reprs)."""
    return repr(redact_headers(headers.items()))


def header_problem(name: str, value: str) -> str | None:
    """Why ``value`` cannot be sent as header ``name`` (never quoting it), or None."""
    for position, char in enumerate(value):
        if (char < " " and char != "\t") or char == "\x7f":
            where = f"position {position + 1} of {len(value)}"
            return f"the value of header {name!r} contains the control character U+{ord(char):04X} ({where})"
    return None


def check_headers(headers: Mapping[str, str]) -> None:
    """``ClientConfigurationError`` for a header value h11 would refuse (never quoting it);
    credential-like headers are registered for log redaction."""
    problem = next(filter(None, (header_problem(name, value) for name, value in headers.items())), None)
    if problem is not None:
        del headers  # the values must not be locals of a frame in the error's traceback
        raise ClientConfigurationError(problem)
    secrets = [value for name, value in headers.items() if is_secret_header(name)]
    for value in secrets:
        register_secret(value)
    if secrets:
        install_log_redaction()


# Values of credentials in use; third-party log records are scrubbed of them (httpcore logs the
# exceptions it sees, and h11's quote the header value it refuses).
_SECRETS: set[str] = set()
_SECRETS_LOCK = threading.Lock()
_LOGGERS = ("httpx", "httpcore", "httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy")


def register_secret(value: str) -> None:
    if value:
        with _SECRETS_LOCK:
            _SECRETS.add(value)


class _RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if _SECRETS:
            message = record.getMessage()
            redacted = redact_text(message, tuple(_SECRETS))
            if redacted != message:
                record.msg, record.args = redacted, None
        return True


_FILTER = _RedactingFilter()


def install_log_redaction() -> None:
    """Scrub registered secrets from the records of the httpx and httpcore loggers (idempotent).

    Filters attach to loggers, not to their children, so each httpcore logger gets one."""
    for name in _LOGGERS:
        target = logging.getLogger(name)
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)


def secret_values(request: httpx.Request | None) -> tuple[str, ...]:
    """The values of the credential headers of ``request`` (what must never be shown)."""
    if request is None:
        return ()
    values = []
    for raw_name, raw_value in request.headers.raw:
        if is_secret_header(raw_name.decode("latin-1")):
            values.append(raw_value.decode("latin-1"))
    return tuple(value for value in values if value)


def _spellings(secret: str) -> set[str]:
    # How a value shows up in messages: as is, escaped by a repr (h11 prints b'K\n'), or, once
    # escaped again by an outer repr, at least its visible part.
    encoded = secret.encode("utf-8", errors="backslashreplace")
    return {secret, repr(secret)[1:-1], repr(encoded)[2:-1], secret.strip()} - {""}


def redact_text(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every spelling of every secret replaced by ``<redacted>``."""
    for secret in secrets:
        for spelling in sorted(_spellings(secret), key=len, reverse=True):
            text = text.replace(spelling, REDACTED)
    return text


def sanitized_request(request: httpx.Request) -> httpx.Request:
    """A body-less copy of ``request`` whose credential headers read ``<redacted>``."""
    headers = [(name, REDACTED if is_secret_header(name) else value) for name, value in request.headers.multi_items()]
    return httpx.Request(request.method, request.url, headers=headers)


def _request_of(error: httpx.TransportError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:  # httpx raises it when the error was built without a request
        return None


def sanitized_transport_error(error: httpx.TransportError) -> httpx.TransportError:
    """A copy of ``error`` (same class) with the key removed from its message and its request,
    and with no traceback or chained errors (their frames' locals hold raw headers)."""
    request = _request_of(error)
    message = redact_text(str(error), secret_values(request))
    copy = type(error).__new__(type(error))
    httpx.TransportError.__init__(copy, message, request=sanitized_request(request) if request is not None else None)
    return copy
