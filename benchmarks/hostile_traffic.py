"""What hostile or careless traffic costs the served fake (a measurement, not a test; issue 12).

    .venv/bin/python benchmarks/hostile_traffic.py [--store 100000] [--wait 12]

1. query strings with N parameters: wall time of the request, and how long a getuserinfo sent
   meanwhile by another client waited;
2. the served documents (`/v2/openapi.yaml`, `/v2/openapi.json`, `/v2/ui/`): server CPU per request;
3. stalled and idle connections (Content-Length larger than the body, chunked without the final
   chunk, no request at all, headers never finished): what the server answers, and after how long
   (or "held" if it still holds the connection after --wait seconds);
4. a store of --store trackings: list (first and second call), a status-filtered list and the
   status counts, with the server's RSS.

Cases 1-3 run against `python -m trackingmore_mock` in its own process (server CPU read from
/proc); case 4 fills the store of an app served in a thread directly, then calls it over HTTP.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
from trackingmore_mock import ManualClock, create_app
from trackingmore_mock.handlers import common
from trackingmore_mock.server import serve_in_subprocess, serve_in_thread

KEY = "hostile-key"
HEADERS = {"Trackingmore-Api-Key": KEY}


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc (Linux)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def query_strings(base_url: str, pid: int) -> None:
    print("## query strings (GET /trackings/get?p0=1&p1=1...)")
    with httpx.Client(base_url=base_url, headers=HEADERS, timeout=120) as client:
        client.get("/trackings/getuserinfo")
        for count in (1_000, 4_000, 8_000):
            query = "&".join(f"p{i}=1" for i in range(count))
            waited: list[float] = []

            def bystander(waited: list[float] = waited) -> None:
                time.sleep(0.05)
                start = time.perf_counter()
                httpx.get(f"{base_url}/trackings/getuserinfo", headers=HEADERS, timeout=120)
                waited.append(time.perf_counter() - start)

            other = threading.Thread(target=bystander)
            cpu0 = cpu_seconds(pid)
            start = time.perf_counter()
            other.start()
            answer = client.get(f"/trackings/get?{query}")
            elapsed = time.perf_counter() - start
            other.join()
            cpu = cpu_seconds(pid) - cpu0
            code = _code(answer)
            print(
                f"{count:>6} params ({len(query) / 1000:.0f} KB): {elapsed:.2f} s wall, server CPU {cpu:.2f} s, "
                f"HTTP {answer.status_code} meta.code {code}; a getuserinfo meanwhile waited {waited[0]:.2f} s"
            )


def documents(base_url: str, pid: int) -> None:
    print("## documents (5 requests each, no key)")
    root = base_url
    with httpx.Client(timeout=120) as client:
        for path in ("/openapi.yaml", "/openapi.json", "/ui/"):
            answer = client.get(root + path)
            cpu0 = cpu_seconds(pid)
            start = time.perf_counter()
            for _ in range(5):
                answer = client.get(root + path)
            elapsed = (time.perf_counter() - start) / 5
            cpu = (cpu_seconds(pid) - cpu0) / 5
            print(
                f"GET /v2{path}: HTTP {answer.status_code}, {len(answer.content) / 1000:.0f} KB, "
                f"{elapsed * 1000:.1f} ms wall, {cpu * 1000:.1f} ms server CPU per request"
            )


def _code(answer: httpx.Response) -> Any:
    try:
        return answer.json()["meta"]["code"]
    except Exception:
        return f"(not an envelope: {answer.content[:40]!r})"


def stalled(base_url: str, wait: float) -> None:
    print(f"## stalled and idle connections (waiting up to {wait:.0f} s for the server)")
    parts = urlsplit(base_url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    key = f"Trackingmore-Api-Key: {KEY}\r\n"
    cases = {
        "Content-Length 100, 10 bytes sent": (
            f"POST /v2/trackings/post HTTP/1.1\r\nHost: x\r\n{key}Content-Type: application/json\r\n"
            'Content-Length: 100\r\n\r\n{"tracking'
        ),
        "chunked, no final chunk": (
            f"POST /v2/trackings/post HTTP/1.1\r\nHost: x\r\n{key}Content-Type: application/json\r\n"
            'Transfer-Encoding: chunked\r\n\r\n5\r\n{"tra\r\n'
        ),
        "idle connection, nothing sent": "",
        "headers never finished": f"GET /v2/trackings/getuserinfo HTTP/1.1\r\nHost: x\r\n{key}",
        "keep-alive after one answer": f"GET /v2/trackings/getuserinfo HTTP/1.1\r\nHost: x\r\n{key}\r\n",
    }
    for name, payload in cases.items():
        with socket.create_connection((host, port)) as sock:
            sock.sendall(payload.encode())
            sock.settimeout(wait)
            start = time.perf_counter()
            received = b""
            closed = False
            try:
                while True:
                    chunk = sock.recv(65536)
                    if not chunk:
                        closed = True
                        break
                    received += chunk
                    if name != "keep-alive after one answer" and b"\r\n\r\n" in received:
                        break
            except TimeoutError:
                pass
            except ConnectionResetError:
                closed = True
            elapsed = time.perf_counter() - start
            status = received.split(b"\r\n", 1)[0].decode(errors="replace") if received else "no answer"
            body = received.split(b"\r\n\r\n", 1)[1][:80] if b"\r\n\r\n" in received else b""
            held = "" if (closed or (received and name != "keep-alive after one answer")) else f", held > {wait:.0f} s"
            print(f"{name}: {status} {body!r} after {elapsed:.1f} s{', closed' if closed else ''}{held}")


@contextlib.contextmanager
def filled_app(size: int) -> Iterator[tuple[Any, str]]:
    clock = ManualClock(1_700_000_000)
    app = create_app(api_key=KEY, clock=clock, quota=size + 10)
    backend = app.mock
    for i in range(size):
        if i % 1000 == 0:
            clock.advance(60)
        common.create(backend, {"tracking_number": f"TMBULK{i:08d}", "carrier_code": "dhl"})
    clock.advance(3600)
    with serve_in_thread(app) as base_url:
        yield app, base_url


def large_store(size: int) -> None:
    print(f"## a store of {size:,} trackings (served in a thread; RSS of this process)")
    pid = os.getpid()
    before = rss_mb(pid)
    with filled_app(size) as (_app, base_url), httpx.Client(base_url=base_url, headers=HEADERS, timeout=600) as c:
        print(f"RSS after filling: {rss_mb(pid):.0f} MB (before {before:.0f} MB)")
        calls = [
            ("list page 1 (first call)", "/trackings/get?limit=100"),
            ("list page 1 (second call)", "/trackings/get?limit=100"),
            ("list page 500", "/trackings/get?limit=100&page=500"),
            ("list status=delivered", "/trackings/get?limit=100&status=delivered"),
            ("list numbers=2", "/trackings/get?numbers=TMBULK00000007,TMBULK00099999"),
            ("status counts", "/trackings/getstatusnumber"),
        ]
        for name, url in calls:
            start = time.perf_counter()
            answer = c.get(url)
            elapsed = time.perf_counter() - start
            data = answer.json().get("data")
            total = data.get("total") if isinstance(data, dict) else None
            print(f"{name}: {elapsed:.3f} s, meta.code {_code(answer)}, total {total}, RSS {rss_mb(pid):.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=int, default=100_000)
    parser.add_argument("--wait", type=float, default=12.0)
    parser.add_argument("--only", default="1,2,3,4", help="which cases, e.g. 1,3")
    args = parser.parse_args()
    only = set(args.only.split(","))
    if only & {"1", "2", "3"}:
        with serve_in_subprocess("--quota", "1000000", api_key=KEY) as served:
            if "1" in only:
                query_strings(served.base_url, served.pid)
            if "2" in only:
                documents(served.base_url, served.pid)
            if "3" in only:
                stalled(served.base_url, args.wait)
    if "4" in only:
        large_store(args.store)


if __name__ == "__main__":
    main()
