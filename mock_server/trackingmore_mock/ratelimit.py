"""Optional rate limits of the real API, read from the spec's `x-rate-limit` (off by default).

Each operation with an `x-rate-limit: {requests, per_seconds, backoff_seconds}` in
`openapi/trackingmore-v2.yaml` (today `listTrackings` 1/s and `getRealtimeTracking` 3/s) gets a
sliding window of its own; a request beyond it is a real HTTP 429 with `Retry-After`.
"""

from __future__ import annotations

import functools
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .codes import MockError

EXTENSION = "x-rate-limit"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The legacy bucket names of `RateLimits(realtime=..., list=...)` and the operations they stand for.
_ALIASES = {"realtime": "getRealtimeTracking", "list": "listTrackings"}


@dataclass(frozen=True)
class RateLimit:
    """`requests` per `per_seconds` seconds; `backoff_seconds`: the pause the real API asks for."""

    requests: int
    per_seconds: float
    backoff_seconds: int | None = None


def from_spec(document: Mapping[str, Any]) -> dict[str, RateLimit]:
    """operationId -> its `x-rate-limit`, for every operation of the spec that declares one."""
    found: dict[str, RateLimit] = {}
    for item in (document.get("paths") or {}).values():
        for method, operation in item.items():
            if method not in _METHODS or not isinstance(operation, dict) or EXTENSION not in operation:
                continue
            raw = operation[EXTENSION]
            backoff = raw.get("backoff_seconds")
            found[str(operation["operationId"])] = RateLimit(
                requests=int(raw["requests"]),
                per_seconds=float(raw["per_seconds"]),
                backoff_seconds=None if backoff is None else int(backoff),
            )
    return found


@dataclass(frozen=True)
class RateLimits:
    """How the fake enforces the spec's limits. Every field left at None keeps the spec's value.

    `realtime` / `list`: requests allowed per window for `getRealtimeTracking` / `listTrackings`;
    `window`: the window of every limited operation, in seconds; `operations`: other values by
    operationId. `retry_after` overrides the `Retry-After` of a 429 (the mock says how long until
    the window frees, at least 1 s; TrackingMore itself asks for the spec's `backoff_seconds`, 120 s,
    which `retry_after="spec"` sends).
    """

    realtime: int | None = None
    list: int | None = None
    window: float | None = None
    retry_after: int | str | None = None
    operations: Mapping[str, RateLimit] = field(default_factory=dict)
    time: Callable[[], float] = field(default=time.monotonic, compare=False)

    def resolve(self, declared: Mapping[str, RateLimit]) -> dict[str, RateLimit]:
        """The limit of each operation: the spec's, with this object's overrides applied."""
        table = {**declared, **self.operations}
        for alias, operation_id in _ALIASES.items():
            requests = getattr(self, alias)
            if requests is not None and operation_id in table:
                declared_limit = table[operation_id]
                table[operation_id] = RateLimit(requests, declared_limit.per_seconds, declared_limit.backoff_seconds)
        if self.window is not None:
            table = {op: RateLimit(lim.requests, self.window, lim.backoff_seconds) for op, lim in table.items()}
        return table

    def describe(self, declared: Mapping[str, RateLimit]) -> dict[str, Any]:
        """The limits in force, as JSON: `realtime`/`list` requests, the overrides, every operation's."""
        table = self.resolve(declared)
        out: dict[str, Any] = {alias: table[op].requests for alias, op in _ALIASES.items() if op in table}
        out |= {"window": self.window, "retry_after": self.retry_after}
        out["operations"] = {
            op: {"requests": lim.requests, "per_seconds": lim.per_seconds, "backoff_seconds": lim.backoff_seconds}
            for op, lim in sorted(table.items())
        }
        return out


@functools.cache
def default_declared() -> dict[str, RateLimit]:
    """The limits of the default spec (`spec.locate()`), for a limiter built without the app's table."""
    from . import spec

    return from_spec(spec.load(spec.locate()))


class RateLimiter:
    """`declared`: the app's table from its spec (`create_app` passes it); None reads the default spec."""

    def __init__(self, limits: RateLimits | None, declared: Mapping[str, RateLimit] | None = None) -> None:
        self._limits = limits
        if limits is None:
            self._table: dict[str, RateLimit] = {}
        else:
            self._table = limits.resolve(default_declared() if declared is None else declared)
        self._lock = threading.Lock()
        self._hits: dict[str, deque[float]] = {}

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()

    def check(self, operation_id: str) -> None:
        """Count one request of `operation_id`; a real HTTP 429 with Retry-After when over its limit."""
        limits = self._limits
        limit = self._table.get(operation_id)
        if limits is None or limit is None:
            return
        now = limits.time()
        with self._lock:
            hits = self._hits.setdefault(operation_id, deque())
            while hits and hits[0] <= now - limit.per_seconds:
                hits.popleft()
            if len(hits) >= limit.requests:
                wait: int | None
                if limits.retry_after == "spec":
                    wait = limit.backoff_seconds
                else:
                    wait = limits.retry_after if isinstance(limits.retry_after, int) else None
                if wait is None:
                    wait = max(1, math.ceil(hits[0] + limit.per_seconds - now))
                raise MockError(429, http_status=429, headers={"Retry-After": str(wait)})
            hits.append(now)
