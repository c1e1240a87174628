"""A tracking created a fraction of a second ago is listed (the default `created_at_max` is now)."""

from __future__ import annotations

import asyncio

import httpx
from trackingmore_mock import ManualClock, create_app

KEY = {"Trackingmore-Api-Key": "k"}


async def _create_then_list() -> dict[str, object]:
    clock = ManualClock(1_700_000_000.25)
    app = create_app(api_key="k", clock=clock)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock/v2", headers=KEY) as client:
        created = await client.post("/trackings/post", json={"tracking_number": "TMTRANSIT0001", "carrier_code": "ups"})
        assert created.json()["meta"]["code"] == 200
        clock.advance(0.5)  # same second, later fraction
        listed: dict[str, object] = (await client.get("/trackings/get")).json()["data"]
        return listed


def test_tracking_created_this_second_is_listed() -> None:
    listed = asyncio.run(_create_then_list())
    assert listed["total"] == 1
