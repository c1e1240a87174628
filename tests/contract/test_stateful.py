"""Stateful phase in-process: scenarios that follow the spec's OpenAPI links, from an empty mock.

createTracking -> getTracking / updateTracking / deleteTracking / changeCarrier, deleteTracking ->
getTracking, changeCarrier -> getTracking: the chains create -> get -> update -> change carrier ->
get -> delete -> get; and batchCreateTrackings -> listTrackings / getTracking /
batchDeleteTrackings -> getTracking / listTrackings (links proposed by trackingmore_hooks). They
find use-after-free, unavailable resources and lost updates (trackingmore_checks:
deleted_tracking_stays_deleted, created_tracking_is_available, updates_are_not_lost). The mock is
reset in `setup`, so every scenario starts from nothing.
"""

from __future__ import annotations

from typing import Any

import hypothesis
from schemathesis import Case
from schemathesis.core.transport import Response
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput

from contract import stats, trackingmore_hooks
from contract.mockserver import load_schema, make_app

APP = make_app()
schema = load_schema(APP)
assert trackingmore_hooks.POPULAR_CARRIERS  # imported for its registrations (checks and hooks)
# Links of openapi/trackingmore-v2.yaml plus those trackingmore_hooks proposes for the batch scenario
# (batch create -> get / list / batch delete -> get / list) while the spec lacks them.
LINKS = trackingmore_hooks.link_count()


class TrackingMoreScenarios(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        APP.mock.reset()

    def step(self, input: StepInput) -> StepOutput:
        stats.record(input.case)
        if input.transition is not None and input.is_applied:
            stats.LINKS_FOLLOWED[input.transition.id] += 1
        return super().step(input)  # type: ignore[no-any-return]

    def after_call(self, response: Response, case: Case[Any]) -> None:
        super().after_call(response, case)


def test_links_are_declared() -> None:
    assert schema.statistic.transitions.total == LINKS


def test_stateful_scenarios_follow_every_link() -> None:
    stats.LINKS_FOLLOWED.clear()
    TrackingMoreScenarios.run(
        settings=hypothesis.settings(
            max_examples=60,
            stateful_step_count=10,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
    assert len(stats.LINKS_FOLLOWED) == LINKS, sorted(stats.LINKS_FOLLOWED)
