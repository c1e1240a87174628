"""Fault injection: SPEC parsing, which calls fire (deterministic under the seed), what each kind does,
in-process and over loopback HTTP."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from trackingmore_mock import create_app
from trackingmore_mock.faults import Faults, parse_spec
from trackingmore_mock.latency import Latency, LatencyRange
from trackingmore_mock.testing import InProcessTransport

KEY_HEADER = "Trackingmore-Api-Key"
TEST_API_KEY = "test-api-key"  # the key of the shared apps (tests/mock/conftest.py)


Client = Any


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("429", {"kind": "rate-limit"}),
        ("429,op=listTrackings,every=2,times=1,retry_after=3", {
            "kind": "rate-limit", "operation": "listTrackings", "every": 2, "times": 1, "retry_after": 3,
        }),
        ("502", {"kind": "status", "status": 502}),
        ("status=503,p=0.25", {"kind": "status", "status": 503, "probability": 0.25}),
        ("meta=4021,op=createTracking|batchCreateTrackings", {
            "kind": "meta", "code": 4021, "operation": "createTracking|batchCreateTrackings",
        }),
        ("html", {"kind": "html"}),
        ("latency=100-200", {"kind": "latency", "latency": "100-200"}),
        (" close , times = 2 ", {"kind": "close", "times": 2}),
        ("hang,op=getTracking", {"kind": "hang", "operation": "getTracking"}),
    ],
)  # fmt: skip
def test_spec_strings(spec: str, expected: dict[str, Any]) -> None:
    assert parse_spec(spec) == expected
    Faults().add_spec(spec)  # and each is a valid fault


@pytest.mark.parametrize(
    "spec", ["", "teapot", "html=abc", "close=1", "429,every", "429,colour=red", "meta", "status=200", "latency"]
)
def test_bad_spec_strings_say_why(spec: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        Faults().add_spec(spec)


def fired(faults: Faults, operation: str, calls: int) -> list[int]:
    return [n for n in range(1, calls + 1) if any(a.kind != "latency" for a in faults.pick(operation))]


def test_every_nth_call_at_most_times() -> None:
    faults = Faults()
    faults.add("status", operation="getTracking", every=3, times=2)
    assert fired(faults, "getTracking", 12) == [3, 6]
    assert fired(faults, "listTrackings", 5) == []


def test_probability_is_deterministic_under_the_seed() -> None:
    def pattern(seed: int) -> list[int]:
        faults = Faults(seed=seed)
        faults.add("status", probability=0.3)
        return fired(faults, "getTracking", 200)

    first = pattern(7)
    assert first == pattern(7)
    assert first != pattern(8)
    assert 30 < len(first) < 90  # about 0.3 of 200


def test_only_the_first_answering_fault_fires_and_latency_adds_up() -> None:
    faults = Faults()
    faults.add("latency", latency=10)
    faults.add("meta", code=4021)
    faults.add("status", status=500)
    faults.add("latency", latency="20-20")
    actions = faults.pick("getUserInfo")
    assert [(a.kind, a.delay) for a in actions] == [("latency", 0.01), ("meta", 0.0), ("latency", 0.02)]
    assert [f.calls for f in faults.list()] == [1, 1, 0, 1]


def test_global_latency_range_is_deterministic() -> None:
    draws = [Latency("100-200", seed=3).draw() for _ in range(1)]
    one, two = Latency("100-200", seed=3), Latency("100-200", seed=3)
    sequence = [one.draw() for _ in range(50)]
    assert sequence == [two.draw() for _ in range(50)]
    assert all(0.1 <= d <= 0.2 for d in sequence) and len(set(sequence)) > 40
    assert draws[0] == sequence[0]
    assert Latency(150).draw() == 0.15 and Latency(None).draw() == 0.0
    assert LatencyRange.parse("100-200ms") == LatencyRange(100, 200)
    with pytest.raises(ValueError, match="MIN-MAX"):
        LatencyRange.parse("1-2-3")


@pytest.fixture
def faulted(mock_app: Any) -> Any:
    return mock_app.mock.faults


def test_rate_limit_fault_is_a_real_429_with_retry_after(api: Client, faulted: Faults) -> None:
    faulted.add("rate-limit", operation="getUserInfo", retry_after=5, times=1)
    answer = api.get("/trackings/getuserinfo")
    assert (answer.status_code, answer.headers["Retry-After"], answer.json()["meta"]["code"]) == (429, "5", 429)
    assert api.get("/trackings/getuserinfo").status_code == 200


@pytest.mark.parametrize("status", [500, 502, 503])
def test_status_fault_answers_the_envelope(api: Client, faulted: Faults, status: int) -> None:
    faulted.add("status", status=status)
    answer = api.get("/trackings/getuserinfo")
    assert answer.status_code == status
    assert answer.json()["meta"]["code"] == status


def test_meta_fault_is_http_200_with_the_code(api: Client, faulted: Faults) -> None:
    faulted.add("meta", code=4021, operation="createTracking")
    answer = api.post("/trackings/post", json={"tracking_number": "TMPENDING1", "carrier_code": "dhl"})
    assert (answer.status_code, answer.json()["meta"]["code"], answer.json()["data"]) == (200, 4021, [])


def test_html_fault_is_a_proxy_page(api: Client, faulted: Faults) -> None:
    faulted.add_spec("html")
    answer = api.get("/trackings/getuserinfo")
    assert answer.status_code == 502
    assert answer.headers["content-type"] == "text/html"
    assert answer.text.startswith("<html>") and "502 Bad Gateway" in answer.text


def test_a_faulted_call_changes_nothing(api: Client, faulted: Faults, mock_app: Any) -> None:
    faulted.add("status", status=500, operation="createTracking", times=1)
    body = {"tracking_number": "TMPENDING1", "carrier_code": "dhl"}
    assert api.post("/trackings/post", json=body).status_code == 500
    assert len(mock_app.mock.store) == 0
    assert api.post("/trackings/post", json=body).json()["meta"]["code"] == 200
    assert [e.body for e in mock_app.mock.journal.entries()] == [body, body]
    assert [e.fault for e in mock_app.mock.journal.entries()] == ["f1", None]


def test_faults_apply_to_spec_operations_only(api: Client, faulted: Faults) -> None:
    faulted.add("status", status=503)
    assert api.get("/nowhere").status_code == 404


@pytest.fixture
def http_client(mock_server: Any) -> Any:
    with httpx.Client(base_url=mock_server.base_url, headers={KEY_HEADER: TEST_API_KEY}, timeout=2) as client:
        yield client


@pytest.fixture
def inprocess_client(mock_app: Any) -> Any:
    transport = InProcessTransport(mock_app)
    with httpx.Client(transport=transport, base_url="http://mock/v2", headers={KEY_HEADER: TEST_API_KEY}) as client:
        yield client


@pytest.mark.parametrize("where", ["http_client", "inprocess_client"])
def test_close_cuts_the_body(where: str, request: pytest.FixtureRequest, faulted: Faults) -> None:
    client = request.getfixturevalue(where)
    faulted.add("close", operation="getUserInfo", times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/trackings/getuserinfo")
    assert client.get("/trackings/getuserinfo").json()["meta"]["code"] == 200


@pytest.mark.parametrize("where", ["http_client", "inprocess_client"])
def test_hang_never_completes(where: str, request: pytest.FixtureRequest, faulted: Faults) -> None:
    client = request.getfixturevalue(where)
    faulted.add("hang", operation="getUserInfo", times=1)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        client.get("/trackings/getuserinfo", timeout=httpx.Timeout(5, read=0.3))
    assert time.monotonic() - started < 4  # ended by the client's read timeout, not by the server
    assert client.get("/trackings/getuserinfo").json()["meta"]["code"] == 200


def test_latency_fault_delays_then_serves(api: Client, faulted: Faults, mock_app: Any) -> None:
    faulted.add("latency", latency=50, operation="getUserInfo", times=1)
    started = time.monotonic()
    assert api.get("/trackings/getuserinfo").json()["meta"]["code"] == 200
    assert time.monotonic() - started >= 0.05
    assert mock_app.mock.journal.entries()[-1].fault == "f1"


def test_create_app_takes_faults_and_latency(make_client: Callable[..., Any]) -> None:
    app = create_app(api_key=TEST_API_KEY, faults=["meta=4001,times=1"], latency=30)
    client = make_client(app)
    started = time.monotonic()
    assert client.get("/trackings/getuserinfo").json()["meta"]["code"] == 4001
    assert client.get("/trackings/getuserinfo").json()["meta"]["code"] == 200
    assert time.monotonic() - started >= 0.06
    assert app.mock.latency.to_dict() == {"min_ms": 30.0, "max_ms": 30.0}
    with pytest.raises(ValueError, match="teapot"):
        create_app(faults=["teapot"])
