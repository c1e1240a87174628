"""Optional rate limits of the real API: realtime 3 requests/s, list 1 request/s (off by default)."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from .codes import MockError


@dataclass(frozen=True)
class RateLimits:
    """Requests allowed per `window` seconds, per bucket. `retry_after` overrides the computed wait
    (TrackingMore itself asks for 120 s; the mock says how long until the window frees, at least 1 s)."""

    realtime: int = 3
    list: int = 1
    window: float = 1.0
    retry_after: int | None = None
    time: Callable[[], float] = field(default=time.monotonic, compare=False)


class RateLimiter:
    def __init__(self, limits: RateLimits | None) -> None:
        self._limits = limits
        self._lock = threading.Lock()
        self._hits: dict[str, deque[float]] = {}

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()

    def check(self, bucket: str) -> None:
        """Count one request in `bucket`; a real HTTP 429 with Retry-After when over the limit."""
        limits = self._limits
        if limits is None:
            return
        allowed = limits.realtime if bucket == "realtime" else limits.list
        now = limits.time()
        with self._lock:
            hits = self._hits.setdefault(bucket, deque())
            while hits and hits[0] <= now - limits.window:
                hits.popleft()
            if len(hits) >= allowed:
                wait = limits.retry_after
                if wait is None:
                    wait = max(1, math.ceil(hits[0] + limits.window - now))
                raise MockError(429, http_status=429, headers={"Retry-After": str(wait)})
            hits.append(now)
