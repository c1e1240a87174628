"""Recording through the proxy (`--record DIR`) and replaying the cassettes (`replay DIR`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from support.spec import load_canonical_spec, operations
from trackingmore_mock.proxy import create_replay_app
from trackingmore_mock.proxy.app import ProxyApp
from trackingmore_mock.proxy.scrub import EMAIL, EMAIL_PLACEHOLDER, Scrubber
from trackingmore_mock.server import serve_in_thread

from mock_proxy.helpers import KEY, all_files, run_tour

ServeProxy = Callable[..., tuple[str, ProxyApp]]


def record_tour(fake_url: str, serve_proxy: ServeProxy, directory: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    proxy_url, _ = serve_proxy(fake_url, record_dir=directory)
    return run_tour(proxy_url, monkeypatch)


def test_cassettes_hold_every_exchange_and_no_key_or_address(
    fake_url: str, serve_proxy: ServeProxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy_url, _ = serve_proxy(fake_url, record_dir=tmp_path)
    run = run_tour(proxy_url, monkeypatch)
    # An address and the key in places the tour does not put them: a query and a body.
    headers = {"Trackingmore-Api-Key": KEY}
    httpx.get(f"{proxy_url}/trackings/get", params={"orders": KEY, "email": "jane.doe@shop.example"}, headers=headers)
    body = {"tracking_number": "TMTRANSIT0042", "carrier_code": "dhl", "customer_email": "jane.doe@shop.example"}
    created = httpx.post(f"{proxy_url}/trackings/post", json=body, headers=headers)
    assert created.json()["data"]["customer_email"] == "jane.doe@shop.example"  # the client sees the real answer

    files = sorted(all_files(tmp_path))
    assert len(files) == len(run.answers) + 2
    for path in files:  # the grep of the issue: no key, no address but the placeholder
        text = path.read_text("utf-8")
        assert KEY not in text, path.name
        assert set(EMAIL.findall(text)) <= {EMAIL_PLACEHOLDER}, path.name
    cassettes = [json.loads(path.read_text("utf-8")) for path in files]
    assert {c["operation"] for c in cassettes} == {op.operation_id for op in operations(load_canonical_spec())}
    first = cassettes[0]
    assert set(first) == {"version", "operation", "request", "response", "timing", "violations"}
    assert ["trackingmore-api-key", "[redacted]"] in first["request"]["headers"]
    assert first["timing"]["duration_ms"] > 0 and first["timing"]["started_at"].endswith("+00:00")
    assert first["response"]["status"] == 200 and first["response"]["json"]["meta"]["code"] == 200
    last = cassettes[-1]
    assert last["request"]["json"]["customer_email"] == EMAIL_PLACEHOLDER
    assert last["response"]["json"]["data"]["customer_email"] == EMAIL_PLACEHOLDER
    assert ["orders", "[redacted]"] in cassettes[-2]["request"]["query"]


def test_replay_of_a_recorded_tour_gives_the_same_answers(
    fake_url: str, serve_proxy: ServeProxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded = record_tour(fake_url, serve_proxy, tmp_path, monkeypatch)
    replay = create_replay_app(tmp_path)
    assert replay.cassettes == len(recorded.answers)
    with serve_in_thread(replay) as replay_url:
        replayed = run_tour(replay_url, monkeypatch, key="any-other-key")
    assert replayed.printed == recorded.printed
    scrub = Scrubber([KEY])
    assert [(a.operation, a.method, a.url, a.status, a.body) for a in replayed.answers] == [
        (a.operation, a.method, a.url, a.status, scrub.value(a.body)) for a in recorded.answers
    ]
    assert replay.misses == []


def test_replay_answers_an_unrecorded_request_with_an_envelope_error(
    fake_url: str, serve_proxy: ServeProxy, tmp_path: Path
) -> None:
    proxy_url, _ = serve_proxy(fake_url, record_dir=tmp_path)
    headers = {"Trackingmore-Api-Key": KEY}
    httpx.get(f"{proxy_url}/trackings/get", params={"page": "1", "limit": "2"}, headers=headers)
    httpx.post(f"{proxy_url}/carriers/detect", json={"tracking_number": "RR123456789CN"}, headers=headers)
    with serve_in_thread(create_replay_app(tmp_path)) as replay_url:
        # Query order and JSON spacing do not matter; the values do.
        same = httpx.get(f"{replay_url}/trackings/get?limit=2&page=1", headers=headers)
        assert same.status_code == 200 and same.json()["meta"]["code"] == 200
        spaced = httpx.post(
            f"{replay_url}/carriers/detect",
            content=b'{ "tracking_number" : "RR123456789CN" }',
            headers={**headers, "Content-Type": "application/json"},
        )
        assert spaced.json()["data"][0]["code"]
        other = httpx.get(f"{replay_url}/trackings/get", params={"page": "2", "limit": "2"}, headers=headers)
    assert other.status_code == 404
    assert other.json() == {
        "meta": {
            "code": 404,
            "type": "Not Found",
            "message": f"No cassette in {tmp_path.name} matches GET /v2/trackings/get?page=2&limit=2.",
        },
        "data": [],
    }
