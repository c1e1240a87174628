"""Servers under load, each in its own process: the fake (uvicorn) and Stoplight Prism (Node).

Load benchmarks never serve the mock from the process that generates the load, so the two do
not share a GIL; on a 2-core machine they still share the CPU, which the report says.
"""

from __future__ import annotations

import contextlib
import inspect
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
from trackingmore_mock.server import free_port, serve_in_subprocess

from .common import REPO, SPEC

BENCH_API_KEY = "bench-key"
# Far more credits than any run creates, so no create is refused with 4021.
BENCH_QUOTA = 1_000_000_000
NODE_DIR = REPO / "benchmarks" / ".prism"
PRISM_BIN = NODE_DIR / "node_modules" / ".bin" / "prism"
AUTOCANNON_DIR = NODE_DIR / "node_modules" / "autocannon"
STARTUP_TIMEOUT_S = 60.0
# Process id of the server behind each base URL served by this module (for CPU accounting).
SERVER_PIDS: dict[str, int] = {}


def _wait_until_serving(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}:\n{log.read_text(errors='replace')[-2000:]}")
        try:
            httpx.get(url, timeout=1.0, headers={"Trackingmore-Api-Key": BENCH_API_KEY})
            return
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"server did not answer {url} within {STARTUP_TIMEOUT_S:.0f} s") from None
            time.sleep(0.1)


@contextlib.contextmanager
def _process(argv: list[str], probe_url: str) -> Iterator[subprocess.Popen[bytes]]:
    with tempfile.NamedTemporaryFile(prefix="bench-server-", suffix=".log", delete=False) as handle:
        log = Path(handle.name)
    with log.open("wb") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=REPO)
    try:
        _wait_until_serving(probe_url, proc, log)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.unlink(missing_ok=True)


@contextlib.contextmanager
def mock_server(*, api_key: str = BENCH_API_KEY, quota: int = BENCH_QUOTA) -> Iterator[str]:
    """Serve the fake with uvicorn in a child process; yield its base URL (``http://127.0.0.1:P/v2``).

    Its access log is off (log level ``warning``), as ``-v warn`` does for Prism.
    """
    with serve_in_subprocess("--quota", str(quota), *store_bound_args(quota), api_key=api_key) as served:
        SERVER_PIDS[served.base_url] = served.pid
        yield served.base_url


def store_bound_args(bound: int = BENCH_QUOTA) -> list[str]:
    """`--max-trackings` when the fake bounds its store (a batch-create load run creates 100,000s)."""
    from trackingmore_mock import create_app

    return ["--max-trackings", str(bound)] if "max_trackings" in inspect.signature(create_app).parameters else []


def prism_available() -> bool:
    return PRISM_BIN.exists() and shutil.which("node") is not None


@contextlib.contextmanager
def prism_server() -> Iterator[str]:
    """Serve the same spec with ``prism mock`` (static examples); yield its base URL.

    Prism serves the paths at the root (it ignores the ``/v2`` of ``servers``), so the base URL has
    no ``/v2``. ``-v warn`` turns its per-request log lines off.
    """
    if not prism_available():
        raise RuntimeError(f"Prism is not installed in {NODE_DIR} (make bench installs it with npm)")
    port = free_port()
    argv = [str(PRISM_BIN), "mock", str(SPEC), "-p", str(port), "-h", "127.0.0.1", "-v", "warn"]
    base = f"http://127.0.0.1:{port}"
    with _process(argv, f"{base}/trackings/getuserinfo") as proc:  # node runs the prism script itself
        SERVER_PIDS[base] = proc.pid
        yield base
