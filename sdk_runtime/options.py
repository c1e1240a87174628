"""Per-call options (time limits, retry budget) and how they travel with each request.

A client and its ``with_options(...)`` copies share one connection pool, so what differs between
them cannot live in the pool: ``runtime.calls`` puts the caller's ``CallOptions`` into
``request.extensions`` and the retry transport reads them there, attempt by attempt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from .errors import ClientConfigurationError

if TYPE_CHECKING:  # retry.py imports this module
    from .retry import RetryPolicy

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "OPTIONS_EXTENSION",
    "CallOptions",
    "RequestOptions",
    "TimeoutArg",
    "attempt_limit",
    "check_deadline",
    "check_max_retries",
    "phase_timeouts",
]

# Key of httpx.Request.extensions holding the CallOptions of the call.
OPTIONS_EXTENSION = "trackingmore_call_options"

TimeoutArg = float | int | httpx.Timeout | None

# Each attempt as a whole (connect, send, every byte of the answer): 30 s; connecting: 10 s.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# The call as a whole, retries and the waits between them included.
DEFAULT_DEADLINE = 60.0
DEFAULT_MAX_RETRIES = 2


def _positive(value: object, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ClientConfigurationError(f"{name} must be a number of seconds or None, not {type(value).__name__}")
    if math.isnan(value) or value <= 0:
        raise ClientConfigurationError(f"{name} must be > 0 seconds (None for no limit), not {value!r}")
    return None if math.isinf(value) else float(value)


def phase_timeouts(timeout: TimeoutArg) -> httpx.Timeout:
    """The ``httpx.Timeout`` (per connect/read/write/pool phase) for a client's ``timeout``."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(_positive(timeout, "timeout"))


def attempt_limit(timeout: TimeoutArg) -> float | None:
    """Seconds one attempt may take as a whole: the number given, or the largest finite value of
    an ``httpx.Timeout`` (``Timeout(10, connect=5)``: 10 s per attempt, 5 s of it to connect)."""
    if isinstance(timeout, httpx.Timeout):
        values = [v for v in (timeout.connect, timeout.read, timeout.write, timeout.pool) if v is not None]
        return max(values) if values else None
    return _positive(timeout, "timeout")


def check_deadline(deadline: object) -> float | None:
    return _positive(deadline, "deadline")


def check_max_retries(max_retries: object) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ClientConfigurationError(f"max_retries must be an int >= 0, not {max_retries!r}")
    return max_retries


@dataclass(frozen=True)
class CallOptions:
    """What the retry transport needs to know about one call."""

    attempt_timeout: float | None = attempt_limit(DEFAULT_TIMEOUT)
    deadline: float | None = DEFAULT_DEADLINE
    max_retries: int = DEFAULT_MAX_RETRIES
    policy: RetryPolicy | None = None

    @classmethod
    def of(cls, request: httpx.Request) -> CallOptions | None:
        options = request.extensions.get(OPTIONS_EXTENSION)
        return options if isinstance(options, cls) else None


@dataclass(frozen=True)
class RequestOptions:
    """What a client (or a ``with_options`` copy) adds to each request it sends."""

    timeout: httpx.Timeout
    call: CallOptions
    headers: Mapping[str, str] = field(default_factory=dict)
