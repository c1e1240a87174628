"""``TrackingMore`` and ``AsyncTrackingMore``: the resource-style clients of the SDK.

    client = TrackingMore()  # key: $TRACKINGMORE_API_KEY, base URL: $TRACKINGMORE_BASE_URL
    tracking = client.trackings.get("china-post", "RR123456789CN")

Both wrap one low-level ``AuthenticatedClient`` (``client.py``: pooled httpx client, retries,
time limits, API-key auth); ``with_options`` returns a client over that client's
``with_options`` copy, which shares its connection pool.
"""

from typing import Any, Self

import httpx

from .client import DEFAULT_DEADLINE, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AuthenticatedClient
from .resources import (
    Account,
    AsyncAccount,
    AsyncCarriers,
    AsyncTools,
    AsyncTrackings,
    Carriers,
    Tools,
    Trackings,
)
from .runtime.ratelimit import RateLimitSetting
from .runtime.retry import RetryPolicy
from .runtime.transport import check_transport

__all__ = ["AsyncTrackingMore", "TrackingMore"]


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = _NotGiven()


def _low_level(
    mode: str,
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    deadline: float | None,
    max_retries: int,
    retry_policy: RetryPolicy | None,
    httpx_args: dict[str, Any] | None,
    rate_limits: RateLimitSetting,
) -> AuthenticatedClient:
    # A facade makes calls of one kind only, so a transport of the other kind is refused now.
    check_transport((httpx_args or {}).get("transport"), mode=mode)
    options: dict[str, Any] = {}
    if base_url is not None:
        options["base_url"] = base_url
    if retry_policy is not None:
        options["retry_policy"] = retry_policy
    return AuthenticatedClient(
        token=api_key,
        timeout=timeout,
        deadline=deadline,
        max_retries=max_retries,
        httpx_args=dict(httpx_args or {}),
        rate_limits=rate_limits,
        **options,
    )


class TrackingMore:
    """The TrackingMore v2 API: ``account``, ``carriers``, ``tools``, ``trackings``.

    Args:
        api_key: the account's key; default ``$TRACKINGMORE_API_KEY`` (``MissingAPIKeyError`` when
            neither is set). Sent as ``Trackingmore-Api-Key``, never shown in a repr or a log.
        base_url: the API root; default ``$TRACKINGMORE_BASE_URL``, else ``https://api.trackingmore.com/v2``.
        timeout: the limit of each attempt as a whole (connect, send, every byte of the answer), in
            seconds, or an ``httpx.Timeout`` whose phases also apply; default 30 s, 10 s to connect.
        deadline: the limit of a call as a whole, retries and waits included (default 60 s; ``None``: none).
        max_retries: retries after connection errors, timeouts, 429 and 5xx (default 2; 0 for none).
        retry_policy: backoff parameters (``RetryPolicy``).
        rate_limits: pace each operation by the spec's ``x-rate-limit`` (``True``, the default: list
            1 request/s, realtime 3/s, shared by every thread and task using this client and its
            ``with_options`` copies), ``False`` for none (tests against a fake without limits),
            ``{operation_id: RateLimit(...)}`` for other values, or a ``RateLimiter``.
        httpx_args: more ``httpx.Client`` arguments (``transport``, ``proxy``, ...); a
            transport must be a sync one (``ClientConfigurationError`` otherwise).
    """

    account: Account
    carriers: Carriers
    tools: Tools
    trackings: Trackings

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        deadline: float | None = DEFAULT_DEADLINE,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        httpx_args: dict[str, Any] | None = None,
        rate_limits: RateLimitSetting = True,
    ) -> None:
        mode = "sync"
        self._bind(
            _low_level(mode, api_key, base_url, timeout, deadline, max_retries, retry_policy, httpx_args, rate_limits)
        )

    def _bind(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.account = Account(client)
        self.carriers = Carriers(client)
        self.tools = Tools(client)
        self.trackings = Trackings(client)

    @classmethod
    def from_client(cls, client: AuthenticatedClient) -> Self:
        """A TrackingMore over an existing low-level ``AuthenticatedClient``."""
        instance = cls.__new__(cls)
        instance._bind(client)
        return instance

    @property
    def low_level_client(self) -> AuthenticatedClient:
        """The low-level client, for the ``trackingmore_v2.api.<tag>.<operation>`` functions."""
        return self._client

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | _NotGiven = NOT_GIVEN,
        deadline: float | None | _NotGiven = NOT_GIVEN,
        max_retries: int | _NotGiven = NOT_GIVEN,
        retry_policy: RetryPolicy | _NotGiven = NOT_GIVEN,
        headers: dict[str, str] | None = None,
    ) -> Self:
        """A client with other per-call options, sharing this one's connection pool.

        ``timeout`` bounds each attempt, ``deadline`` the whole call (``None``: no limit),
        ``max_retries`` the retries (0: none); ``headers`` are added to each request. Omitted
        options keep this client's values. Copies are cheap: make one per call if you like.
        """
        changes: dict[str, Any] = {}
        if not isinstance(timeout, _NotGiven):
            changes["timeout"] = timeout
        if not isinstance(deadline, _NotGiven):
            changes["deadline"] = deadline
        if not isinstance(max_retries, _NotGiven):
            changes["max_retries"] = max_retries
        if not isinstance(retry_policy, _NotGiven):
            changes["retry_policy"] = retry_policy
        return self.from_client(self._client.with_options(headers=headers, **changes))

    def close(self) -> None:
        """Close the pooled connections."""
        self._client.close()

    def __enter__(self) -> Self:
        self._client.__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self._client.__exit__(*args)

    def __repr__(self) -> str:
        return f"TrackingMore(base_url={self._client._base_url!r})"


