"""A raw HTTP/1.1 stub server on 127.0.0.1 for network-fault tests (sync and async clients).

Each request is answered by a ``Behaviour``: a function given the connected socket, the request
(head and body) and a stop event, which writes whatever bytes it wants (a complete answer, half a
body, a reset, one byte per second, nothing) and returns True to keep the connection for the next
request. ``StubServer(behaviour_0, behaviour_1, ...)`` answers request n with behaviour n (the last
one repeats). Stalling behaviours wait on the stop event, so stopping the server ends them.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

__all__ = [
    "Behaviour",
    "Request",
    "StubServer",
    "close_mid_body",
    "closed_port",
    "envelope_bytes",
    "never_answer",
    "reset_mid_body",
    "respond",
    "stall_mid_body",
    "trickle_body",
    "trickle_head",
]


@dataclass(frozen=True)
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


Behaviour = Callable[[socket.socket, Request, threading.Event], bool]


def envelope_bytes(code: int = 200, data: Any = None, message: str = "Success") -> bytes:
    body = {"meta": {"code": code, "type": "Success" if code == 200 else "Error", "message": message}}
    body["data"] = [] if data is None else data
    return json.dumps(body).encode()


def _head(status: int, length: int, headers: dict[str, str] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} Stub", "Content-Type: application/json", f"Content-Length: {length}"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def respond(status: int = 200, body: bytes | None = None, headers: dict[str, str] | None = None) -> Behaviour:
    """A complete answer; the connection stays open."""
    content = envelope_bytes() if body is None else body

    def behaviour(conn: socket.socket, request: Request, stop: threading.Event) -> bool:
        conn.sendall(_head(status, len(content), headers) + content)
        return True

    return behaviour


def close_mid_body(body: bytes | None = None) -> Behaviour:
    """Headers announcing the whole body, half of it, then a clean close (FIN)."""
    content = envelope_bytes() if body is None else body

    def behaviour(conn: socket.socket, request: Request, stop: threading.Event) -> bool:
        conn.sendall(_head(200, len(content)) + content[: len(content) // 2])
        return False

    return behaviour


def reset_mid_body(body: bytes | None = None) -> Behaviour:
    """Headers, half the body, then a TCP reset (SO_LINGER 0)."""
    content = envelope_bytes() if body is None else body

    def behaviour(conn: socket.socket, request: Request, stop: threading.Event) -> bool:
        conn.sendall(_head(200, len(content)) + content[: len(content) // 2])
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        return False

    return behaviour


def stall_mid_body(body: bytes | None = None) -> Behaviour:
    """Headers and half the body, then silence until the server stops."""
    content = envelope_bytes() if body is None else body

    def behaviour(conn: socket.socket, request: Request, stop: threading.Event) -> bool:
        conn.sendall(_head(200, len(content)) + content[: len(content) // 2])
        stop.wait(60)
        return False

    return behaviour


def never_answer() -> Behaviour:
    """Accepts and reads the request, never writes a byte."""

    def behaviour(conn: socket.socket, request: Request, stop: threading.Event) -> bool:
        stop.wait(60)
        return False

    return behaviour


def trickle_body(interval: float, length: int = 10_000) -> Behaviour:
    """Complete headers, then one byte of the body every ``interval`` seconds."""

    def behaviour(conn: socket.socket, request: Request, stop: threading.Event) -> bool:
        conn.sendall(_head(200, length))
        for _ in range(length):
            if stop.wait(interval):
                break
            conn.sendall(b" ")
        return False

    return behaviour


def trickle_head(interval: float) -> Behaviour:
    """The status line and headers, one byte every ``interval`` seconds (a never-ending header)."""

    def behaviour(conn: socket.socket, request: Request, stop: threading.Event) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        while not stop.wait(interval):
            conn.sendall(b"a")
        return False

    return behaviour


def _read_request(conn: socket.socket, buffer: bytearray) -> Request | None:
    while b"\r\n\r\n" not in buffer:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        buffer += chunk
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        rest += chunk
    buffer[:] = rest[length:]
    return Request(method, target, headers, rest[:length])


class StubServer:
    """``with StubServer(*behaviours) as server: ... server.base_url ...``; ``requests`` and
    ``connections`` count what arrived."""

    def __init__(self, *behaviours: Behaviour) -> None:
        self.behaviours = behaviours or (respond(),)
        self.requests: list[Request] = []
        self.connections = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v2"

    def _behaviour_for(self, request: Request) -> Behaviour:
        with self._lock:
            index = len(self.requests)
            self.requests.append(request)
        return self.behaviours[min(index, len(self.behaviours) - 1)]

    def _serve(self, conn: socket.socket) -> None:
        buffer = bytearray()
        try:
            while not self._stop.is_set():
                request = _read_request(conn, buffer)
                if request is None or not self._behaviour_for(request)(conn, request, self._stop):
                    break
        except OSError:
            pass
        finally:
            conn.close()

    def _accept(self) -> None:
        self._listener.settimeout(0.05)  # closing a socket does not wake a blocked accept()
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            with self._lock:
                self.connections += 1
                self._sockets.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def __enter__(self) -> StubServer:
        thread = threading.Thread(target=self._accept, daemon=True)
        self._threads.append(thread)
        thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._threads[0].join(timeout=5)
        self._listener.close()
        for conn in self._sockets:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(timeout=5)


@contextmanager
def closed_port() -> Iterator[str]:
    """A base URL on a loopback port nothing listens on (connection refused)."""
    probe = socket.create_server(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    yield f"http://127.0.0.1:{port}/v2"
