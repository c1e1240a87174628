"""`python -m trackingmore_mock` serves the mock on loopback until stopped."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml
from trackingmore_mock import create_app
from trackingmore_mock.__main__ import parse_args
from trackingmore_mock.server import free_port
from trackingmore_mock.spec import locate
from trackingmore_mock.testing import WebhookReceiver
from trackingmore_v2 import verify_webhook


def test_parse_args_defaults_and_options() -> None:
    args = parse_args([])
    assert (args.host, args.port, args.seed, args.rate_limits) == ("127.0.0.1", 8080, 0, False)
    args = parse_args(["--port", "9000", "--api-key", "k", "--seed", "3", "--rate-limits", "--quota", "5"])
    assert (args.port, args.api_key, args.seed, args.rate_limits, args.quota) == (9000, "k", 3, True, 5)


def test_spec_is_the_repository_file() -> None:
    # The editable install reads the checkout's spec; a wheel carries a copy made at build time.
    assert locate() == (Path(__file__).resolve().parents[2] / "openapi" / "trackingmore-v2.yaml")


def test_module_serves_until_interrupted() -> None:
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-m", "trackingmore_mock", "--port", str(port), "--api-key", "cli-key", "--seed", "5"]
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}/v2"
        deadline = time.monotonic() + 20
        while True:
            try:
                answer = httpx.get(f"{base}/trackings/getuserinfo", headers={"Trackingmore-Api-Key": "cli-key"})
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "server did not start"
                time.sleep(0.1)
        assert answer.json()["meta"]["code"] == 200
        wrong = httpx.get(f"{base}/trackings/getuserinfo", headers={"Trackingmore-Api-Key": "other"})
        assert wrong.json()["meta"]["code"] == 4001
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=15)
    assert process.returncode == 0
    assert b"cli-key" not in output  # the key is never logged


def test_a_spec_operation_without_handler_fails_at_creation(tmp_path: Path) -> None:

    document = yaml.safe_load(locate().read_text("utf-8"))
    document["paths"]["/trackings/new"] = {"get": {"operationId": "brandNewOperation", "responses": {}}}
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(document), "utf-8")
    with pytest.raises(LookupError, match="brandNewOperation"):
        create_app(spec_path=spec)


def test_parse_args_serve_is_the_default_and_takes_the_new_options() -> None:
    from trackingmore_mock.cli import COMMANDS

    assert parse_args(["serve", "--port", "0"]).port == 0
    args = parse_args(["--latency", "100-200", "--fault", "429,times=1", "--fault", "html", "--webhook", "http://h/x"])
    assert (args.command, args.latency, args.fault, args.webhook) == (
        "serve",
        "100-200",
        ["429,times=1", "html"],
        ["http://h/x"],
    )
    assert set(COMMANDS) >= {"serve"}


def test_help_names_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    assert "serve" in capsys.readouterr().out


def _run_until_first_line(*options: str) -> tuple[str, subprocess.Popen[str]]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "TRACKINGMORE_MOCK_API_KEY": "cli-key-123"}
    cmd = [sys.executable, "-m", "trackingmore_mock", *options]
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    return process.stdout.readline(), process


def test_port_0_prints_the_real_base_url_and_ctrl_c_stops_cleanly() -> None:
    receiver = WebhookReceiver()
    line, process = _run_until_first_line(
        "--port", "0", "--latency", "1-2", "--fault", "meta=4021,times=1",
        "--webhook", receiver.url, "--webhook-email", "cli@example.org",
    )  # fmt: skip
    try:
        match = re.search(r"serving (http://127\.0\.0\.1:(\d+)/v2) \(control API (\S+),", line)
        assert match, line
        base, port = match.group(1), int(match.group(2))
        assert port != 0
        headers = {"Trackingmore-Api-Key": "cli-key-123"}
        assert httpx.get(f"{base}/trackings/getuserinfo", headers=headers).json()["meta"]["code"] == 4021
        assert httpx.get(f"{base}/trackings/getuserinfo", headers=headers).json()["meta"]["code"] == 200
        latency = httpx.get(f"{match.group(3)}latency", headers=headers).json()["data"]
        assert latency == {"min_ms": 1.0, "max_ms": 2.0}
        body = {"tracking_number": "TMDELIVERED1", "carrier_code": "dhl"}
        httpx.post(f"{base}/trackings/post", json=body, headers=headers)
        (pushed,) = receiver.wait_for(1)
        assert verify_webhook(pushed, email="cli@example.org").data.status == "delivered"
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=15)
        receiver.close()
    assert process.returncode == 0
    assert "Traceback" not in output
    assert output.rstrip().endswith("trackingmore-mock stopped")
    assert "cli-key-123" not in line + output


def test_a_bad_fault_spec_exits_with_a_message() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "trackingmore_mock", "--port", "0", "--fault", "teapot"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "unknown kind 'teapot'" in result.stderr
    assert "Traceback" not in result.stderr
