"""End to end: the generated SDK against the fake TrackingMore server over real loopback HTTP.

Every test runs twice, through the plain ``sync`` functions and through ``asyncio``.
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import socket
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import pytest
import trackingmore_v2.api
from trackingmore_mock import RateLimits, create_app
from trackingmore_mock.server import serve_in_thread
from trackingmore_v2 import AuthenticatedClient, PageSpacing, RetryPolicy, errors
from trackingmore_v2.api.account import get_status_counts, get_user_info
from trackingmore_v2.api.batch import (
    batch_create_trackings,
    batch_delete_trackings,
    batch_update_trackings,
    stop_updating_trackings,
)
from trackingmore_v2.api.carriers import detect_carrier, list_carriers
from trackingmore_v2.api.tools import check_remote_areas, get_transit_times, track_air_cargo
from trackingmore_v2.api.trackings import (
    change_carrier,
    create_tracking,
    delete_tracking,
    get_realtime_tracking,
    get_tracking,
    get_tracking_in_language,
    list_trackings,
    update_tracking,
)
from trackingmore_v2.models import (
    AirCargoRequest,
    BatchUpdateItem,
    ChangeCarrierRequest,
    CreateTrackingRequest,
    DetectCarrierRequest,
    RealtimeTrackingRequest,
    RemoteAreaQuery,
    TrackingKey,
    TransitTimeQuery,
    UpdateTrackingRequest,
)

from sdk.helpers import MOCK_API_KEY, Sleeps

from .conftest import Mock

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["sync", "asyncio"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Caller:
    """Calls an endpoint module through ``sync`` or ``asyncio`` and records the operations used."""

    def __init__(self, mode: str, client: AuthenticatedClient) -> None:
        self.mode = mode
        self.client = client
        self.operations: set[str] = set()

    async def __call__(self, module: Any, *args: Any, **kwargs: Any) -> Any:
        self.operations.add(module.OPERATION_ID)
        if self.mode == "sync":
            return module.sync(*args, client=self.client, **kwargs)
        return await module.asyncio(*args, client=self.client, **kwargs)


@contextlib.asynccontextmanager
async def caller(mode: str, base_url: str, **options: Any) -> AsyncIterator[Caller]:
    options.setdefault("token", MOCK_API_KEY)
    options.setdefault("max_retries", 0)
    # The fakes here enforce no limit, or one on a frozen clock to provoke 429s: no client pacing
    # (tests/sdk/test_ratelimit.py tests it against the fake's real limits).
    options.setdefault("rate_limits", False)
    client = AuthenticatedClient(base_url=base_url, **options)
    try:
        yield Caller(mode, client)
    finally:
        client.close()
        await client.aclose()


def all_operation_ids() -> set[str]:
    ids = set()
    for tag in pkgutil.iter_modules(trackingmore_v2.api.__path__):
        package = importlib.import_module(f"trackingmore_v2.api.{tag.name}")
        for module in pkgutil.iter_modules(package.__path__):
            ids.add(importlib.import_module(f"{package.__name__}.{module.name}").OPERATION_ID)
    return ids


async def test_every_operation(mock: Mock, mode: str) -> None:
    async with caller(mode, mock.base_url) as call:
        carriers = await call(list_carriers)
        assert {"china-post", "ups"} <= {c.code for c in carriers.data}
        detected = await call(detect_carrier, body=DetectCarrierRequest(tracking_number="RR123456789CN"))
        assert detected.data

        number = "TMDELIVERED0001"
        created = await call(
            create_tracking, body=CreateTrackingRequest(tracking_number=number, carrier_code="china-post")
        )
        assert created.meta.code in (200, 201)
        assert created.data.tracking_number == number
        assert (await call(get_tracking, "china-post", number)).data.status == "delivered"
        assert (await call(get_tracking_in_language, "china-post", number, "en")).data.tracking_number == number
        updated = await call(update_tracking, "china-post", number, body=UpdateTrackingRequest(title="Boots"))
        assert updated.data.title == "Boots"

        batch = await call(
            batch_create_trackings,
            body=[
                CreateTrackingRequest(tracking_number="TMTRANSIT0001", carrier_code="ups"),
                CreateTrackingRequest(tracking_number=number, carrier_code="china-post"),  # a duplicate
            ],
        )
        assert (batch.data.submitted, batch.data.added) == (2, 1)
        assert [e.code for e in batch.data.errors] == [4016]
        more = await call(
            batch_update_trackings,
            body=[BatchUpdateItem(tracking_number="TMTRANSIT0001", carrier_code="ups", title="Bulk")],
        )
        assert more.data.updated == 1

        page = await call(list_trackings, limit=1)
        assert (len(page.data.items), page.data.total) == (1, 2)
        assert (await call(get_status_counts)).data.delivered == 1
        assert (await call(get_user_info)).data.email

        realtime = await call(
            get_realtime_tracking, body=RealtimeTrackingRequest(tracking_number="TMPICKUP0001", carrier_code="usps")
        )
        assert realtime.data.items[0].status == "pickup"
        assert (await call(check_remote_areas, body=[RemoteAreaQuery(country="JP", postcode="7621094")])).data
        times = await call(
            get_transit_times, body=[TransitTimeQuery(carrier_code="china-post", original="CN", destination="US")]
        )
        assert times.data[0].carrier_code == "china-post"
        cargo = await call(track_air_cargo, body=AirCargoRequest(track_number="172-28891936"))
        assert cargo.data.additional_keys == ["172-28891936"]

        change = ChangeCarrierRequest(tracking_number="TMTRANSIT0001", carrier_code="ups", update_carrier_code="fedex")
        assert (await call(change_carrier, body=change)).meta.code == 200
        key = TrackingKey(tracking_number="TMTRANSIT0001", carrier_code="fedex")
        assert (await call(stop_updating_trackings, body=[key])).data.change == 1
        assert (await call(batch_delete_trackings, body=[key])).data.delete == 1
        assert (await call(delete_tracking, "china-post", number)).meta.code == 200

        assert call.operations == all_operation_ids()


async def test_each_error_class_from_the_server(mock: Mock, mode: str) -> None:
    async with caller(mode, mock.base_url) as call:
        with pytest.raises(errors.NotFoundError) as not_created:
            await call(get_tracking, "china-post", "TMTRANSIT0404")
        assert (not_created.value.code, not_created.value.http_status) == (4031, 200)
        with pytest.raises(errors.NotFoundError) as missing:
            await call(delete_tracking, "china-post", "TMTRANSIT0404")
        assert missing.value.code == 4017
        assert missing.value.operation_id == "deleteTracking"

        new = CreateTrackingRequest(tracking_number="TMTRANSIT0001", carrier_code="ups")
        await call(create_tracking, body=new)
        with pytest.raises(errors.AlreadyExistsError) as duplicate:
            await call(create_tracking, body=new)
        assert duplicate.value.code == 4016

        with pytest.raises(errors.InvalidRequestError) as invalid:
            await call(create_tracking, body=CreateTrackingRequest(tracking_number="TM 1!", carrier_code="ups"))
        assert invalid.value.code == 4014
        with pytest.raises(errors.InvalidRequestError) as unknown_carrier:
            await call(
                get_transit_times,
                body=[TransitTimeQuery(carrier_code="no-such-carrier", original="CN", destination="US")],
            )
        assert unknown_carrier.value.code == 4015

        # The detailed call returns the same answer without raising.
        detailed = (
            create_tracking.sync_detailed(client=call.client, body=new)
            if mode == "sync"
            else await create_tracking.asyncio_detailed(client=call.client, body=new)
        )
        assert detailed.status_code == 200
        assert detailed.parsed is not None and detailed.parsed.meta.code == 4016

    async with caller(mode, mock.base_url, token="not-the-key") as call:
        with pytest.raises(errors.AuthenticationError) as bad_key:
            await call(get_user_info)
        assert bad_key.value.code == 4001


async def test_quota_exhausted(mode: str) -> None:
    with serve_in_thread(create_app(api_key=MOCK_API_KEY, quota=0)) as base_url:
        async with caller(mode, base_url) as call:
            new = CreateTrackingRequest(tracking_number="TMPENDING1", carrier_code="ups")
            with pytest.raises(errors.QuotaExceededError) as caught:
                await call(create_tracking, body=new)
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
            await call(list_trackings)
            await call(list_trackings)  # over the limit: HTTP 429, Retry-After: 1, then success
    assert sleeps.delays == [1.0]


async def test_rate_limit_longer_than_the_cap_surfaces(mode: str) -> None:
    limits = RateLimits(list=1, retry_after=120, time=lambda: 0.0)
    with serve_in_thread(create_app(api_key=MOCK_API_KEY, rate_limits=limits)) as base_url:
        async with caller(mode, base_url, max_retries=2) as call:
            await call(list_trackings)
            with pytest.raises(errors.RateLimitError) as caught:
                await call(list_trackings)
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
            assert (await call(list_carriers)).data  # the proxy passes other calls through
            with pytest.raises(errors.ServerError) as caught:
                await call(get_user_info)
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
                await call(get_user_info)
    assert not isinstance(caught.value, errors.APITimeoutError)


async def test_timeout(mode: str) -> None:
    import httpx

    with silent_server() as base_url:
        async with caller(mode, base_url, max_retries=0, timeout=httpx.Timeout(0.2)) as call:
            with pytest.raises(errors.APITimeoutError):
                await call(get_user_info)


async def test_paging_and_batching_against_the_mock(mock: Mock, mode: str) -> None:
    items = [CreateTrackingRequest(tracking_number=f"TMTRANSIT{n:04d}", carrier_code="ups") for n in range(45)]
    async with caller(mode, mock.base_url) as call:
        if mode == "sync":
            created = batch_create_trackings.sync_batch(client=call.client, body=items + items[:3])
            walked = list(list_trackings.sync_iter(client=call.client, page_size=20, spacing=PageSpacing(0)))
        else:
            created = await batch_create_trackings.asyncio_batch(client=call.client, body=items + items[:3])
            pages = list_trackings.asyncio_iter(client=call.client, page_size=20, spacing=PageSpacing(0))
            walked = [t async for t in pages]
    assert created.ok and created.data is not None
    assert (created.data.submitted, created.data.added, len(created.data.errors)) == (48, 45, 3)
    assert sorted(t.tracking_number for t in walked) == sorted(i.tracking_number for i in items)
