"""Issue 10, defects 1-2: the key is validated when the client is built, and no object reachable
from an SDK exception (its cause/context chain, the chained httpx error's request, reprs,
tracebacks with locals, pickles, log records) holds it in clear. Sync and async, stub servers."""

from __future__ import annotations

import gc
import logging
import pickle
import traceback
import types
from collections.abc import Iterator

import httpx
import pytest
from support.stub_server import StubServer, close_mid_body, closed_port, never_answer, respond
from trackingmore_v2 import AuthenticatedClient, errors
from trackingmore_v2.api.trackings import get_tracking
from trackingmore_v2.runtime.auth import ApiKeyAuth

from sdk.helpers import API_KEY
from sdk.modes import MODES, run, stub_client

_SKIPPED_TYPES = (types.FrameType, types.TracebackType, types.ModuleType, types.FunctionType, types.CodeType, type)


def _reachable(root: object, limit: int = 20_000) -> Iterator[object]:
    """Every object reachable from ``root`` through data (not frames, modules, code or classes:
    tracebacks are checked by formatting them with their locals)."""
    seen: set[int] = set()
    todo = [root]
    while todo and len(seen) < limit:
        current = todo.pop()
        if id(current) in seen or isinstance(current, _SKIPPED_TYPES):
            continue
        seen.add(id(current))
        yield current
        todo.extend(gc.get_referents(current))
        if isinstance(current, BaseException):
            todo.extend(item for item in (current.__cause__, current.__context__) if item is not None)


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    todo = [error]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo.extend(item for item in (current.__cause__, current.__context__) if item is not None)


def _frames_with_locals(error: BaseException) -> list[str]:
    """Every frame of the chain's tracebacks with its locals (as ``capture_locals`` shows them),
    minus the frames whose locals are the caller's own arguments: this module's test functions and
    attrs' generated ``__init__`` (``token=...`` as passed to the constructor)."""
    lines: list[str] = []
    for item in _chain(error):
        for frame in traceback.TracebackException.from_exception(item, capture_locals=True).stack:
            if frame.filename == __file__ or frame.filename.startswith("<attrs generated"):
                continue
            lines += [frame.filename, frame.line or "", repr(frame.locals)]
    return lines


def assert_no_secret(error: BaseException, secret: str) -> None:
    spellings = {secret, repr(secret)[1:-1], repr(secret.encode())[2:-1]}
    secret_bytes = secret.encode()
    texts: list[str] = []
    for item in _chain(error):
        texts += [str(item), repr(item), repr(vars(item)), repr(item.args)]
        if isinstance(item, httpx.RequestError):
            try:
                request = item.request
            except RuntimeError:
                continue
            texts += [repr(request.headers), repr(request.headers.raw), repr(request.extensions)]
        texts.append(pickle.dumps(item).decode("latin-1"))
    texts += traceback.format_exception(error)
    texts += _frames_with_locals(error)
    for text in texts:
        for spelling in spellings:
            assert spelling not in text
    for thing in _reachable(error):
        if isinstance(thing, str):
            assert secret not in thing
        elif isinstance(thing, bytes | bytearray):
            assert secret_bytes not in thing


# --- defect 1: a key with a control character -------------------------------------------------


@pytest.mark.parametrize("key", [API_KEY + "\n", API_KEY + "\r\n", " " + API_KEY, "sk-\x00-" + API_KEY, "clé"])
def test_a_key_that_cannot_be_a_header_is_refused_when_the_client_is_built(
    key: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG), pytest.raises(errors.InvalidAPIKeyError) as caught:
        AuthenticatedClient(base_url="http://127.0.0.1:9/v2", token=key)
    assert isinstance(caught.value, ValueError)
    assert "position" in str(caught.value)
    assert_no_secret(caught.value, key.strip())
    assert all(key.strip() not in record.getMessage() for record in caplog.records)


def test_a_key_read_from_a_file_with_its_newline_is_refused_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TRACKINGMORE_API_KEY", API_KEY + "\n")
    with pytest.raises(errors.InvalidAPIKeyError, match="a newline at the end") as caught:
        AuthenticatedClient()
    assert_no_secret(caught.value, API_KEY)


def test_a_header_value_with_a_control_character_is_refused_when_the_client_is_built() -> None:
    headers = {"X-Proxy-Token": "tok-42\n"}
    with pytest.raises(errors.ClientConfigurationError, match="'X-Proxy-Token' contains the control") as caught:
        AuthenticatedClient(base_url="http://127.0.0.1:9/v2", token=API_KEY, headers=headers)
    assert_no_secret(caught.value, "tok-42")


@pytest.mark.parametrize("mode", MODES)
def test_a_key_that_slips_past_validation_is_redacted_anyway(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    # A hand-made auth sends the key unchecked: h11 refuses the header and quotes its value, in the
    # exception and in httpcore's DEBUG record of it.
    key = "sk-SLIPPED-42"
    with StubServer(respond()) as server, caplog.at_level(logging.DEBUG):
        client = stub_client(server.base_url, max_retries=0, httpx_args={"auth": ApiKeyAuth(key + "\n")})
        with pytest.raises(errors.APIConnectionError) as caught:
            run(mode, get_tracking, "china-post", "RM1", client=client)
    assert "LocalProtocolError" in str(caught.value)
    assert "<redacted>" in str(caught.value)
    assert_no_secret(caught.value, key)
    assert any("Illegal header value" in record.getMessage() for record in caplog.records)
    assert all(key not in record.getMessage() for record in caplog.records)


# --- defect 2: the chain of transport errors -------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", ["refused", "timeout", "closed-mid-body"])
def test_no_object_reachable_from_a_transport_error_holds_the_key(
    mode: str, fault: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        if fault == "refused":
            with closed_port() as base_url:
                client = stub_client(base_url, max_retries=1)
                with pytest.raises(errors.APIConnectionError) as caught:
                    run(mode, get_tracking, "china-post", "RM1", client=client)
        else:
            behaviour = never_answer() if fault == "timeout" else close_mid_body()
            with StubServer(behaviour) as server:
                client = stub_client(server.base_url, timeout=0.3, max_retries=1)
                with pytest.raises(errors.APIConnectionError) as caught:
                    run(mode, get_tracking, "china-post", "RM1", client=client)
                assert server.requests[0].headers["trackingmore-api-key"] == API_KEY  # it was sent

    error = caught.value
    cause = error.__cause__
    assert isinstance(cause, httpx.TransportError)  # still chained, for the curious
    assert cause.request.headers["Trackingmore-Api-Key"] == "<redacted>"
    assert error.__context__ is None or error.__suppress_context__
    assert_no_secret(error, API_KEY)
    assert all(API_KEY not in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("mode", MODES)
def test_an_answer_echoing_the_key_is_redacted_from_the_api_error(mode: str) -> None:
    body = (
        b'{"meta": {"code": 4001, "type": "Unauthorized", "message": "bad key ' + API_KEY.encode() + b'"}, "data": []}'
    )
    with StubServer(respond(200, body, {"X-Echo": API_KEY})) as server:
        client = stub_client(server.base_url, max_retries=0)
        with pytest.raises(errors.AuthenticationError) as caught:
            run(mode, get_tracking, "china-post", "RM1", client=client)
    assert "bad key <redacted>" in str(caught.value)
    assert_no_secret(caught.value, API_KEY)
