"""Load `demo/tour.py` (the SDK tour of `make demo`) as a module, for tests that drive it."""

from __future__ import annotations

import importlib.util
from typing import Any

from support.spec import ROOT

TOUR = ROOT / "demo" / "tour.py"


def load_tour() -> Any:
    spec = importlib.util.spec_from_file_location("demo_tour", TOUR)
    assert spec is not None and spec.loader is not None
    tour = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tour)
    return tour
