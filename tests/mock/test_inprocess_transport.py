"""The in-process transport: sync and async SDK code talks to the app without a port."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from trackingmore_mock import create_app
from trackingmore_mock.testing import InProcessTransport
from trackingmore_v2 import AuthenticatedClient
from trackingmore_v2.api.trackings import create_tracking, get_tracking
from trackingmore_v2.models import CreateTrackingRequest

TEST_API_KEY = "test-api-key"  # the key of the shared apps (tests/mock/conftest.py)


BASE = "http://trackingmore-mock/v2"


@pytest.fixture
def transport() -> Iterator[InProcessTransport]:
    transport = InProcessTransport(create_app(api_key=TEST_API_KEY))
    yield transport
    transport.close()


def test_sync_sdk_without_a_port(transport: InProcessTransport) -> None:
    body = CreateTrackingRequest(tracking_number="TMDELIVERED0042", carrier_code="china-post")
    with AuthenticatedClient(base_url=BASE, token=TEST_API_KEY, httpx_args={"transport": transport}) as client:
        assert create_tracking.sync(client=client, body=body).data.status == "pending"
        tracking = get_tracking.sync("china-post", "TMDELIVERED0042", client=client).data
    assert (tracking.status, tracking.substatus) == ("delivered", "delivered001")


def test_async_sdk_with_the_same_transport(transport: InProcessTransport) -> None:
    async def main() -> str | None:
        client = AuthenticatedClient(base_url=BASE, token=TEST_API_KEY, httpx_args={"transport": transport})
        async with client:
            body = CreateTrackingRequest(tracking_number="TMPICKUP1", carrier_code="dhl")
            await create_tracking.asyncio(client=client, body=body)
            return (await get_tracking.asyncio("dhl", "TMPICKUP1", client=client)).data.status

    assert asyncio.run(main()) == "pickup"


def test_sync_calls_work_inside_a_running_event_loop(transport: InProcessTransport) -> None:
    async def main() -> int:
        with httpx.Client(transport=transport, base_url=BASE, headers={"Trackingmore-Api-Key": TEST_API_KEY}) as c:
            return int(c.get("/trackings/getuserinfo").json()["meta"]["code"])

    assert asyncio.run(main()) == 200


def test_an_error_of_the_app_propagates() -> None:
    async def broken(scope: Any, receive: Any, send: Any) -> None:
        raise RuntimeError("boom")

    with (
        httpx.Client(transport=InProcessTransport(broken), base_url=BASE) as client,
        pytest.raises(RuntimeError, match="boom"),
    ):
        client.get("/x")
