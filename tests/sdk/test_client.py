"""Client defaults: key from the environment, base URL, finite timeout, pooling, closing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from trackingmore_v2 import AuthenticatedClient, errors
from trackingmore_v2.api.trackings import get_tracking

from sdk.helpers import API_KEY, TRACKING, envelope, json_response

MakeClient = Callable[..., AuthenticatedClient]


def test_key_comes_from_the_environment_when_not_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKINGMORE_API_KEY", "from-env")
    monkeypatch.delenv("TRACKINGMORE_BASE_URL", raising=False)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, envelope(200, TRACKING))

    with AuthenticatedClient(httpx_args={"transport": httpx.MockTransport(handler)}) as client:
        get_tracking.sync("china-post", "RM1", client=client)

    assert seen[0].headers["Trackingmore-Api-Key"] == "from-env"
    assert str(seen[0].url) == "https://api.trackingmore.com/v2/trackings/china-post/RM1"


def test_missing_key_fails_at_construction_with_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACKINGMORE_API_KEY", raising=False)

    with pytest.raises(errors.MissingAPIKeyError, match="TRACKINGMORE_API_KEY"):
        AuthenticatedClient()


def test_explicit_key_wins_and_is_sent_raw_in_the_trackingmore_header(make_client: MakeClient) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, envelope(200, TRACKING))

    get_tracking.sync("china-post", "RM1", client=make_client(handler))

    assert seen[0].headers["Trackingmore-Api-Key"] == API_KEY
    assert "authorization" not in seen[0].headers


def test_base_url_can_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKINGMORE_BASE_URL", "http://127.0.0.1:8080/v2")

    with AuthenticatedClient(token="k") as client:
        assert str(client.get_httpx_client().base_url) == "http://127.0.0.1:8080/v2/"
    with AuthenticatedClient("http://127.0.0.1:9999/v2", token="k") as explicit:
        assert str(explicit.get_httpx_client().base_url) == "http://127.0.0.1:9999/v2/"


def test_defaults_are_production_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACKINGMORE_BASE_URL", raising=False)
    client = AuthenticatedClient(token="k")
    httpx_client = client.get_httpx_client()

    assert str(httpx_client.base_url) == "https://api.trackingmore.com/v2/"
    assert httpx_client.timeout.read == 30.0
    assert httpx_client.timeout.connect == 10.0
    assert client.max_retries == 2
    # One pooled httpx client per SDK client, reused by every call.
    assert client.get_httpx_client() is httpx_client
    client.close()
    assert httpx_client.is_closed


def test_context_managers_close_the_pools() -> None:
    with AuthenticatedClient(token="k") as client:
        pool = client.get_httpx_client()
    assert pool.is_closed


@pytest.mark.anyio
async def test_async_context_manager_closes_the_async_pool() -> None:
    async with AuthenticatedClient(token="k") as client:
        pool = client.get_async_httpx_client()
    assert pool.is_closed


def test_transport_options_still_apply_with_the_retry_transport() -> None:
    limits = httpx.Limits(max_connections=3)
    client = AuthenticatedClient(token="k", httpx_args={"limits": limits, "http2": False})
    pool: Any = _pool_of(client)
    assert pool._max_connections == 3
    client.close()


def _pool_of(client: AuthenticatedClient) -> object:
    """The connection pool under the retry (and rate-limit) transport wrappers."""
    transport: Any = client.get_httpx_client()._transport
    while not hasattr(transport, "_pool"):
        transport = transport.wrapped
    return transport._pool


def test_proxy_environment_variables_are_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")

    with AuthenticatedClient(token="k", base_url="https://api.trackingmore.com/v2") as proxied:
        assert type(_pool_of(proxied)).__name__ == "HTTPProxy"
    with AuthenticatedClient(token="k", base_url="http://127.0.0.1:8080/v2") as direct:
        assert type(_pool_of(direct)).__name__ == "ConnectionPool"
    with AuthenticatedClient(
        token="k", base_url="https://api.trackingmore.com/v2", httpx_args={"trust_env": False}
    ) as untrusting:
        assert type(_pool_of(untrusting)).__name__ == "ConnectionPool"
