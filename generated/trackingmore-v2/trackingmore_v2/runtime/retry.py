"""Automatic retries as an httpx transport wrapper (sync and async).

A transport sees every attempt of every request, whichever generated function sent it, so the
policy applies to operations added to the spec later without any code change.

What is retried (at most ``max_retries`` times, exponential backoff with jitter, ``Retry-After``
honoured when it is at most ``RetryPolicy.max_retry_after`` seconds):

* failures where the request never reached the server (connect error or timeout, no free
  pooled connection): every operation;
* 429 and 503, as an HTTP status or as TrackingMore's in-body ``meta.code``: every operation,
  because the server refused the request without processing it;
* other transport failures (read timeout, reset connection) and 500/502/504: only operations
  that are safe to repeat, because the server may already have applied the first attempt.

Safe to repeat: what the spec's ``x-retry-safe`` says for the operation, which every generated
request carries in its ``OperationFacts`` (``runtime.facts``); a request without facts is safe
when its method is GET/HEAD/OPTIONS/PUT/DELETE. The spec marks reads, PUT (it sets fields to given
values), DELETE (idempotent, though a repeat of an applied delete answers 4017) and the POST calls
that only read or compute as safe; not safe: creating trackings (a repeat answers 4016 "already
exists" and may bill twice), changing the carrier (the repeat fails because the old carrier code
is gone), the batch update/delete/notupdate calls (a repeat turns applied items into per-item
errors) and air-cargo tracking (billed per call).
"""

from __future__ import annotations

import json
import math
import random as _random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

import anyio
import httpx

from .deadlines import TimeLimitExceeded, attempt_ends_at, bounded_stream
from .facts import facts_of
from .log import log_request, log_response, log_retry
from .options import CallOptions, check_max_retries

__all__ = [
    "OPERATION_EXTENSION",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "parse_retry_after",
]

# Key of httpx.Request.extensions under which generated code records the spec's operationId.
OPERATION_EXTENSION = "trackingmore_operation_id"

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Statuses/meta codes meaning "not processed, try again later".
_REFUSED = frozenset({429, 503})
# Statuses meaning "failed, possibly after applying the request".
_FAILED = frozenset({500, 502, 504})
# Errors raised before a byte of the request reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# TrackingMore's in-body error envelopes are tiny; larger bodies are never inspected.
_PEEK_LIMIT = 4096


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date), else None.

    Only a finite, non-negative number of seconds counts (``nan``, ``inf``, ``-1`` are treated as
    no header); a date in the past means "now" (0).
    """
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        try:
            return max(when.timestamp() - time.time(), 0.0)
        except (OverflowError, OSError, ValueError):
            return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def _meta_code(response: httpx.Response) -> int | None:
    """``meta.code`` of a small JSON body (the body must already be read)."""
    if len(response.content) > _PEEK_LIMIT:
        return None
    try:
        document = json.loads(response.content)
    except ValueError:
        return None
    meta = document.get("meta") if isinstance(document, dict) else None
    code = meta.get("code") if isinstance(meta, dict) else None
    return code if isinstance(code, int) else None


@dataclass(frozen=True)
class RetryPolicy:
    """How to wait between attempts (which operations are safe to repeat comes from the spec).

    ``sleep``, ``async_sleep`` and ``random`` are injectable so tests need no real waiting.
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=anyio.sleep, repr=False)
    random: Callable[[], float] = field(default=_random.random, repr=False)

    def is_safe_to_repeat(self, request: httpx.Request) -> bool:
        facts = facts_of(request.extensions)
        if facts is not None:
            return facts.retry_safe
        return request.method.upper() in _IDEMPOTENT_METHODS

    def backoff(self, retry: int) -> float:
        """Delay before retry number ``retry`` (0-based): doubling, capped, minus up to ``jitter``."""
        base = min(self.max_delay, self.initial_delay * (2.0**retry))
        return base * (1.0 - self.jitter * self.random())

    def delay_after_error(self, request: httpx.Request, error: httpx.TransportError, retry: int) -> float | None:
        """Seconds to wait before retrying after a transport error, or None not to retry."""
        if isinstance(error, _NOT_SENT) or (
            isinstance(error, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError)
            and self.is_safe_to_repeat(request)
        ):
            return self.backoff(retry)
        return None

    def delay_after_response(self, request: httpx.Request, response: httpx.Response, retry: int) -> float | None:
        """Seconds to wait before retrying after ``response`` (body already read), or None."""
        status = response.status_code
        code = _meta_code(response) if status == 200 else None
        refused = status in _REFUSED or code in _REFUSED
        failed = status in _FAILED or (code is not None and 500 <= code <= 599 and code not in _REFUSED)
        if not refused and not (failed and self.is_safe_to_repeat(request)):
            return None
        hinted = parse_retry_after(response.headers)
        if hinted is None:
            return self.backoff(retry)
        # A longer pause than we are willing to block for: hand the error to the caller instead.
        return hinted if hinted <= self.max_retry_after else None


