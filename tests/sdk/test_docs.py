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
        assert "1 TMTRANSIT9000 None False carrier_code" in printed  # the bad row, not sent


def test_the_guides_method_table_is_the_specs() -> None:
    """docs/sdk.md lists every method with its operation, credits and retry safety as the spec says."""
    from support.spec import load_canonical_spec, operations

    rows = set(re.findall(r"^\| `client\.(\w+)\.(\w+)` \| `(\w+)` \| `(\w+) ([^`]+)` \| ([^|]+) \| (yes|no) \|$",
                          (ROOT / "docs" / "sdk.md").read_text(encoding="utf-8"), flags=re.MULTILINE))  # fmt: skip
    expected = set()
    for op in operations(load_canonical_spec()):
        sdk, credits = op.operation["x-sdk"], op.operation["x-credits"]
        billed = "free" if credits["amount"] == 0 else f"{credits['amount']:g} per {credits['per']}"
        safe = "yes" if op.operation["x-retry-safe"] else "no"
        expected.add((sdk["resource"], sdk["method"], op.operation_id, op.method.upper(), op.path, billed, safe))
    assert rows == expected
