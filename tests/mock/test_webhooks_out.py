"""Outbound webhooks: signed pushes on status changes, retries, the delivery record; the SDK's
webhook verification (trackingmore_v2) accepts every push."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from trackingmore_mock import ManualClock, create_app
from trackingmore_mock.testing import InProcessClient, WebhookReceiver
from trackingmore_mock.webhooks_out import sign
from trackingmore_v2 import verify_webhook
from trackingmore_v2.runtime import webhooks as sdk_webhooks

KEY_HEADER = "Trackingmore-Api-Key"
TEST_API_KEY = "test-api-key"  # the key of the shared apps (tests/mock/conftest.py)


HOUR = 3600.0
EMAIL = "shop@example.org"


@pytest.fixture
def app() -> Iterator[Any]:
    app = create_app(api_key=TEST_API_KEY, clock=ManualClock(1_700_000_000.0))
    yield app
    app.mock.webhooks.close()


@pytest.fixture
def client(app: Any) -> Iterator[InProcessClient]:
    with InProcessClient(app, headers={KEY_HEADER: TEST_API_KEY}) as client:
        yield client


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as receiver:
        yield receiver


def create(client: InProcessClient, number: str, carrier: str = "dhl") -> None:
    answer = client.post("/trackings/post", json={"tracking_number": number, "carrier_code": carrier})
    assert answer.json()["meta"]["code"] == 200


def statuses(bodies: list[bytes]) -> list[tuple[str, str]]:
    return [(json.loads(b)["data"]["tracking_number"], json.loads(b)["data"]["status"]) for b in bodies]


def test_signature_is_trackingmores() -> None:
    assert sign("1700000000", EMAIL) == sdk_webhooks.sign("1700000000", EMAIL)


def test_journey_pushes_each_status_change_and_the_sdk_verifies_every_push(
    app: Any, client: InProcessClient, receiver: WebhookReceiver
) -> None:
    app.mock.webhooks.subscribe(receiver.url, EMAIL)
    create(client, "TMJOURNEY001")
    for hours in (6, 108, 114, 200):  # transit, pickup (out for delivery), delivered, nothing new
        app.mock.clock.set(1_700_000_000.0 + hours * HOUR)
        assert app.mock.webhooks.wait()
    bodies = receiver.wait_for(4)
    assert statuses(bodies) == [("TMJOURNEY001", s) for s in ("notfound", "transit", "pickup", "delivered")]
    for body in bodies:
        event = verify_webhook(body, email=EMAIL)  # signature and freshness (timeStr = wall clock)
        assert event.data.tracking_number == "TMJOURNEY001"
        assert json.loads(body)["meta"]["code"] == 200
    last = verify_webhook(bodies[-1], email=EMAIL)
    assert last.data.origin_info is not None
    with pytest.raises(Exception, match="signature"):
        verify_webhook(bodies[0], email="someone@else.org")
    deliveries = app.mock.webhooks.deliveries()
    assert [(d.status, d.state, len(d.attempts), d.trigger) for d in deliveries] == [
        (s, "delivered", 1, "change") for s in ("notfound", "transit", "pickup", "delivered")
    ]


def test_put_status_pushes(app: Any, client: InProcessClient, receiver: WebhookReceiver) -> None:
    create(client, "TMTRANSIT1")
    app.mock.webhooks.wait()
    app.mock.webhooks.subscribe(receiver.url)  # after the create: its state is the baseline
    assert app.mock.webhooks.wait()
    client.put("/trackings/dhl/TMTRANSIT1", json={"status": 4})
    bodies = receiver.wait_for(1)
    assert statuses(bodies) == [("TMTRANSIT1", "delivered")]
    verify_webhook(bodies[0], email=app.mock.options.email)  # signed with the account e-mail by default


def test_realtime_lookup_pushes_a_new_status(app: Any, client: InProcessClient, receiver: WebhookReceiver) -> None:
    app.mock.webhooks.subscribe(receiver.url, EMAIL)
    body = {"tracking_number": "TMDELIVERED9", "carrier_code": "dhl"}
    client.post("/trackings/realtime", json=body)
    client.post("/trackings/realtime", json=body)  # same status again: no second push
    assert app.mock.webhooks.wait()
    bodies = receiver.wait_for(1)
    assert statuses(bodies) == [("TMDELIVERED9", "delivered")]
    assert [d.trigger for d in app.mock.webhooks.deliveries()] == ["realtime"]
    verify_webhook(bodies[0], email=EMAIL)


def test_a_failing_receiver_is_retried_and_every_attempt_recorded(app: Any, client: InProcessClient) -> None:
    with WebhookReceiver(fail_first=2) as receiver:
        app.mock.webhooks.subscribe(receiver.url, EMAIL, retry_delays=(0.05, 0.05, 0.05))
        create(client, "TMDELIVERED1")
        bodies = receiver.wait_for(1)
        assert app.mock.webhooks.wait()
    assert [r.answered for r in receiver.received] == [500, 500, 200]
    times = [json.loads(r.body)["verifyInfo"]["timeStr"] for r in receiver.received]
    assert all(t.isdigit() for t in times)  # each attempt is signed afresh
    verify_webhook(bodies[0], email=EMAIL)
    (delivery,) = app.mock.webhooks.deliveries()
    assert delivery.state == "delivered"
    assert [a.status_code for a in delivery.attempts] == [500, 500, 200]


def test_a_receiver_that_never_answers_fails_after_the_retries(app: Any, client: InProcessClient) -> None:
    app.mock.webhooks.subscribe("http://127.0.0.1:9/nothing-listens", EMAIL, retry_delays=(0.01, 0.01))
    create(client, "TMDELIVERED2")
    assert app.mock.webhooks.wait()
    (delivery,) = app.mock.webhooks.deliveries()
    assert delivery.state == "failed"
    assert len(delivery.attempts) == 3
    assert all(a.status_code is None and a.error for a in delivery.attempts)


def test_deliveries_are_listed_by_the_control_api(app: Any, receiver: WebhookReceiver) -> None:
    with InProcessClient(app, base_url="http://mock", headers={KEY_HEADER: TEST_API_KEY}) as root:
        root.post("/_mock/webhooks", json={"url": receiver.url, "email": EMAIL, "statuses": ["delivered"]})
        root.post("/v2/trackings/post", json={"tracking_number": "TMDELIVERED3", "carrier_code": "dhl"})
        root.post("/v2/trackings/post", json={"tracking_number": "TMTRANSIT3", "carrier_code": "dhl"})
        waited = root.post("/_mock/webhooks/wait", json={"timeout": 10}).json()["data"]
    assert waited["done"] is True
    assert [(d["tracking_number"], d["status"], d["state"]) for d in waited["deliveries"]] == [
        ("TMDELIVERED3", "delivered", "delivered")
    ]
    assert waited["deliveries"][0]["attempts"][0]["status_code"] == 200
    assert EMAIL not in json.dumps(waited)


def test_reset_forgets_subscriptions_and_deliveries(
    app: Any, client: InProcessClient, receiver: WebhookReceiver
) -> None:
    app.mock.webhooks.subscribe(receiver.url, EMAIL)
    create(client, "TMDELIVERED4")
    assert app.mock.webhooks.wait()
    app.mock.reset()
    assert app.mock.webhooks.subscriptions() == [] and app.mock.webhooks.deliveries() == []
    create(client, "TMDELIVERED5")
    assert app.mock.webhooks.wait()
    assert statuses(receiver.accepted()) == [("TMDELIVERED4", "delivered")]
