"""HTTP clients of the TrackingMore v2 SDK.

Compared with openapi-python-client's default clients these have production defaults: finite time
limits (``timeout`` per attempt as a whole, ``deadline`` per call across retries), automatic
retries (``runtime.retry``), the API key read from ``TRACKINGMORE_API_KEY``, validated, and sent as
``Trackingmore-Api-Key`` by an ``httpx.Auth`` (so it never sits in a repr), a
``trackingmore-v2-python`` User-Agent, and one lazily built, thread-safe connection pool per
client (one per event loop for async calls), shared by its ``with_options`` copies.
"""

import os
import platform
import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from .operations import OPERATIONS
from .runtime.auth import API_KEY_HEADER, ApiKeyAuth, resolve_api_key
from .runtime.options import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    CallOptions,
    RequestOptions,
    TimeoutArg,
    attempt_limit,
    check_deadline,
    check_max_retries,
    phase_timeouts,
)
from .runtime.pools import Pools
from .runtime.ratelimit import RateLimit, RateLimiter, RateLimitSetting, rate_limiter_for
from .runtime.redaction import check_headers, redacted_repr
from .runtime.retry import RetryPolicy
from .runtime.transport import build_async_transport, build_transport, check_transport

__all__ = ["DEFAULT_DEADLINE", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "USER_AGENT", "AuthenticatedClient", "Client"]

DEFAULT_BASE_URL = "https://api.trackingmore.com/v2"
BASE_URL_ENV = "TRACKINGMORE_BASE_URL"
VERSION = "2.0.0"
USER_AGENT = f"trackingmore-v2-python/{VERSION} Python/{platform.python_version()} httpx/{httpx.__version__}"

_UNCHANGED: Any = object()


def _default_base_url() -> str:
    # An environment override lets the same code talk to a mock server (tests, local development).
    return os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL


# The spec's x-rate-limit of each operation, read from the generated operation facts.
RATE_LIMITS: dict[str, RateLimit] = {
    operation_id: RateLimit.from_extension(facts.extensions["x-rate-limit"])
    for operation_id, facts in OPERATIONS.items()
    if "x-rate-limit" in facts.extensions
}


def _rate_limiter(setting: RateLimitSetting) -> RateLimiter | None:
    # The spec's x-rate-limit table (RATE_LIMITS) is the default; a limiter passed
    # on (by with_* / evolve) is kept, so derived clients share one budget.
    return rate_limiter_for(setting, RATE_LIMITS)


def _default_rate_limiter() -> RateLimiter | None:
    return _rate_limiter(True)


