"""Typed exceptions of the TrackingMore v2 SDK.

TrackingMore reports most errors as HTTP 200 with a 4xxx ``meta.code`` (and ``data: []``); only
rate limiting and server failures may also arrive as real HTTP statuses. ``error_for_response``
maps both to one hierarchy so callers can write ``except NotFoundError`` whatever the transport
did. Exceptions carry the operation, status and ``meta`` but never the request: its headers hold
the API key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .coercion import FieldError, read_int

__all__ = [
    "SUCCESS_CODES",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AlreadyExistsError",
    "AuthenticationError",
    "ClientConfigurationError",
    "InvalidAPIKeyError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "InvalidResponseError",
    "MissingAPIKeyError",
    "NotFoundError",
    "QuotaExceededError",
    "RateLimitError",
    "ServerError",
    "ServiceUnavailableError",
    "TrackingMoreError",
    "WebhookVerificationError",
    "error_class_for",
    "error_for_response",
]

# 200 OK, 201 Created, 202 accepted with a partial result (a batch over a limit): not errors.
SUCCESS_CODES = frozenset({200, 201, 202})

_BODY_PREVIEW = 200
# HTTP statuses meaning "refused without processing": they decide the class, not the body's code.
_REFUSAL_STATUSES = frozenset({429, 503})


class TrackingMoreError(Exception):
    """Base class of every exception the SDK raises on purpose."""


class MissingAPIKeyError(TrackingMoreError, ValueError):
    """No API key was given and ``TRACKINGMORE_API_KEY`` is not set."""


class InvalidAPIKeyError(TrackingMoreError, ValueError):
    """The API key cannot be sent as a header value (e.g. a trailing newline read from a file).

    The message says what is wrong and where, never the key itself.
    """


class ClientConfigurationError(TrackingMoreError, TypeError, ValueError):
    """A client option has the wrong type or value (e.g. an async transport for a sync client)."""


class InvalidArgumentError(TrackingMoreError, ValueError):
    """An argument breaks a limit the spec states (checked before sending; the message names it)."""


class APIConnectionError(TrackingMoreError):
    """The request did not get an HTTP answer (DNS, refused connection, reset, protocol error)."""

    def __init__(self, message: str, *, operation_id: str | None = None) -> None:
        super().__init__(f"{operation_id}: {message}" if operation_id else message)
        self.operation_id = operation_id


class APITimeoutError(APIConnectionError):
    """The request timed out.

    ``limit`` says which limit was hit: ``"timeout"`` (one attempt took longer than the client's
    ``timeout``, or a connect/read/write/pool phase exceeded its own ``httpx.Timeout`` value) or
    ``"deadline"`` (the call as a whole, retries and waits included, exceeded ``deadline``).
    """

    def __init__(self, message: str, *, operation_id: str | None = None, limit: str = "timeout") -> None:
        super().__init__(message, operation_id=operation_id)
        self.limit = limit


class APIError(TrackingMoreError):
    """The API answered, and the answer is an error.

    Attributes:
        code: ``meta.code`` of the envelope (4xxx, or an HTTP-like code such as 429), or ``None``
            when the body carried no envelope.
        type: ``meta.type`` (e.g. ``"Bad Request"``), or ``None``.
        message: ``meta.message``, or a description written by the SDK.
        http_status: the HTTP status of the response (200 for TrackingMore's in-body errors).
        operation_id: the spec's operationId, e.g. ``"createTracking"``.
        headers: the response headers (never the request's, which carry the key).
        body: the raw response body.
    """

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        type: str | None = None,  # mirrors meta.type
        http_status: int,
        operation_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> None:
        self.code = code
        self.type = type
        self.message = message
        self.http_status = http_status
        self.operation_id = operation_id
        self.headers: dict[str, str] = dict(headers or {})
        self.body = body
        super().__init__(self._describe())

    def _describe(self) -> str:
        where = f"{self.operation_id}: " if self.operation_id else ""
        if self.code is not None:
            kind = f" {self.type}" if self.type else ""
            return f"{where}[{self.code}{kind}] {self.message} (HTTP {self.http_status})"
        return f"{where}HTTP {self.http_status}: {self.message}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only __init__ breaks the default pickling (used by multiprocessing, pytest-xdist).
        return (_rebuild, (type(self), self.__dict__))


def _rebuild(cls: type[APIError], state: dict[str, Any]) -> APIError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, error._describe())
    return error


class AuthenticationError(APIError):
    """The API key is missing, wrong or deleted (401, 4001, 4002) or lacks a permission (403)."""


class NotFoundError(APIError):
    """The tracking does not exist (4017) or was never created (4031); no carrier found (4032)."""


class AlreadyExistsError(APIError):
    """The tracking already exists (4016)."""


class InvalidRequestError(APIError):
    """The request was rejected as malformed (4012-4015, 4018, 4020, 4033, HTTP 400/405/422)."""


class QuotaExceededError(APIError):
    """The account has no credit left, the trial ended or payment is required (4019, 4021, 402)."""


class RateLimitError(APIError):
    """Too many requests (429). ``retry_after`` is the server's hint in seconds, when it sent one."""

    @property
    def retry_after(self) -> float | None:
        from .retry import parse_retry_after  # late import: retry imports this module

        return parse_retry_after(self.headers)


class ServerError(APIError):
    """TrackingMore or a proxy in front of it failed (5xx)."""


class ServiceUnavailableError(ServerError):
    """Maintenance or overload (503)."""


class InvalidResponseError(APIError):
    """A successful status whose body the SDK cannot read: not JSON, or not the documented shape."""


class WebhookVerificationError(TrackingMoreError):
    """A webhook body is malformed, unsigned, wrongly signed or too old."""


def error_class_for(code: int, classes: Mapping[int, type[APIError]]) -> type[APIError]:
    """The exception class for a ``meta.code`` or an HTTP status; ``APIError`` when unknown.

    ``classes`` is the spec's table (``x-meta-codes``), generated as ``trackingmore_v2.meta_codes``.
    """
    if code in classes:
        return classes[code]
    if 500 <= code <= 599:
        return ServerError
    return APIError


def _meta_of(document: object) -> Mapping[str, Any] | None:
    if isinstance(document, Mapping):
        meta = document.get("meta")
        if isinstance(meta, Mapping):
            return meta
    return None


def _preview(body: bytes) -> str:
    text = body[:_BODY_PREVIEW].decode("utf-8", errors="replace").strip()
    suffix = "..." if len(body) > _BODY_PREVIEW else ""
    return repr(text + suffix) if text else "an empty body"


def _meta_code(raw: object) -> int | None:
    """``meta.code`` as an int, read like every other integer field (``coercion.read_int``: the
    numeric string ``"4031"`` the real API sometimes sends is 4031); anything else is no code."""
    try:
        return read_int(raw.strip() if isinstance(raw, str) else raw, "meta.code", False)
    except FieldError:
        return None


def error_for_response(
    *,
    operation_id: str | None,
    http_status: int,
    headers: Mapping[str, str],
    body: bytes,
    document: object,
    is_json: bool,
    content_type: str = "",
    classes: Mapping[int, type[APIError]],
) -> APIError | None:
    """Return the exception a response stands for, or ``None`` when it is a success.

    ``document`` is the decoded JSON body (``is_json`` False when the body is not JSON);
    ``classes`` maps codes to exception classes (see ``error_class_for``).
    """
    meta = _meta_of(document)
    raw_code = meta.get("code") if meta is not None else None
    code = _meta_code(raw_code)
    meta_type = meta.get("type") if meta is not None else None
    meta_message = meta.get("message") if meta is not None else None
    common: dict[str, Any] = {
        "http_status": http_status,
        "operation_id": operation_id,
        "headers": headers,
        "body": body,
    }
    http_ok = 200 <= http_status <= 299
    if http_status in _REFUSAL_STATUSES:
        # A 429/503 is a refusal whatever the body claims (a proxy's page, a stale envelope).
        cls = error_class_for(http_status, classes)
        message = (
            meta_message
            if isinstance(meta_message, str) and meta_message
            else _describe_body(body, is_json, content_type)
        )
        kind = meta_type if isinstance(meta_type, str) else None
        return cls(message, code=code, type=kind, **common)
    if http_ok and (code is None or code in SUCCESS_CODES):
        if is_json:
            return None
        what = f"a non-JSON body ({content_type or 'no content type'})"
        return InvalidResponseError(f"expected JSON, got {what}: {_preview(body)}", **common)
    if code is not None and code not in SUCCESS_CODES:
        cls = error_class_for(code, classes)
        message = meta_message if isinstance(meta_message, str) and meta_message else cls.__name__
        kind = meta_type if isinstance(meta_type, str) else None
        return cls(message, code=code, type=kind, **common)
    # A real HTTP error without an envelope, e.g. an HTML 502 page from a proxy.
    cls = error_class_for(http_status, classes)
    return cls(_describe_body(body, is_json, content_type), **common)


def _describe_body(body: bytes, is_json: bool, content_type: str = "") -> str:
    if is_json:
        return f"error status with an unexpected JSON body: {_preview(body)}"
    return f"error status with a non-JSON body ({content_type or 'no content type'}): {_preview(body)}"
