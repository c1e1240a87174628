"""The committed client is what the spec produces, and it installs and imports on its own."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

from support.spec import ROOT

GENERATED_PROJECT = ROOT / "generated" / "trackingmore-v2"


def test_committed_client_matches_spec_config_and_templates() -> None:
    """The same drift check CI runs: regenerate into a temp dir and diff."""
    result = subprocess.run(["make", "-s", "check-generated"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_ships_py_typed_and_declares_its_dependencies() -> None:
    assert (GENERATED_PROJECT / "trackingmore_v2" / "py.typed").is_file()
    pyproject = (GENERATED_PROJECT / "pyproject.toml").read_text()
    for dependency in ('"httpx', '"attrs'):
        assert dependency in pyproject


def test_package_installs_with_pip_and_imports_with_only_its_dependencies(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, str(GENERATED_PROJECT)], check=True, capture_output=True)
    import_all = (
        "import importlib, pkgutil, trackingmore_v2 as p\n"
        "mods = [m.name for m in pkgutil.walk_packages(p.__path__, 'trackingmore_v2.')]\n"
        "[importlib.import_module(m) for m in mods]\n"
        "print(len(mods))\n"
    )
    # An empty PYTHONPATH and a neutral cwd, so nothing leaks in from the dev environment.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [str(python), "-c", import_all], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 80
    assert sys.prefix not in str(python)


UNSUPPORTED_SPEC = """
openapi: 3.0.3
info: {title: Broken, version: "1"}
paths:
  /x:
    post:
      operationId: doX
      requestBody:
        content:
          application/xml:
            schema: {type: object}
      responses:
        '200': {description: ok}
"""


def test_generation_fails_loudly_on_a_generator_warning(tmp_path: Path) -> None:
    """A skipped endpoint is a failure of the pipeline, not a log line."""
    spec = tmp_path / "broken.yaml"
    spec.write_text(UNSUPPORTED_SPEC)
    result = subprocess.run(
        ["make", "-s", "check-generated", f"SPEC={spec}"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "Endpoint will not be generated" in result.stdout + result.stderr
