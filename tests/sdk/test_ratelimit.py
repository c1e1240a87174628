"""Client-side rate limiting: the spec's x-rate-limit, one schedule per client, no 429 against the fake.

Pacing is proved with a fake clock whose sleep advances it (nothing sleeps); the tests against the
served fake with its real limits use the real clock on the realtime operation (3 requests/s), the
only way to show that threads and tasks of one client share one budget end to end.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
import yaml
from support.spec import SPEC_PATH
from trackingmore_mock import ManualClock, RateLimits, create_app
from trackingmore_mock.server import serve_in_thread
from trackingmore_v2 import AuthenticatedClient, RateLimit, RateLimiter, RetryPolicy, errors
from trackingmore_v2.api.account import get_user_info
from trackingmore_v2.api.trackings import get_realtime_tracking, list_trackings
from trackingmore_v2.client import RATE_LIMITS
from trackingmore_v2.models import RealtimeTrackingRequest
from trackingmore_v2.runtime.ratelimit import rate_limiter_for

from sdk.helpers import API_KEY, envelope, json_response

MOCK_KEY = "k"
REALTIME = RealtimeTrackingRequest(tracking_number="TMTRANSIT1", carrier_code="ups")


class FakeTime:
    """A clock whose ``sleep`` moves it forward; ``sent`` records the clock at each send."""

    def __init__(self, start: float = 100.0) -> None:
        self.now = start
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def _limiter(fake: FakeTime, limits: dict[str, RateLimit] | None = None, margin: float = 0.0) -> RateLimiter:
    return RateLimiter(
        RATE_LIMITS if limits is None else limits,
        margin=margin,
        clock=fake,
        sleep=fake.sleep,
        async_sleep=fake.async_sleep,
    )


# -- the limits come from the spec ----------------------------------------------------------------


def test_the_generated_table_is_the_specs_x_rate_limit() -> None:
    document = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    declared = {
        operation["operationId"]: RateLimit(
            operation["x-rate-limit"]["requests"], operation["x-rate-limit"]["per_seconds"]
        )
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "x-rate-limit" in operation
    }
    assert declared == RATE_LIMITS
    assert {"listTrackings": RateLimit(1, 1.0), "getRealtimeTracking": RateLimit(3, 1.0)} == RATE_LIMITS


def test_rate_limits_option() -> None:
    client = AuthenticatedClient(token=API_KEY)
    assert client.rate_limiter is not None and client.rate_limiter.limits == RATE_LIMITS  # on by default
    assert AuthenticatedClient(token=API_KEY, rate_limits=False).rate_limiter is None
    custom = AuthenticatedClient(token=API_KEY, rate_limits={"listTrackings": RateLimit(5, 2.0)}).rate_limiter
    assert custom is not None and custom.limits == {**RATE_LIMITS, "listTrackings": RateLimit(5, 2.0)}
    shared = RateLimiter({})
    assert AuthenticatedClient(token=API_KEY, rate_limits=shared).rate_limiter is shared
    # Derived clients use the same account, hence the same budget.
    assert client.with_timeout(httpx.Timeout(3.0)).rate_limiter is client.rate_limiter
    assert client.with_headers({"X": "1"}).with_max_retries(0).rate_limiter is client.rate_limiter
    assert rate_limiter_for(None, RATE_LIMITS) is None
    with pytest.raises(ValueError):
        RateLimit(0, 1.0)


# -- the limiter ----------------------------------------------------------------------------------


def test_a_burst_is_paced_by_a_sliding_window() -> None:
    fake = FakeTime(0.0)
    limiter = _limiter(fake, {"op": RateLimit(3, 1.0)})
    sent = []
    for _ in range(8):
        limiter.acquire("op")
        sent.append(fake.now)
    assert sent == [0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 2.0, 2.0]
    limiter.acquire("other")  # not limited: no wait
    assert fake.now == 2.0


def test_the_margin_widens_each_window_and_idle_time_is_not_saved_up() -> None:
    fake = FakeTime(0.0)
    limiter = _limiter(fake, {"op": RateLimit(1, 1.0)}, margin=0.05)
    limiter.acquire("op")
    limiter.acquire("op")
    assert fake.now == pytest.approx(1.05)
    fake.now += 10  # idle: the next request goes at once, the one after waits a window again
    limiter.acquire("op")
    assert fake.now == pytest.approx(11.05)
    limiter.acquire("op")
    assert fake.now == pytest.approx(12.1)


def test_threads_share_one_schedule() -> None:
    fake = FakeTime(0.0)  # frozen: every thread books its slot at the same instant
    limiter = _limiter(fake, {"op": RateLimit(3, 1.0)})
    slots: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(16)

    def worker() -> None:
        barrier.wait()
        for _ in range(5):
            delay = limiter.reserve("op")
            with lock:
                slots.append(fake.now + delay)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(slots) == [float(n // 3) for n in range(80)]


@pytest.mark.anyio
async def test_tasks_share_one_schedule() -> None:
    fake = FakeTime(0.0)
    delays: list[float] = []

    async def record(seconds: float) -> None:  # frozen clock: collect the waits
        delays.append(seconds)

    limiter = RateLimiter({"op": RateLimit(2, 1.0)}, margin=0.0, clock=fake, async_sleep=record)
    async with anyio.create_task_group() as group:
        for _ in range(10):
            group.start_soon(limiter.aacquire, "op")
    assert sorted(delays) == [1.0, 1.0, 2.0, 2.0, 3.0, 3.0, 4.0, 4.0]  # two at once, then two per second


# -- the client: every attempt, page and chunk goes through the limiter ----------------------------


def _page(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params["page"])
    items = [
        {"id": f"{n:032x}", "tracking_number": f"TM{n:06d}", "carrier_code": "dhl", "status": "transit"}
        for n in (2 * page, 2 * page + 1)
    ]
    data = {"page": page, "limit": 2, "total": 6, "items": items}
    return json_response(200, json.dumps({"meta": {"code": 200}, "data": data}).encode())


def _client(
    handler: Callable[[httpx.Request], httpx.Response], limiter: RateLimiter, **options: Any
) -> AuthenticatedClient:
    transport = httpx.MockTransport(handler)
    return AuthenticatedClient(
        base_url="https://api.example/v2",
        token=API_KEY,
        httpx_args={"transport": transport},
        rate_limits=limiter,
        **options,
    )


def test_pages_of_sync_iter_are_paced_by_the_list_limit() -> None:
    fake = FakeTime(0.0)
    sent: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(fake.now)
        if request.url.path.endswith("/getuserinfo"):
            return json_response(200, envelope(200, {"email": "a@example.com", "track_number": 10}))
        return _page(request)

    with _client(handler, _limiter(fake, margin=0.05)) as client:
        assert len(list(list_trackings.sync_iter(client=client, page_size=2))) == 6
        get_user_info.sync(client=client)  # not limited
    assert sent == pytest.approx([0.0, 1.05, 2.1, 2.1])


@pytest.mark.anyio
async def test_async_pages_and_realtime_calls_are_paced() -> None:
    fake = FakeTime(0.0)
    sent: list[tuple[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append((request.url.path.rsplit("/", 1)[-1], fake.now))
        if request.url.path.endswith("/realtime"):
            return json_response(200, json.dumps({"meta": {"code": 200}, "data": {"items": []}}).encode())
        return _page(request)

    async with _client(handler, _limiter(fake)) as client:
        assert len([t async for t in list_trackings.asyncio_iter(client=client, page_size=2)]) == 6
        for _ in range(4):
            await get_realtime_tracking.asyncio(client=client, body=REALTIME)
    assert sent == [("get", 0.0), ("get", 1.0), ("get", 2.0)] + [("realtime", 2.0)] * 3 + [("realtime", 3.0)]


def test_retries_wait_for_their_turn_too() -> None:
    fake = FakeTime(0.0)
    sent: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(fake.now)
        return json_response(429, envelope(429), **{"Retry-After": "0"}) if len(sent) == 1 else _page(request)

    policy = RetryPolicy(sleep=lambda s: None, async_sleep=fake.async_sleep, random=lambda: 0.0)
    with _client(handler, _limiter(fake), retry_policy=policy, max_retries=1) as client:
        list_trackings.sync(client=client, page=1, limit=2)
    assert sent == [0.0, 1.0]  # the retry is a request of its own under the list limit


# -- against the fake and its real limits ---------------------------------------------------------


def test_no_429_from_the_fakes_real_limits_with_a_shared_fake_clock() -> None:
    """Sequential calls of both limited operations; the fake and the client read one fake clock."""
    clock = ManualClock(1_700_000_000.0)
    fake = FakeTime(0.0)
    fake.now = clock.now()

    def sleep(seconds: float) -> None:
        fake.sleep(seconds)
        clock.set(fake.now)

    app = create_app(api_key=MOCK_KEY, rate_limits=RateLimits(time=clock.now))
    limiter = RateLimiter(RATE_LIMITS, clock=clock.now, sleep=sleep)
    with (
        serve_in_thread(app) as base_url,
        AuthenticatedClient(base_url=base_url, token=MOCK_KEY, max_retries=0, rate_limits=limiter) as client,
    ):
        for _ in range(5):
            list_trackings.sync(client=client)  # max_retries=0: a 429 would raise
            for _ in range(4):
                get_realtime_tracking.sync(client=client, body=REALTIME)
    # 20 realtime calls, 3 per 1.15 s (window + default margin): the last one 6 windows later; the
    # list calls fit in between. Paced on the fake clock, never slept for real.
    assert sum(fake.slept) == pytest.approx(6 * 1.15)

    unlimited = create_app(api_key=MOCK_KEY, rate_limits=RateLimits(time=clock.now))
    with (
        serve_in_thread(unlimited) as base_url,
        AuthenticatedClient(base_url=base_url, token=MOCK_KEY, max_retries=0, rate_limits=False) as client,
    ):
        list_trackings.sync(client=client)
        with pytest.raises(errors.RateLimitError):  # without the limiter the same calls get 429
            list_trackings.sync(client=client)


def _served_with_real_limits() -> Any:
    return serve_in_thread(create_app(api_key=MOCK_KEY, rate_limits=True))


@pytest.mark.parametrize("rate_limits", [True, False])
def test_threads_of_one_client_never_get_a_429(rate_limits: bool) -> None:
    refused: list[int] = []
    with (
        _served_with_real_limits() as base_url,
        AuthenticatedClient(base_url=base_url, token=MOCK_KEY, max_retries=0, rate_limits=rate_limits) as client,
    ):

        def worker() -> None:
            for _ in range(3):
                try:
                    get_realtime_tracking.sync(client=client, body=REALTIME)
                except errors.RateLimitError as error:
                    refused.append(error.http_status or 0)

        started = time.monotonic()
        threads = [threading.Thread(target=worker) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
    if rate_limits:
        assert refused == [] and elapsed >= 2.0  # 9 calls at 3/s: slots at 0, 1.15 and 2.3 s
    else:
        assert refused  # the same threads without the limiter trip the fake's limit


@pytest.mark.anyio
async def test_tasks_of_one_async_client_never_get_a_429() -> None:
    refused: list[int] = []
    with _served_with_real_limits() as base_url:
        async with AuthenticatedClient(base_url=base_url, token=MOCK_KEY, max_retries=0) as client:

            async def call() -> None:
                try:
                    await get_realtime_tracking.asyncio(client=client, body=REALTIME)
                except errors.RateLimitError as error:
                    refused.append(error.http_status or 0)

            async with anyio.create_task_group() as group:
                for _ in range(7):
                    group.start_soon(call)
    assert refused == []
