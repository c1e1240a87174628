"""Issue 10, defect 6: ``timeout`` bounds each attempt as a whole (connect, send, the whole body,
even a trickling one), a deadline bounds the call across retries and waits, both are finite by
default and overridable per client and per call, and the error says which limit was hit.

Elapsed times are checked against generous ceilings only: without the limits these calls would
run for minutes (the stub servers trickle or stall until they are stopped)."""

from __future__ import annotations

import time

import httpx
import pytest
from support.stub_server import StubServer, envelope_bytes, never_answer, respond, trickle_body, trickle_head
from trackingmore_v2 import AuthenticatedClient, errors
from trackingmore_v2.api.trackings import create_tracking, get_tracking
from trackingmore_v2.models import CreateTrackingRequest

from sdk.helpers import API_KEY
from sdk.modes import MODES, run, stub_client


def _timed_failure(mode: str, client: AuthenticatedClient) -> tuple[errors.APITimeoutError, float]:
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError) as caught:
        run(mode, get_tracking, "china-post", "RM1", client=client)
    return caught.value, time.monotonic() - started


@pytest.mark.parametrize("mode", MODES)
def test_a_body_trickling_one_byte_at_a_time_is_cut_by_the_attempt_timeout(mode: str) -> None:
    with StubServer(trickle_body(0.05)) as server:
        error, elapsed = _timed_failure(mode, stub_client(server.base_url, timeout=0.6, max_retries=0))
    assert error.limit == "timeout"
    assert "0.6 s timeout of an attempt" in str(error)
    assert elapsed < 5  # the body would take 500 s


@pytest.mark.parametrize("mode", MODES)
def test_headers_trickling_one_byte_at_a_time_are_cut_by_the_attempt_timeout(mode: str) -> None:
    with StubServer(trickle_head(0.05)) as server:
        error, elapsed = _timed_failure(mode, stub_client(server.base_url, timeout=0.6, max_retries=0))
    assert error.limit == "timeout"
    assert elapsed < 5


@pytest.mark.parametrize("mode", MODES)
def test_the_deadline_bounds_the_call_across_retries(mode: str) -> None:
    with StubServer(never_answer()) as server:
        client = stub_client(server.base_url, timeout=0.4, deadline=1.0, max_retries=10)
        error, elapsed = _timed_failure(mode, client)
        attempts = len(server.requests)
    assert error.limit == "deadline"
    assert "1 s deadline was reached" in str(error)
    assert 2 <= attempts <= 4  # retried, but not 11 times
    assert elapsed < 5


@pytest.mark.parametrize("mode", MODES)
def test_a_retry_after_beyond_the_deadline_is_not_waited_for(mode: str) -> None:
    refusal = respond(429, envelope_bytes(429, message="slow down"), {"Retry-After": "30"})
    with StubServer(refusal) as server:
        client = stub_client(server.base_url, deadline=2.0)
        started = time.monotonic()
        with pytest.raises(errors.RateLimitError) as caught:
            run(mode, get_tracking, "china-post", "RM1", client=client)
        assert len(server.requests) == 1
    assert caught.value.retry_after == 30.0
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("mode", MODES)
def test_per_call_options_override_the_clients(mode: str) -> None:
    with StubServer(never_answer()) as server:
        client = stub_client(server.base_url)  # defaults: 30 s per attempt, 60 s per call
        error, elapsed = _timed_failure(mode, client.with_options(timeout=0.3, max_retries=0))
        assert len(server.requests) == 1
    assert error.limit == "timeout"
    assert elapsed < 5


@pytest.mark.parametrize("mode", MODES)
def test_a_phase_timeout_names_the_phase_and_the_message_is_never_empty(mode: str) -> None:
    with StubServer(never_answer()) as server:
        client = stub_client(server.base_url, timeout=httpx.Timeout(10.0, read=0.3), max_retries=0)
        error, _ = _timed_failure(mode, client)
    message = str(error)
    assert message.startswith("getTracking: ")
    assert "the read phase took longer than its 0.3 s read timeout" in message
    assert not message.rstrip().endswith(":")


@pytest.mark.parametrize("mode", MODES)
def test_an_unsafe_call_gets_one_attempt_bounded_by_the_timeout(mode: str) -> None:
    body = CreateTrackingRequest(tracking_number="RM1", carrier_code="china-post")
    with StubServer(trickle_body(0.05)) as server:
        client = stub_client(server.base_url, timeout=0.5)
        with pytest.raises(errors.APITimeoutError) as caught:
            run(mode, create_tracking, client=client, body=body)
        assert len(server.requests) == 1
    assert caught.value.limit == "timeout"


def test_both_limits_are_finite_by_default_and_accept_plain_numbers() -> None:
    from trackingmore_v2.client import DEFAULT_DEADLINE, DEFAULT_TIMEOUT

    client = AuthenticatedClient(token=API_KEY)
    options = client.request_options()
    assert options.call.attempt_timeout == 30.0 == DEFAULT_TIMEOUT.read
    assert options.call.deadline == DEFAULT_DEADLINE == 60.0
    assert options.timeout.connect == 10.0

    floats = AuthenticatedClient(token=API_KEY, timeout=2.0, deadline=5)
    assert floats.request_options().call.attempt_timeout == 2.0
    assert floats.request_options().timeout == httpx.Timeout(2.0)
    assert floats.with_timeout(httpx.Timeout(3.0, connect=1.0)).request_options().call.attempt_timeout == 3.0
    for bad in ({"timeout": "2"}, {"timeout": -1}, {"deadline": 0}, {"max_retries": -1}):
        with pytest.raises(errors.ClientConfigurationError):
            AuthenticatedClient(token=API_KEY, **bad)
