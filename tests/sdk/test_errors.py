"""Plain calls raise typed exceptions; *_detailed calls return the response whatever it says."""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable

import httpx
import pytest
from trackingmore_v2 import AuthenticatedClient, errors
from trackingmore_v2.api.trackings import create_tracking, delete_tracking, get_tracking
from trackingmore_v2.models import CreateTrackingRequest, ErrorEnvelope, TrackingEnvelope

from sdk.helpers import TRACKING, envelope, json_response

MakeClient = Callable[..., AuthenticatedClient]

META_CODES = [
    (401, errors.AuthenticationError),
    (4001, errors.AuthenticationError),
    (4002, errors.AuthenticationError),
    (4017, errors.NotFoundError),
    (4031, errors.NotFoundError),
    (4016, errors.AlreadyExistsError),
    (4012, errors.InvalidRequestError),
    (4013, errors.InvalidRequestError),
    (4014, errors.InvalidRequestError),
    (4015, errors.InvalidRequestError),
    (4033, errors.InvalidRequestError),
    (4019, errors.QuotaExceededError),
    (4021, errors.QuotaExceededError),
    (402, errors.QuotaExceededError),
    (429, errors.RateLimitError),
    (500, errors.ServerError),
    (503, errors.ServiceUnavailableError),
    (4999, errors.APIError),
]


@pytest.mark.parametrize(("code", "cls"), META_CODES)
def test_http_200_error_envelopes_raise_by_meaning(make_client: MakeClient, code: int, cls: type) -> None:
    body = envelope(code, type_="Bad Request", message="Tracking No. does not exist.")
    client = make_client(lambda request: json_response(200, body), max_retries=0)

    with pytest.raises(cls) as caught:
        get_tracking.sync("china-post", "RM1", client=client)

    error = caught.value
    assert type(error) is cls
    assert isinstance(error, errors.APIError)
    assert isinstance(error, errors.TrackingMoreError)
    assert (error.code, error.type, error.message) == (code, "Bad Request", "Tracking No. does not exist.")
    assert error.http_status == 200
    assert error.operation_id == "getTracking"
    assert str(error) == f"getTracking: [{code} Bad Request] Tracking No. does not exist. (HTTP 200)"


@pytest.mark.parametrize(("raw", "cls"), [("4031", errors.NotFoundError), (" 4016 ", errors.AlreadyExistsError)])
def test_a_numeric_string_meta_code_raises_by_its_meaning(
    make_client: MakeClient, raw: str, cls: type[errors.APIError]
) -> None:
    """The real API sometimes sends numbers as strings: a code "4031" is read as 4031 (tolerant reader)."""
    body = json.dumps({"meta": {"code": raw, "type": "No Content", "message": "no data"}, "data": []}).encode()
    client = make_client(lambda request: json_response(200, body), max_retries=0)

    with pytest.raises(cls) as caught:
        get_tracking.sync("china-post", "RM1", client=client)

    assert caught.value.code == int(raw)


@pytest.mark.parametrize("code", [200, 201, 202])
def test_success_and_partial_success_codes_return_the_envelope(make_client: MakeClient, code: int) -> None:
    client = make_client(lambda request: json_response(200, envelope(code, TRACKING)))

    result = get_tracking.sync("china-post", "RM121546236CN", client=client)

    assert isinstance(result, TrackingEnvelope)
    assert result.meta.code == code
    assert result.data.tracking_number == "RM121546236CN"


def test_real_http_statuses_with_an_envelope_raise_by_meta_code(make_client: MakeClient) -> None:
    body = envelope(429, type_="Too Many Requests", message="slow down")
    client = make_client(lambda request: json_response(429, body, **{"Retry-After": "120"}), max_retries=0)

    with pytest.raises(errors.RateLimitError) as caught:
        get_tracking.sync("china-post", "RM1", client=client)

    assert caught.value.http_status == 429
    assert caught.value.retry_after == 120.0


def test_html_502_from_a_proxy_gives_status_and_start_of_body(make_client: MakeClient) -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>" * 10
    client = make_client(
        lambda request: httpx.Response(502, content=page, headers={"Content-Type": "text/html"}), max_retries=0
    )

    with pytest.raises(errors.ServerError) as caught:
        get_tracking.sync("china-post", "RM1", client=client)

    text = str(caught.value)
    assert "HTTP 502" in text
    assert "text/html" in text
    assert "<html><head><title>502 Bad Gateway" in text
    assert len(text) < 400  # a preview, not the whole page
    assert caught.value.body == page


def test_non_json_body_with_http_200_is_an_invalid_response(make_client: MakeClient) -> None:
    client = make_client(lambda request: httpx.Response(200, content=b"<html>maintenance</html>"))

    with pytest.raises(errors.InvalidResponseError, match=r"non-JSON body.*maintenance"):
        get_tracking.sync("china-post", "RM1", client=client)


def test_json_of_the_wrong_shape_is_an_invalid_response(make_client: MakeClient) -> None:
    client = make_client(lambda request: json_response(200, b'{"meta": {"code": 200}, "data": 42}'))

    with pytest.raises(errors.InvalidResponseError, match="does not match TrackingEnvelope"):
        get_tracking.sync("china-post", "RM1", client=client)


