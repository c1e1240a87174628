"""The fast pipeline answers exactly as connexion's pipeline: same accept/refuse decisions, same bytes.

Two apps with the same seed, key, clock and rate limits -- one with the fast pipeline (the
default), one with `fast_pipeline=False` (every request through connexion) -- receive the same
sequence of requests, generated over every spec path and method, good and bad path values, query
strings (repeated, unknown, out of range, non-ASCII digits), key headers, content types and bodies
(conforming, wrong anywhere, not JSON, not UTF-8). Their states evolve alike only if every decision
is alike, and every answer must be identical: HTTP status, body bytes, and the headers clients read.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from trackingmore_mock import ManualClock, RateLimits, create_app, fast_pipeline, spec
from trackingmore_mock.testing import InProcessClient

KEY = "k"
_COMPARED_HEADERS = ("content-type", "retry-after", "allow")
Strategy = st.SearchStrategy[Any]

_SEGMENTS = [
    "dhl",
    "china-post",
    "ups",
    "DHL",
    "d_h",
    "-dhl",
    "RM121546236CN",
    "TMDELIVERED0042",
    "TMTRANSIT1",
    "RR1",
    "RM121546236CN\n",
    "\u0663\u0663\u0663\u0663\u0663",
    "x" * 51,
    "en",
    "de",
    "EN",
    "get",
    "a b",
    "%2F",
    "a/b",
]
_QUERY_NAMES = ["page", "limit", "status", "created_at_min", "update_time_max", "numbers", "orders", "lang", "archived"]
_QUERY_VALUES = [
    "1",
    "2",
    "0",
    "01",
    "-1",
    "+1",
    " 1",
    "1.5",
    "",
    "abc",
    "2000",
    "2001",
    "\u0661\u0662",
    "9" * 19,
    "9" * 25,
    "delivered",
    "transit",
    "true",
    "RM121546236CN,TMTRANSIT1",
    "a,,b",
    "de",
]
_CONTENT_TYPES = [
    None,
    "application/json",
    "application/json; charset=utf-8",
    "application/json; charset=latin-1",
    "text/plain",
    "application/x-www-form-urlencoded",
]
_item: Strategy = st.fixed_dictionaries(
    {
        "tracking_number": st.sampled_from(
            ["RM121546236CN", "TMDELIVERED0042", "TMTRANSIT1", "TMNOTFOUND77", "R!", "", "RM121546236CN\n", "12"]
        ),
        "carrier_code": st.sampled_from(["dhl", "china-post", "ups", "DHL", "", "nope-carrier"]),
    },
    optional={
        "title": st.sampled_from(["#42", "", None, 7]),
        "update_carrier_code": st.sampled_from(["ups", "dhl", "BAD"]),
        "status": st.sampled_from([4, 7, 8, 9, "4", None]),
        "customer_email": st.sampled_from(["a@example.com", "a@example.com,b@example.com", 3]),
        "order_create_time": st.sampled_from(["2018-01-01 10:00", "yesterday", ""]),
        "destination_code": st.sampled_from(["us", "US", "usa", 1]),
        "unknown_field": st.sampled_from([1, "x", None]),
        "track_number": st.sampled_from(["784-12345675", "x"]),
    },
)
_json_body: Strategy = st.one_of(
    _item,
    st.lists(_item, min_size=0, max_size=3),
    st.integers(1, 41).flatmap(lambda n: st.lists(_item, min_size=n, max_size=n)),
    st.sampled_from([None, [], {}, 1, "text", [1, 2], {"items": []}]),
)
_raw_bodies: Strategy = st.sampled_from(
    [b"", b" ", b"{", b"\xff\xfe", b"null", b"[1,", '{"tracking_number": "\u00e9"}'.encode()]
)


def _paths() -> list[tuple[str, list[str]]]:
    document = spec.load(spec.locate())
    return [(template, [m.upper() for m in item]) for template, item in document["paths"].items()]


PATHS = _paths()


@st.composite
def requests(draw: Any) -> dict[str, Any]:
    template, methods = draw(st.sampled_from(PATHS))
    path = template
    for name in ("carrier_code", "tracking_number", "lang"):
        if "{" + name + "}" in path:
            path = path.replace("{" + name + "}", quote(draw(st.sampled_from(_SEGMENTS)), safe=""))
    path = draw(st.sampled_from([path, path, path, path + "/", path + "/extra", "/nowhere"]))
    method = draw(st.sampled_from([*methods, *methods, *methods, "GET", "POST", "HEAD", "PATCH"]))
    query = draw(
        st.lists(st.tuples(st.sampled_from([*_QUERY_NAMES, "unknown"]), st.sampled_from(_QUERY_VALUES)), max_size=4)
    )
    headers: list[tuple[str, str]] = []
    key = draw(st.sampled_from([KEY, KEY, KEY, KEY, None, "", "wrong", "twice"]))
    if key == "twice":
        headers += [("Trackingmore-Api-Key", KEY), ("Trackingmore-Api-Key", KEY)]
    elif key is not None:
        headers.append(("Trackingmore-Api-Key", key))
    content_type = draw(st.sampled_from(_CONTENT_TYPES))
    if content_type is not None:
        headers.append(("Content-Type", content_type))
    content = None
    if method in ("POST", "PUT", "DELETE", "PATCH"):
        content = draw(st.one_of(_json_body.map(lambda b: json.dumps(b).encode()), _raw_bodies, st.none()))
    return {"method": method, "url": path, "params": query, "headers": headers, "content": content}


@pytest.fixture(scope="module")
def twins() -> Iterator[tuple[InProcessClient, InProcessClient, ManualClock]]:
    clock = ManualClock(1_700_000_000.0)
    limits = RateLimits(time=clock.now)
    apps = [
        create_app(api_key=KEY, clock=clock, seed=3, quota=100_000, rate_limits=limits, fast_pipeline=fast)
        for fast in (True, False)
    ]
    clients = [InProcessClient(app, base_url="http://mock/v2") for app in apps]
    seed = [{"tracking_number": n, "carrier_code": "dhl"} for n in ("TMDELIVERED0042", "TMTRANSIT1", "RM121546236CN")]
    for client in clients:
        client.post("/trackings/batch", json=seed, headers={"Trackingmore-Api-Key": KEY})
    yield clients[0], clients[1], clock
    for client in clients:
        client.close()


_ticks = itertools.count()
_GOOD = {"tracking_number": "RM121546236CN"}  # a detectCarrier body: no state, no rate limit
_H = [("Trackingmore-Api-Key", KEY)]
# Requests each check of the fast pipeline must pass on to connexion (or serve alike).
CURATED: list[dict[str, Any]] = [
    *(
        {"method": "POST", "url": "/carriers/detect", "headers": [*_H, ("Content-Type", ct)], "content": body}
        for ct in [c for c in _CONTENT_TYPES if c] + ["APPLICATION/JSON", "application/json;charset=UTF-8"]
        for body in (json.dumps(_GOOD).encode(), b"", b"\xff")
    ),
    {
        "method": "POST",
        "url": "/carriers/detect",
        "headers": [*_H, ("Content-Type", "application/json")] * 2,
        "content": json.dumps(_GOOD).encode(),
    },
    {"method": "POST", "url": "/carriers/detect", "headers": _H, "content": json.dumps(_GOOD).encode("utf-16")},
    *(
        {"method": "POST", "url": "/carriers/detect", "headers": _H, "content": raw}
        for raw in (
            b'{"tracking_number": "RM121546236CN", "tracking_number": "x"}',  # duplicate keys: the last wins
            b'{"tracking_number": "x", "tracking_number": "RM121546236CN"}',
            b'{"tracking_number": "RM121546236CN", "n": NaN}',
            b'{"tracking_number": "RM121546236CN", "n": 1e400}',
            b'{"tracking_number": "RM121546236CN", "n": 123456789012345678901234567890}',
            b'{"tracking_number": "RM\\ud800456"}',
            b'\xef\xbb\xbf{"tracking_number": "RM121546236CN"}',
        )
    ),
    *(
        {"method": "GET", "url": "/trackings/get", "headers": _H, "params": [(name, value)]}
        for name in ("page", "limit", "created_at_min")
        for value in _QUERY_VALUES
    ),
    {"method": "GET", "url": "/trackings/get", "headers": _H, "params": [("page", "1"), ("page", "2")]},
    *(
        {"method": "GET", "url": f"/trackings/{quote(c, safe='')}/{quote(n, safe='')}", "headers": _H}
        for c in _SEGMENTS[:6]
        for n in _SEGMENTS[6:12]
    ),
    *({"method": m, "url": "/trackings/dhl/RM121546236CN", "headers": _H} for m in ("HEAD", "OPTIONS", "PATCH")),
    *(
        {"method": "GET", "url": "/trackings/getuserinfo", "headers": h}
        for h in ([], [("Trackingmore-Api-Key", "")], [("Trackingmore-Api-Key", "wrong")], _H * 2, _H)
    ),
    {"method": "GET", "url": "/trackings/getuserinfo/", "headers": _H},
    {"method": "GET", "url": "/v2/openapi.json", "headers": _H},
]


@pytest.mark.parametrize("request_", CURATED)
def test_curated_requests_get_the_same_answer(
    twins: tuple[InProcessClient, InProcessClient, ManualClock], request_: dict[str, Any]
) -> None:
    _compare(twins, request_)


@settings(max_examples=600, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(request=requests())
def test_the_fast_pipeline_answers_like_connexion(
    twins: tuple[InProcessClient, InProcessClient, ManualClock], request: dict[str, Any]
) -> None:
    if next(_ticks) % 7 == 0:
        twins[2].advance(0.4)  # let rate-limit windows free now and then
    _compare(twins, request)


def _compare(twins: tuple[InProcessClient, InProcessClient, ManualClock], request: dict[str, Any]) -> None:
    fast, slow, _ = twins
    answers = [client.request(**request) for client in (fast, slow)]
    first, second = answers
    assert first.status_code == second.status_code, request
    assert _document(first) == _document(second), request
    for name in _COMPARED_HEADERS:
        assert first.headers.get(name) == second.headers.get(name), (name, request)


def _document(answer: Any) -> Any:
    """The JSON document of an answer (the fast pipeline writes compact JSON with orjson), else its bytes."""
    try:
        return json.loads(answer.content)
    except ValueError:
        return answer.content


def test_the_fast_pipeline_serves_the_common_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    """Accepted requests of every operation but listCarriers (a header parameter) never reach connexion."""
    passed_on: list[str] = []
    original = fast_pipeline.FastPipeline.__call__

    async def spy(self: Any, scope: Any, receive: Any, send: Any) -> None:
        inner = self.app

        async def counted(scope: Any, receive: Any, send: Any) -> None:
            passed_on.append(scope["path"])
            await inner(scope, receive, send)

        self.app = counted
        try:
            await original(self, scope, receive, send)
        finally:
            self.app = inner

    monkeypatch.setattr(fast_pipeline.FastPipeline, "__call__", spy)
    app = create_app(api_key=KEY)
    item = {"tracking_number": "RM121546236CN", "carrier_code": "dhl"}
    with InProcessClient(app, headers={"Trackingmore-Api-Key": KEY}) as client:
        answers = [
            client.post("/trackings/post", json=item),
            client.get("/trackings/dhl/RM121546236CN"),
            client.get("/trackings/dhl/RM121546236CN/de"),
            client.put("/trackings/dhl/RM121546236CN", json={"title": "#1"}),
            client.get("/trackings/get", params={"page": 1, "limit": 2000, "status": "pending"}),
            client.post("/trackings/batch", json=[{"tracking_number": "TMTRANSIT1", "carrier_code": "dhl"}]),
            client.post("/trackings/updatemore", json=[{**item, "title": "#2"}]),
            client.post("/trackings/realtime", json=item),
            client.get("/trackings/getuserinfo"),
            client.get("/trackings/getstatusnumber", params={"created_at_min": 0}),
            client.post("/trackings/notupdate", json=[item]),
            client.post("/carriers/detect", json={"tracking_number": "RM121546236CN"}),
            client.post("/trackings/update", json={**item, "update_carrier_code": "ups"}),
            client.post("/trackings/delete", json=[{"tracking_number": "TMTRANSIT1", "carrier_code": "dhl"}]),
            client.delete("/trackings/ups/RM121546236CN"),
        ]
        assert [a.json()["meta"]["code"] for a in answers if a.json()["meta"]["code"] not in (200, 201)] == []
        assert passed_on == []
        # A refused request goes on to connexion, which words the error.
        refused = client.get("/trackings/get", params={"limit": 2001})
        assert refused.json()["meta"]["code"] == 4012 and passed_on == ["/v2/trackings/get"]


def test_the_fast_pipeline_uses_connexions_body_schemas() -> None:
    """Each compiled body validator comes from the schema connexion validates the body with."""
    document = spec.load(spec.locate())
    compiled = {
        operation.handler.__name__: operation.body
        for route in fast_pipeline.compile_routes(document, "/v2", lambda op: _handler(op), "ApiKeyAuth")
        for operation in route.operations.values()
        if operation is not None and operation.body is not None
    }
    bodies = {
        operation["operationId"]
        for item in document["paths"].values()
        for method, operation in item.items()
        if isinstance(operation, dict) and "requestBody" in operation
    }
    assert set(compiled) == bodies


def _handler(operation_id: str) -> Any:
    async def handler(body: Any) -> Any:
        return body

    handler.__name__ = operation_id
    return handler


def test_response_validation_turns_the_fast_pipeline_off() -> None:
    app = create_app(api_key=KEY, validate_responses=True)
    assert not any("FastPipeline" in repr(m) for m in app.middleware.middlewares)
    assert any("FastPipeline" in repr(m) for m in create_app(api_key=KEY).middleware.middlewares)
