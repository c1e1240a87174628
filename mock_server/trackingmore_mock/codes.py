"""TrackingMore v2 `meta` codes and the `{meta, data}` envelope every response uses."""

from __future__ import annotations

from typing import Any

# code -> (meta.type, meta.message). Types and meanings follow TrackingMore's status-code page.
META: dict[int, tuple[str, str]] = {
    200: ("Success", "Success"),
    201: ("Created", "The request was successful and a resource was created."),
    202: ("Created", "The request was successful but some items exceeded a limit."),
    401: (
        "Unauthorized",
        "Authentication failed or no permission: the Trackingmore-Api-Key header is missing.",
    ),
    4001: ("Unauthorized", "Invalid API key."),
    4002: ("Unauthorized", "The API key has been deleted."),
    4012: (
        "Bad Request",
        "The request was not understood by the server: a required parameter is missing or invalid.",
    ),
    4013: ("Bad Request", "tracking_number is required."),
    4014: ("Bad Request", "The value of tracking_number is invalid."),
    4015: ("Bad Request", "The value of carrier_code is invalid."),
    4016: ("Bad Request", "Tracking already exists."),
    4017: ("Bad Request", "Tracking does not exist."),
    4018: ("Bad Request", "This feature needs to be activated for your account."),
    4019: ("Bad Request", "Insufficient balance."),
    4020: ("Bad Request", "At most 40 items can be submitted at a time."),
    4021: ("Bad Request", "Your tracking quota is exhausted."),
    4031: ("No Content", "The request was successful but no data was found: create the tracking first."),
    4032: ("No Content", "The carrier cannot be detected."),
    4033: ("No Content", "The value of status is invalid."),
    402: ("Payment Required", "Payment required."),
    403: ("Forbidden", "Forbidden."),
    404: ("Not Found", "The requested resource does not exist."),
    405: ("Method Not Allowed", "The method is not allowed for the requested URL."),
    409: ("Conflict", "Conflict."),
    413: ("Payload Too Large", "The request body is larger than 1 MiB."),
    415: ("Unsupported Media Type", "The request body must be JSON (Content-Type: application/json)."),
    429: ("Too Many Requests", "Too many requests: rate limit exceeded."),
    500: ("Server error", "Internal server error."),
    502: ("Bad Gateway", "Bad gateway."),
    503: ("Service Unavailable", "Service unavailable."),
}


def meta(code: int, message: str | None = None) -> dict[str, Any]:
    kind, default_message = META.get(code, ("Bad Request", "Error."))
    return {"code": code, "type": kind, "message": message or default_message}


def envelope(data: Any, code: int = 200, message: str | None = None) -> dict[str, Any]:
    return {"meta": meta(code, message), "data": data}


def error(code: int, message: str | None = None) -> dict[str, Any]:
    """An error answer: TrackingMore always pairs a 4xxx code with `data: []`."""
    return envelope([], code, message)


class MockError(Exception):
    """Raised anywhere in the mock to answer with an error envelope.

    `http_status` is 200 for TrackingMore's own errors (they travel in `meta.code` only); framework
    failures (404, 405, 413, 415, 429, 500) keep a real HTTP status as well.
    """

    def __init__(
        self,
        code: int,
        message: str | None = None,
        *,
        http_status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message
        self.http_status = http_status
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return error(self.code, self.message)
