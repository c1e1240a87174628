"""HTTP clients of the TrackingMore v2 SDK.

Compared with openapi-python-client's default clients these have production defaults: a finite
timeout, automatic retries (``runtime.retry``), the API key read from ``TRACKINGMORE_API_KEY``
and sent as ``Trackingmore-Api-Key`` by an ``httpx.Auth`` (so it never sits in a repr), and one
pooled httpx client per instance, closed by the context manager or ``close()``/``aclose()``.
"""

import os
import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from .rate_limits import RATE_LIMITS
from .runtime.auth import API_KEY_HEADER, ApiKeyAuth, resolve_api_key
from .runtime.ratelimit import RateLimiter, RateLimitSetting, rate_limiter_for
from .runtime.retry import RetryPolicy
from .runtime.transport import build_async_transport, build_transport

DEFAULT_BASE_URL = "https://api.trackingmore.com/v2"
BASE_URL_ENV = "TRACKINGMORE_BASE_URL"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2


def _default_base_url() -> str:
    # An environment override lets the same code talk to a mock server (tests, local development).
    return os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL


def _rate_limiter(setting: RateLimitSetting) -> RateLimiter | None:
    # The spec's x-rate-limit table (rate_limits.py, generated) is the default; a limiter passed
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

        ``timeout``: an ``httpx.Timeout``; 30 s (10 s to connect) by default, ``None`` for none

        ``max_retries``: retries after connection errors, timeouts, 429 and 5xx (default 2, 0 for
        none); see ``runtime.retry`` for which operations are retried when

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
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    retry_policy: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    rate_limiter: RateLimiter | None = field(
        factory=_default_rate_limiter, kw_only=True, alias="rate_limits", converter=_rate_limiter, repr=False
    )
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        return evolve(self, timeout=timeout)

    def with_max_retries(self, max_retries: int) -> "Client":
        """Get a new client matching this one with another retry budget (0 turns retries off)"""
        return evolve(self, max_retries=max_retries)

    def _auth(self) -> httpx.Auth | None:
        return None

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers,
        timeout, retries and the API key.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing it (with retries and auth) on first use"""
        if self._client is None:
            transport, client_args = build_transport(
                base_url=self._base_url,
                httpx_args=self._httpx_args,
                verify=self._verify_ssl,
                max_retries=self.max_retries,
                policy=self.retry_policy,
                rate_limiter=self.rate_limiter,
            )
            client_args.setdefault("auth", self._auth())
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=transport,
                **client_args,
            )
        return self._client

    def close(self) -> None:
        """Close the pooled connections of the sync client"""
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers,
        timeout, retries and the API key.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing it (with retries and auth) on first use"""
        if self._async_client is None:
            transport, client_args = build_async_transport(
                base_url=self._base_url,
                httpx_args=self._httpx_args,
                verify=self._verify_ssl,
                max_retries=self.max_retries,
                policy=self.retry_policy,
                rate_limiter=self.rate_limiter,
            )
            client_args.setdefault("auth", self._auth())
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=transport,
                **client_args,
            )
        return self._async_client

    async def aclose(self) -> None:
        """Close the pooled connections of the async client"""
        if self._async_client is not None:
            await self._async_client.aclose()

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient:
    """The TrackingMore v2 client: pass it as ``client=`` to any ``api`` function.

    ``token`` is the API key; when omitted, ``TRACKINGMORE_API_KEY`` is read (``MissingAPIKeyError``
    if neither is set). It is sent as ``Trackingmore-Api-Key`` and left out of the repr.

    Keyword arguments:

        ``base_url``: the API root; default ``$TRACKINGMORE_BASE_URL``, else
        ``https://api.trackingmore.com/v2`` (point it at a mock server in tests)

        ``timeout``: an ``httpx.Timeout``; 30 s (10 s to connect) by default, ``None`` for none

        ``max_retries``: retries after connection errors, timeouts, 429 and 5xx (default 2, 0 for
        none); see ``runtime.retry`` for which operations are retried when

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
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
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
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # Fail at construction, not at the first request, when there is no key at all.
        self.token = resolve_api_key(self.token)

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        return evolve(self, timeout=timeout)

    def with_max_retries(self, max_retries: int) -> "AuthenticatedClient":
        """Get a new client matching this one with another retry budget (0 turns retries off)"""
        return evolve(self, max_retries=max_retries)

    def _auth(self) -> httpx.Auth | None:
        return ApiKeyAuth(resolve_api_key(self.token), header=self.auth_header_name, prefix=self.prefix)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers,
        timeout, retries and the API key.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing it (with retries and auth) on first use"""
        if self._client is None:
            transport, client_args = build_transport(
                base_url=self._base_url,
                httpx_args=self._httpx_args,
                verify=self._verify_ssl,
                max_retries=self.max_retries,
                policy=self.retry_policy,
                rate_limiter=self.rate_limiter,
            )
            client_args.setdefault("auth", self._auth())
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=transport,
                **client_args,
            )
        return self._client

    def close(self) -> None:
        """Close the pooled connections of the sync client"""
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers,
        timeout, retries and the API key.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing it (with retries and auth) on first use"""
        if self._async_client is None:
            transport, client_args = build_async_transport(
                base_url=self._base_url,
                httpx_args=self._httpx_args,
                verify=self._verify_ssl,
                max_retries=self.max_retries,
                policy=self.retry_policy,
                rate_limiter=self.rate_limiter,
            )
            client_args.setdefault("auth", self._auth())
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=transport,
                **client_args,
            )
        return self._async_client

    async def aclose(self) -> None:
        """Close the pooled connections of the async client"""
        if self._async_client is not None:
            await self._async_client.aclose()

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)
