"""``python -m benchmarks``: run the benchmarks, print the table, write it as JSON.

    python -m benchmarks                  # everything (about 5 minutes on 2 cores)
    BENCH_QUICK=1 python -m benchmarks    # or --quick: smaller sizes, fewer rounds
    python -m benchmarks --only 2,3       # a subset (1 bulk import, 2 per-call, 3 decode, 4 servers, 5 wall times,
                                          # 6 a day's sync with latency and rate limits)
    BENCH_TESTS=1 python -m benchmarks    # or --tests: also time the test suite (long)

Results go to ``benchmarks/results/bench-<UTC time>.json`` and ``benchmarks/results/latest.json``.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from . import bulk_import, client_cost, day_sync, decode, server_profile, throughput, walltimes
from .common import Figure, Sizes, machine, render_table, say, write_results

ALL = ("1", "2", "3", "4", "5", "6")


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0] if __doc__ else ""
    )
    parser.add_argument("--quick", action="store_true", default=_flag("BENCH_QUICK"), help="short run (BENCH_QUICK=1)")
    parser.add_argument(
        "--tiny", action="store_true", help="smallest sizes: proves the harness works, measures nothing"
    )
    parser.add_argument(
        "--tests", action="store_true", default=_flag("BENCH_TESTS"), help="also time pytest (BENCH_TESTS=1)"
    )
    parser.add_argument("--only", default=os.environ.get("BENCH_ONLY", ",".join(ALL)), help="comma list of 1-6")
    parser.add_argument("--out", type=Path, default=None, help="JSON file to write (default benchmarks/results/)")
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    return parser.parse_args(argv)


def _node_version() -> str | None:
    node = shutil.which("node")
    if node is None:
        return None
    return subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout.strip() or None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = Sizes.tiny() if args.tiny else Sizes.quick() if args.quick else Sizes.full()
    selected = {part.strip() for part in args.only.split(",") if part.strip()}
    unknown = selected - set(ALL)
    if unknown:
        say(f"unknown benchmark(s): {sorted(unknown)}; choose from {', '.join(ALL)}")
        return 2
    info = machine() | {"node": _node_version()}
    say(
        f"make bench ({sizes.mode}): {info['cpus']} CPU(s), Python {info['python']}, node {info['node']}. "
        "Servers run in their own processes; on this machine they share the CPU with the load generator."
    )
    started = time.time()
    figures: list[Figure] = []
    extra: dict[str, Any] = {}
    if "1" in selected:
        say("1. bulk import (fake served by uvicorn in a child process)")
        bulk_figures, import_profile = bulk_import.run(sizes)
        figures += bulk_figures
        extra["sdk_import_client_profile"] = import_profile.as_json()
        say("   client side of an SDK import:")
        say(import_profile.render())
        say("   where the fake spends a create (in-process cProfile; explains the server-bound figures 1 and 4b)")
        server = server_profile.run(requests=sizes.server_profile_requests)
        extra["server_profile"] = {name: prof.as_json() for name, prof in server.items()}
        for name, prof in server.items():
            say(f"   {name}:")
            say(prof.render())
    if "2" in selected:
        say("2. per-call client cost (httpx.MockTransport)")
        call_figures, call_profile = client_cost.run(sizes)
        figures += call_figures
        extra["per_call_profile"] = call_profile.as_json()
        say(call_profile.render())
    if "3" in selected:
        say("3. decoding a list page")
        decode_figures, profile = decode.run(sizes)
        figures += decode_figures
        extra["decode_profile"] = profile.as_json()
        say(profile.render())
    if "4" in selected:
        say("4. fake server vs Prism under load (autocannon)")
        load_figures, loads = throughput.run(sizes)
        figures += load_figures
        extra["loads"] = loads
    if "6" in selected:
        say("6. a day's sync under real conditions (fake with 100-200 ms latency and the real rate limits)")
        sync_figures, sync = day_sync.run(sizes)
        figures += sync_figures
        extra["day_sync"] = sync
    if "5" in selected:
        say("5. wall times")
        figures.append(walltimes.regeneration())
        if args.tests:
            say("   running the test suite (BENCH_TESTS=1) ...")
            figures.append(walltimes.test_suite())
    elapsed = time.time() - started

    print()
    print(render_table(figures))
    print()
    for figure in figures:
        if figure.note:
            print(f"[{figure.bench}] {figure.note}")
    cores = info["cpus"]
    print(
        f"\n{sizes.mode} run, {elapsed:.0f} s, {cores} CPU(s): servers, load generator and clients share "
        f"{cores} core(s); ratios are taken round by round from alternated runs; absolute times drift."
    )
    if args.markdown:
        print()
        print(render_table(figures, markdown=True))
    payload = {
        "started_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "elapsed_s": elapsed,
        "mode": sizes.mode,
        "sizes": dataclasses.asdict(sizes),
        "machine": info,
        "figures": [f.as_json() for f in figures],
        "table": render_table(figures, markdown=True),
        **extra,
    }
    path = write_results(payload, args.out)
    print(f"results written to {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
