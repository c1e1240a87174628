"""Run schemathesis' engine (what `st run` drives) in-process against an app and collect failures."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis.engine import Status, events

from contract import trackingmore_hooks
from contract.mockserver import config_settings, load_schema

assert trackingmore_hooks.POPULAR_CARRIERS  # imported for its registrations (checks and hooks)


def failing_checks(app: Any, operations: tuple[str, ...], phases: tuple[str, ...]) -> dict[str, int]:
    """Run schemathesis' engine in-process against `app`; failures per check name."""
    settings = config_settings()
    # Stateful faults need a scenario that reaches create -> delete -> read: with 10 scenarios of
    # 8 steps that depends on the seed's luck, 30 makes it reliable (a few seconds more).
    settings["generation"]["max-examples"] = 30 if "stateful" in phases else 10
    all_phases = ("examples", "coverage", "fuzzing", "stateful")
    settings["phases"] = {phase: {"enabled": phase in phases} for phase in all_phases}
    settings["phases"]["stateful"]["max-steps"] = 8
    schema = load_schema(app, settings).include(operation_id=list(operations))
    schema.app = app
    failures: dict[str, int] = {}
    for event in schemathesis.engine.from_schema(schema).execute():
        if isinstance(event, events.FatalError):
            raise event.exception
        if isinstance(event, events.NonFatalError):
            raise AssertionError(f"schemathesis error: {event.info.message}")
        if isinstance(event, events.ScenarioFinished):
            for checks in event.recorder.checks.values():
                for check in checks:
                    if check.status == Status.FAILURE:
                        failures[check.name] = failures.get(check.name, 0) + 1
    return failures
