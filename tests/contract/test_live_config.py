"""`make test-live` is correct by construction: its command, run against the mock on 127.0.0.1.

The real API is out of reach here, so the live campaign (contract/campaign.py `live`, live.toml) runs
with TRACKINGMORE_BASE_URL pointed at the mock served on loopback and TRACKINGMORE_API_KEY set to
the mock's key. Only the request budget is lowered for CI (`-- --rate-limit ... --max-examples ...`);
the operation subset, the phases and the auth come from the live configuration itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import schemathesis
from support.spec import load_spec

from contract import campaign
from contract.mockserver import make_app, served

SECRET = "live-like-key-7f3a9c"  # a stand-in for a real key: must never be printed or reported
DESTRUCTIVE = {
    "createTracking",
    "updateTracking",
    "deleteTracking",
    "changeCarrier",
    "batchCreateTrackings",
    "batchUpdateTrackings",
    "batchDeleteTrackings",
    "stopUpdatingTrackings",
    "getRealtimeTracking",
    "trackAirCargo",
}


def labels_of(operation_ids: set[str]) -> set[str]:
    found = set()
    for path, item in load_spec()["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") in operation_ids:
                found.add(f"{method.upper()} {path}")
    return found


def run_live(env: dict[str, str], *st_args: str, report_dir: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "contract.campaign", "live", "--report-dir", str(report_dir)]
    if st_args:
        command += ["--", *st_args]
    base = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(campaign.ROOT / "tests")}
    return subprocess.run(command, capture_output=True, text=True, env={**base, **env}, cwd=campaign.ROOT, timeout=600)


def test_safe_subset_is_read_only_and_complete() -> None:
    operation_ids = {
        operation["operationId"]
        for item in load_spec()["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    assert set(campaign.SAFE_OPERATIONS) | DESTRUCTIVE == operation_ids
    assert not set(campaign.SAFE_OPERATIONS) & DESTRUCTIVE


def test_live_configuration_respects_rate_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(campaign.KEY_ENV, SECRET)  # the config reads it (a missing one aborts st)
    path = campaign.PROFILES["live"].config
    schemathesis.Config.from_path(path)  # valid for schemathesis
    settings = tomllib.loads(path.read_text("utf-8"))
    assert settings["rate-limit"] == "1/s"  # list 1/s, realtime 3/s: the stricter for everything
    assert settings["workers"] == 1
    assert settings["auth"]["openapi"]["ApiKeyAuth"]["api_key"] == "${TRACKINGMORE_API_KEY}"
    safe = campaign.st_command("live", campaign.LIVE_URL, Path("reports/live"))
    assert safe[safe.index("--url") + 1] == "https://api.trackingmore.com/v2"
    assert {safe[i + 1] for i, arg in enumerate(safe) if arg == "--include-operation-id"} == set(
        campaign.SAFE_OPERATIONS
    )
    everything = campaign.st_command("live", campaign.LIVE_URL, Path("reports/live"), destructive=True)
    assert "--include-operation-id" not in everything and "--phases" not in everything


def test_without_a_key_live_mode_skips_clearly(tmp_path: Path) -> None:
    result = run_live({}, report_dir=tmp_path)
    assert result.returncode == 0
    assert "test-live: skipped, TRACKINGMORE_API_KEY is not set" in result.stdout


def test_a_refused_key_fails_instead_of_testing_nothing(tmp_path: Path) -> None:
    with served(make_app(api_key="the-right-key")) as base_url:
        result = run_live({"TRACKINGMORE_API_KEY": SECRET, "TRACKINGMORE_BASE_URL": base_url}, report_dir=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "is not accepted" in result.stdout and "meta.code 4001" in result.stdout
    assert SECRET not in result.stdout + result.stderr


def test_live_campaign_runs_the_safe_subset_only(tmp_path: Path) -> None:
    app = make_app(api_key=SECRET)
    with served(app) as base_url:
        env = {"TRACKINGMORE_API_KEY": SECRET, "TRACKINGMORE_BASE_URL": base_url}
        result = run_live(env, "--rate-limit", "100/s", "--max-examples", "2", report_dir=tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-5000:]
    assert f"Selected: {len(campaign.SAFE_OPERATIONS)}/20" in output  # 19 + the tolerated POST /trackings/get
    reports = list(tmp_path.rglob("junit*.xml"))
    assert reports, "no JUnit report"
    tested = {case.get("name", "") for case in ET.parse(reports[0]).iter("testcase")}
    assert tested == labels_of(set(campaign.SAFE_OPERATIONS)), tested
    assert not tested & labels_of(DESTRUCTIVE)
    # The key is read from the environment and masked: not in the output, not in any report.
    assert SECRET not in output
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), f"the key leaked into {path.name}"


def test_live_campaign_through_the_proxy_prints_its_report(tmp_path: Path) -> None:
    app = make_app(api_key=SECRET)
    cassettes = tmp_path / "cassettes"
    with served(app) as base_url:
        env = {
            "TRACKINGMORE_API_KEY": SECRET,
            "TRACKINGMORE_BASE_URL": base_url,
            "LIVE_PROXY": "1",
            "LIVE_RECORD": str(cassettes),
        }
        reports = tmp_path / "reports"
        result = run_live(env, "--rate-limit", "100/s", "--max-examples", "1", report_dir=reports)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-5000:]
    assert "test-live: through the validating proxy http://127.0.0.1:" in output
    assert "Spec conformance through the proxy" in output
    report = json.loads((reports / campaign.PROXY_REPORT).read_text("utf-8"))
    # The key check goes to the API itself; the campaign's calls all go through the proxy.
    # Besides the safe subset only schemathesis' probes and unsupported-method calls (TRACE ...).
    assert set(report["operations"]) == {*campaign.SAFE_OPERATIONS, "unknown"}
    assert {v["kind"] for v in report["operations"]["unknown"]["violations"]} == {"undocumented operation"}
    assert report["calls"] == len(list(cassettes.iterdir())) > len(campaign.SAFE_OPERATIONS)
    # The fake answers as the spec says, also to schemathesis' invalid requests.
    responses = [v for op in report["operations"].values() for v in op["violations"] if v["in"] == "response"]
    assert responses == []
    for path in [*tmp_path.rglob("*")]:
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), f"the key leaked into {path.name}"
    assert SECRET not in output
