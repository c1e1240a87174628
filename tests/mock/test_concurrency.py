"""Concurrent writes lose nothing: N distinct creates give N trackings, N identical give 1 + (N-1) x 4016."""

from __future__ import annotations

import asyncio
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

N = 64


async def _in_process(app: Any, key: str, bodies: list[dict[str, str]]) -> list[int]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://mock/v2", headers={"Trackingmore-Api-Key": key}
    ) as client:
        answers = await asyncio.gather(*(client.post("/trackings/post", json=body) for body in bodies))
    return [answer.json()["meta"]["code"] for answer in answers]


def _over_http(base_url: str, key: str, bodies: list[dict[str, str]]) -> list[int]:
    # One thread-safe client with a connection per worker: 16 requests in flight at a time.
    limits = httpx.Limits(max_connections=16)
    with httpx.Client(base_url=base_url, headers={"Trackingmore-Api-Key": key}, limits=limits) as client:

        def post(body: dict[str, str]) -> int:
            code: int = client.post("/trackings/post", json=body).json()["meta"]["code"]
            return code

        with ThreadPoolExecutor(max_workers=16) as pool:
            return list(pool.map(post, bodies))


def _run(transport: str, app: Any, server: Any, key: str, bodies: list[dict[str, str]]) -> list[int]:
    if transport == "http":
        return _over_http(server.base_url, key, bodies)
    return asyncio.run(_in_process(app, key, bodies))


def _total(app: Any) -> int:
    return len(app.mock.store)


def test_distinct_concurrent_creates_all_land(transport: str, mock_app: Any, mock_server: Any,
                                               mock_api_key: str) -> None:  # fmt: skip
    bodies = [{"tracking_number": f"TMTRANSIT{i:04d}", "carrier_code": "dhl"} for i in range(N)]
    codes = _run(transport, mock_app, mock_server, mock_api_key, bodies)
    assert codes == [200] * N
    assert _total(mock_app) == N
    assert mock_app.mock.store.remaining == 10_000 - N


def test_identical_concurrent_creates_one_wins(transport: str, mock_app: Any, mock_server: Any,
                                               mock_api_key: str) -> None:  # fmt: skip
    bodies = [{"tracking_number": "TMTRANSIT0001", "carrier_code": "dhl"}] * N
    codes = Counter(_run(transport, mock_app, mock_server, mock_api_key, bodies))
    assert codes == Counter({200: 1, 4016: N - 1})
    assert _total(mock_app) == 1


def test_concurrent_batches_and_deletes_stay_consistent(mock_app: Any, mock_api_key: str) -> None:
    async def scenario() -> None:
        transport = httpx.ASGITransport(app=mock_app)
        headers = {"Trackingmore-Api-Key": mock_api_key}
        async with httpx.AsyncClient(transport=transport, base_url="http://mock/v2", headers=headers) as client:
            batches = [
                [{"tracking_number": f"TMPENDING{b:02d}{i:02d}", "carrier_code": "ups"} for i in range(40)]
                for b in range(8)
            ]
            answers = await asyncio.gather(*(client.post("/trackings/batch", json=batch) for batch in batches))
            assert sum(a.json()["data"]["added"] for a in answers) == 320
            deletes = [
                client.delete(f"/trackings/ups/TMPENDING{b:02d}{i:02d}") for b in range(8) for i in range(0, 40, 2)
            ]
            codes = [d.json()["meta"]["code"] for d in await asyncio.gather(*deletes)]
            assert codes == [200] * 160
            listed = (await client.get("/trackings/get", params={"limit": 2000})).json()["data"]
            assert listed["total"] == 160 == len({item["tracking_number"] for item in listed["items"]})

    asyncio.run(scenario())
