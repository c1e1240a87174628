"""What status-dependent reads cost on a large store, and what a bulk import costs (issue 12's last point).

    .venv/bin/python benchmarks/status_index.py [--store 100000] [--import 10000] [--baseline DIR ...]

Each side is a checkout's `mock_server` directory (this one by default; `--baseline DIR` adds
another, e.g. an extract of an older commit made with `git archive`). Every side runs in a child
process with that directory first on `sys.path`, so the sides are measured side by side in one
run, on the same machine load:

1. a batch import of --import new trackings (chunks of 40, 4 in flight, raw httpx) into
   `python -m trackingmore_mock` in its own process: wall time and the server's CPU seconds;
2. a store of --store trackings filled directly, served in a thread: the first status-filtered
   list, a later one (after the clock moved on an hour), the status counts, an update-time
   filtered list, a list after the clock moved on 10 days, and one after it moved back a day.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

HERE_MOCK = Path(__file__).resolve().parents[1] / "mock_server"
KEY = "status-index-key"
HEADERS = {"Trackingmore-Api-Key": KEY}
START = 1_700_000_000.0


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _import(base_url: str, count: int, prefix: str) -> float:
    items = [{"tracking_number": f"{prefix}{i:07d}", "carrier_code": "dhl"} for i in range(count)]
    chunks = [items[i : i + 40] for i in range(0, count, 40)]
    gate = asyncio.Semaphore(4)
    async with httpx.AsyncClient(base_url=base_url, headers=HEADERS, timeout=120) as client:

        async def send(chunk: list[dict[str, str]]) -> None:
            async with gate:
                answer = await client.post("/trackings/batch", json=chunk)
                if answer.json()["data"]["added"] != len(chunk):
                    raise RuntimeError("the fake did not add every tracking; the run is not valid")

        start = time.perf_counter()
        await asyncio.gather(*(send(chunk) for chunk in chunks))
        return time.perf_counter() - start


def child_import(count: int, rounds: int) -> dict[str, Any]:
    from trackingmore_mock.server import serve_in_subprocess

    walls, cpus = [], []
    with serve_in_subprocess("--quota", "100000000", "--max-trackings", "10000000", api_key=KEY) as served:
        for n in range(rounds):
            before = _cpu_seconds(served.pid)
            walls.append(asyncio.run(_import(served.base_url, count, f"BI{n:03d}")))
            cpus.append(_cpu_seconds(served.pid) - before)
    return {"import wall s": sorted(walls)[len(walls) // 2], "import server CPU s": sorted(cpus)[len(cpus) // 2]}


def child_store(size: int) -> dict[str, Any]:
    from trackingmore_mock import ManualClock, create_app
    from trackingmore_mock.handlers import common
    from trackingmore_mock.server import serve_in_thread

    clock = ManualClock(START)
    app = create_app(api_key=KEY, clock=clock, quota=size + 10, max_trackings=size + 10)
    start = time.perf_counter()
    for i in range(size):
        if i % 1000 == 0:
            clock.advance(60)
        common.create(app.mock, {"tracking_number": f"TMBULK{i:08d}", "carrier_code": "dhl"})
    figures: dict[str, Any] = {"fill s": time.perf_counter() - start}
    clock.advance(3600)
    low = int(START + 1800)
    calls: list[tuple[str, str, float]] = [
        ("first list status=transit", "/trackings/get?limit=100&status=transit", 0),
        ("later list status=transit (+1 h)", "/trackings/get?limit=100&status=transit", 3600),
        ("status counts", "/trackings/getstatusnumber", 0),
        ("list update_time_min", f"/trackings/get?limit=100&update_time_min={low}", 0),
        ("list status=delivered (+10 days)", "/trackings/get?limit=100&status=delivered", 10 * 86400),
        ("list status=delivered (-1 day)", "/trackings/get?limit=100&status=delivered", -86400),
    ]
    with serve_in_thread(app) as base_url, httpx.Client(base_url=base_url, headers=HEADERS, timeout=600) as c:
        for name, url, move in calls:
            clock.advance(move)
            start = time.perf_counter()
            answer = c.get(url)
            elapsed = time.perf_counter() - start
            data = answer.json()["data"]
            figures[f"{name} s"] = elapsed
            figures[f"{name} total"] = data.get("total", data)
    return figures


def _run_side(mock_dir: Path, args: list[str]) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=f"{mock_dir}{os.pathsep}{Path(__file__).resolve().parents[1]}")
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.status_index", "--child", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--store", type=int, default=100_000)
    parser.add_argument("--import", dest="imported", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", action="append", default=[], help="another checkout's mock_server dir")
    parser.add_argument("--only", default="1,2")
    parser.add_argument("--skip-here", action="store_true", help="measure only the --baseline sides")
    parser.add_argument("--child", choices=("import", "store"))
    args = parser.parse_args()
    if args.child == "import":
        print(json.dumps(child_import(args.imported, args.rounds)))
        return
    if args.child == "store":
        print(json.dumps(child_store(args.store)))
        return
    sides = [Path(p).resolve() for p in args.baseline] + ([] if args.skip_here else [HERE_MOCK])
    results: dict[Path, dict[str, Any]] = {side: {} for side in sides}
    for side in sides:  # each in its own process, one after another
        if "1" in args.only:
            imported = ["--import", str(args.imported), "--rounds", str(args.rounds)]
            results[side].update(_run_side(side, ["import", *imported]))
        if "2" in args.only:
            results[side].update(_run_side(side, ["store", "--store", str(args.store)]))
    names = list(results[sides[-1]])
    print(f"{'':40}" + "".join(f"{side.parent.name[:18]:>20}" for side in sides) + "   last/first")
    for name in names:
        values = [results[side].get(name) for side in sides]
        row = "".join(f"{v:>20.3f}" if isinstance(v, float) else f"{json.dumps(v)[:19]:>20}" for v in values)
        first, last = values[0], values[-1]
        ratio = f"   {last / first:.3f}" if isinstance(first, float) and isinstance(last, float) and first else ""
        print(f"{name:40}{row}{ratio}")


if __name__ == "__main__":
    main()
