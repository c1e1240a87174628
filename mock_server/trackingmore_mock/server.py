"""Serve an ASGI app (the fake) with uvicorn on a free loopback port, in a background thread.

For tests, the demo and benchmarks that need the mock over real HTTP:

    with serve_in_thread(create_app(api_key="k")) as base_url:   # "http://127.0.0.1:PORT/v2"
        ...
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn

STARTUP_TIMEOUT_S = 10.0


@contextlib.contextmanager
def serve_in_thread(app: Any, host: str = "127.0.0.1", base_path: str = "/v2") -> Iterator[str]:
    """Yield the base URL of `app` served on `host` at a port the OS picked; stop it on exit."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=2)
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