class AsyncTrackingMore:
    """The TrackingMore v2 API (async): ``account``, ``carriers``, ``tools``, ``trackings``.

    Args:
        api_key: the account's key; default ``$TRACKINGMORE_API_KEY`` (``MissingAPIKeyError`` when
            neither is set). Sent as ``Trackingmore-Api-Key``, never shown in a repr or a log.
        base_url: the API root; default ``$TRACKINGMORE_BASE_URL``, else ``https://api.trackingmore.com/v2``.
        timeout: the limit of each attempt as a whole (connect, send, every byte of the answer), in
            seconds, or an ``httpx.Timeout`` whose phases also apply; default 30 s, 10 s to connect.
        deadline: the limit of a call as a whole, retries and waits included (default 60 s; ``None``: none).
        max_retries: retries after connection errors, timeouts, 429 and 5xx (default 2; 0 for none).
        retry_policy: backoff parameters (``RetryPolicy``).
        rate_limits: pace each operation by the spec's ``x-rate-limit`` (``True``, the default: list
            1 request/s, realtime 3/s, shared by every thread and task using this client and its
            ``with_options`` copies), ``False`` for none (tests against a fake without limits),
            ``{operation_id: RateLimit(...)}`` for other values, or a ``RateLimiter``.
        httpx_args: more ``httpx.AsyncClient`` arguments (``transport``, ``proxy``, ...); a
            transport must be an async one (``ClientConfigurationError`` otherwise).
    """

    account: AsyncAccount
    carriers: AsyncCarriers
    tools: AsyncTools
    trackings: AsyncTrackings

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        deadline: float | None = DEFAULT_DEADLINE,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        httpx_args: dict[str, Any] | None = None,
        rate_limits: RateLimitSetting = True,
    ) -> None:
        mode = "async"
        self._bind(
            _low_level(mode, api_key, base_url, timeout, deadline, max_retries, retry_policy, httpx_args, rate_limits)
        )

    def _bind(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.account = AsyncAccount(client)
        self.carriers = AsyncCarriers(client)
        self.tools = AsyncTools(client)
        self.trackings = AsyncTrackings(client)

    @classmethod
    def from_client(cls, client: AuthenticatedClient) -> Self:
        """A AsyncTrackingMore over an existing low-level ``AuthenticatedClient``."""
        instance = cls.__new__(cls)
        instance._bind(client)
        return instance

    @property
    def low_level_client(self) -> AuthenticatedClient:
        """The low-level client, for the ``trackingmore_v2.api.<tag>.<operation>`` functions."""
        return self._client

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | _NotGiven = NOT_GIVEN,
        deadline: float | None | _NotGiven = NOT_GIVEN,
        max_retries: int | _NotGiven = NOT_GIVEN,
        retry_policy: RetryPolicy | _NotGiven = NOT_GIVEN,
        headers: dict[str, str] | None = None,
    ) -> Self:
        """A client with other per-call options, sharing this one's connection pool.

        ``timeout`` bounds each attempt, ``deadline`` the whole call (``None``: no limit),
        ``max_retries`` the retries (0: none); ``headers`` are added to each request. Omitted
        options keep this client's values. Copies are cheap: make one per call if you like.
        """
        changes: dict[str, Any] = {}
        if not isinstance(timeout, _NotGiven):
            changes["timeout"] = timeout
        if not isinstance(deadline, _NotGiven):
            changes["deadline"] = deadline
        if not isinstance(max_retries, _NotGiven):
            changes["max_retries"] = max_retries
        if not isinstance(retry_policy, _NotGiven):
            changes["retry_policy"] = retry_policy
        return self.from_client(self._client.with_options(headers=headers, **changes))

    async def close(self) -> None:
        """Close the pooled connections."""
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        await self._client.__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self._client.__aexit__(*args)

    def __repr__(self) -> str:
        return f"AsyncTrackingMore(base_url={self._client._base_url!r})"
