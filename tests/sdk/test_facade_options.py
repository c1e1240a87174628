"""The facade (``TrackingMore``/``AsyncTrackingMore``) over the hardened low-level client: its
``with_options`` copies share one connection pool, it takes the time-limit options, checks the
transport kind when it is built, and retries a failure mid-body by the spec's ``x-retry-safe``."""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import warnings
from typing import Any

import httpx
import pytest
from support.stub_server import StubServer, close_mid_body, envelope_bytes, respond
from trackingmore_v2 import AsyncTrackingMore, TrackingMore, errors
from trackingmore_v2.operations import OPERATIONS
from trackingmore_v2.runtime.facts import FACTS_EXTENSION

from sdk.helpers import API_KEY, TRACKING
from sdk.modes import FAST_RETRIES, MODES

OK = envelope_bytes(200, TRACKING)


def _sync(base_url: str, **options: Any) -> TrackingMore:
    return TrackingMore(api_key=API_KEY, base_url=base_url, retry_policy=FAST_RETRIES, **options)


def _async(base_url: str, **options: Any) -> AsyncTrackingMore:
    return AsyncTrackingMore(api_key=API_KEY, base_url=base_url, retry_policy=FAST_RETRIES, **options)


@pytest.mark.parametrize("mode", MODES)
def test_fifty_calls_through_with_options_copies_open_one_connection(mode: str) -> None:
    with StubServer(respond(200, OK)) as server, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if mode == "sync":
            client = _sync(server.base_url)
            for n in range(50):
                copy = client.with_options(timeout=5.0 + n, deadline=30.0, max_retries=n % 3)
                assert copy.trackings.get("china-post", "RM1").tracking_number == TRACKING["tracking_number"]
                assert copy.low_level_client.get_httpx_client() is client.low_level_client.get_httpx_client()
            client.close()
        else:
            aclient = _async(server.base_url)

            async def main() -> None:
                for n in range(50):
                    copy = aclient.with_options(timeout=httpx.Timeout(5.0 + n), deadline=None, max_retries=n % 3)
                    tracking = await copy.trackings.get("china-post", "RM1")
                    assert tracking.tracking_number == TRACKING["tracking_number"]
                    low_level = copy.low_level_client
                    assert low_level.get_async_httpx_client() is aclient.low_level_client.get_async_httpx_client()
                await aclient.close()

            asyncio.run(main())
        gc.collect()
        assert len(server.requests) == 50
        assert server.connections == 1  # one keep-alive connection for the 50 calls
    assert not [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]


def test_the_facade_takes_the_time_limits_and_with_options_keeps_what_it_does_not_change() -> None:
    client = TrackingMore(api_key=API_KEY, timeout=2.5, deadline=7.0, max_retries=1)
    low_level = client.low_level_client
    assert (low_level._timeout, low_level.deadline, low_level.max_retries) == (2.5, 7.0, 1)
    copy = client.with_options(deadline=None, headers={"X-Trace": "t1"})
    options = copy.low_level_client.request_options()
    assert (options.call.deadline, options.call.attempt_timeout, options.call.max_retries) == (None, 2.5, 1)
    assert options.headers == {"X-Trace": "t1"}
    assert client.low_level_client.request_options().call.deadline == 7.0  # the parent is unchanged
    with pytest.raises(errors.ClientConfigurationError):
        TrackingMore(api_key=API_KEY, deadline=-1)
    with pytest.raises(errors.ClientConfigurationError):
        client.with_options(timeout=float("nan"))
    client.close()


async def _asgi_app(scope: Any, receive: Any, send: Any) -> None:  # never called: refused at construction
    raise AssertionError("not reached")


def _wsgi_app(environ: Any, start_response: Any) -> list[bytes]:  # never called: refused at construction
    raise AssertionError("not reached")


def test_the_facade_refuses_a_transport_of_the_other_kind_when_it_is_built() -> None:
    with pytest.raises(errors.ClientConfigurationError, match=r"async transport \(ASGITransport\)"):
        TrackingMore(api_key=API_KEY, httpx_args={"transport": httpx.ASGITransport(app=_asgi_app)})
    with pytest.raises(errors.ClientConfigurationError, match=r"sync transport \(WSGITransport\)"):
        AsyncTrackingMore(api_key=API_KEY, httpx_args={"transport": httpx.WSGITransport(app=_wsgi_app)})
    with pytest.raises(errors.ClientConfigurationError, match="must be an httpx transport"):
        TrackingMore(api_key=API_KEY, httpx_args={"transport": "http://127.0.0.1"})
    mock = httpx.MockTransport(lambda request: httpx.Response(200, content=OK))  # serves both kinds
    TrackingMore(api_key=API_KEY, httpx_args={"transport": mock}).close()
    AsyncTrackingMore(api_key=API_KEY, httpx_args={"transport": mock})


@pytest.mark.parametrize("mode", MODES)
def test_a_facade_read_that_fails_mid_body_is_retried_and_a_create_is_not(mode: str) -> None:
    with StubServer(close_mid_body(OK), respond(200, OK)) as server:
        if mode == "sync":
            assert _sync(server.base_url).trackings.get("china-post", "RM1").carrier_code == "china-post"
        else:

            async def get() -> str:
                async with _async(server.base_url) as aclient:
                    return (await aclient.trackings.get("china-post", "RM1")).carrier_code

            assert asyncio.run(get()) == "china-post"
        assert len(server.requests) == 2
    with StubServer(close_mid_body(OK), respond(200, OK)) as server:
        with pytest.raises(errors.APIConnectionError):
            if mode == "sync":
                _sync(server.base_url).trackings.create(tracking_number="RM1", carrier_code="china-post")
            else:

                async def create() -> None:
                    async with _async(server.base_url) as aclient:
                        await aclient.trackings.create(tracking_number="RM1", carrier_code="china-post")

                asyncio.run(create())
        assert len(server.requests) == 1  # createTracking is x-retry-safe: false


def test_the_mid_body_retry_decision_is_the_requests_x_retry_safe_not_its_http_method() -> None:
    # A GET whose facts say "not safe to repeat" is sent once, though GET is idempotent in HTTP.
    unsafe_get = dataclasses.replace(OPERATIONS["getTracking"], retry_safe=False)
    with StubServer(close_mid_body(OK), close_mid_body(OK), respond(200, OK)) as server:
        client = _sync(server.base_url)
        http = client.low_level_client.get_httpx_client()
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("/trackings/china-post/RM1", extensions={FACTS_EXTENSION: unsafe_get})
        assert len(server.requests) == 1
        assert http.get("/trackings/china-post/RM1", extensions={FACTS_EXTENSION: OPERATIONS["getTracking"]}).content
        assert len(server.requests) == 3  # the safe one: the mid-body failure, then the retry
        client.close()