def _reason(response: httpx.Response) -> str:
    code = _meta_code(response) if response.status_code == 200 else None
    return f"HTTP {response.status_code}" + (f" meta.code {code}" if code is not None else "")


_PHASES: tuple[tuple[type[httpx.TimeoutException], str], ...] = (
    (httpx.ConnectTimeout, "connect"),
    (httpx.ReadTimeout, "read"),
    (httpx.WriteTimeout, "write"),
    (httpx.PoolTimeout, "pool"),
)
# Slack for "the limit was reached" (socket timeouts fire a hair early or late).
_EPSILON = 0.05


def _seconds(value: float) -> str:
    return f"{value:g} s"


class _Attempts:
    """The bookkeeping of one call: limits, the current attempt, and how to describe a timeout."""

    def __init__(self, request: httpx.Request, options: CallOptions, policy: RetryPolicy) -> None:
        self.request = request
        self.options = options
        self.policy = options.policy or policy
        self.max_retries = options.max_retries
        self.started = time.monotonic()
        self.call_end = None if options.deadline is None else self.started + options.deadline
        # httpx's per-phase timeouts as the caller set them; each attempt gets them capped.
        phases = request.extensions.get("timeout")
        self.phases: dict[str, float | None] = dict(phases) if isinstance(phases, dict) else {}
        self.retry = 0
        self.attempt_end: float | None = None

    def begin(self) -> float | None:
        """Start an attempt: the moment it must end by, with the phase timeouts capped to it."""
        now = time.monotonic()
        ends = [
            end
            for end in (
                self.call_end,
                None if self.options.attempt_timeout is None else now + self.options.attempt_timeout,
            )
            if end is not None
        ]
        self.attempt_end = min(ends) if ends else None
        if self.attempt_end is not None and self.phases:
            left = max(self.attempt_end - now, 0.001)
            self.request.extensions["timeout"] = {
                name: left if value is None else min(value, left) for name, value in self.phases.items()
            }
        return self.attempt_end

    def deadline_left(self) -> float | None:
        return None if self.call_end is None else self.call_end - time.monotonic()

    def fits(self, delay: float) -> bool:
        """Whether a retry after ``delay`` seconds still starts before the call's deadline."""
        left = self.deadline_left()
        return left is None or delay < left - _EPSILON

    def timed_out(self, error: httpx.TimeoutException) -> TimeLimitExceeded:
        """The error to raise after giving up on a timeout, saying which limit was hit."""
        now = time.monotonic()
        attempts = f"attempt {self.retry + 1} of {self.max_retries + 1}"
        if self.call_end is not None and now >= self.call_end - _EPSILON:
            deadline = _seconds(self.options.deadline or 0)
            message = f"the call's {deadline} deadline was reached ({attempts}, retries and waits included)"
            return TimeLimitExceeded(message, request=self.request, limit="deadline")
        if self.attempt_end is not None and now >= self.attempt_end - _EPSILON and self.options.attempt_timeout:
            message = (
                f"no complete answer within the {_seconds(self.options.attempt_timeout)} timeout of an attempt"
                f" (connect, send and the whole body; {attempts})"
            )
            return TimeLimitExceeded(message, request=self.request, limit="timeout")
        phase = next((name for cls, name in _PHASES if isinstance(error, cls)), "read")
        value = self.phases.get(phase)
        limit = f"its {_seconds(value)} {phase} timeout" if value is not None else f"the {phase} timeout"
        detail = f": {error}" if str(error) else ""
        message = f"the {phase} phase took longer than {limit} ({attempts}){detail}"
        return TimeLimitExceeded(message, request=self.request, limit="timeout")

    def after_error(self, error: httpx.TransportError) -> float:
        """The delay before the next attempt, or raise the error to give up."""
        delay = (
            None if self.retry >= self.max_retries else self.policy.delay_after_error(self.request, error, self.retry)
        )
        if delay is None or not self.fits(delay):
            if isinstance(error, httpx.TimeoutException) and not isinstance(error, TimeLimitExceeded):
                raise self.timed_out(error) from None
            raise error
        log_retry(self.request, type(error).__name__, delay, self.retry)
        return delay

    def after_response(self, response: httpx.Response) -> float | None:
        """The delay before the next attempt, or None to hand ``response`` to the caller."""
        delay = (
            None
            if self.retry >= self.max_retries
            else self.policy.delay_after_response(self.request, response, self.retry)
        )
        log_response(self.request, response)
        if delay is None or not self.fits(delay):
            return None
        log_retry(self.request, _reason(response), delay, self.retry)
        return delay


