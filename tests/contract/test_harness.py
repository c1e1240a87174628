"""Unit tests of the pieces the contract tests stand on: carrier mapping, validity, failure filters."""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests
from schemathesis.core.failures import CustomFailure, Failure
from schemathesis.core.transport import Response
from trackingmore_mock import RateLimits

from contract import trackingmore_checks as checks
from contract import trackingmore_hooks as hooks
from contract.engine_run import failing_checks
from contract.mockserver import load_schema, make_app

schema = load_schema(make_app())
GET_TRACKING = schema["/trackings/{carrier_code}/{tracking_number}"]["GET"]
LIST = schema["/trackings/get"]["GET"]


class _UndocumentedStatus(Failure):
    code = "ST103"


def response(status: int, body: Any) -> Response:
    request = requests.Request("GET", "http://mock/v2/x").prepare()
    return Response(status, {"content-type": ["application/json"]}, json.dumps(body).encode(), request, 0.0, True)


def test_carrier_mapping_is_deterministic_and_keeps_invalid_values() -> None:
    mapped = [hooks.realistic_carrier(f"zz{i}") for i in range(200)]
    assert mapped == [hooks.realistic_carrier(f"zz{i}") for i in range(200)]
    known = sum(code in checks.known_carriers() for code in mapped)
    assert 100 < known < 200  # about 3 in 4 become real carriers, the rest stay unknown
    assert hooks.realistic_carrier("Not Valid!") == "Not Valid!"
    assert hooks.realistic_carrier(7) == 7
    assert hooks.realistic_carrier("dhl") == "dhl"


@pytest.mark.parametrize(
    ("value", "real"),
    [
        ("2018-05-20 12:00", True),
        ("2017/8/27 16:51", True),
        ("1700000000", True),
        ("2019-02-31", False),
        ("0000/00/0", False),
    ],
)
def test_order_times(value: str, real: bool) -> None:
    assert checks.is_real_order_time(value) is real


def test_values_inherited_through_links_are_checked() -> None:
    assert not checks.sent_values_are_valid(LIST.Case(query={"numbers": ""}))
    assert checks.sent_values_are_valid(LIST.Case(query={"numbers": "AB12,CD34", "page": "2", "limit": 5}))
    assert not checks.path_is_valid(
        GET_TRACKING.Case(path_parameters={"carrier_code": "0.08", "tracking_number": "RM1"})
    )
    valid = GET_TRACKING.Case(path_parameters={"carrier_code": "dhl", "tracking_number": "RM121546236CN"})
    assert checks.path_is_valid(valid)


def test_equivalent_http_status() -> None:
    def status(code: int, http: int = 200) -> int:
        return checks.equivalent_http_status(response(http, {"meta": {"code": code}, "data": []}))

    assert [status(200), status(4012), status(4001), status(4017), status(4016), status(4031)] == [
        200,
        400,
        401,
        404,
        409,
        404,
    ]
    assert status(429, http=429) == 429


def test_only_missed_routes_lose_their_undocumented_404() -> None:
    failure = _UndocumentedStatus(operation="GET /trackings/{carrier_code}/{tracking_number}", message="404")
    missed = GET_TRACKING.Case(path_parameters={"carrier_code": "dhl", "tracking_number": ""})
    routed = GET_TRACKING.Case(path_parameters={"carrier_code": "dhl", "tracking_number": "RM121546236CN"})
    not_found = response(404, {"meta": {"code": 404}, "data": []})
    assert hooks.filter_failure(None, failure, missed, not_found) is False  # type: ignore[arg-type]
    assert hooks.filter_failure(None, failure, routed, not_found) is True  # type: ignore[arg-type]
    other = CustomFailure(
        operation="x", title="Custom check failed: `envelope_conformance`", message="m", exception=AssertionError()
    )
    assert hooks.filter_failure(None, other, missed, not_found) is True  # type: ignore[arg-type]


def test_meta_types_come_from_the_spec_table() -> None:
    table = checks.meta_types()
    assert table[200] == "Success" and table[4001] == "Unauthorized" and table[4031] == "No Content"
    assert len(table) >= 25


def test_a_rate_limited_api_is_not_reported() -> None:
    # The live API answers 429 beyond 1 list call per second; the auth probes and the checks must
    # take it as the documented answer it is. Frozen limiter time: the window never frees.
    limits = RateLimits(list=1, realtime=1, time=lambda: 0.0)
    app = make_app(rate_limits=limits)
    assert failing_checks(app, ("listTrackings", "getRealtimeTracking"), ("examples", "fuzzing")) == {}
