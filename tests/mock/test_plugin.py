"""The pytest plugin, as a user's CI meets it: an empty folder, one test file, no conftest."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from support.spec import ROOT

USER_SUITE = ROOT / "tests" / "plugin_example" / "test_user_suite.py"


def test_the_plugin_is_registered_by_the_package() -> None:
    (entry,) = [e for e in metadata.entry_points(group="pytest11") if e.name == "trackingmore_mock"]
    assert entry.value == "trackingmore_mock.pytest_plugin"


def test_a_conftest_free_suite_in_an_empty_folder_uses_the_fixtures(tmp_path: Path) -> None:
    shutil.copy(USER_SUITE, tmp_path / "test_user_suite.py")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTEST_ADDOPTS")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "ignore::DeprecationWarning"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout
    assert not list(tmp_path.glob("conftest.py"))
