"""The raw answer of one call (``client.<resource>.with_raw_response.<method>(...)``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

__all__ = ["RawMeta", "RawResponse"]

T = TypeVar("T")


@dataclass(frozen=True)
class RawMeta:
    """``meta`` of the envelope as sent (``None`` fields when the body has no such field)."""

    code: int | None
    type: str | None
    message: str | None


class RawResponse(Generic[T]):
    """An answer as received: ``http_status``, ``headers``, ``content``, ``meta``; ``parse()`` gives
    the typed ``data`` and raises the typed exception an error stands for, like the plain call."""

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self._response = response
        self._parse = parse

    @property
    def http_status(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    @property
    def content(self) -> bytes:
        return self._response.content

    @property
    def meta(self) -> RawMeta:
        try:
            document = json.loads(self._response.content)
        except ValueError:
            document = None
        meta = document.get("meta") if isinstance(document, dict) else None
        meta = meta if isinstance(meta, dict) else {}
        code, kind, message = meta.get("code"), meta.get("type"), meta.get("message")
        return RawMeta(
            code=code if isinstance(code, int) and not isinstance(code, bool) else None,
            type=kind if isinstance(kind, str) else None,
            message=message if isinstance(message, str) else None,
        )

    def parse(self) -> T:
        return self._parse(self._response)

    def __repr__(self) -> str:
        return f"<RawResponse HTTP {self.http_status} meta.code={self.meta.code}>"
