"""Benchmark 5: wall times of regeneration and (optionally) of the test suite, for the record.

Regeneration runs ``make check-generated``: the same generator command as ``make generate``,
into a temporary directory, then a diff against ``generated/`` (which it never touches).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

from .common import REPO, Figure, say


def _timed(argv: list[str], timeout: float, *, tail: int = 1500) -> tuple[float, int, str]:
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False)
    return time.perf_counter() - start, done.returncode, (done.stdout + done.stderr)[-tail:]


def regeneration(rounds: int = 1) -> Figure:
    make = shutil.which("make") or "make"
    _timed([make, "--no-print-directory", "-s", "setup"], timeout=600)  # so the timing holds no reinstall
    times: list[float] = []
    codes: list[int] = []
    for _ in range(rounds):
        seconds, code, tail = _timed([make, "--no-print-directory", "-s", "check-generated"], timeout=600)
        times.append(seconds)
        codes.append(code)
        if code != 0:
            say(f"  make check-generated exited {code} (timed anyway):\n{tail}")
    note = "make check-generated: generator + ruff hooks into a temp dir, then diff"
    ok = [t for t, code in zip(times, codes, strict=True) if code == 0]
    if any(codes):
        note += f"; exit codes {codes}: failed runs are not counted (times {[round(t, 2) for t in times]})"
    return Figure(
        bench="5a",
        name="regeneration wall time (make check-generated)",
        unit="s",
        ours=sorted(ok)[len(ok) // 2] if ok else None,
        ours_spread=(min(ok), max(ok)) if len(ok) > 1 else None,
        note=note,
        samples={"ours": times},
    )


def test_suite() -> Figure:
    """``pytest`` over tests/ (without the benchmark smoke test), timed once."""
    argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--ignore=tests/bench"]
    env_jobs = os.environ.get("BENCH_PYTEST_ARGS", "")
    seconds, code, output = _timed(argv + env_jobs.split(), timeout=3600, tail=200_000)
    lines = [line for line in output.splitlines() if line.strip()]
    failed = [line.split(" - ")[0] for line in lines if line.startswith(("FAILED ", "ERROR "))]
    note = f"exit code {code}; {(lines[-1:] or [''])[0].strip('= ')}"
    if failed:
        note += "; " + ", ".join(failed[:10])
    return Figure(
        bench="5b",
        name="test-suite wall time (pytest tests/)",
        unit="s",
        ours=seconds,
        note=note,
        samples={"ours": [seconds]},
    )
