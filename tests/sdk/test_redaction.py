"""The API key never shows in a repr, a log record, an exception message or a traceback."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

import httpx
import pytest
from trackingmore_v2 import AuthenticatedClient, errors
from trackingmore_v2.api.trackings import create_tracking, get_tracking
from trackingmore_v2.models import CreateTrackingRequest
from trackingmore_v2.runtime.log import configure_from_env, redact_headers

from sdk.helpers import API_KEY, envelope, json_response

MakeClient = Callable[..., AuthenticatedClient]


def test_reprs_do_not_show_the_key(make_client: MakeClient) -> None:
    client = make_client(lambda request: json_response())
    httpx_client = client.get_httpx_client()

    for text in (repr(client), str(client), repr(httpx_client.auth), repr(httpx_client.headers)):
        assert API_KEY not in text
    assert "retry_policy" in repr(client)  # the repr is still useful


def test_debug_logs_of_every_logger_redact_the_key(make_client: MakeClient, caplog: pytest.LogCaptureFixture) -> None:
    answers = iter([httpx.Response(503), json_response(200, envelope(4017, message="missing"))])
    client = make_client(lambda request: next(answers))

    with caplog.at_level(logging.DEBUG), pytest.raises(errors.NotFoundError):
        get_tracking.sync("china-post", "RM1", client=client)

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "request GET https://api.trackingmore.test/v2/trackings/china-post/RM1 attempt=1" in logged
    assert "retrying GET" in logged
    assert "'trackingmore-api-key': '<redacted>'" in logged
    assert API_KEY not in logged


def test_exception_messages_and_tracebacks_do_not_show_the_key(make_client: MakeClient) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def bad_key(request: httpx.Request) -> httpx.Response:
        return json_response(200, envelope(4001, message="bad key"))

    new = CreateTrackingRequest(tracking_number="n", carrier_code="c")
    cases: list[tuple[AuthenticatedClient, Callable[[AuthenticatedClient], object]]] = [
        (make_client(fail, max_retries=0), lambda c: get_tracking.sync("c", "n", client=c)),
        (make_client(bad_key, max_retries=0), lambda c: create_tracking.sync(client=c, body=new)),
    ]
    captured: list[BaseException] = []
    for client, call in cases:
        with pytest.raises(errors.TrackingMoreError) as caught:
            call(client)
        captured.append(caught.value)

    for error in captured:
        text = "".join(traceback.format_exception(error)) + repr(error) + str(vars(error))
        assert API_KEY not in text
    assert isinstance(captured[1], errors.AuthenticationError)


def test_header_redaction_covers_credential_like_names() -> None:
    redacted = redact_headers(
        [("Trackingmore-Api-Key", "k"), ("Authorization", "Bearer t"), ("X-Client-Token", "t"), ("Accept", "json")]
    )
    assert redacted == {
        "Trackingmore-Api-Key": "<redacted>",
        "Authorization": "<redacted>",
        "X-Client-Token": "<redacted>",
        "Accept": "json",
    }


def test_log_environment_variable_enables_redacted_logging(
    make_client: MakeClient, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    logger = logging.getLogger("trackingmore_v2")
    handlers, level = list(logger.handlers), logger.level
    monkeypatch.setenv("TRACKINGMORE_LOG", "debug")
    try:
        configure_from_env()
        configure_from_env()  # idempotent: one handler
        assert len(logger.handlers) == len(handlers) + 1
        get_tracking.sync_detailed("c", "n", client=make_client(lambda request: json_response()))
    finally:
        logger.handlers[:] = handlers
        logger.setLevel(level)
    printed = capsys.readouterr().err
    assert "trackingmore_v2 DEBUG request GET" in printed
    assert API_KEY not in printed