def _options(request: httpx.Request, max_retries: int) -> CallOptions:
    # Requests sent by the SDK carry their CallOptions; others get the transport's budget only.
    given = CallOptions.of(request)
    return given if given is not None else CallOptions(attempt_timeout=None, deadline=None, max_retries=max_retries)


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport: retries according to the policy, and bounds each attempt (headers
    and the whole body, which is read here so that a failure while reading it can be retried) and
    the call by the ``CallOptions`` in the request's extensions."""

    def __init__(self, wrapped: httpx.BaseTransport, *, max_retries: int = 2, policy: RetryPolicy | None = None):
        self.wrapped = wrapped
        self.max_retries = check_max_retries(max_retries)
        self.policy = policy or RetryPolicy()

    def _attempt(self, request: httpx.Request, end: float | None) -> httpx.Response:
        with attempt_ends_at(end):
            response = self.wrapped.handle_request(request)
            try:
                bounded_stream(response)
                response.read()
            except BaseException:
                response.close()
                raise
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = _Attempts(request, _options(request, self.max_retries), self.policy)
        while True:
            log_request(request, call.retry)
            end = call.begin()
            try:
                response = self._attempt(request, end)
            except httpx.TransportError as error:
                delay = call.after_error(error)
            else:
                retry_delay = call.after_response(response)
                if retry_delay is None:
                    return response
                delay = retry_delay
                response.close()
            call.policy.sleep(delay)
            call.retry += 1

    def close(self) -> None:
        self.wrapped.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of ``RetryTransport``; an attempt runs in ``anyio.fail_after``."""

    def __init__(self, wrapped: httpx.AsyncBaseTransport, *, max_retries: int = 2, policy: RetryPolicy | None = None):
        self.wrapped = wrapped
        self.max_retries = check_max_retries(max_retries)
        self.policy = policy or RetryPolicy()

    async def _attempt(self, request: httpx.Request, end: float | None) -> httpx.Response:
        # A little slack so that httpcore's own (capped) phase timeouts, which name the phase,
        # fire first when they apply; the cancel scope catches what they cannot see (a trickle).
        limit = None if end is None else max(end - time.monotonic(), 0.0) + _EPSILON
        try:
            with anyio.fail_after(limit):
                response = await self.wrapped.handle_async_request(request)
                try:
                    await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
        except TimeoutError:
            raise httpx.ReadTimeout("the time limit of the attempt was reached", request=request) from None
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call = _Attempts(request, _options(request, self.max_retries), self.policy)
        while True:
            log_request(request, call.retry)
            end = call.begin()
            try:
                response = await self._attempt(request, end)
            except httpx.TransportError as error:
                delay = call.after_error(error)
            else:
                retry_delay = call.after_response(response)
                if retry_delay is None:
                    return response
                delay = retry_delay
                await response.aclose()
            await call.policy.async_sleep(delay)
            call.retry += 1

    async def aclose(self) -> None:
        await self.wrapped.aclose()
