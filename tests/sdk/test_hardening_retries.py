"""Issue 10, defects 3-5: failures after the headers are retried for operations safe to repeat,
only finite non-negative Retry-After values count, and a 429/503 status wins over the body.
Stub servers on 127.0.0.1, sync and async."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.stub_server import (
    Behaviour,
    StubServer,
    close_mid_body,
    envelope_bytes,
    reset_mid_body,
    respond,
    stall_mid_body,
)
from trackingmore_v2 import errors
from trackingmore_v2.api.trackings import (
    create_tracking,
    delete_tracking,
    get_realtime_tracking,
    get_tracking,
    update_tracking,
)
from trackingmore_v2.models import CreateTrackingRequest, RealtimeTrackingRequest, UpdateTrackingRequest
from trackingmore_v2.runtime.retry import parse_retry_after

from sdk.helpers import TRACKING
from sdk.modes import MODES, run, stub_client

# (operation, positional arguments, keyword arguments): the safe-to-repeat operations of the issue.
SAFE_CALLS: dict[str, tuple[Any, tuple[Any, ...], dict[str, Any]]] = {
    "get": (get_tracking, ("china-post", "RM1"), {}),
    "put": (update_tracking, ("china-post", "RM1"), {"body": UpdateTrackingRequest(title="t")}),
    "delete": (delete_tracking, ("china-post", "RM1"), {}),
    "realtime": (
        get_realtime_tracking,
        (),
        {"body": RealtimeTrackingRequest(tracking_number="RM1", carrier_code="china-post")},
    ),
}
MID_BODY_FAULTS: dict[str, Callable[..., Behaviour]] = {
    "closed": close_mid_body,
    "reset": reset_mid_body,
    "stalled": stall_mid_body,
}
OK = envelope_bytes(200, TRACKING)


# --- defect 3 ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", MID_BODY_FAULTS)
@pytest.mark.parametrize("operation", SAFE_CALLS)
def test_a_failure_while_reading_the_body_is_retried_for_safe_operations(mode: str, fault: str, operation: str) -> None:
    module, args, kwargs = SAFE_CALLS[operation]
    with StubServer(MID_BODY_FAULTS[fault](OK), MID_BODY_FAULTS[fault](OK), respond(200, OK)) as server:
        client = stub_client(server.base_url, timeout=0.5)  # 2 retries by default
        response = run(mode, module, *args, client=client, detailed=True, **kwargs)
        assert len(server.requests) == 3
    assert response.content == OK


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", MID_BODY_FAULTS)
def test_a_create_that_fails_mid_body_is_not_repeated(mode: str, fault: str) -> None:
    body = CreateTrackingRequest(tracking_number="RM1", carrier_code="china-post")
    with StubServer(MID_BODY_FAULTS[fault](OK), respond(200, OK)) as server:
        client = stub_client(server.base_url, timeout=0.5)
        with pytest.raises(errors.APIConnectionError):
            run(mode, create_tracking, client=client, body=body)
        assert len(server.requests) == 1  # the server may have created it


# --- defect 4 ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "1e400", "-1", "-0.5", "", "soon"])
def test_only_finite_non_negative_retry_after_values_count(value: str) -> None:
    assert parse_retry_after({"Retry-After": value}) is None
    assert parse_retry_after({"Retry-After": "0"}) == 0.0
    assert parse_retry_after({"Retry-After": "2.5"}) == 2.5


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", ["nan", "inf", "-1"])
def test_an_odd_retry_after_on_a_429_is_treated_as_absent(mode: str, value: str) -> None:
    refusal = respond(429, envelope_bytes(429, message="slow down"), {"Retry-After": value})
    with StubServer(refusal) as server:
        client = stub_client(server.base_url, max_retries=1)
        with pytest.raises(errors.RateLimitError) as caught:
            run(mode, get_tracking, "china-post", "RM1", client=client)
        assert len(server.requests) == 2  # retried after the policy's own backoff
    assert caught.value.retry_after is None


# --- defect 5 ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "body_code", "expected"),
    [
        (429, 500, errors.RateLimitError),
        (429, 4017, errors.RateLimitError),
        (503, 500, errors.ServiceUnavailableError),
        (503, 200, errors.ServiceUnavailableError),
    ],
)
def test_the_status_of_a_refusal_wins_over_the_body(
    mode: str, status: int, body_code: int, expected: type[errors.APIError]
) -> None:
    with StubServer(respond(status, envelope_bytes(body_code, message="from the body"))) as server:
        client = stub_client(server.base_url, max_retries=0)
        with pytest.raises(errors.APIError) as caught:
            run(mode, get_tracking, "china-post", "RM1", client=client)
    assert type(caught.value) is expected
    assert caught.value.http_status == status
    assert caught.value.code == body_code  # the body is still reported
    assert "from the body" in str(caught.value)
