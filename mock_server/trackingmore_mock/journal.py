"""The request journal: what clients sent to the API (never the control API), key redacted.

Tests assert on it (`GET /_mock/requests`, `app.mock.journal.entries()`), as WireMock's request
journal allows. It keeps the last `size` requests (0 turns it off) and at most `BODY_LIMIT` bytes of
each body. The API key is replaced by `[redacted]` wherever it appears: always in its header, and in the
path, query, other headers or body if a client put it there (keys of at least 6 characters).
"""

from __future__ import annotations

import itertools
import json
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any

DEFAULT_SIZE = 1000
BODY_LIMIT = 64 * 1024
REDACTED = "[redacted]"
_SECRET_HEADERS = frozenset({"trackingmore-api-key", "authorization", "proxy-authorization", "cookie"})


@dataclass(frozen=True)
class JournalEntry:
    id: int
    at: float  # wall-clock unix seconds when the request arrived
    mock_time: float  # the mock clock at that moment
    method: str
    path: str
    query: str
    headers: dict[str, str]
    raw_body: bytes = field(repr=False)  # redacted, at most BODY_LIMIT bytes; decoded on demand (`body`)
    operation: str | None  # operationId of the spec, None for an unknown path
    status: int | None  # HTTP status answered (None if the connection was cut before)
    meta_code: int | None  # `meta.code` of the answer when it was an envelope
    fault: str | None  # id of the fault that answered or delayed it
    duration_ms: float

    @property
    def body(self) -> Any:
        """The JSON body decoded, else its text, else None."""
        return decode_body(self.raw_body)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at,
            "mock_time": self.mock_time,
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "headers": self.headers,
            "body": self.body,
            "operation": self.operation,
            "status": self.status,
            "meta_code": self.meta_code,
            "fault": self.fault,
            "duration_ms": round(self.duration_ms, 3),
        }


MIN_SECRET_LENGTH = 6  # a shorter key (a test's "k") cannot be told apart from ordinary text


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """Replace each secret in free text; the key's own header is always redacted (see headers_of)."""
    for secret in secrets:
        if len(secret) >= MIN_SECRET_LENGTH:
            text = text.replace(secret, REDACTED)
    return text


def redact_bytes(raw: bytes, secrets: tuple[str, ...]) -> bytes:
    for secret in secrets:
        if len(secret) >= MIN_SECRET_LENGTH:
            raw = raw.replace(secret.encode("utf-8"), REDACTED.encode())
    return raw


def decode_body(raw: bytes) -> Any:
    if not raw:
        return None
    text = raw.decode("utf-8", errors="replace")
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to decode
        return text


def headers_of(raw_headers: list[tuple[bytes, bytes]], secrets: tuple[str, ...]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in raw_headers:
        key = name.decode("latin-1").lower()
        text = REDACTED if key in _SECRET_HEADERS else redact(value.decode("latin-1"), secrets)
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    return headers


class Journal:
    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._entries: deque[JournalEntry] = deque(maxlen=max(size, 1))
        self._ids = itertools.count(1)

    @property
    def enabled(self) -> bool:
        return self.size > 0

    def next_id(self) -> int:
        with self._lock:
            return next(self._ids)

    def record(self, entry: JournalEntry) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._entries.append(entry)

    def entries(self, operation: str | None = None, limit: int | None = None) -> list[JournalEntry]:
        """Oldest first; `operation` keeps one operationId; `limit` keeps the newest N."""
        with self._lock:
            found = [e for e in self._entries if operation is None or e.operation == operation]
        return found[-limit:] if limit else found

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._ids = itertools.count(1)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
