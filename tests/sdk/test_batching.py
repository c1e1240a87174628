"""sync_batch/asyncio_batch: any number of items, chunks of at most 40, merged results and errors."""

from __future__ import annotations

import json
from collections.abc import Callable

import anyio
import httpx
import pytest
from trackingmore_v2 import AuthenticatedClient, errors
from trackingmore_v2.api.batch import batch_create_trackings, batch_delete_trackings, stop_updating_trackings
from trackingmore_v2.models import CreateTrackingRequest, TrackingKey

from sdk.helpers import envelope, json_response

MakeClient = Callable[..., AuthenticatedClient]


def items(count: int) -> list[CreateTrackingRequest]:
    return [CreateTrackingRequest(tracking_number=f"TM{n:05d}", carrier_code="dhl") for n in range(count)]


class FakeBatchCreate:
    """Creates every item whose number is not divisible by 7; those come back as per-item 4016 errors."""

    def __init__(self) -> None:
        self.chunk_sizes: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        assert len(body) <= 40
        self.chunk_sizes.append(len(body))
        created = [i for i in body if int(i["tracking_number"][2:]) % 7]
        failed = [i for i in body if not int(i["tracking_number"][2:]) % 7]
        data = {
            "submitted": len(body),
            "added": len(created),
            "trackings": [{**i, "id": f"{n:032x}", "status": "pending"} for n, i in enumerate(created)],
            "errors": [{**i, "code": 4016, "message": "Tracking already exists."} for i in failed],
        }
        return json_response(200, envelope(201 if not failed else 202, data))


@pytest.mark.parametrize(("count", "chunks"), [(1, [1]), (40, [40]), (41, [40, 1]), (1000, [40] * 25)])
def test_any_number_of_items_is_chunked_and_merged(make_client: MakeClient, count: int, chunks: list[int]) -> None:
    server = FakeBatchCreate()

    result = batch_create_trackings.sync_batch(client=make_client(server), body=items(count))

    assert server.chunk_sizes == chunks
    assert result.ok
    assert result.data is not None
    duplicates = len([n for n in range(count) if n % 7 == 0])
    assert result.data.submitted == count
    assert result.data.added == count - duplicates
    assert [t.tracking_number for t in result.data.trackings] == [f"TM{n:05d}" for n in range(count) if n % 7]
    assert len(result.data.errors) == duplicates
    assert {e.code for e in result.data.errors} == {4016}
    assert len(result.chunks) == len(chunks)


def test_a_failing_chunk_is_reported_and_the_others_still_go(make_client: MakeClient) -> None:
    server = FakeBatchCreate()
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 2:
            return json_response(200, envelope(4021, message="no credit"))
        return server(request)

    result = batch_create_trackings.sync_batch(client=make_client(handler, max_retries=0), body=items(100))

    assert not result.ok
    assert [f.index for f in result.failures] == [1]
    assert isinstance(result.failures[0].error, errors.QuotaExceededError)
    assert [i.tracking_number for i in result.failures[0].items] == [f"TM{n:05d}" for n in range(40, 80)]
    assert result.data is not None and result.data.submitted == 60
    with pytest.raises(errors.QuotaExceededError):
        result.raise_on_failure()


def test_chunk_size_is_bounded_by_the_api_limit(make_client: MakeClient) -> None:
    with pytest.raises(ValueError, match="between 1 and 40"):
        batch_create_trackings.sync_batch(client=make_client(FakeBatchCreate()), body=items(3), chunk_size=41)


def test_other_batch_shapes_merge_too(make_client: MakeClient) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        data = {"submitted": len(body), "change": len(body), "trackings": body}
        return json_response(200, envelope(200, data))

    keys = [TrackingKey(tracking_number=f"N{n}", carrier_code="ups") for n in range(45)]
    result = stop_updating_trackings.sync_batch(client=make_client(handler), body=keys)

    assert result.data is not None
    assert (result.data.submitted, result.data.change, len(result.data.trackings)) == (45, 45, 45)


def test_all_chunks_failing_gives_no_data(make_client: MakeClient) -> None:
    client = make_client(lambda request: json_response(200, envelope(4001)), max_retries=0)
    keys = [TrackingKey(tracking_number="N", carrier_code="ups")] * 3

    result = batch_delete_trackings.sync_batch(client=client, body=keys)

    assert result.data is None
    assert len(result.failures) == 1


@pytest.mark.anyio
async def test_async_batches_run_concurrently_but_bounded(make_client: MakeClient) -> None:
    server = FakeBatchCreate()
    in_flight = peak = 0

    class SlowTransport(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            nonlocal in_flight, peak
            in_flight += 1
            peak = max(peak, in_flight)
            await anyio.sleep(0)  # let the other chunk tasks start
            await anyio.sleep(0)
            in_flight -= 1
            await request.aread()
            return server(request)

    client = AuthenticatedClient(token="k", base_url="https://x.test/v2", httpx_args={"transport": SlowTransport()})

    result = await batch_create_trackings.asyncio_batch(client=client, body=items(1000), max_concurrency=3)

    assert result.ok and result.data is not None
    assert result.data.submitted == 1000
    # Merged in input order although chunks finished in any order.
    assert [t.tracking_number for t in result.data.trackings] == [f"TM{n:05d}" for n in range(1000) if n % 7]
    assert 1 < peak <= 3
    await client.aclose()
