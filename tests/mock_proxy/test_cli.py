"""`trackingmore-mock proxy` and `trackingmore-mock replay` as a user runs them: own process, Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from trackingmore_mock import create_app
from trackingmore_mock.proxy.scrub import EMAIL_PLACEHOLDER, Scrubber
from trackingmore_mock.server import serve_in_thread

from mock_proxy.helpers import KEY, all_files

HEADERS = {"Trackingmore-Api-Key": KEY}


@contextmanager
def command(*arguments: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """Run `python -m trackingmore_mock ARGUMENTS` and yield it with its first line (the address)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "trackingmore_mock", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        yield process, process.stdout.readline()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def interrupt(process: subprocess.Popen[str]) -> str:
    """Ctrl-C, then everything the process printed after its first line."""
    process.send_signal(signal.SIGINT)
    output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output
    return output


def test_proxy_serves_reports_and_prints_a_summary_on_ctrl_c(tmp_path: Path) -> None:
    with (
        serve_in_thread(create_app(api_key=KEY)) as fake_url,
        command("proxy", "--upstream", fake_url, "--port", "0", "--record", str(tmp_path)) as (process, first),
    ):
        # proxying http://127.0.0.1:PORT/v2 -> http://127.0.0.1:UPSTREAM/v2, recording into ... (report: ...)
        assert first.startswith("proxying http://127.0.0.1:") and f"-> {fake_url}" in first, first
        base_url = first.split()[1]
        root = base_url.removesuffix("/v2")
        assert httpx.get(f"{base_url}/carriers", headers=HEADERS, timeout=30).json()["meta"]["code"] == 200
        answer = httpx.get(f"{base_url}/trackings/get", params={"limit": "0"}, headers=HEADERS, timeout=30)
        assert answer.headers["x-spec-violations"] == "1: request query.limit constraint"
        report = httpx.get(f"{root}/_mock/report", timeout=30).json()
        assert report["calls"] == 2 and report["operations"]["listTrackings"]["calls_with_violations"] == 1
        output = interrupt(process)
    assert "Spec conformance through the proxy" in output
    assert "listCarriers  GET /carriers: 1 call, conforms" in output
    assert "request  query.limit" in output
    assert KEY not in output
    assert len(all_files(tmp_path)) == 2


def test_replay_serves_what_was_recorded(tmp_path: Path) -> None:
    with (
        serve_in_thread(create_app(api_key=KEY)) as fake_url,
        command("proxy", "--upstream", fake_url, "--port", "0", "--record", str(tmp_path)) as (process, first),
    ):
        recorded = httpx.get(f"{first.split()[1]}/trackings/getuserinfo", headers=HEADERS, timeout=30).json()
        interrupt(process)
    with command("replay", str(tmp_path), "--port", "0") as (process, first):
        assert first.startswith(f"replaying 1 cassettes of {tmp_path} at http://127.0.0.1:"), first
        base_url = first.split()[-1] + "/v2"
        replayed = httpx.get(f"{base_url}/trackings/getuserinfo", headers=HEADERS, timeout=30).json()
        assert replayed == Scrubber().value(recorded)  # the account's e-mail address is scrubbed
        assert replayed["data"]["email"] == EMAIL_PLACEHOLDER != recorded["data"]["email"]
        assert httpx.get(f"{base_url}/carriers", headers=HEADERS, timeout=30).status_code == 404
        output = interrupt(process)
    assert "1 requests had no cassette:\n  GET /v2/carriers" in output


def test_replay_of_a_missing_directory_says_so(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "trackingmore_mock", "replay", str(tmp_path / "nothing")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert f"replay: no cassette directory {tmp_path / 'nothing'}" in result.stderr
