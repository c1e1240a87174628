"""Summary of the contract run: test cases per phase, operations and links covered."""

from __future__ import annotations

import pytest

from contract import stats


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not (stats.CASES_PER_PHASE or stats.NOTES):
        return
    write = terminalreporter.write_line
    terminalreporter.section("schemathesis contract tests")
    if stats.CASES_PER_PHASE:
        phases = ", ".join(f"{phase} {count}" for phase, count in sorted(stats.CASES_PER_PHASE.items()))
        write(f"in-process: {len(stats.OPERATIONS)} operations; test cases per phase: {phases}")
    if stats.LINKS_FOLLOWED:
        links = ", ".join(f"{name} x{count}" for name, count in sorted(stats.LINKS_FOLLOWED.items()))
        write(f"in-process stateful: {len(stats.LINKS_FOLLOWED)} links followed: {links}")
    for note in stats.NOTES:
        write(note)
