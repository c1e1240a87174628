"""End to end: the SDK's ``TrackingMore`` / ``AsyncTrackingMore`` against the fake TrackingMore
server over real loopback HTTP.

Every test runs twice, through ``TrackingMore`` and through ``AsyncTrackingMore``.
"""

from __future__ import annotations

import contextlib
import inspect
import socket
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest
from trackingmore_mock import RateLimits, create_app
from trackingmore_mock.server import serve_in_thread
from trackingmore_v2 import AsyncTrackingMore, RetryPolicy, TrackingMore, errors
from trackingmore_v2.operations import OPERATIONS
from trackingmore_v2.runtime.retry import OPERATION_EXTENSION

from sdk.helpers import MOCK_API_KEY, Sleeps

from .conftest import Mock

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["sync", "asyncio"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Caller:
    """Calls ``client.<resource>.<method>`` of the sync or async client; records the operations sent."""

    def __init__(self, client: TrackingMore | AsyncTrackingMore, operations: set[str]) -> None:
        self.client = client
        self.operations = operations

    async def __call__(self, name: str, *args: Any, **kwargs: Any) -> Any:
        resource, method = name.split(".")
        result = getattr(getattr(self.client, resource), method)(*args, **kwargs)
        return await result if inspect.isawaitable(result) else result

    async def each(self, name: str, **kwargs: Any) -> list[Any]:
        """Every item of a list method (a paginator, sync or async)."""
        resource, method = name.split(".")
        paginator = getattr(getattr(self.client, resource), method)(**kwargs)
        if isinstance(self.client, AsyncTrackingMore):
            return [item async for item in paginator]
        return list(paginator)


@contextlib.asynccontextmanager
async def caller(mode: str, base_url: str, **options: Any) -> AsyncIterator[Caller]:
    options.setdefault("api_key", MOCK_API_KEY)
    options.setdefault("max_retries", 0)
    # The fakes here enforce no limit, or one on a frozen clock to provoke 429s: no client pacing
    # (tests/sdk/test_ratelimit.py tests it against the fake's real limits).
    options.setdefault("rate_limits", False)
    operations: set[str] = set()

    def record(request: httpx.Request) -> None:
        operations.add(str(request.extensions[OPERATION_EXTENSION]))

    async def arecord(request: httpx.Request) -> None:
        record(request)

    if mode == "sync":
        client = TrackingMore(base_url=base_url, httpx_args={"event_hooks": {"request": [record]}}, **options)
        try:
            yield Caller(client, operations)
        finally:
            client.close()
    else:
        aclient = AsyncTrackingMore(base_url=base_url, httpx_args={"event_hooks": {"request": [arecord]}}, **options)
        try:
            yield Caller(aclient, operations)
        finally:
            await aclient.close()


async def test_every_operation(mock: Mock, mode: str) -> None:
    async with caller(mode, mock.base_url) as call:
        carriers = await call("carriers.list")
        assert {"china-post", "ups"} <= {c.code for c in carriers}
        assert await call("carriers.detect", "RR123456789CN")

        number = "TMDELIVERED0001"
        created = await call("trackings.create", tracking_number=number, carrier_code="china-post")
        assert created.tracking_number == number
        assert (await call("trackings.get", "china-post", number)).status == "delivered"
        assert (await call("trackings.get", "china-post", number, lang="en")).tracking_number == number
        updated = await call("trackings.update", "china-post", number, title="Boots")
        assert updated.title == "Boots"

        batch = await call(
            "trackings.create_many",
            [
                {"tracking_number": "TMTRANSIT0001", "carrier_code": "ups"},
                {"tracking_number": number, "carrier_code": "china-post"},  # a duplicate
            ],
        )
        assert (batch.submitted, batch.added) == (2, 1)
        assert [(e.index, e.code) for e in batch.errors] == [(1, 4016)]
        more = await call(
            "trackings.update_many", [{"tracking_number": "TMTRANSIT0001", "carrier_code": "ups", "title": "Bulk"}]
        )
        assert more.updated == 1

        page = call.client.trackings.list(limit=1).first_page()
        page = await page if inspect.isawaitable(page) else page
        assert (len(page.items), page.total) == (1, 2)
        assert (await call("account.status_counts")).delivered == 1
        assert (await call("account.get")).email

        realtime = await call("trackings.realtime", tracking_number="TMPICKUP0001", carrier_code="usps")
        assert realtime.items[0].status == "pickup"
        assert (await call("tools.remote_areas", [{"country": "JP", "postcode": "7621094"}])).submitted == 1
        times = await call(
            "tools.transit_times", [{"carrier_code": "china-post", "original": "CN", "destination": "US"}]
        )
        assert times.items[0].carrier_code == "china-post"
        cargo = await call("tools.air_cargo", track_number="172-28891936")
        assert cargo.additional_keys == ["172-28891936"]

        await call(
            "trackings.change_carrier", tracking_number="TMTRANSIT0001", carrier_code="ups", update_carrier_code="fedex"
        )
        key = {"tracking_number": "TMTRANSIT0001", "carrier_code": "fedex"}
        assert (await call("trackings.stop_updating", [key])).change == 1
        assert (await call("trackings.delete_many", [key])).delete == 1
        assert await call("trackings.delete", "china-post", number) is None

        assert call.operations == set(OPERATIONS)


async def test_each_error_class_from_the_server(mock: Mock, mode: str) -> None:
    async with caller(mode, mock.base_url) as call:
        with pytest.raises(errors.NotFoundError) as not_created:
            await call("trackings.get", "china-post", "TMTRANSIT0404")
        assert (not_created.value.code, not_created.value.http_status) == (4031, 200)
        with pytest.raises(errors.NotFoundError) as missing:
            await call("trackings.delete", "china-post", "TMTRANSIT0404")
        assert missing.value.code == 4017
        assert missing.value.operation_id == "deleteTracking"

        new = {"tracking_number": "TMTRANSIT0001", "carrier_code": "ups"}
        await call("trackings.create", **new)
        with pytest.raises(errors.AlreadyExistsError) as duplicate:
            await call("trackings.create", **new)
        assert duplicate.value.code == 4016

        with pytest.raises(errors.InvalidRequestError) as invalid:
            await call("trackings.create", tracking_number="TM 1!", carrier_code="ups")
        assert invalid.value.code == 4014
        # A lane the API refuses (a well-formed carrier code it does not know): the only request
        # failed as a whole, so the call raises instead of returning every item as an error.
        with pytest.raises(errors.InvalidRequestError) as unknown_carrier:
            await call(
                "tools.transit_times", [{"carrier_code": "no-such-carrier", "original": "CN", "destination": "US"}]
            )
        assert unknown_carrier.value.code == 4015

        # The raw twin returns the same answer without raising.
        answer = call.client.trackings.with_raw_response.create(tracking_number="TMTRANSIT0001", carrier_code="ups")
        answer = await answer if inspect.isawaitable(answer) else answer
        assert (answer.http_status, answer.meta.code) == (200, 4016)

    async with caller(mode, mock.base_url, api_key="not-the-key") as call:
        with pytest.raises(errors.AuthenticationError) as bad_key:
            await call("account.get")
        assert bad_key.value.code == 4001


async def test_quota_exhausted(mode: str) -> None:
    with serve_in_thread(create_app(api_key=MOCK_API_KEY, quota=0)) as base_url:
        async with caller(mode, base_url) as call:
            with pytest.raises(errors.QuotaExceededError) as caught:
                await call("trackings.create", tracking_number="TMPENDING1", carrier_code="ups")
    assert caught.value.code == 4021


async def test_rate_limit_is_retried_after_the_servers_delay(mode: str) -> None:
    now = [0.0]
    sleeps = Sleeps()

    def sleep(seconds: float) -> None:  # advances the mock's rate-limit clock instead of waiting
        sleeps(seconds)
        now[0] += seconds

    async def async_sleep(seconds: float) -> None:
        sleep(seconds)

    policy = RetryPolicy(sleep=sleep, async_sleep=async_sleep)
    limits = RateLimits(list=1, window=1.0, time=lambda: now[0])
    with serve_in_thread(create_app(api_key=MOCK_API_KEY, rate_limits=limits)) as base_url:
        async with caller(mode, base_url, max_retries=2, retry_policy=policy) as call:
            await call.each("trackings.list")
            await call.each("trackings.list")  # over the limit: HTTP 429, Retry-After: 1, then success
    assert sleeps.delays == [1.0]


async def test_rate_limit_longer_than_the_cap_surfaces(mode: str) -> None:
    limits = RateLimits(list=1, retry_after=120, time=lambda: 0.0)
    with serve_in_thread(create_app(api_key=MOCK_API_KEY, rate_limits=limits)) as base_url:
        async with caller(mode, base_url, max_retries=2) as call:
            await call.each("trackings.list")
            with pytest.raises(errors.RateLimitError) as caught:
                await call.each("trackings.list")
    assert (caught.value.http_status, caught.value.retry_after) == (429, 120.0)


def bad_gateway_proxy(app: Any) -> Callable[..., Awaitable[None]]:
    """An ASGI proxy in front of the mock that answers GET /v2/trackings/getuserinfo with nginx's 502."""

    async def proxy(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].endswith("/getuserinfo"):
            page = b"<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"
            headers = [(b"content-type", b"text/html"), (b"content-length", str(len(page)).encode())]
            await send({"type": "http.response.start", "status": 502, "headers": headers})
            await send({"type": "http.response.body", "body": page})
            return
        await app(scope, receive, send)

    return proxy


async def test_html_502_from_a_proxy(mode: str) -> None:
    with serve_in_thread(bad_gateway_proxy(create_app(api_key=MOCK_API_KEY))) as base_url:
        async with caller(mode, base_url, max_retries=0) as call:
            assert await call("carriers.list")  # the proxy passes other calls through
            with pytest.raises(errors.ServerError) as caught:
                await call("account.get")
    assert caught.value.http_status == 502
    assert "<title>502 Bad Gateway</title>" in str(caught.value)


@contextlib.contextmanager
def closed_port() -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    yield f"http://127.0.0.1:{port}/v2"


@contextlib.contextmanager
def silent_server() -> Iterator[str]:
    """Accepts TCP connections (kernel backlog) and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/v2"


async def test_connection_refused(mode: str) -> None:
    with closed_port() as base_url:
        async with caller(mode, base_url, max_retries=0) as call:
            with pytest.raises(errors.APIConnectionError) as caught:
                await call("account.get")
    assert not isinstance(caught.value, errors.APITimeoutError)


async def test_timeout(mode: str) -> None:
    with silent_server() as base_url:
        async with caller(mode, base_url, max_retries=0, timeout=0.2) as call:
            with pytest.raises(errors.APITimeoutError):
                await call("account.get")


async def test_paging_and_batching_against_the_mock(mock: Mock, mode: str) -> None:
    items = [{"tracking_number": f"TMTRANSIT{n:04d}", "carrier_code": "ups"} for n in range(45)]
    async with caller(mode, mock.base_url) as call:
        created = await call("trackings.create_many", items + items[:3])
        walked = await call.each("trackings.list", limit=20)
    assert (created.submitted, created.added, len(created.errors)) == (48, 45, 3)
    # Each duplicated number is refused once (4016) at the position of whichever copy arrived second:
    # the later chunk in sync code, either one when the async client sends the chunks concurrently.
    sent = items + items[:3]
    assert all(e.code == 4016 and sent[e.index]["tracking_number"] == e.tracking_number for e in created.errors)
    assert sorted(e.index % 45 for e in created.errors) == [0, 1, 2]
    if mode == "sync":
        assert [e.index for e in created.errors] == [45, 46, 47]
    assert sorted(t.tracking_number for t in walked) == sorted(i["tracking_number"] for i in items)
