"""The Python examples of docs/sdk.md and README.md run, in order, against the fake server."""

from __future__ import annotations

import contextlib
import io
import logging
import re
from pathlib import Path

import pytest

from sdk.helpers import MOCK_API_KEY

from .conftest import Mock

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "docs" / "sdk.md", ROOT / "README.md", ROOT / "generated" / "trackingmore-v2" / "README.md"]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks(path: Path) -> list[str]:
    return BLOCK.findall(path.read_text(encoding="utf-8")) if path.exists() else []


def test_the_sdk_guide_has_examples() -> None:
    assert len(python_blocks(ROOT / "docs" / "sdk.md")) >= 8


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_code_blocks_run(path: Path, mock: Mock, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = python_blocks(path)
    assert blocks, f"{path} lost its python examples"
    monkeypatch.setenv("TRACKINGMORE_API_KEY", MOCK_API_KEY)
    monkeypatch.setenv("TRACKINGMORE_BASE_URL", mock.base_url)
    sdk_logger = logging.getLogger("trackingmore_v2")
    namespace: dict[str, object] = {"__name__": f"doc_{path.stem}"}
    output = io.StringIO()
    try:
        for number, block in enumerate(blocks, 1):
            code = compile(block, f"{path.name}[python block {number}]", "exec")
            with contextlib.redirect_stdout(output):
                exec(code, namespace)
    finally:
        sdk_logger.setLevel(logging.NOTSET)
    printed = output.getvalue()
    if path == ROOT / "README.md":
        assert "pending\ndelivered delivered001\n4016 createTracking\n" in printed
    if path.name == "sdk.md":
        assert "delivered delivered001" in printed  # the quick start read the tracking back
        assert "getTracking: [4031 No Content]" in printed
        assert "100 100 0" in printed  # 100 items in chunks of 40, all added
        assert "rejected: webhook signature does not match" in printed
        assert "4 TrackingPage(page=1, limit=100, total=3, items=[])" in printed  # tolerant reading
