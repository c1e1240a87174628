"""Client-side pacing of each operation by the rate limit the spec states for it (``x-rate-limit``).

TrackingMore answers a request beyond an operation's limit (list 1 request/s, realtime 3
requests/s per account) with a 429 and asks for a 120 s pause, so a client should never exceed
it. One ``RateLimiter`` belongs to one client and is shared by every thread and task that uses it
(and by the clients ``with_*`` derives from it: one account, one budget). ``RateLimitedTransport``
/ ``AsyncRateLimitedTransport`` sit under the retry transport, so every attempt (retries, pages of
``sync_iter``, chunks of ``sync_batch``) waits for its turn.

The limits themselves come from the spec through generated code (the package's ``rate_limits``
table, keyed by operationId); this module imports nothing generated.

How: a sliding window per operation, kept as the send times of the last ``requests`` requests.
A request may go at ``max(now, oldest + per_seconds + margin)``; the slot is reserved under a
``threading.Lock`` (held for a few microseconds, never while waiting), then the caller sleeps
outside it, so threads and tasks of any event loop share one schedule. ``margin`` absorbs the
difference between when a request leaves and when the server counts it (network jitter).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import anyio
import httpx

from .retry import OPERATION_EXTENSION

__all__ = [
    "DEFAULT_MARGIN",
    "AsyncRateLimitedTransport",
    "RateLimit",
    "RateLimitSetting",
    "RateLimitedTransport",
    "RateLimiter",
    "rate_limiter_for",
]

# Seconds added to each window. The server counts a request when it arrives, so two requests sent
# a window apart may arrive closer than that: the margin covers 100 ms of network jitter (e.g.
# one-way delays of 100-200 ms) plus 50 ms between booking a slot and the bytes leaving (event
# loop, connection set-up). A 429 costs far more: TrackingMore asks for a 120 s pause.
DEFAULT_MARGIN = 0.15


@dataclass(frozen=True)
class RateLimit:
    """``requests`` requests per ``per_seconds`` seconds."""

    requests: int
    per_seconds: float

    def __post_init__(self) -> None:
        if self.requests < 1 or self.per_seconds <= 0:
            raise ValueError(f"a rate limit needs requests >= 1 and per_seconds > 0, got {self}")

    @classmethod
    def from_extension(cls, raw: Mapping[str, Any]) -> RateLimit:
        """The limit an operation's ``x-rate-limit`` mapping states (``requests``, ``per_seconds``)."""
        return cls(requests=int(raw["requests"]), per_seconds=float(raw["per_seconds"]))


class RateLimiter:
    """Per-operation pacing shared by every thread and task of one client.

    ``limits``: operationId -> ``RateLimit``; operations not in it are not paced. ``clock``,
    ``sleep`` and ``async_sleep`` are injectable: tests pass a fake clock whose sleep advances it.
    """

    def __init__(
        self,
        limits: Mapping[str, RateLimit],
        *,
        margin: float = DEFAULT_MARGIN,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        if margin < 0:
            raise ValueError("margin must be >= 0")
        self.limits: Mapping[str, RateLimit] = dict(limits)
        self.margin = margin
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._lock = threading.Lock()
        self._sent: dict[str, deque[float]] = {}

    def __repr__(self) -> str:
        shown = ", ".join(f"{op}: {lim.requests}/{lim.per_seconds:g}s" for op, lim in sorted(self.limits.items()))
        return f"RateLimiter({{{shown}}}, margin={self.margin:g})"

    def reserve(self, operation_id: str | None) -> float:
        """Book the next slot of ``operation_id``; the seconds to wait before sending (0: now)."""
        if operation_id is None or operation_id not in self.limits:
            return 0.0
        limit = self.limits[operation_id]
        with self._lock:
            now = self._clock()
            sent = self._sent.setdefault(operation_id, deque(maxlen=limit.requests))
            at = now
            if len(sent) == limit.requests:
                at = max(now, sent[0] + limit.per_seconds + self.margin)
            sent.append(at)
            return at - now

    def acquire(self, operation_id: str | None) -> None:
        """Block the calling thread until ``operation_id`` may be sent."""
        delay = self.reserve(operation_id)
        if delay > 0:
            self._sleep(delay)

    async def aacquire(self, operation_id: str | None) -> None:
        """Wait (without blocking the event loop) until ``operation_id`` may be sent."""
        delay = self.reserve(operation_id)
        if delay > 0:
            await self._async_sleep(delay)


RateLimitSetting = bool | Mapping[str, RateLimit] | RateLimiter | None


def rate_limiter_for(setting: RateLimitSetting, declared: Mapping[str, RateLimit]) -> RateLimiter | None:
    """The limiter a client's ``rate_limits=`` stands for.

    ``True``: the spec's limits (``declared``); ``False``/``None``: no pacing (tests against a fake
    without limits); a mapping operationId -> ``RateLimit``: those values over the spec's; a
    ``RateLimiter``: that one (to share it between clients of one account, or inject a clock).
    """
    if isinstance(setting, RateLimiter):
        return setting
    if setting is True:
        return RateLimiter(declared)
    if setting is False or setting is None:
        return None
    return RateLimiter({**declared, **setting})


def _operation(request: httpx.Request) -> str | None:
    value = request.extensions.get(OPERATION_EXTENSION)
    return value if isinstance(value, str) else None


class RateLimitedTransport(httpx.BaseTransport):
    """Waits for the operation's turn, then sends through the wrapped transport."""

    def __init__(self, wrapped: httpx.BaseTransport, limiter: RateLimiter) -> None:
        self.wrapped = wrapped
        self.limiter = limiter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.limiter.acquire(_operation(request))
        return self.wrapped.handle_request(request)

    def close(self) -> None:
        self.wrapped.close()


class AsyncRateLimitedTransport(httpx.AsyncBaseTransport):
    """Async twin of ``RateLimitedTransport``."""

    def __init__(self, wrapped: httpx.AsyncBaseTransport, limiter: RateLimiter) -> None:
        self.wrapped = wrapped
        self.limiter = limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self.limiter.aacquire(_operation(request))
        return await self.wrapped.handle_async_request(request)

    async def aclose(self) -> None:
        await self.wrapped.aclose()