def test_detailed_calls_never_raise_for_api_errors(make_client: MakeClient) -> None:
    answers = iter(
        [
            json_response(200, envelope(4016, message="already exists")),
            httpx.Response(502, content=b"<html>bad gateway</html>"),
            httpx.Response(200, content=b"not json"),
        ]
    )
    client = make_client(lambda request: next(answers), max_retries=0)
    body = CreateTrackingRequest(tracking_number="RM1", carrier_code="china-post")

    duplicate = create_tracking.sync_detailed(client=client, body=body)
    bad_gateway = create_tracking.sync_detailed(client=client, body=body)
    garbage = create_tracking.sync_detailed(client=client, body=body)

    assert isinstance(duplicate.parsed, ErrorEnvelope)
    assert duplicate.parsed.meta.code == 4016
    assert (bad_gateway.status_code, bad_gateway.parsed) == (502, None)
    assert bad_gateway.content == b"<html>bad gateway</html>"
    assert (garbage.status_code, garbage.parsed) == (200, None)


def test_non_standard_statuses_from_a_cdn_do_not_break_detailed_calls(make_client: MakeClient) -> None:
    client = make_client(lambda request: httpx.Response(520, content=b"origin error"), max_retries=0)

    response = get_tracking.sync_detailed("china-post", "RM1", client=client)

    assert (response.status_code, response.parsed, response.content) == (520, None, b"origin error")
    with pytest.raises(errors.ServerError, match="HTTP 520"):
        get_tracking.sync("china-post", "RM1", client=client)


@pytest.mark.anyio
async def test_async_calls_raise_the_same_errors(make_client: MakeClient) -> None:
    client = make_client(lambda request: json_response(200, envelope(4017, message="gone")))

    with pytest.raises(errors.NotFoundError, match=r"deleteTracking: \[4017"):
        await delete_tracking.asyncio("china-post", "RM1", client=client)
    detailed = await delete_tracking.asyncio_detailed("china-post", "RM1", client=client)
    # The error shares EmptyEnvelope's shape: meta.code, not the parsed type, tells them apart.
    assert detailed.parsed is not None
    assert detailed.parsed.meta.code == 4017
    await client.aclose()


def test_connection_failure_is_an_api_connection_error(make_client: MakeClient) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    client = make_client(refuse, max_retries=0)

    with pytest.raises(errors.APIConnectionError, match="getTracking: ConnectError") as caught:
        get_tracking.sync("china-post", "RM1", client=client)
    assert not isinstance(caught.value, errors.APITimeoutError)
    # Detailed calls have no response to return either: same exception.
    with pytest.raises(errors.APIConnectionError):
        get_tracking.sync_detailed("china-post", "RM1", client=client)


def test_timeout_is_an_api_timeout_error(make_client: MakeClient) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = make_client(slow, max_retries=0)

    with pytest.raises(errors.APITimeoutError) as caught:
        get_tracking.sync("china-post", "RM1", client=client)
    assert isinstance(caught.value, errors.APIConnectionError)
    assert caught.value.operation_id == "getTracking"


def test_api_errors_survive_pickling() -> None:
    error = errors.NotFoundError("gone", code=4017, type="Bad Request", http_status=200, operation_id="getTracking")

    copy = pickle.loads(pickle.dumps(error))

    assert type(copy) is errors.NotFoundError
    assert (copy.code, copy.message, str(copy)) == (4017, "gone", str(error))


def test_unexpected_status_is_part_of_the_hierarchy() -> None:
    assert issubclass(errors.UnexpectedStatus, errors.TrackingMoreError)
    assert errors.error_class_for(504) is errors.ServerError


@pytest.mark.parametrize(
    "body",
    [b"[1, 2]", b'"ok"', b'{"meta": {"code": 200}, "data": "not a tracking"}', b'{"meta": {"code": 200}}'],
    ids=["array", "string", "wrong-data", "no-data"],
)
def test_success_with_a_body_of_the_wrong_shape_is_invalid_response(make_client: MakeClient, body: bytes) -> None:
    client = make_client(lambda request: httpx.Response(200, content=body), max_retries=0)
    with pytest.raises(errors.InvalidResponseError, match="TrackingEnvelope"):
        get_tracking.sync("china-post", "RM1", client=client)


def test_plain_calls_decode_the_body_once(make_client: MakeClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 2,000-tracking page is ~15 MB of JSON: decoding it twice would double the parse cost."""
    import json

    decoded: list[int] = []
    real_loads = json.loads

    def counting_loads(data: bytes | str) -> object:
        decoded.append(len(data))
        return real_loads(data)

    monkeypatch.setattr(json, "loads", counting_loads)
    # Large enough that the retry transport does not peek at it (it looks only at small bodies).
    big = TRACKING | {"notes": "x" * 10_000}
    client = make_client(lambda request: json_response(200, envelope(200, big)))
    assert get_tracking.sync("china-post", "RM1", client=client).data["notes"] == big["notes"]
    assert len(decoded) == 1
