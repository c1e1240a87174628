"""A webhook receiver on a free loopback port, for tests: it records every POST it gets.

    with WebhookReceiver() as receiver:              # receiver.url = "http://127.0.0.1:PORT/hook"
        app.mock.webhooks.subscribe(receiver.url)
        ...
        bodies = receiver.wait_for(1)                  # [bytes, ...] without sleeping needlessly

`fail_first=N` answers HTTP 500 to the first N deliveries, to see the fake retry.
"""

from __future__ import annotations

import http.server
import threading
import time
from dataclasses import dataclass
from types import TracebackType


@dataclass(frozen=True)
class ReceivedWebhook:
    path: str
    headers: dict[str, str]
    body: bytes
    answered: int  # the HTTP status the receiver answered


class WebhookReceiver:
    def __init__(self, *, fail_first: int = 0, host: str = "127.0.0.1", path: str = "/hook") -> None:
        self.fail_first = fail_first
        self._path = path
        self._received: list[ReceivedWebhook] = []
        self._cond = threading.Condition()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with receiver._cond:
                    status = 500 if len(receiver._received) < receiver.fail_first else 200
                    receiver._received.append(
                        ReceivedWebhook(self.path, {k.lower(): v for k, v in self.headers.items()}, body, status)
                    )
                    receiver._cond.notify_all()
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:  # quiet in test output
                return

        self._server = http.server.ThreadingHTTPServer((host, 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="webhook-receiver", daemon=True)
        self._thread.start()
        self.url = f"http://{host}:{self._server.server_address[1]}{path}"

    @property
    def received(self) -> list[ReceivedWebhook]:
        """Every POST so far, failed ones (answered 500) included."""
        with self._cond:
            return list(self._received)

    def accepted(self) -> list[bytes]:
        """The bodies of the deliveries it answered 200."""
        return [item.body for item in self.received if item.answered == 200]

    def wait_for(self, count: int, timeout: float = 10.0) -> list[bytes]:
        """Wait until `count` deliveries were accepted; return their bodies (AssertionError on timeout)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while sum(1 for r in self._received if r.answered == 200) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    got = sum(1 for r in self._received if r.answered == 200)
                    raise AssertionError(f"expected {count} webhook deliveries within {timeout} s, got {got}")
                self._cond.wait(timeout=left)
        return self.accepted()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> WebhookReceiver:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
