"""A user's test suite with only the trackingmore-mock pytest plugin: no conftest, no port to manage.

It runs in our suite as it is, and `tests/mock/test_plugin.py` copies it into an empty folder and
runs it there in a pytest of its own, as a user's CI would.
"""

from __future__ import annotations

import json

import httpx
import pytest
from trackingmore_v2 import AuthenticatedClient, verify_webhook
from trackingmore_v2.api.account import get_user_info
from trackingmore_v2.api.trackings import create_tracking, get_tracking
from trackingmore_v2.models import CreateTrackingRequest

JOURNEY = [(0, "notfound"), (6, "transit"), (108, "pickup"), (114, "delivered")]  # hours -> status


def test_journey_faults_and_a_signed_webhook(trackingmore_mock) -> None:  # type: ignore[no-untyped-def]
    mock = trackingmore_mock
    mock.reset()
    receiver = mock.webhook_receiver(email="shop@example.org")
    with AuthenticatedClient(**mock.sdk_options()) as client:  # in-process: no port
        body = CreateTrackingRequest(tracking_number="TMJOURNEY001", carrier_code="dhl")
        create_tracking.sync(client=client, body=body)
        seen = []
        for hours, _ in JOURNEY:
            mock.clock.set(1_700_000_000 + hours * 3600)
            seen.append((hours, get_tracking.sync("dhl", "TMJOURNEY001", client=client).data.status))
        assert seen == JOURNEY

        # A 429 and then an HTML 502 from a proxy: the SDK retries both and gets the answer.
        mock.faults.add("rate-limit", operation="getTracking", times=1, retry_after=0)
        mock.faults.add("html", operation="getTracking", times=1)
        assert get_tracking.sync("dhl", "TMJOURNEY001", client=client).data.status == "delivered"
        assert [r["status"] for r in mock.requests("getTracking")][-3:] == [429, 502, 200]

    bodies = receiver.wait_for(len(JOURNEY))
    for body in bodies:
        verify_webhook(body, email="shop@example.org")  # raises unless the signature is right
    assert [json.loads(b)["data"]["status"] for b in bodies] == [status for _, status in JOURNEY]


def test_state_is_reset_between_tests(trackingmore_mock) -> None:  # type: ignore[no-untyped-def]
    with AuthenticatedClient(**trackingmore_mock.sdk_options()) as client:
        assert get_user_info.sync(client=client).data.track_number == 10_000
    assert trackingmore_mock.faults.list() == []
    assert trackingmore_mock.requests() != []


def test_over_loopback_http(trackingmore_mock_server) -> None:  # type: ignore[no-untyped-def]
    server = trackingmore_mock_server
    assert server.base_url.startswith("http://127.0.0.1:")
    headers = {"Trackingmore-Api-Key": server.api_key}
    advanced = httpx.post(f"{server.control_url}/clock", json={"advance": 3600}, headers=headers).json()
    assert advanced["data"]["now"] == 1_700_003_600
    httpx.post(f"{server.control_url}/faults", json={"spec": "503,op=getUserInfo,times=1"}, headers=headers)
    with AuthenticatedClient(base_url=server.base_url, token=server.api_key) as client:
        assert get_user_info.sync(client=client).data.track_number == 10_000  # retried after the 503
    assert [r["status"] for r in server.requests("getUserInfo")] == [503, 200]


@pytest.mark.trackingmore_mock(quota=1)
def test_a_marker_builds_a_fake_with_other_options(trackingmore_mock) -> None:  # type: ignore[no-untyped-def]
    with AuthenticatedClient(**trackingmore_mock.sdk_options()) as client:
        assert get_user_info.sync(client=client).data.track_number == 1
