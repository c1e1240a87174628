"""Run the repository's generator pipeline (config, templates, hooks, runtime) on another spec."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def generate(spec: dict[str, Any], work: Path, *, project: str, package: str) -> tuple[Path, dict[str, str]]:
    """Generate ``spec`` as package ``package`` under ``work``; the project dir and the environment."""
    spec_path = work / f"{project}.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
    config = yaml.safe_load((ROOT / "generator-config.yml").read_text())
    config.update(project_name_override=project, package_name_override=package)
    config.pop("class_overrides", None)
    config["post_hooks"] = [hook.replace("trackingmore_v2/", f"{package}/") for hook in config["post_hooks"]]
    config_path = work / "config.yml"
    config_path.write_text(yaml.safe_dump(config))
    env = {
        **os.environ,
        "PATH": f"{BIN}:{os.environ['PATH']}",
        "TM_SDK_RUNTIME_DIR": str(ROOT / "sdk_runtime"),
        "TM_HOOKS_DIR": str(ROOT / "generator-hooks"),
        "TM_SPEC_PATH": str(spec_path),
        "TM_TEMPLATES_DIR": str(ROOT / "generator-templates"),
        "TM_CONFIG_PATH": str(config_path),
    }
    out = work / project
    command = [
        str(BIN / "openapi-python-client"), "generate", "--path", str(spec_path), "--config", str(config_path),
        "--custom-template-path", str(ROOT / "generator-templates"), "--meta", "pdm", "--fail-on-warning",
        "--output-path", str(out),
    ]  # fmt: skip
    result = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return out, env
