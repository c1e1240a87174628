"""What the contract tests generated, printed at the end of the pytest run (conftest.py)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from schemathesis import Case

# phase name -> test cases sent by the pytest tests of tests/contract
CASES_PER_PHASE: Counter[str] = Counter()
OPERATIONS: set[str] = set()
# link name ("createTracking -> GetTracking") -> times followed by the stateful test
LINKS_FOLLOWED: Counter[str] = Counter()
# Lines other tests want in the summary (e.g. the CLI run's own statistics).
NOTES: list[str] = []


def record(case: Case[Any]) -> None:
    OPERATIONS.add(case.operation.label)
    phase = case.meta.phase.name.value if case.meta is not None else "explicit"
    CASES_PER_PHASE[phase] += 1
