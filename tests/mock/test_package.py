"""The fake's own package: built from mock_server/ and openapi/ alone, the spec inside the wheel,
narrow dependencies, the console script and the pytest plugin; it installs and serves in a clean venv."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from support.spec import ROOT, SPEC_PATH

PIP = ["-m", "pip", "--disable-pip-version-check"]
# Everything the base install may pull in: connexion's and uvicorn's own dependencies, and the
# status index's sorted containers.
ALLOWED = {"connexion", "uvicorn", "starlette", "httpx", "pyyaml", "jsonschema", "sortedcontainers"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy holding only mock_server/ and openapi/ (no .git, no root pyproject)."""
    copy = tmp_path_factory.mktemp("copy")
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "build")
    shutil.copytree(ROOT / "mock_server", copy / "mock_server", ignore=ignore)
    shutil.copytree(ROOT / "openapi", copy / "openapi")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, *PIP, "wheel", "--quiet", "--no-deps", "-w", str(out), str(copy / "mock_server")],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("trackingmore_mock-*.whl")
    return built


def test_the_wheel_carries_the_spec_built_from_openapi(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert archive.read("trackingmore_mock/openapi.yaml") == SPEC_PATH.read_bytes()
        for name in ("control.yaml", "data/carriers.json", "py.typed", "pytest_plugin.py", "cli.py", "proxy/cli.py"):
            assert f"trackingmore_mock/{name}" in names
        entry_points = next(archive.read(n).decode() for n in names if n.endswith("entry_points.txt"))
        metadata = Parser().parsestr(next(archive.read(n).decode() for n in names if n.endswith("/METADATA")))
    assert "trackingmore-mock = trackingmore_mock.cli:main" in entry_points
    assert "trackingmore_mock = trackingmore_mock.pytest_plugin" in entry_points
    requires = metadata.get_all("Requires-Dist") or []
    base = {r.split(">")[0].split("=")[0].split("<")[0].strip().lower() for r in requires if "extra ==" not in r}
    assert base == ALLOWED
    assert set(metadata.get_all("Provides-Extra") or []) == {"swagger-ui", "fast", "httptools"}
    assert not (ROOT / "mock_server" / "trackingmore_mock" / "openapi.yaml").exists()  # no second copy in the tree


def test_it_installs_and_serves_in_a_clean_venv(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = str(env_dir / "bin" / "python")
    subprocess.run([python, *PIP, "install", "--quiet", str(wheel)], check=True, capture_output=True)
    freeze = subprocess.run([python, *PIP, "freeze"], check=True, capture_output=True, text=True).stdout
    names = {line.split("==")[0].split(" @ ")[0].lower() for line in freeze.splitlines()}
    for unwanted in ("uvloop", "watchfiles", "websockets", "jsonschema-rs", "swagger-ui-bundle", "trackingmore-v2"):
        assert unwanted not in names
    script = (
        "import httpx, trackingmore_mock\n"
        "from trackingmore_mock.server import serve_in_thread\n"
        "app = trackingmore_mock.create_app(api_key='key-123')\n"
        "with serve_in_thread(app) as url:\n"
        "    r = httpx.get(url + '/trackings/getuserinfo', headers={'Trackingmore-Api-Key': 'key-123'})\n"
        "    print(r.json()['meta']['code'], trackingmore_mock.spec.locate().name)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "TRACKINGMORE_MOCK_SPEC")}
    result = subprocess.run([python, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["200", "openapi.yaml"]  # the packaged copy, found from any folder
