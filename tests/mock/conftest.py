"""Fixtures of the fake TrackingMore server for the tests under tests/mock.

- `mock_clock`: the ManualClock of the shared app, set back to `START` before each test.
- `mock_app`: a shared in-process app (api key `TEST_API_KEY`, responses validated against the
  spec), reset before each test.
- `mock_server`: the same app served by uvicorn on a free 127.0.0.1 port in a thread
  (`trackingmore_mock.server.serve_in_thread`) for the whole session; `mock_server.base_url` ends
  in `/v2`.
- `serve`: serves any other app (e.g. with a small quota) for the duration of one test.
- `transport` / `api`: `api` is a keyed client of the shared app; through `transport` every test
  using it runs twice, in-process (`asgi`) and over real HTTP (`http`).
- `make_client`: a client for any app (in-process) or served base URL; closed after the test.
- `create`: creates a tracking through `api`; `mock_api_key`: the accepted key.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from trackingmore_mock import ManualClock, create_app
from trackingmore_mock.server import serve_in_thread
from trackingmore_mock.testing import InProcessClient

TEST_API_KEY = "test-api-key"
START = 1_700_000_000.0  # 2023-11-14 22:13:20 UTC
KEY_HEADER = "Trackingmore-Api-Key"


@dataclass
class ServedMock:
    app: Any
    base_url: str


@pytest.fixture(scope="session")
def _session_clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def mock_clock(_session_clock: ManualClock) -> ManualClock:
    _session_clock.set(START)
    return _session_clock


@pytest.fixture(scope="session")
def _session_app(_session_clock: ManualClock) -> Any:
    return create_app(api_key=TEST_API_KEY, clock=_session_clock, validate_responses=True)


@pytest.fixture
def mock_app(_session_app: Any, mock_clock: ManualClock) -> Any:
    _session_app.mock.reset()
    return _session_app


@pytest.fixture(scope="session")
def _session_server(_session_app: Any) -> Iterator[ServedMock]:
    with serve_in_thread(_session_app) as base_url:
        yield ServedMock(_session_app, base_url)


@pytest.fixture
def mock_server(_session_server: ServedMock, mock_app: Any) -> ServedMock:
    return _session_server


@pytest.fixture
def serve() -> Iterator[Callable[[Any], ServedMock]]:
    with contextlib.ExitStack() as stack:

        def _serve(app: Any) -> ServedMock:
            return ServedMock(app, stack.enter_context(serve_in_thread(app)))

        yield _serve


Client = InProcessClient | httpx.Client


@pytest.fixture
def make_client() -> Iterator[Callable[..., Client]]:
    clients: list[Client] = []

    def _make(target: Any, api_key: str | None = TEST_API_KEY) -> Client:
        headers = {KEY_HEADER: api_key} if api_key is not None else {}
        client: Client
        if isinstance(target, str):
            client = httpx.Client(base_url=target, headers=headers, timeout=10)
        else:
            client = InProcessClient(target, headers=headers)
        clients.append(client)
        return client

    yield _make
    for client in clients:
        client.close()


@pytest.fixture(params=["asgi", "http"])
def transport(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def api(transport: str, mock_app: Any, make_client: Callable[..., Client], request: pytest.FixtureRequest) -> Client:
    """A keyed client of the shared mock: in-process for `asgi`, over loopback HTTP for `http`."""
    if transport == "http":
        served: ServedMock = request.getfixturevalue("mock_server")
        return make_client(served.base_url)
    return make_client(mock_app)


@pytest.fixture
def mock_api_key() -> str:
    """The key the shared apps accept."""
    return TEST_API_KEY


@pytest.fixture
def create(api: Client) -> Callable[..., dict[str, Any]]:
    """Create a tracking through the API and return the answer's JSON."""

    def _create(number: str, carrier: str = "china-post", **fields: Any) -> dict[str, Any]:
        body = {"tracking_number": number, "carrier_code": carrier, **fields}
        answer: dict[str, Any] = api.post("/trackings/post", json=body).json()
        return answer

    return _create