@define
class Client:
    """A client without credentials (every TrackingMore operation needs ``AuthenticatedClient``).

    Keyword arguments:

        ``base_url``: the API root; default ``$TRACKINGMORE_BASE_URL``, else
        ``https://api.trackingmore.com/v2`` (point it at a mock server in tests)

        ``timeout``: seconds each attempt may take as a whole (connect, send, the whole body), or an
        ``httpx.Timeout`` (its largest value bounds the attempt, its phases apply too); default
        ``httpx.Timeout(30, connect=10)``; ``None`` for no limit

        ``deadline``: seconds the whole call may take, retries and waits included (default 60;
        ``None`` for no limit); a wait that would end after it is not started

        ``max_retries``: retries after connection errors, timeouts, 429 and 5xx (default 2, 0 for
        none); see ``runtime.retry`` for which operations are retried when

        Per-call values: ``client.with_options(timeout=..., deadline=..., max_retries=...)`` returns a
        copy sharing the connection pool.

        ``retry_policy``: a ``RetryPolicy`` with the backoff parameters

        ``rate_limits``: pace each operation by the spec's ``x-rate-limit`` (``True``, the default:
        list 1 request/s, realtime 3/s, shared by every thread and task using this client and the
        clients ``with_*`` derives from it), ``False`` for none (tests against a fake without
        limits), ``{operation_id: RateLimit(...)}`` for other values, or a ``RateLimiter``

        ``headers``, ``cookies``, ``verify_ssl``, ``follow_redirects``: passed to httpx

        ``httpx_args``: more ``httpx.Client``/``httpx.AsyncClient`` arguments; a ``transport`` given
        here is wrapped by the retry transport

        ``raise_on_unexpected_status``: make the ``*_detailed`` functions raise
        ``errors.UnexpectedStatus`` on an undocumented status

    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(factory=_default_base_url, alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=redacted_repr)
    _timeout: TimeoutArg = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    deadline: float | None = field(default=DEFAULT_DEADLINE, kw_only=True)
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    retry_policy: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    rate_limiter: RateLimiter | None = field(
        factory=_default_rate_limiter, kw_only=True, alias="rate_limits", converter=_rate_limiter, repr=False
    )
    # Shared by with_options copies: per-call options travel with each request, not in the pool.
    _pools: Pools = field(factory=Pools, kw_only=True, repr=False, alias="_pools")

    def __attrs_post_init__(self) -> None:
        # Fail at construction, not at the first request, and say what is wrong.
        check_headers(self._headers)
        phase_timeouts(self._timeout)
        check_deadline(self.deadline)
        check_max_retries(self.max_retries)
        check_transport(self._httpx_args.get("transport"))

    def with_options(
        self,
        *,
        timeout: TimeoutArg = _UNCHANGED,
        deadline: float | None = _UNCHANGED,
        max_retries: int = _UNCHANGED,
        retry_policy: RetryPolicy = _UNCHANGED,
        headers: dict[str, str] | None = None,
    ) -> "Client":
        """A copy with other per-call options, sharing this client's connection pool.

        ``timeout`` bounds each attempt as a whole (a number of seconds, or an ``httpx.Timeout``
        whose phases also apply), ``deadline`` the whole call, retries and waits included
        (``None``: no limit), ``max_retries`` the retries (0: none); ``headers`` are added to each
        request. Omitted options keep this client's values.
        """
        changes: dict[str, Any] = {}
        if timeout is not _UNCHANGED:
            changes["timeout"] = timeout
        if deadline is not _UNCHANGED:
            changes["deadline"] = deadline
        if max_retries is not _UNCHANGED:
            changes["max_retries"] = max_retries
        if retry_policy is not _UNCHANGED:
            changes["retry_policy"] = retry_policy
        if headers:
            changes["headers"] = {**self._headers, **headers}
        return evolve(self, **changes)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """A copy sending additional headers, sharing this client's connection pool"""
        return self.with_options(headers=headers)

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """A copy with additional cookies (cookies belong to a pool: this copy gets its own)"""
        return evolve(self, cookies={**self._cookies, **cookies}, _pools=Pools())

    def with_timeout(self, timeout: TimeoutArg) -> "Client":
        """A copy with another per-attempt timeout, sharing this client's connection pool"""
        return self.with_options(timeout=timeout)

    def with_max_retries(self, max_retries: int) -> "Client":
        """A copy with another retry budget (0 turns retries off), sharing the connection pool"""
        return self.with_options(max_retries=max_retries)

    def request_options(self) -> RequestOptions:
        """What this client adds to each request: time limits, retry budget, extra headers"""
        call = CallOptions(
            attempt_timeout=attempt_limit(self._timeout),
            deadline=check_deadline(self.deadline),
            max_retries=self.max_retries,
            policy=self.retry_policy,
        )
        return RequestOptions(timeout=phase_timeouts(self._timeout), call=call, headers=self._headers)

    def _auth(self) -> httpx.Auth | None:
        return None

    def _client_args(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": {"User-Agent": USER_AGENT, **self._headers},
            "timeout": phase_timeouts(self._timeout),
            "follow_redirects": self._follow_redirects,
        }

    def _build_httpx_client(self) -> httpx.Client:
        transport, client_args = build_transport(
            base_url=self._base_url,
            httpx_args=self._httpx_args,
            verify=self._verify_ssl,
            max_retries=self.max_retries,
            policy=self.retry_policy,
            rate_limiter=self.rate_limiter,
        )
        client_args.setdefault("auth", self._auth())
        return httpx.Client(**self._client_args(), transport=transport, **client_args)

    def _build_async_httpx_client(self) -> httpx.AsyncClient:
        transport, client_args = build_async_transport(
            base_url=self._base_url,
            httpx_args=self._httpx_args,
            verify=self._verify_ssl,
            max_retries=self.max_retries,
            policy=self.retry_policy,
            rate_limiter=self.rate_limiter,
        )
        client_args.setdefault("auth", self._auth())
        return httpx.AsyncClient(**self._client_args(), transport=transport, **client_args)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers,
        timeout, retries and the API key.
        """
        self._pools.set_sync(client)
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The pooled httpx.Client (with retries and auth), built on first use, once per client"""
        return self._pools.sync(self._build_httpx_client)

    def close(self) -> None:
        """Close the pooled connections of the sync client (shared with with_options copies)"""
        self._pools.close()

    def __enter__(self) -> Self:
        """The pool is opened on the first call and closed on exit"""
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.close()

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient (for the running event loop)

        **NOTE**: This will override any other settings on the client, including cookies, headers,
        timeout, retries and the API key.
        """
        self._pools.set_async(async_client)
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The pooled httpx.AsyncClient of the running event loop, built on first use in that loop"""
        return self._pools.async_(self._build_async_httpx_client)

    async def aclose(self) -> None:
        """Close the pooled connections of the running event loop (and of the sync client)"""
        await self._pools.aclose()
        self._pools.close()

    async def __aenter__(self) -> Self:
        """The pool of the running loop is opened on the first call and closed on exit"""
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.aclose()


