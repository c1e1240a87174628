"""`make bench`'s harness runs end to end on tiny sizes (benchmarks 1-3). No timing is asserted.

Benchmark 4 needs Prism from npm and benchmark 5 re-runs the generator, so they are left to
`make bench`; this only proves that the harness, the fake in a child process, the SDK calls it
measures and the JSON it writes fit together.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_harness_runs_on_tiny_sizes(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--tiny", "--only", "1,2,3", "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    benches = {figure["bench"] for figure in result["figures"]}
    assert {"1b", "2", "3a", "3b"} <= benches
    for figure in result["figures"]:
        assert figure["ours"] is not None and figure["ours"] > 0
        if figure["target"] is not None:
            assert isinstance(figure["met"], bool)  # reported either way; never a timing assertion
    assert "figure" in done.stdout and "ratio" in done.stdout  # the table was printed
