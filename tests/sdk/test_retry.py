"""Retries: which failures, which operations, how long to wait (sleeps are recorded, never real)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from trackingmore_v2 import AuthenticatedClient, RetryPolicy, errors
from trackingmore_v2.api.batch import batch_create_trackings
from trackingmore_v2.api.carriers import detect_carrier
from trackingmore_v2.api.trackings import create_tracking, delete_tracking, get_tracking, update_tracking
from trackingmore_v2.models import CreateTrackingRequest, DetectCarrierRequest, UpdateTrackingRequest
from trackingmore_v2.runtime.retry import RetryTransport

from sdk.helpers import TRACKING, Sleeps, envelope, json_response

MakeClient = Callable[..., AuthenticatedClient]
NEW = CreateTrackingRequest(tracking_number="RM1", carrier_code="china-post")


class Script:
    """Answers requests from a list, in order, counting them."""

    def __init__(self, *answers: httpx.Response | type[httpx.TransportError]) -> None:
        self.answers = list(answers)
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        answer = self.answers[min(self.calls, len(self.answers) - 1)]
        self.calls += 1
        if isinstance(answer, type):
            raise answer("scripted failure", request=request)
        return answer


def ok() -> httpx.Response:
    return json_response(200, envelope(200, TRACKING))


def test_server_errors_on_a_get_are_retried_with_exponential_backoff(make_client: MakeClient, sleeps: Sleeps) -> None:
    script = Script(httpx.Response(500), httpx.Response(502), ok())
    client = make_client(script)

    result = get_tracking.sync("china-post", "RM1", client=client)

    assert result.data.tracking_number == "RM121546236CN"
    assert script.calls == 3
    # random() is pinned to 0.5 and jitter is 25 %: 0.5 s * 2**n * 0.875
    assert sleeps.delays == [0.4375, 0.875]


def test_default_budget_is_two_retries_then_the_error_surfaces(make_client: MakeClient, sleeps: Sleeps) -> None:
    script = Script(httpx.Response(503, content=b"down"))
    client = make_client(script)

    with pytest.raises(errors.ServiceUnavailableError):
        get_tracking.sync("china-post", "RM1", client=client)
    assert script.calls == 3
    assert len(sleeps.delays) == 2


def test_backoff_is_bounded_and_jitter_only_shortens_it() -> None:
    high = RetryPolicy(random=lambda: 0.0)
    low = RetryPolicy(random=lambda: 0.999999)
    for retry in range(12):
        assert low.backoff(retry) <= high.backoff(retry) <= 8.0
        assert low.backoff(retry) >= 0.75 * high.backoff(retry)
    assert [high.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_retries_can_be_turned_off(make_client: MakeClient, sleeps: Sleeps) -> None:
    script = Script(httpx.Response(500))
    client = make_client(script, max_retries=0)

    with pytest.raises(errors.ServerError):
        get_tracking.sync("china-post", "RM1", client=client)
    assert script.calls == 1
    assert sleeps.delays == []
    assert client.with_max_retries(5).max_retries == 5


def test_retry_after_seconds_is_honoured(make_client: MakeClient, sleeps: Sleeps) -> None:
    script = Script(json_response(429, envelope(429), **{"Retry-After": "7"}), ok())
    client = make_client(script)

    get_tracking.sync("china-post", "RM1", client=client)

    assert sleeps.delays == [7.0]


def test_retry_after_http_date_is_honoured(make_client: MakeClient, sleeps: Sleeps) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    script = Script(httpx.Response(503, headers={"Retry-After": when}), ok())
    client = make_client(script)

    get_tracking.sync("china-post", "RM1", client=client)

    assert len(sleeps.delays) == 1
    assert 0 < sleeps.delays[0] <= 30


def test_a_retry_after_longer_than_the_cap_is_left_to_the_caller(make_client: MakeClient, sleeps: Sleeps) -> None:
    script = Script(json_response(429, envelope(429), **{"Retry-After": "120"}), ok())
    client = make_client(script)

    with pytest.raises(errors.RateLimitError) as caught:
        get_tracking.sync("china-post", "RM1", client=client)
    assert caught.value.retry_after == 120.0
    assert script.calls == 1
    assert sleeps.delays == []


def test_in_body_rate_limit_with_http_200_is_retried(make_client: MakeClient, sleeps: Sleeps) -> None:
    script = Script(json_response(200, envelope(429, type_="Too Many Requests")), ok())
    client = make_client(script)

    get_tracking.sync("china-post", "RM1", client=client)

    assert script.calls == 2


def test_a_create_is_not_repeated_after_the_server_may_have_applied_it(make_client: MakeClient) -> None:
    for failure in (httpx.Response(500), httpx.Response(502), httpx.Response(504)):
        script = Script(failure, ok())
        with pytest.raises(errors.ServerError):
            create_tracking.sync(client=make_client(script), body=NEW)
        assert script.calls == 1
    for transport_error in (httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError):
        script = Script(transport_error, ok())
        with pytest.raises(errors.APIConnectionError):
            batch_create_trackings.sync(client=make_client(script), body=[NEW])
        assert script.calls == 1


def test_a_create_is_retried_when_the_server_cannot_have_applied_it(make_client: MakeClient) -> None:
    # Never sent (connect failure), refused (429) or unavailable (503): the create did not happen.
    for first in (httpx.ConnectError, httpx.ConnectTimeout, json_response(429, envelope(429)), httpx.Response(503)):
        script = Script(first, ok())
        create_tracking.sync(client=make_client(script), body=NEW)
        assert script.calls == 2


def test_safe_operations_are_retried_after_ambiguous_failures(make_client: MakeClient) -> None:
    detect = DetectCarrierRequest(tracking_number="RM121546236CN")
    for call in (
        lambda client: detect_carrier.sync(client=client, body=detect),  # a POST that only reads
        lambda client: update_tracking.sync("c", "n", client=client, body=UpdateTrackingRequest(title="t")),  # PUT
        lambda client: delete_tracking.sync("c", "n", client=client),  # DELETE
    ):
        script = Script(httpx.ReadTimeout, httpx.Response(500), json_response(200, envelope(200, [])))
        # The canned success body does not fit every operation; the count is what matters.
        with contextlib.suppress(errors.InvalidResponseError):
            call(make_client(script))
        assert script.calls == 3


def test_client_errors_are_never_retried(make_client: MakeClient) -> None:
    script = Script(json_response(200, envelope(4017)), ok())

    with pytest.raises(errors.NotFoundError):
        get_tracking.sync("china-post", "RM1", client=make_client(script))
    assert script.calls == 1


@pytest.mark.anyio
async def test_async_retries_use_the_async_sleep(make_client: MakeClient, sleeps: Sleeps) -> None:
    script = Script(httpx.ConnectError, httpx.Response(503), ok())
    client = make_client(script)

    result = await get_tracking.asyncio("china-post", "RM1", client=client)

    assert result.data.status == "transit"
    assert script.calls == 3
    assert sleeps.delays == [0.4375, 0.875]
    await client.aclose()


@pytest.mark.anyio
async def test_async_unsafe_operation_is_not_retried(make_client: MakeClient) -> None:
    script = Script(httpx.Response(500), ok())
    client = make_client(script)

    with pytest.raises(errors.ServerError):
        await create_tracking.asyncio(client=client, body=NEW)
    assert script.calls == 1
    await client.aclose()


def test_transport_rejects_a_negative_budget() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryTransport(httpx.MockTransport(lambda request: ok()), max_retries=-1)
