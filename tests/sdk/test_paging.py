"""sync_iter/asyncio_iter walk every page of listTrackings and keep to the list rate limit."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
import pytest
from trackingmore_v2 import AuthenticatedClient, PageSpacing, errors
from trackingmore_v2.api.trackings import list_trackings
from trackingmore_v2.models import StatusFilter

from sdk.helpers import Sleeps, envelope, json_response

MakeClient = Callable[..., AuthenticatedClient]


def tracking(n: int) -> dict[str, object]:
    return {"id": f"{n:032x}", "tracking_number": f"TM{n:06d}", "carrier_code": "dhl", "status": "transit"}


@dataclass
class Pages:
    """A fake list endpoint over ``total`` trackings, recording the query of each request."""

    total: int
    report_total: bool = True
    queries: list[dict[str, str]] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        query = dict(request.url.params)
        self.queries.append(query)
        page, limit = int(query["page"]), int(query["limit"])
        items = [tracking(n) for n in range((page - 1) * limit, min(page * limit, self.total))]
        data = {"page": page, "limit": limit, "total": self.total if self.report_total else -1, "items": items}
        if not self.report_total:
            del data["total"]
        return httpx.Response(200, content=json.dumps({"meta": {"code": 200}, "data": data}).encode())


@dataclass
class FakeClock:
    now: float = 100.0

    def __call__(self) -> float:
        return self.now


def spacing_for(clock: FakeClock, sleeps: Sleeps) -> PageSpacing:
    def sleep(seconds: float) -> None:
        sleeps(seconds)
        clock.now += seconds

    return PageSpacing(clock=clock, sleep=sleep, async_sleep=sleeps.async_sleep)


def test_iterates_every_item_over_several_pages_with_filters(make_client: MakeClient, sleeps: Sleeps) -> None:
    pages = Pages(total=5)
    client = make_client(pages)
    clock = FakeClock()

    numbers = [
        t.tracking_number
        for t in list_trackings.sync_iter(
            client=client, status=StatusFilter.TRANSIT, page_size=2, spacing=spacing_for(clock, sleeps)
        )
    ]

    assert numbers == [f"TM{n:06d}" for n in range(5)]
    assert [(q["page"], q["limit"], q["status"]) for q in pages.queries] == [
        ("1", "2", "transit"),
        ("2", "2", "transit"),
        ("3", "2", "transit"),
    ]
    # One list request per second: the clock did not move between pages, so each waited 1 s.
    assert sleeps.delays == [1.0, 1.0]


def test_no_wait_when_the_caller_is_slower_than_the_rate_limit(make_client: MakeClient, sleeps: Sleeps) -> None:
    clock = FakeClock()
    spacing = spacing_for(clock, sleeps)
    iterator = list_trackings.sync_iter(client=make_client(Pages(total=4)), page_size=2, spacing=spacing)

    first = [next(iterator), next(iterator)]
    clock.now += 5  # the caller spends 5 s on the first page
    rest = list(iterator)

    assert len(first + rest) == 4
    assert sleeps.delays == []


def test_default_page_size_is_the_api_maximum(make_client: MakeClient) -> None:
    pages = Pages(total=3)

    items = list(list_trackings.sync_iter(client=make_client(pages), spacing=PageSpacing(min_interval=0)))

    assert len(items) == 3
    assert pages.queries == [{"page": "1", "limit": "2000"}]


def test_without_a_total_a_short_page_ends_the_walk(make_client: MakeClient) -> None:
    pages = Pages(total=4, report_total=False)
    # The spec requires total; a server that omits it makes the page unparseable: an error, not a loop.
    with pytest.raises(errors.InvalidResponseError):
        list(list_trackings.sync_iter(client=make_client(pages), page_size=2, spacing=PageSpacing(min_interval=0)))


def test_an_exact_multiple_stops_on_the_total_without_an_extra_request(make_client: MakeClient) -> None:
    pages = Pages(total=4)

    items = list(list_trackings.sync_iter(client=make_client(pages), page_size=2, spacing=PageSpacing(min_interval=0)))

    assert len(items) == 4
    assert len(pages.queries) == 2


def test_empty_result_is_one_request(make_client: MakeClient) -> None:
    pages = Pages(total=0)

    assert list(list_trackings.sync_iter(client=make_client(pages), spacing=PageSpacing(min_interval=0))) == []
    assert len(pages.queries) == 1


def test_a_failing_page_raises_the_typed_error(make_client: MakeClient) -> None:
    client = make_client(lambda request: json_response(200, envelope(4021, message="no credit")))

    with pytest.raises(errors.QuotaExceededError):
        next(list_trackings.sync_iter(client=client))


@pytest.mark.anyio
async def test_async_iteration_over_several_pages(make_client: MakeClient, sleeps: Sleeps) -> None:
    pages = Pages(total=5)
    client = make_client(pages)

    spacing = spacing_for(FakeClock(), sleeps)
    items = [t async for t in list_trackings.asyncio_iter(client=client, page_size=2, spacing=spacing)]

    assert [t.tracking_number for t in items] == [f"TM{n:06d}" for n in range(5)]
    assert len(pages.queries) == 3
    assert sleeps.delays == [1.0, 1.0]
    await client.aclose()
