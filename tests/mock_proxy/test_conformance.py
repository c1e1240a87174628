"""The proxy's checks, one kind at a time, and what it reads from the spec's prose."""

from __future__ import annotations

import json
from typing import Any

import pytest
from trackingmore_mock.proxy.conformance import Conformance, Match
from trackingmore_mock.proxy.documented import documented_values, meta_codes, values_in

CHECK = Conformance.from_spec_file()
OK = {"code": 200, "type": "Success", "message": "Success"}
UNDOCUMENTED = "undocumented field"
BATCH_ITEM = {"tracking_number": "TM12345", "carrier_code": "dhl", "id": "x"}
TRACKING = {"id": "9a2f", "tracking_number": "RM121546236CN", "carrier_code": "china-post", "status": "transit"}


def answer(
    operation_id: str, body: Any, status: int = 200, content_type: str = "application/json"
) -> set[tuple[str, str]]:
    match = Match(CHECK.operation(operation_id), {})
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return {
        (v.path, str(v.kind)) for v in CHECK.check_response(match, status=status, content_type=content_type, body=raw)
    }


def request(method: str, path: str, *, query: str = "", body: Any = None) -> set[tuple[str, str]]:
    match = CHECK.match(method, path)
    assert match is not None
    raw = b"" if body is None else json.dumps(body).encode()
    headers = {"trackingmore-api-key": "k"}
    found = CHECK.check_request(match, query=query, headers=headers, body=raw, content_type="application/json")
    return {(v.path, str(v.kind)) for v in found}


def test_documented_values_are_read_from_the_spec_descriptions() -> None:
    table = documented_values(CHECK.document)
    assert set(table) == {"PackageStatus", "Substatus"}
    assert table["PackageStatus"] == {
        "pending", "notfound", "transit", "pickup", "delivered", "undelivered", "exception", "expired"
    }  # fmt: skip
    expected_substatus = (
        {"notfound001", "notfound002"}
        | {f"transit00{n}" for n in range(1, 6)}
        | {f"delivered00{n}" for n in range(1, 5)}
        | {f"exception{n:03d}" for n in range(1, 12)}
    )
    assert table["Substatus"] == expected_substatus
    assert values_in("A carrier, e.g. `a01`\u2013`a03` or `b`.") == frozenset({"a01", "a02", "a03", "b"})
    assert values_in("No list here: `YYYY-MM-DD`.") is None


def test_meta_codes_are_the_spec_table() -> None:
    codes, success = meta_codes(CHECK.document)
    assert {200, 201, 202, 401, 4001, 4016, 4031, 4033, 429, 503} <= codes
    assert 4099 not in codes and 418 not in codes  # codes the table does not list
    assert {408, 413, 431, 502} <= codes  # HTTP-level answers of the fake, in x-meta-codes too
    assert success == {200, 201, 202}
    assert meta_codes({"x-meta-codes": {"4099": {"type": "Bad Request"}}})[0] == {4099}
    assert meta_codes({"x-meta-codes": [{"code": 4098}]})[0] == {4098}


