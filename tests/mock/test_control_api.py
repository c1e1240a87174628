"""The control API under /_mock/: its own OpenAPI document, the same key, every endpoint."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from openapi_spec_validator import validate
from trackingmore_mock import ManualClock, control, create_app
from trackingmore_mock.testing import InProcessClient

KEY_HEADER = "Trackingmore-Api-Key"
TEST_API_KEY = "test-api-key"  # the key of the shared apps (tests/mock/conftest.py)


Client = InProcessClient | httpx.Client


@pytest.fixture
def ctl(transport: str, mock_app: Any, make_client: Callable[..., Client], request: pytest.FixtureRequest) -> Client:
    """A keyed client of the shared app's root (the control API is outside /v2)."""
    if transport == "http":
        base = request.getfixturevalue("mock_server").base_url.removesuffix("/v2")
        return make_client(base)
    client = InProcessClient(mock_app, base_url="http://mock", headers={KEY_HEADER: TEST_API_KEY})
    request.addfinalizer(client.close)
    return client


def data(response: httpx.Response) -> Any:
    document = response.json()
    assert set(document) == {"meta", "data"}
    return document["data"]


def test_document_is_valid_openapi_and_every_operation_has_a_handler() -> None:
    document = control.document()
    validate(document)
    operation_ids = {op["operationId"] for item in document["paths"].values() for op in item.values()}
    app = create_app(api_key="k")
    middleware = control.ControlMiddleware(app, app.mock, lambda key: None, KEY_HEADER)
    assert set(middleware.handlers) == operation_ids


def test_document_is_served_without_key(ctl: Client) -> None:
    answer = ctl.get("/_mock/openapi.json", headers={KEY_HEADER: ""})
    assert answer.status_code == 200
    assert answer.json() == control.document()


@pytest.mark.parametrize(("key", "code"), [(None, 401), ("wrong-key", 4001)])
def test_the_same_key_protects_it(ctl: Client, key: str | None, code: int) -> None:
    headers = {KEY_HEADER: key} if key else {KEY_HEADER: ""}
    answer = ctl.post("/_mock/reset", headers=headers)
    assert answer.status_code == 401
    assert answer.json()["meta"]["code"] == code


def test_unknown_path_and_wrong_method(ctl: Client) -> None:
    missing = ctl.get("/_mock/nothing")
    assert (missing.status_code, missing.json()["meta"]["code"]) == (404, 404)
    wrong = ctl.put("/_mock/clock", json={})
    assert wrong.status_code == 405
    assert wrong.headers["Allow"] == "GET, POST"


def test_a_body_the_document_refuses_is_a_400_naming_the_field(ctl: Client) -> None:
    answer = ctl.post("/_mock/clock", json={"advance": -5})
    assert answer.status_code == 400
    assert answer.json()["meta"]["code"] == 4012
    assert "advance" in answer.json()["meta"]["message"]
    assert ctl.post("/_mock/clock", content=b"{not json").status_code == 400
    assert ctl.post("/_mock/webhooks", json={"url": "ftp://x"}).status_code == 400


def test_reset_forgets_trackings_and_faults(ctl: Client, api: Client, create: Callable[..., Any]) -> None:
    assert create("TMDELIVERED001")["meta"]["code"] == 200
    ctl.post("/_mock/faults", json={"spec": "500,op=getUserInfo"})
    assert data(ctl.post("/_mock/reset"))["reset"] is True
    assert api.get("/trackings/china-post/TMDELIVERED001").json()["meta"]["code"] == 4031
    assert data(ctl.get("/_mock/faults")) == []
    assert api.get("/trackings/getuserinfo").status_code == 200


def test_clock_read_advance_set(ctl: Client, mock_clock: ManualClock) -> None:
    start = data(ctl.get("/_mock/clock"))["now"]
    assert start == mock_clock.now()
    assert data(ctl.post("/_mock/clock", json={"advance": 3600}))["now"] == start + 3600
    moved = data(ctl.post("/_mock/clock", json={"set": 1_800_000_000}))
    assert moved["now"] == 1_800_000_000 == mock_clock.now()
    assert moved["iso"].startswith("2027-01-15T08:00:00")


def test_clock_moves_journeys(ctl: Client, api: Client, create: Callable[..., Any]) -> None:
    create("TMJOURNEY7", "dhl")
    assert api.get("/trackings/dhl/TMJOURNEY7").json()["data"]["status"] == "notfound"
    ctl.post("/_mock/clock", json={"advance": 114 * 3600})
    assert api.get("/trackings/dhl/TMJOURNEY7").json()["data"]["status"] == "delivered"


def test_reset_with_clock_sets_it_back() -> None:
    clock = ManualClock(1000.0)
    app = create_app(api_key=TEST_API_KEY, clock=clock)
    with InProcessClient(app, base_url="http://mock", headers={KEY_HEADER: TEST_API_KEY}) as client:
        client.post("/_mock/clock", json={"advance": 50})
        client.post("/_mock/reset")
        assert clock.now() == 1050.0
        client.post("/_mock/reset", json={"clock": True})
        assert clock.now() == 1000.0


