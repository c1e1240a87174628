"""The Python examples of docs/mock.md run, in order, in one namespace (the plugin example is a
test function: it is defined here, and runs for real in tests/plugin_example)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.spec import ROOT

DOC = ROOT / "docs" / "mock.md"


def test_the_examples_of_docs_mock_md_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text("utf-8"), re.DOTALL)
    assert len(blocks) >= 5
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "docs_mock"}
    for block in blocks:
        exec(compile(block, str(DOC), "exec"), namespace)
    assert callable(namespace["test_a_parcel_is_delivered"])
    # Each `print(...)  # shown` prints what its comment says.
    shown = [m for block in blocks for m in re.findall(r"^\s*print\(.*\)\s+# (.+)$", block, re.MULTILINE)]
    assert capsys.readouterr().out.splitlines() == shown
