"""The validating proxy: the whole SDK tour through it, against the fake and against a drifted upstream."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from support.spec import load_canonical_spec, operations
from trackingmore_mock.proxy.app import ProxyApp
from trackingmore_mock.server import free_port

from mock_proxy.helpers import EXPECTED_DRIFT, KEY, DriftedUpstream, run_tour

ServeProxy = Callable[..., tuple[str, ProxyApp]]
ALL_OPERATIONS = {op.operation_id for op in operations(load_canonical_spec())}


def reported(report: dict[str, Any]) -> set[tuple[str, str, str, str]]:
    return {
        (name, v["in"], v["path"], v["kind"]) for name, op in report["operations"].items() for v in op["violations"]
    }


def test_the_fake_conforms_over_the_whole_sdk_tour(
    fake_url: str, serve_proxy: ServeProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy_url, app = serve_proxy(fake_url)
    run = run_tour(proxy_url, monkeypatch)
    report = httpx.get(proxy_url.removesuffix("/v2") + "/_mock/report").json()
    assert set(report["operations"]) == ALL_OPERATIONS  # every operation went through
    assert report["calls"] == len(run.answers) > len(ALL_OPERATIONS)
    assert report["violations"] == 0, app.report.summary()
    assert {answer.violations_header for answer in run.answers} == {"none"}
    assert "Done" not in run.printed  # run_tour, not main: the tour's own lines only
    assert "status / substatus           delivered / delivered001" in run.printed


def test_a_drifted_upstream_is_reported_under_the_right_operation_and_path(
    drifted: tuple[str, DriftedUpstream], serve_proxy: ServeProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    upstream_url, upstream = drifted
    proxy_url, app = serve_proxy(upstream_url)
    run = run_tour(proxy_url, monkeypatch)  # the SDK reads all four drifted answers
    report = app.report.to_json()
    print(app.report.summary())  # the transcript of the "Done when" (pytest -s)
    assert reported(report) == EXPECTED_DRIFT, app.report.summary()
    assert report["operations"]["getTracking"]["calls"] == 3
    assert report["operations"]["getTracking"]["calls_with_violations"] == 2
    assert set(report["operations"]) == ALL_OPERATIONS
    # The answers themselves pass through unchanged, with the violations named in a header.
    in_language = next(a for a in run.answers if a.operation == "getTrackingInLanguage")
    assert in_language.body["data"]["status"] == "in_customs"
    assert in_language.violations_header == "1: response $.data.status unknown enum value"
    last = run.answers[-1]
    assert (last.operation, last.body["meta"]["code"]) == ("getTracking", 4099)
    assert last.violations_header == "1: response $.meta.code undocumented meta.code"
    # The client's key reached the upstream on every call, and is nowhere in the report.
    assert set(upstream.keys_received) == {KEY}
    assert KEY not in json.dumps(report) + app.report.summary()


def test_requests_are_checked_too_and_forwarded_unchanged(fake_url: str, serve_proxy: ServeProxy) -> None:
    proxy_url, app = serve_proxy(fake_url)
    headers = {"Trackingmore-Api-Key": KEY}
    answer = httpx.get(f"{proxy_url}/trackings/get", params={"limit": "5000", "colour": "red"}, headers=headers)
    # The fake refuses limit 5000 (4012), which conforms; the request is reported, as sent.
    assert answer.json()["meta"]["code"] == 4012
    assert answer.headers["x-spec-operation"] == "listTrackings"
    assert answer.headers["x-spec-violations"] == (
        "2: request query.limit constraint; request query.colour undocumented field"
    )
    posted = httpx.post(f"{proxy_url}/trackings/post", content=b"{not json", headers=headers)
    assert posted.json()["meta"]["code"] == 4015  # the fake's answer to a body that is not JSON
    assert "request body not JSON" in posted.headers["x-spec-violations"]
    unknown = httpx.get(f"{proxy_url}/nowhere", headers=headers)
    assert unknown.status_code == 404  # forwarded: the fake's own 404 envelope
    assert unknown.headers["x-spec-operation"] == "unknown"
    missing_key = httpx.get(f"{proxy_url}/carriers")
    assert missing_key.json()["meta"]["code"] == 401
    assert "request header.Trackingmore-Api-Key missing required" in missing_key.headers["x-spec-violations"]
    report = app.report.to_json()
    assert report["operations"]["unknown"]["violations"][0]["kind"] == "undocumented operation"
    assert report["operations"]["listCarriers"]["violations"][0]["path"] == "header.Trackingmore-Api-Key"


def test_an_unreachable_upstream_gets_an_envelope_error(serve_proxy: ServeProxy) -> None:
    proxy_url, app = serve_proxy(f"http://127.0.0.1:{free_port()}/v2", timeout=5)
    answer = httpx.get(f"{proxy_url}/carriers", headers={"Trackingmore-Api-Key": KEY})
    assert answer.status_code == 502
    assert answer.json() == {
        "meta": {
            "code": 502,
            "type": "Bad Gateway",
            "message": "The proxy could not reach the upstream: ConnectError.",
        },
        "data": [],
    }
    assert app.report.to_json()["operations"]["listCarriers"]["upstream_errors"] == 1


def test_the_report_endpoint_clears_on_delete(fake_url: str, serve_proxy: ServeProxy) -> None:
    proxy_url, _ = serve_proxy(fake_url)
    httpx.get(f"{proxy_url}/carriers", headers={"Trackingmore-Api-Key": KEY})
    root = proxy_url.removesuffix("/v2")
    assert httpx.get(f"{root}/_mock/report").json()["calls"] == 1
    assert httpx.delete(f"{root}/_mock/report").json()["calls"] == 0


def test_a_head_request_is_checked_without_a_body(fake_url: str, serve_proxy: ServeProxy) -> None:
    proxy_url, _ = serve_proxy(fake_url)
    answer = httpx.head(f"{proxy_url}/carriers", headers={"Trackingmore-Api-Key": KEY})
    assert answer.status_code == 200
    assert (answer.headers["x-spec-operation"], answer.headers["x-spec-violations"]) == ("listCarriers", "none")


def test_a_failing_check_does_not_cost_the_client_its_answer(
    fake_url: str, serve_proxy: ServeProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy_url, app = serve_proxy(fake_url)

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError(KEY)  # even a message carrying the key stays out of the report

    monkeypatch.setattr(app.conformance, "check_response", broken)
    answer = httpx.get(f"{proxy_url}/carriers", headers={"Trackingmore-Api-Key": KEY})
    assert answer.status_code == 200 and answer.json()["meta"]["code"] == 200
    assert answer.headers["x-spec-violations"] == "1: response $ check failed"
    assert KEY not in json.dumps(app.report.to_json())
