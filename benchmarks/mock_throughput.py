"""Throughput of the served fake TrackingMore server (a benchmark, not a test).

Starts `python -m trackingmore_mock` in its own process on a free 127.0.0.1 port, then drives it
with an asyncio + httpx load generator (C concurrent connections, D seconds per scenario) and prints
requests per second for:
  1. a single GET   GET /v2/trackings/{carrier}/{number}
  2. a batch create POST /v2/trackings/batch with 40 new trackings per request

    .venv/bin/python benchmarks/mock_throughput.py [--concurrency 32] [--duration 5]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
from trackingmore_mock.server import serve_in_subprocess

KEY = "bench-key"


@dataclass
class Result:
    name: str
    requests: int
    errors: int
    seconds: float
    latencies: list[float]
    server_cpu: float | None  # CPU seconds the server process used during the run

    def report(self, items_per_request: int = 1) -> str:
        rps = self.requests / self.seconds
        lat = sorted(self.latencies)
        p50 = statistics.median(lat) * 1000
        p99 = lat[int(len(lat) * 0.99) - 1] * 1000 if lat else 0.0
        extra = f" = {rps * items_per_request:.0f} trackings/s" if items_per_request > 1 else ""
        # Requests per server CPU-second: what one core could serve, whatever else the machine runs.
        cpu = f", {self.requests / self.server_cpu:.0f} req per server CPU-second" if self.server_cpu else ""
        return (
            f"{self.name:<24} {rps:7.0f} req/s{extra}  (n={self.requests}, errors={self.errors}, "
            f"p50 {p50:.1f} ms, p99 {p99:.1f} ms{cpu})"
        )


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process (Linux /proc); None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def drive(
    name: str, client: httpx.AsyncClient, call: Callable[[httpx.AsyncClient], Awaitable[bool]],
    concurrency: int, duration: float, server_pid: int,
) -> Result:  # fmt: skip
    latencies: list[float] = []
    errors = 0
    stop_at = time.perf_counter() + duration

    async def worker() -> None:
        nonlocal errors
        while time.perf_counter() < stop_at:
            started = time.perf_counter()
            ok = await call(client)
            latencies.append(time.perf_counter() - started)
            errors += not ok

    cpu_before = cpu_seconds(server_pid)
    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - began
    cpu_after = cpu_seconds(server_pid)
    cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None
    return Result(name, len(latencies), errors, elapsed, latencies, cpu)


async def run(base_url: str, concurrency: int, duration: float, server_pid: int) -> None:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    headers = {"Trackingmore-Api-Key": KEY}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, limits=limits, timeout=30) as client:
        created = await client.post("/trackings/post", json={"tracking_number": "TMDELIVERED1", "carrier_code": "dhl"})
        assert created.json()["meta"]["code"] == 200, created.text

        async def single_get(c: httpx.AsyncClient) -> bool:
            response = await c.get("/trackings/dhl/TMDELIVERED1")
            return response.status_code == 200 and response.json()["meta"]["code"] == 200

        counter = itertools.count()

        async def batch_create(c: httpx.AsyncClient) -> bool:
            n = next(counter)
            body = [{"tracking_number": f"TMTRANSIT{n:07d}{i:02d}", "carrier_code": "ups"} for i in range(40)]
            response = await c.post("/trackings/batch", json=body)
            return response.status_code == 200 and response.json()["data"]["added"] == 40

        # Warm-up: first requests build connexion's middleware stack and fill caches.
        for _ in range(20):
            await single_get(client)
        get_result = await drive("single GET", client, single_get, concurrency, duration, server_pid)
        batch_result = await drive("batch create (40 items)", client, batch_create, concurrency, duration, server_pid)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"fake TrackingMore v2 on {base_url}: {concurrency} concurrent connections, {duration:.0f} s per scenario, "
        f"{os.cpu_count()} CPUs, load average {load:.1f}"
    )
    print(get_result.report())
    print(batch_result.report(items_per_request=40))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--duration", type=float, default=5.0)
    args = parser.parse_args()
    with serve_in_subprocess("--quota", "1000000000", api_key=KEY) as served:
        asyncio.run(run(served.base_url, args.concurrency, args.duration, served.pid))


if __name__ == "__main__":
    main()
