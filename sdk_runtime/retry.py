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
import random as _random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

import anyio
import httpx

from .facts import facts_of
from .log import log_request, log_response, log_retry

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
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date), else None."""
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - time.time()
    return max(seconds, 0.0)


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


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport and retries according to ``policy``."""

    def __init__(self, wrapped: httpx.BaseTransport, *, max_retries: int = 2, policy: RetryPolicy | None = None):
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.wrapped = wrapped
        self.max_retries = max_retries
        self.policy = policy or RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retry = 0
        while True:
            log_request(request, retry)
            try:
                response = self.wrapped.handle_request(request)
            except httpx.TransportError as error:
                delay = None if retry >= self.max_retries else self.policy.delay_after_error(request, error, retry)
                if delay is None:
                    raise
                log_retry(request, type(error).__name__, delay, retry)
            else:
                if retry >= self.max_retries:
                    log_response(request, response)
                    return response
                if response.status_code == 200:
                    response.read()  # to look at meta.code; httpx keeps the bytes for the caller
                delay = self.policy.delay_after_response(request, response, retry)
                log_response(request, response)
                if delay is None:
                    return response
                response.close()
                log_retry(request, _reason(response), delay, retry)
            self.policy.sleep(delay)
            retry += 1

    def close(self) -> None:
        self.wrapped.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport and retries according to ``policy``."""

    def __init__(self, wrapped: httpx.AsyncBaseTransport, *, max_retries: int = 2, policy: RetryPolicy | None = None):
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.wrapped = wrapped
        self.max_retries = max_retries
        self.policy = policy or RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retry = 0
        while True:
            log_request(request, retry)
            try:
                response = await self.wrapped.handle_async_request(request)
            except httpx.TransportError as error:
                delay = None if retry >= self.max_retries else self.policy.delay_after_error(request, error, retry)
                if delay is None:
                    raise
                log_retry(request, type(error).__name__, delay, retry)
            else:
                if retry >= self.max_retries:
                    log_response(request, response)
                    return response
                if response.status_code == 200:
                    await response.aread()
                delay = self.policy.delay_after_response(request, response, retry)
                log_response(request, response)
                if delay is None:
                    return response
                await response.aclose()
                log_retry(request, _reason(response), delay, retry)
            await self.policy.async_sleep(delay)
            retry += 1

    async def aclose(self) -> None:
        await self.wrapped.aclose()
