"""Fixtures of the SDK tests: clients on an httpx.MockTransport with recorded sleeps, and the fake
TrackingMore server over loopback HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from trackingmore_mock import ManualClock, create_app
from trackingmore_mock.server import serve_in_thread
from trackingmore_v2 import AuthenticatedClient, RetryPolicy

from sdk.helpers import API_KEY, BASE_URL, MOCK_API_KEY, Handler, Sleeps


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def make_client(sleeps: Sleeps) -> Iterator[Callable[..., AuthenticatedClient]]:
    """``make_client(handler, **options)``: a client whose requests go to ``handler``."""
    clients: list[AuthenticatedClient] = []

    def _make(handler: Handler, **options: Any) -> AuthenticatedClient:
        policy = RetryPolicy(sleep=sleeps, async_sleep=sleeps.async_sleep, random=lambda: 0.5)
        options.setdefault("retry_policy", policy)
        options.setdefault("token", API_KEY)
        options.setdefault("rate_limits", False)  # unit tests of other behaviour; pacing: test_ratelimit.py
        transport = httpx.MockTransport(handler)
        client = AuthenticatedClient(base_url=BASE_URL, httpx_args={"transport": transport}, **options)
        clients.append(client)
        return client

    yield _make
    for client in clients:
        client.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@dataclass
class Mock:
    app: Any
    base_url: str
    clock: ManualClock


@pytest.fixture(scope="session")
def _served_mock() -> Iterator[Mock]:
    clock = ManualClock(1_700_000_000.0)
    app = create_app(api_key=MOCK_API_KEY, clock=clock, validate_responses=True)
    with serve_in_thread(app) as base_url:
        yield Mock(app, base_url, clock)


@pytest.fixture
def mock(_served_mock: Mock) -> Mock:
    """The fake TrackingMore served over loopback HTTP, state cleared for each test."""
    _served_mock.app.mock.reset()
    _served_mock.clock.set(1_700_000_000.0)
    return _served_mock


@pytest.fixture
def mock_client(mock: Mock) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=mock.base_url, token=MOCK_API_KEY, max_retries=0) as client:
        yield client
