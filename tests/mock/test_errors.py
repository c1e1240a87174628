"""Authentication, framework-level failures and a battery of malformed requests: always the
envelope, never a 500, and the server keeps serving."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

ENVELOPE_KEYS = {"meta", "data"}


def _envelope(response: httpx.Response) -> dict[str, Any]:
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    assert set(body) == ENVELOPE_KEYS and body["data"] == []
    assert set(body["meta"]) == {"code", "type", "message"}
    return body


def test_missing_key_is_401_and_wrong_key_4001(mock_app: Any, make_client: Callable[..., Any]) -> None:
    anonymous = make_client(mock_app, api_key=None)
    response = anonymous.get("/trackings/getuserinfo")
    assert response.status_code == 200 and _envelope(response)["meta"]["code"] == 401
    assert _envelope(anonymous.get("/carriers", headers={"Trackingmore-Api-Key": ""}))["meta"]["code"] == 401
    wrong = make_client(mock_app, api_key="not-the-key")
    body = _envelope(wrong.post("/trackings/post", json={"tracking_number": "TMX1", "carrier_code": "ups"}))
    assert body["meta"] == {"code": 4001, "type": "Unauthorized", "message": "Invalid API key."}
    # Auth comes before validation, like the real service.
    assert _envelope(wrong.post("/trackings/post", content=b"{"))["meta"]["code"] == 4001


def test_any_key_is_accepted_when_none_is_configured(make_client: Callable[..., Any]) -> None:
    from trackingmore_mock import create_app

    client = make_client(create_app(), api_key="whatever")
    assert client.get("/trackings/getuserinfo").json()["meta"]["code"] == 200


def test_unknown_path_is_an_envelope_404(api: Any) -> None:
    response = api.get("/no/such/thing")
    assert response.status_code == 404 and _envelope(response)["meta"]["code"] == 404
    assert api.get("/trackings/too/many/segments/here").status_code == 404


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("PATCH", "/trackings/ups/1Z9999W99999999999", "DELETE, GET, HEAD, PUT"),
        ("POST", "/trackings/ups/1Z9999W99999999999", "DELETE, GET, HEAD, PUT"),
        ("DELETE", "/trackings/get", "GET, HEAD, POST"),  # POST: the tolerated body form
        ("GET", "/trackings/post", "POST"),
        ("PUT", "/carriers", "GET, HEAD"),
        ("OPTIONS", "/trackings/batch", "POST"),
    ],
)
def test_wrong_method_is_405_with_allow(api: Any, method: str, path: str, allow: str) -> None:
    response = api.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allow
    assert _envelope(response)["meta"]["code"] == 405


def test_head_is_served_like_get(api: Any) -> None:
    response = api.request("HEAD", "/trackings/getuserinfo")
    assert response.status_code == 200 and response.content == b""


@pytest.mark.parametrize(
    ("content", "content_type", "code"),
    [
        (b"{", "application/json", 4015),
        (b'{"tracking_number": "TM1', "application/json", 4015),
        (b"\xff\xfe\x00garbage", "application/json", 4015),
        ('{"tracking_number": "é"}'.encode("latin-1"), "application/json; charset=utf-8", 4015),
        (b'{"a": 1}', "application/json; charset=no-such-charset", 4013),
        (b"tracking_number=TM1&carrier_code=ups", "application/x-www-form-urlencoded", 4015),
        (b"<xml/>", "text/xml", 4015),
        (b"", "application/json", 4012),
        (b"null", "application/json", 4012),
        (b"42", "application/json", 4012),
        (b'"a string"', "application/json", 4012),
        (b"[]", "application/json", 4012),
        (b"[" * 5000 + b"]" * 5000, "application/json", 4015),  # deeper than the JSON parser goes
        (b'{"tracking_number": 12345, "carrier_code": "ups"}', "application/json", 4014),
        (b'{"tracking_number": null, "carrier_code": "ups"}', "application/json", 4014),
        (b'{"tracking_number": "TM12345", "carrier_code": ["ups"]}', "application/json", 4015),
        (b'{"tracking_number": "TM12345", "carrier_code": "ups", "title": {"a": 1}}', "application/json", 4012),
        (b'{"tracking_number": "TM12345", "carrier_code": "ups", "title": "' + b"x" * 300 + b'"}',
         "application/json", 4012),
        (b'{"tracking_number": "TM\\u0000", "carrier_code": "ups"}', "application/json", 4014),
        (b'{"tracking_number": "TM12345", "carrier_code": "ups", "auto_correct": NaN}', "application/json", 4012),
    ],
)  # fmt: skip
def test_malformed_bodies_get_the_envelope(api: Any, content: bytes, content_type: str, code: int) -> None:
    response = api.post("/trackings/post", content=content, headers={"Content-Type": content_type})
    assert response.status_code == 200
    assert _envelope(response)["meta"]["code"] == code


def test_body_over_1_mib_is_413(api: Any) -> None:
    big = json.dumps([{"tracking_number": "TM12345", "carrier_code": "ups", "title": "x" * 1000}] * 1100)
    response = api.post("/trackings/batch", content=big, headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and _envelope(response)["meta"]["code"] == 413


def test_streamed_body_over_1_mib_without_length_is_413(mock_app: Any, mock_api_key: str) -> None:
    # No Content-Length (chunked upload): the limit is enforced while the body is read.
    chunk = b"x" * 100_000
    messages = [{"type": "http.request", "body": chunk, "more_body": True} for _ in range(20)]
    messages.append({"type": "http.request", "body": b"", "more_body": False})
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v2/trackings/post",
        "raw_path": b"/v2/trackings/post",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"content-type", b"application/json"), (b"trackingmore-api-key", mock_api_key.encode())],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    asyncio.run(mock_app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    assert start["status"] == 413
    assert json.loads(body)["meta"]["code"] == 413


def test_bad_query_and_path_parameters(api: Any) -> None:
    cases = {
        "/trackings/get?page=abc": 4012,
        "/trackings/get?limit=-1": 4012,
        "/trackings/get?created_at_min=yesterday": 4012,
        "/trackings/get?archived=maybe": 4012,
        "/trackings/get?status=": 4033,
        "/trackings/get?page=99999999999999999999999": 4012,
        "/trackings/UPS/1Z9999W99999999999": 4015,
        "/trackings/ups/%20%20": 4014,
        "/trackings/ups/a%2Fb": 4014,
        "/trackings/ups/" + "9" * 60: 4014,
        "/trackings/ups/ab%0Acd": 4014,  # a newline: starlette's router refuses the path
        "/trackings/u%0Aps/abcd1234": 4015,
    }
    for url, code in cases.items():
        response = api.get(url)
        assert response.status_code in (200, 404), url
        if response.status_code == 200:
            assert _envelope(response)["meta"]["code"] == code, url


def test_server_keeps_serving_after_garbage(api: Any) -> None:
    for content in (b"\x00" * 1000, b"{" * 10_000, b'{"tracking_number": "\\ud800", "carrier_code": "ups"}'):
        assert (
            api.post("/trackings/realtime", content=content, headers={"Content-Type": "application/json"}).status_code
            < 500
        )
    assert api.get("/trackings/getuserinfo").json()["meta"]["code"] == 200


def test_raw_socket_garbage_does_not_break_the_served_mock(mock_server: Any) -> None:
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(mock_server.base_url)
    for payload in (b"GARBAGE\r\n\r\n", b"POST /v2/trackings/post HTTP/1.1\r\nContent-Length: abc\r\n\r\n{}"):
        with socket.create_connection((parts.hostname, parts.port), timeout=5) as sock:
            sock.sendall(payload)
            assert sock.recv(100).startswith(b"HTTP/1.1 4")  # uvicorn refuses it; no 500
    response = httpx.get(
        mock_server.base_url + "/trackings/getuserinfo", headers={"Trackingmore-Api-Key": "test-api-key"}
    )
    assert response.json()["meta"]["code"] == 200


def test_swagger_ui_and_spec_are_served(api: Any) -> None:
    ui = api.get("/ui/")
    assert ui.status_code == 200 and "swagger" in ui.text.lower()
    spec = api.get("/openapi.json").json()
    assert spec["info"]["title"].startswith("TrackingMore")
    assert (
        len({op["operationId"] for path in spec["paths"].values() for op in path.values() if "operationId" in op}) == 20
    )  # the spec's 19 and the tolerated POST /trackings/get (listTrackingsWithBody)


def test_chunked_upload_is_read_like_a_sized_one(api: Any) -> None:
    parts = (b'{"tracking_number": "TMDELIVERED77",', b' "carrier_code": "ups"}')

    def chunks() -> Any:
        yield from parts

    async def async_chunks() -> Any:
        for part in parts:
            yield part

    content = chunks() if isinstance(api, httpx.Client) else async_chunks()
    response = api.post("/trackings/post", content=content, headers={"Content-Type": "application/json"})
    assert response.json()["meta"]["code"] == 200
    assert api.get("/trackings/ups/TMDELIVERED77").json()["data"]["status"] == "delivered"


def test_unknown_query_parameters_are_ignored_quietly(
    mock_app: Any, make_client: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client(mock_app)
    with caplog.at_level("WARNING"):
        assert client.get("/trackings/get", params={"x-unknown": "1", "é": "2"}).json()["meta"]["code"] == 200
        assert client.get("/trackings/getstatusnumber", params={"foo": "bar"}).json()["meta"]["code"] == 200
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


def test_json_body_without_content_type_is_read_as_json(api: Any, create: Any) -> None:
    create("TMTRANSIT5", "ups")
    response = api.put("/trackings/ups/TMTRANSIT5", content=b'{"title": "no header"}')
    assert response.json()["data"]["title"] == "no header"
    assert api.put("/trackings/ups/TMTRANSIT5", content=b"{}").json()["meta"]["code"] == 200


def test_int64_query_values_beyond_range_are_4012(api: Any) -> None:
    assert api.get("/trackings/get", params={"update_time_min": str(2**63)}).json()["meta"]["code"] == 4012
    assert api.get("/trackings/get", params={"update_time_min": str(2**63 - 1)}).json()["meta"]["code"] == 200
    assert api.get("/trackings/getstatusnumber", params={"created_at_max": str(10**30)}).json()["meta"]["code"] == 4012


def test_trailing_slash_is_the_same_operation(api: Any) -> None:
    assert api.get("/carriers/").json()["meta"]["code"] == 200
    body = {"tracking_number": "TMTRANSIT42", "carrier_code": "ups"}
    assert api.post("/trackings/post/", json=body).json()["meta"]["code"] == 200
    assert api.get("/trackings/ups/TMTRANSIT42/").json()["data"]["status"] == "transit"
    assert api.get("/ui/").status_code == 200  # Swagger UI keeps its own slash


def test_router_refused_paths_still_authenticate_first(mock_app: Any, make_client: Callable[..., Any]) -> None:
    refused = "/trackings/china-post/RM121546236CN%0A"
    assert make_client(mock_app, api_key=None).get(refused).json()["meta"]["code"] == 401
    assert make_client(mock_app, api_key="wrong").get(refused).json()["meta"]["code"] == 4001
    assert make_client(mock_app).get(refused).json()["meta"]["code"] == 4014
