"""The pytest plugin of trackingmore-mock (loaded by pytest through the `pytest11` entry point).

Fixtures:
- `trackingmore_mock`: the fake in-process (no port), state reset and clock set back to `START`
  for each test. `.transport` is an httpx transport for sync and async clients alike, `.base_url`
  the URL to pair it with; `.clock`, `.advance()`, `.faults`, `.webhooks`, `.requests()` control it.
- `trackingmore_mock_server`: the same app served on a free loopback port for the session
  (`.base_url` = `http://127.0.0.1:PORT/v2`, `.control_url`), reset for each test, same controls.

Options (ini): `trackingmore_mock_api_key`, `trackingmore_mock_seed`,
`trackingmore_mock_validate_responses`. The marker `@pytest.mark.trackingmore_mock(quota=5, ...)`
gives one test a fresh app built with those `create_app` options.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from .app import create_app
from .clock import ManualClock
from .inprocess import InProcessTransport
from .receiver import WebhookReceiver
from .server import serve_in_thread

START = 1_700_000_000.0  # 2023-11-14 22:13:20 UTC: where the clock stands at the start of each test
DEFAULT_API_KEY = "trackingmore-mock-test-key"
IN_PROCESS_BASE_URL = "http://trackingmore-mock/v2"
KEY_HEADER = "Trackingmore-Api-Key"
MARKER = "trackingmore_mock"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("trackingmore_mock_api_key", "API key the fake accepts (fixtures)", default=DEFAULT_API_KEY)
    parser.addini("trackingmore_mock_seed", "seed of the fake's simulated shipments", default="0")
    parser.addini(
        "trackingmore_mock_validate_responses", "check every answer of the fake against the spec", type="bool"
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{MARKER}(**options): a fresh fake built with these create_app options")


class MockControls:
    """The fake of one test and its controls (what both fixtures give)."""

    def __init__(self, app: Any, clock: ManualClock, api_key: str, base_url: str, transport: Any | None) -> None:
        self.app = app
        self.clock = clock
        self.api_key = api_key
        self.base_url = base_url  # ends in /v2
        self.transport = transport  # an httpx transport (in-process), or None over real HTTP
        self._cleanups: contextlib.ExitStack = contextlib.ExitStack()

    @property
    def backend(self) -> Any:
        return self.app.mock

    @property
    def faults(self) -> Any:
        """`faults.add("rate-limit", operation="listTrackings", times=1)`, `faults.add_spec("html,times=1")`."""
        return self.app.mock.faults

    @property
    def webhooks(self) -> Any:
        return self.app.mock.webhooks

    @property
    def journal(self) -> Any:
        return self.app.mock.journal

    @property
    def latency(self) -> Any:
        return self.app.mock.latency

    @property
    def store(self) -> Any:
        return self.app.mock.store

    @property
    def headers(self) -> dict[str, str]:
        return {KEY_HEADER: self.api_key}

    def reset(self) -> None:
        """Forget all state (trackings, quota, faults, journal, webhooks) and set the clock to START."""
        self.app.mock.reset()
        self.clock.set(START)

    def advance(self, seconds: float = 0.0, *, minutes: float = 0.0, hours: float = 0.0, days: float = 0.0) -> float:
        """Move the mock clock forward; webhooks for the status changes it causes are sent."""
        now = self.clock.advance(seconds + 60 * minutes + 3600 * hours + 86400 * days)
        self.app.mock.webhooks.notify()
        return now

    def requests(self, operation: str | None = None) -> list[dict[str, Any]]:
        """The journal: what clients sent (oldest first, key redacted), optionally for one operationId."""
        return [entry.to_dict() for entry in self.app.mock.journal.entries(operation=operation)]

    def client(self, **kwargs: Any) -> httpx.Client:
        """A raw httpx client with the key set, closed after the test."""
        if self.transport is not None:
            kwargs.setdefault("transport", self.transport)
        client = httpx.Client(base_url=self.base_url, headers=self.headers, **kwargs)
        self._cleanups.callback(client.close)
        return client

    def sdk_options(self) -> dict[str, Any]:
        """Keyword arguments for an SDK client: `AuthenticatedClient(**mock.sdk_options())`."""
        options: dict[str, Any] = {"base_url": self.base_url, "token": self.api_key}
        if self.transport is not None:
            options["httpx_args"] = {"transport": self.transport}
        return options

    def webhook_receiver(
        self, *, fail_first: int = 0, email: str | None = None, retry_delays: tuple[float, ...] | None = None
    ) -> WebhookReceiver:
        """Start a loopback receiver, subscribe it (signed with `email`, default the account's), stop it after."""
        receiver = self._cleanups.enter_context(WebhookReceiver(fail_first=fail_first))
        self.webhooks.subscribe(receiver.url, email, retry_delays=retry_delays)
        return receiver

    def close(self) -> None:
        self._cleanups.close()
        self._cleanups = contextlib.ExitStack()


def _options(config: pytest.Config) -> dict[str, Any]:
    return {
        "api_key": str(config.getini("trackingmore_mock_api_key")),
        "seed": int(config.getini("trackingmore_mock_seed")),
        "validate_responses": bool(config.getini("trackingmore_mock_validate_responses")),
    }


def _build(options: dict[str, Any]) -> tuple[Any, ManualClock]:
    clock = ManualClock(START)
    return create_app(clock=clock, **options), clock


@pytest.fixture(scope="session")
def _trackingmore_mock_session(pytestconfig: pytest.Config) -> Iterator[MockControls]:
    options = _options(pytestconfig)
    app, clock = _build(options)
    transport = InProcessTransport(app)
    controls = MockControls(app, clock, options["api_key"], IN_PROCESS_BASE_URL, transport)
    yield controls
    transport.close()
    app.mock.webhooks.close()


@pytest.fixture(scope="session")
def _trackingmore_mock_served(_trackingmore_mock_session: MockControls) -> Iterator[str]:
    with serve_in_thread(_trackingmore_mock_session.app) as base_url:
        yield base_url


def _marked(request: pytest.FixtureRequest) -> dict[str, Any] | None:
    marker = request.node.get_closest_marker(MARKER)
    if marker is None:
        return None
    return {**_options(request.config), **marker.kwargs}


@pytest.fixture
def trackingmore_mock(
    request: pytest.FixtureRequest, _trackingmore_mock_session: MockControls
) -> Iterator[MockControls]:
    """The fake in-process: `AuthenticatedClient(**trackingmore_mock.sdk_options())` talks to it without a port."""
    options = _marked(request)
    if options is None:
        controls = _trackingmore_mock_session
        controls.reset()
        yield controls
        controls.close()
        return
    app, clock = _build(options)
    transport = InProcessTransport(app)
    controls = MockControls(app, clock, options["api_key"], IN_PROCESS_BASE_URL, transport)
    yield controls
    controls.close()
    transport.close()
    app.mock.webhooks.close()


@pytest.fixture
def trackingmore_mock_server(
    request: pytest.FixtureRequest, _trackingmore_mock_session: MockControls
) -> Iterator[ServedControls]:
    """The fake served on 127.0.0.1: `.base_url` (ends in /v2), `.control_url`, and the same controls."""
    options = _marked(request)
    if options is None:
        base_url = request.getfixturevalue("_trackingmore_mock_served")
        session = _trackingmore_mock_session
        controls = ServedControls(session.app, session.clock, session.api_key, base_url)
        controls.reset()
        yield controls
        controls.close()
        return
    app, clock = _build(options)
    with serve_in_thread(app) as base_url:
        controls = ServedControls(app, clock, options["api_key"], base_url)
        yield controls
        controls.close()
    app.mock.webhooks.close()


class ServedControls(MockControls):
    def __init__(self, app: Any, clock: ManualClock, api_key: str, base_url: str) -> None:
        super().__init__(app, clock, api_key, base_url, transport=None)
        self.control_url = base_url.rsplit("/v2", 1)[0] + "/_mock"
