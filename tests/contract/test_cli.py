"""`st run` (the CLI) against the mock served by uvicorn on 127.0.0.1: the wire level, all phases.

Same CI profile as the in-process tests (schemathesis.toml: deterministic, seeded, bounded), run the
way `make fuzz` runs its longer campaign (contract/campaign.py), so the CLI registration of the
checks (`hooks = "contract.trackingmore_hooks"`) is tested too.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from contract import stats
from contract.campaign import ROOT
from contract.mockserver import make_app, served
from contract.trackingmore_hooks import link_count

PHASES = ("Examples", "Coverage", "Fuzzing", "Stateful")


def run_campaign(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "contract.campaign", *args]
    env = {"PYTHONPATH": str(ROOT / "tests"), "PATH": str(Path(sys.executable).parent)}
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)


def test_st_run_over_http(tmp_path: Path) -> None:
    app = make_app()
    with served(app) as base_url:
        result = run_campaign("ci", "--url", base_url, "--report-dir", str(tmp_path))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert "Selected: 20/20" in output and "Tested: 20" in output  # with the tolerated POST /trackings/get
    for phase in PHASES:
        assert re.search(rf"✅\s+{phase}", output), f"phase {phase} did not pass:\n{output[-3000:]}"
    links = re.search(r"API Links:\s+(\d+) covered / (\d+) selected / (\d+) total", output)
    assert links is not None, output[-3000:]
    # Which links a CLI run follows varies from run to run (schemathesis draws them with true
    # randomness); test_stateful.py asserts that every link is followed in-process.
    assert links.group(2) == links.group(3) == str(link_count()) and int(links.group(1)) > 0, links.group(0)
    cases = re.search(r"(\d+) generated, \1 passed", output)
    assert cases is not None, output[-3000:]
    assert list(tmp_path.glob("junit*.xml")), "no JUnit report"
    stats.NOTES.append(f"st run (CLI, served mock): {cases.group(1)} test cases, {links.group(0)}")
