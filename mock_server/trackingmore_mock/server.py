"""Serve the fake on a free loopback port: in a background thread, or in a child process.

For tests, the demo and benchmarks that need the mock over real HTTP:

    with serve_in_thread(create_app(api_key="k")) as base_url:   # "http://127.0.0.1:PORT/v2"
        ...
    with serve_in_subprocess("--quota", "100", api_key="k") as served:   # own process, own GIL
        served.base_url, served.pid
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from .protocol import uvicorn_options

STARTUP_TIMEOUT_S = 10.0
SUBPROCESS_STARTUP_TIMEOUT_S = 60.0


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on right now (for a server started in another process)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def serve_in_thread(app: Any, host: str = "127.0.0.1", base_path: str = "/v2", **limits: Any) -> Iterator[str]:
    """Yield the base URL of `app` served on `host` at a port the OS picked; stop it on exit.

    `limits`: keyword arguments of `protocol.uvicorn_options` (header_timeout, keep_alive_timeout, ...)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, log_level="warning", lifespan="on", timeout_graceful_shutdown=2, **uvicorn_options(**limits)
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the mock did not start on {host}:{port}")
        time.sleep(0.01)
    try:
        yield f"http://{host}:{port}{base_path}"
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_TIMEOUT_S)
        sock.close()


@dataclass(frozen=True)
class ServedProcess:
    base_url: str  # http://HOST:PORT/v2
    pid: int


@contextlib.contextmanager
def serve_in_subprocess(
    *options: str, api_key: str | None = None, host: str = "127.0.0.1", log_level: str = "warning"
) -> Iterator[ServedProcess]:
    """Run `python -m trackingmore_mock` with `options` on a free port of `host`; stop it on exit.

    The key goes through the environment, never the command line (`ps` shows command lines). The
    default log level `warning` turns uvicorn's per-request access log off. The server's output
    is kept in a temporary file and shown if it fails to start.
    """
    port = free_port(host)
    env = dict(os.environ)
    if api_key is not None:
        env["TRACKINGMORE_MOCK_API_KEY"] = api_key
    argv = [sys.executable, "-m", "trackingmore_mock", "--host", host, "--port", str(port), "--log-level", log_level]
    with tempfile.NamedTemporaryFile(prefix="trackingmore-mock-", suffix=".log", delete=False) as handle:
        log = Path(handle.name)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*argv, *options], env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    base_url = f"http://{host}:{port}/v2"
    try:
        _wait_until_answering(f"{base_url}/carriers", process, log)
        yield ServedProcess(base_url, process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.unlink(missing_ok=True)


def _wait_until_answering(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Return once anything answers HTTP at `url` (an error envelope counts: the server is up)."""
    deadline = time.monotonic() + SUBPROCESS_STARTUP_TIMEOUT_S
    while True:
        if process.poll() is not None:
            output = log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"the mock exited with code {process.returncode}:\n{output}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            if time.monotonic() > deadline:
                limit = SUBPROCESS_STARTUP_TIMEOUT_S
                raise RuntimeError(f"the mock did not answer {url} within {limit:.0f} s") from None
            time.sleep(0.1)
