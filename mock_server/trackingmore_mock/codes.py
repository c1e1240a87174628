"""TrackingMore v2 `meta` codes and the `{meta, data}` envelope every response uses."""

from __future__ import annotations

from typing import Any

from . import spec

# code -> (meta.type, meta.message): the spec's `x-meta-codes` table (one source with the SDK's
# exceptions and the contract checks).
META: dict[int, tuple[str, str]] = spec.meta_codes(spec.default_document())


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