@define
class AuthenticatedClient:
    """The TrackingMore v2 client: pass it as ``client=`` to any ``api`` function.

    ``token`` is the API key; when omitted, ``TRACKINGMORE_API_KEY`` is read (``MissingAPIKeyError``
    if neither is set). It is sent as ``Trackingmore-Api-Key`` and left out of the repr.

    Keyword arguments:

        ``base_url``: the API root; default ``$TRACKINGMORE_BASE_URL``, else
        ``https://api.trackingmore.com/v2`` (point it at a mock server in tests)

        ``timeout``: seconds each attempt may take as a whole (connect, send, the whole body), or an
        ``httpx.Timeout`` (its largest value bounds the attempt, its phases apply too); default
        ``httpx.Timeout(30, connect=10)``; ``None`` for no limit

        ``deadline``: seconds the whole call may take, retries and waits included (default 60;
        ``None`` for no limit); a wait that would end after it is not started

        ``max_retries``: retries after connection errors, timeouts, 429 and 5xx (default 2, 0 for
        none); see ``runtime.retry`` for which operations are retried when

        Per-call values: ``client.with_options(timeout=..., deadline=..., max_retries=...)`` returns a
        copy sharing the connection pool.

        ``retry_policy``: a ``RetryPolicy`` with the backoff parameters

        ``rate_limits``: pace each operation by the spec's ``x-rate-limit`` (``True``, the default:
        list 1 request/s, realtime 3/s, shared by every thread and task using this client and the
        clients ``with_*`` derives from it), ``False`` for none (tests against a fake without
        limits), ``{operation_id: RateLimit(...)}`` for other values, or a ``RateLimiter``

        ``headers``, ``cookies``, ``verify_ssl``, ``follow_redirects``: passed to httpx

        ``httpx_args``: more ``httpx.Client``/``httpx.AsyncClient`` arguments; a ``transport`` given
        here is wrapped by the retry transport

        ``raise_on_unexpected_status``: make the ``*_detailed`` functions raise
        ``errors.UnexpectedStatus`` on an undocumented status

    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(factory=_default_base_url, alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=redacted_repr)
    _timeout: TimeoutArg = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    deadline: float | None = field(default=DEFAULT_DEADLINE, kw_only=True)
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    retry_policy: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    rate_limiter: RateLimiter | None = field(
        factory=_default_rate_limiter, kw_only=True, alias="rate_limits", converter=_rate_limiter, repr=False
    )
    token: str | None = field(default=None, repr=False)
    prefix: str = ""
    auth_header_name: str = API_KEY_HEADER
    # Shared by with_options copies: per-call options travel with each request, not in the pool.
    _pools: Pools = field(factory=Pools, kw_only=True, repr=False, alias="_pools")

    def __attrs_post_init__(self) -> None:
        # Fail at construction, not at the first request, and say what is wrong.
        self.token = resolve_api_key(self.token)
        check_headers(self._headers)
        phase_timeouts(self._timeout)
        check_deadline(self.deadline)
        check_max_retries(self.max_retries)
        check_transport(self._httpx_args.get("transport"))

    def with_options(
        self,
        *,
        timeout: TimeoutArg = _UNCHANGED,
        deadline: float | None = _UNCHANGED,
        max_retries: int = _UNCHANGED,
        retry_policy: RetryPolicy = _UNCHANGED,
        headers: dict[str, str] | None = None,
    ) -> "AuthenticatedClient":
        """A copy with other per-call options, sharing this client's connection pool.

        ``timeout`` bounds each attempt as a whole (a number of seconds, or an ``httpx.Timeout``
        whose phases also apply), ``deadline`` the whole call, retries and waits included
        (``None``: no limit), ``max_retries`` the retries (0: none); ``headers`` are added to each
        request. Omitted options keep this client's values.
        """
        changes: dict[str, Any] = {}
        if timeout is not _UNCHANGED:
            changes["timeout"] = timeout
        if deadline is not _UNCHANGED:
            changes["deadline"] = deadline
        if max_retries is not _UNCHANGED:
            changes["max_retries"] = max_retries
        if retry_policy is not _UNCHANGED:
            changes["retry_policy"] = retry_policy
        if headers:
            changes["headers"] = {**self._headers, **headers}
        return evolve(self, **changes)

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """A copy sending additional headers, sharing this client's connection pool"""
        return self.with_options(headers=headers)

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """A copy with additional cookies (cookies belong to a pool: this copy gets its own)"""
        return evolve(self, cookies={**self._cookies, **cookies}, _pools=Pools())

    def with_timeout(self, timeout: TimeoutArg) -> "AuthenticatedClient":
        """A copy with another per-attempt timeout, sharing this client's connection pool"""
        return self.with_options(timeout=timeout)

    def with_max_retries(self, max_retries: int) -> "AuthenticatedClient":
        """A copy with another retry budget (0 turns retries off), sharing the connection pool"""
        return self.with_options(max_retries=max_retries)

    def request_options(self) -> RequestOptions:
        """What this client adds to each request: time limits, retry budget, extra headers"""
        call = CallOptions(
            attempt_timeout=attempt_limit(self._timeout),
            deadline=check_deadline(self.deadline),
            max_retries=self.max_retries,
            policy=self.retry_policy,
        )
        return RequestOptions(timeout=phase_timeouts(self._timeout), call=call, headers=self._headers)

    def _auth(self) -> httpx.Auth | None:
        return ApiKeyAuth(resolve_api_key(self.token), header=self.auth_header_name, prefix=self.prefix)

    def _client_args(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": {"User-Agent": USER_AGENT, **self._headers},
            "timeout": phase_timeouts(self._timeout),
            "follow_redirects": self._follow_redirects,
        }

    def _build_httpx_client(self) -> httpx.Client:
        transport, client_args = build_transport(
            base_url=self._base_url,
            httpx_args=self._httpx_args,
            verify=self._verify_ssl,
            max_retries=self.max_retries,
            policy=self.retry_policy,
            rate_limiter=self.rate_limiter,
        )
        client_args.setdefault("auth", self._auth())
        return httpx.Client(**self._client_args(), transport=transport, **client_args)

    def _build_async_httpx_client(self) -> httpx.AsyncClient:
        transport, client_args = build_async_transport(
            base_url=self._base_url,
            httpx_args=self._httpx_args,
            verify=self._verify_ssl,
            max_retries=self.max_retries,
            policy=self.retry_policy,
            rate_limiter=self.rate_limiter,
        )
        client_args.setdefault("auth", self._auth())
        return httpx.AsyncClient(**self._client_args(), transport=transport, **client_args)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers,
        timeout, retries and the API key.
        """
        self._pools.set_sync(client)
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The pooled httpx.Client (with retries and auth), built on first use, once per client"""
        return self._pools.sync(self._build_httpx_client)

    def close(self) -> None:
        """Close the pooled connections of the sync client (shared with with_options copies)"""
        self._pools.close()

    def __enter__(self) -> Self:
        """The pool is opened on the first call and closed on exit"""
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.close()

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient (for the running event loop)

        **NOTE**: This will override any other settings on the client, including cookies, headers,
        timeout, retries and the API key.
        """
        self._pools.set_async(async_client)
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The pooled httpx.AsyncClient of the running event loop, built on first use in that loop"""
        return self._pools.async_(self._build_async_httpx_client)

    async def aclose(self) -> None:
        """Close the pooled connections of the running event loop (and of the sync client)"""
        await self._pools.aclose()
        self._pools.close()

    async def __aenter__(self) -> Self:
        """The pool of the running loop is opened on the first call and closed on exit"""
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.aclose()