def test_faults_add_list_delete(ctl: Client, api: Client) -> None:
    added = ctl.post("/_mock/faults", json={"kind": "meta", "code": 4021, "operation": "getUserInfo", "times": 1})
    assert added.status_code == 201
    fault = data(added)
    assert fault["id"] == "f1"
    assert api.get("/trackings/getuserinfo").json()["meta"]["code"] == 4021
    assert api.get("/trackings/getuserinfo").json()["meta"]["code"] == 200
    listed = data(ctl.get("/_mock/faults"))
    assert [(f["id"], f["fired"], f["remaining"]) for f in listed] == [("f1", 1, 0)]
    assert ctl.delete("/_mock/faults/f1").status_code == 200
    assert ctl.delete("/_mock/faults/f1").status_code == 404
    assert data(ctl.post("/_mock/faults", json={"spec": "503"}))["status"] == 503
    assert data(ctl.delete("/_mock/faults")) == []
    assert data(ctl.get("/_mock/faults")) == []


@pytest.mark.parametrize(
    "body",
    [
        {"spec": "teapot"},
        {"spec": "429", "kind": "meta"},
        {"operation": "x"},
        {"kind": "meta"},
        {"spec": "html,every=0"},
    ],
)
def test_a_bad_fault_is_refused_with_the_reason(ctl: Client, body: dict[str, Any]) -> None:
    answer = ctl.post("/_mock/faults", json=body)
    assert answer.status_code == 400
    assert answer.json()["meta"]["message"]


def test_journal_records_requests_with_the_key_redacted(ctl: Client, api: Client) -> None:
    api.post("/trackings/post", json={"tracking_number": "TMPENDING1", "carrier_code": "dhl", "title": TEST_API_KEY})
    api.get("/trackings/getuserinfo", params={"note": TEST_API_KEY})
    api.get("/nowhere")
    entries = data(ctl.get("/_mock/requests"))
    assert [(e["method"], e["operation"], e["status"], e["meta_code"]) for e in entries] == [
        ("POST", "createTracking", 200, 200),
        ("GET", "getUserInfo", 200, 200),
        ("GET", None, 404, 404),
    ]
    assert entries[0]["body"] == {"tracking_number": "TMPENDING1", "carrier_code": "dhl", "title": "[redacted]"}
    assert entries[1]["query"] == "note=[redacted]"
    assert all(e["headers"]["trackingmore-api-key"] == "[redacted]" for e in entries)
    assert TEST_API_KEY not in ctl.get("/_mock/requests").text
    assert [e["operation"] for e in data(ctl.get("/_mock/requests", params={"limit": 1}))] == [None]
    only = data(ctl.get("/_mock/requests", params={"operation": "getUserInfo"}))
    assert [e["operation"] for e in only] == ["getUserInfo"]
    assert ctl.get("/_mock/requests", params={"limit": "x"}).status_code == 400
    ctl.delete("/_mock/requests")
    assert data(ctl.get("/_mock/requests")) == []


def test_control_calls_are_not_journaled_and_never_faulted(ctl: Client) -> None:
    ctl.post("/_mock/faults", json={"spec": "500"})
    assert ctl.get("/_mock/clock").status_code == 200
    assert data(ctl.get("/_mock/requests")) == []


def test_webhook_subscriptions(ctl: Client) -> None:
    added = data(ctl.post("/_mock/webhooks", json={"url": "http://127.0.0.1:9/hook", "email": "shop@example.org"}))
    assert added["id"] == "w1"
    assert added["email"] == "s***@example.org"  # the signing key is never shown
    listed = data(ctl.get("/_mock/webhooks"))
    assert [s["url"] for s in listed["subscriptions"]] == ["http://127.0.0.1:9/hook"]
    assert listed["deliveries"] == []
    assert ctl.delete("/_mock/webhooks/w1").status_code == 200
    assert ctl.delete("/_mock/webhooks/w1").status_code == 404
    ctl.post("/_mock/webhooks", json={"url": "http://127.0.0.1:9/other"})
    ctl.delete("/_mock/webhooks")
    assert data(ctl.get("/_mock/webhooks"))["subscriptions"] == []
    assert data(ctl.post("/_mock/webhooks/wait", json={"timeout": 1}))["done"] is True


def test_latency_and_rate_limits(ctl: Client, api: Client) -> None:
    assert data(ctl.get("/_mock/latency")) == {"min_ms": 0.0, "max_ms": 0.0}
    assert data(ctl.post("/_mock/latency", json={"latency": "1-2"})) == {"min_ms": 1.0, "max_ms": 2.0}
    assert data(ctl.post("/_mock/latency", json={"min_ms": 0})) == {"min_ms": 0.0, "max_ms": 0.0}
    assert ctl.post("/_mock/latency", json={"latency": "5-1"}).status_code == 400
    assert data(ctl.get("/_mock/rate-limits")) == {"enabled": False}
    on = data(ctl.post("/_mock/rate-limits", json={"enabled": True, "list": 1, "retry_after": 7}))
    assert (on["enabled"], on["list"], on["realtime"], on["retry_after"]) == (True, 1, 3, 7)
    assert api.get("/trackings/get").json()["meta"]["code"] == 200
    limited = api.get("/trackings/get")
    assert (limited.status_code, limited.headers["Retry-After"]) == (429, "7")
    ctl.post("/_mock/reset")  # back to the configured limits (off)
    assert data(ctl.get("/_mock/rate-limits")) == {"enabled": False}
    assert api.get("/trackings/get").status_code == 200