def test_every_response_example_of_the_spec_conforms() -> None:
    seen = 0
    for path, item in CHECK.document["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for status, response in operation["responses"].items():
                media = (CHECK.resolve(response).get("content") or {}).get("application/json") or {}
                for name, example in (media.get("examples") or {}).items():
                    code = 503 if status == "5XX" else int(status)
                    assert answer(operation["operationId"], example["value"], code) == set(), (method, path, name)
                    seen += 1
    assert seen > 20


def test_error_envelopes_are_valid_answers() -> None:
    error = {"meta": {"code": 4031, "type": "No Content", "message": "not created"}, "data": []}
    assert answer("getTracking", error) == set()
    assert answer("getTracking", error, status=429) == set()
    assert answer("deleteTracking", {"meta": OK, "data": []}) == set()


def test_meta_code_decides_which_branch_was_meant() -> None:
    missing = {"meta": OK, "data": {k: v for k, v in TRACKING.items() if k != "tracking_number"}}
    assert answer("getTracking", missing) == {("$.data.tracking_number", "missing required")}
    bad_error = {"meta": {"code": 4016, "type": "Bad Request", "message": "exists"}, "data": {"x": 1}}
    assert answer("createTracking", bad_error) == {("$.data", "type")}


def test_kinds_in_a_success_answer() -> None:
    checkpoint = {"Date": "2018-04-25 14:02", "StatusDescription": "Delivered", "checkpoint_status": "teleported"}
    data = {
        **TRACKING,
        "status": "in_customs",
        "substatus": None,  # nullable
        "itemTimeLength": "9",
        "created_at": "yesterday",
        "customer_email": ["a@b.example"],
        "new_field": 1,
        "origin_info": {"trackinfo": [checkpoint, {**checkpoint, "Date": "25.04.2018", "extra": True}]},
    }
    assert answer("getTracking", {"meta": {**OK, "code": 2000}, "data": data}) == {
        ("$.meta.code", "undocumented meta.code"),
        ("$.data.status", "unknown enum value"),
        ("$.data.itemTimeLength", "type"),
        ("$.data.created_at", "format"),
        ("$.data.new_field", "undocumented field"),
        ("$.data.origin_info.trackinfo[*].checkpoint_status", "unknown enum value"),
        ("$.data.origin_info.trackinfo[*].Date", "pattern"),
        ("$.data.origin_info.trackinfo[*].extra", "undocumented field"),
    }
    assert answer("getTracking", {"meta": OK, "data": {**TRACKING, "status": None}}) == {("$.data.status", "type")}
    assert answer("getTracking", {"meta": OK, "data": {**TRACKING, "customer_email": 5}}) == {
        ("$.data.customer_email", "type")
    }


def test_keyed_objects_are_not_undocumented_fields() -> None:
    def cargo(piece: Any) -> dict[str, Any]:
        details = {"return_data": {"piece": piece, "track_info": []}, "airline_info": {"name": "Cargolux"}}
        return {"meta": OK, "data": {"172-28891936": details}}

    assert answer("trackAirCargo", cargo(2)) == set()
    assert answer("trackAirCargo", cargo("2")) == {("$.data.*.return_data.piece", "type")}


def test_statuses_and_bodies_outside_the_spec() -> None:
    assert answer("listCarriers", {"meta": OK, "data": []}, status=418) == {("status", "undocumented HTTP status")}
    html = b"<html>502 Bad Gateway</html>"
    assert answer("listCarriers", html, status=502, content_type="text/html") == {("$", "not JSON")}
    assert answer("listCarriers", b"{oops", status=200) == {("$", "not JSON")}


@pytest.mark.parametrize(
    ("method", "path", "query", "body", "expected"),
    [
        ("GET", "/v2/trackings/DHL/TM12345", "", None, {("path.carrier_code", "pattern")}),
        ("GET", "/v2/trackings/get", "limit=abc&page=0", None, {("query.limit", "type"), ("query.page", "constraint")}),
        ("GET", "/v2/trackings/get", "status=lost", None, {("query.status", "unknown enum value")}),
        ("PUT", "/v2/trackings/dhl/TM12345", "", {"status": 5}, {("$.status", "unknown enum value")}),
        ("POST", "/v2/trackings/post", "", {"carrier_code": "dhl"}, {("$.tracking_number", "missing required")}),
        ("POST", "/v2/trackings/post", "", None, {("body", "missing required")}),
        (
            "POST",
            "/v2/trackings/batch",
            "",
            [BATCH_ITEM] * 41,
            {("$", "constraint"), ("$[*].id", "undocumented field")},
        ),
        ("POST", "/v2/trackings/updatemore", "", [{**BATCH_ITEM, "title": "t"}], {("$[*].id", UNDOCUMENTED)}),
    ],
)
def test_request_kinds(method: str, path: str, query: str, body: Any, expected: set[tuple[str, str]]) -> None:
    assert request(method, path, query=query, body=body) == expected


def test_routes_prefer_literal_paths() -> None:
    for path, operation_id in [
        ("/v2/trackings/get", "listTrackings"),
        ("/v2/trackings/getuserinfo", "getUserInfo"),
        ("/v2/trackings/dhl/TM12345", "getTracking"),
        ("/v2/trackings/dhl/TM12345/en", "getTrackingInLanguage"),
        ("/v2/carriers/", "listCarriers"),
    ]:
        match = CHECK.match("GET", path)
        assert match is not None and match.operation.operation_id == operation_id, path
    assert CHECK.match("GET", "/v2/nowhere") is None
    assert CHECK.match("PATCH", "/v2/carriers") is None
