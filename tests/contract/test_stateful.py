"""Stateful phase in-process: scenarios that follow the spec's OpenAPI links, from an empty mock.

createTracking -> getTracking / updateTracking / deleteTracking / changeCarrier, deleteTracking ->
getTracking, changeCarrier -> getTracking: the chains create -> get -> update -> change carrier ->
get -> delete -> get that find use-after-free, unavailable resources and lost updates
(trackingmore_checks: deleted_tracking_stays_deleted, created_tracking_is_available,
updates_are_not_lost). The mock is reset in `setup`, so every scenario starts from nothing.
"""

from __future__ import annotations

from typing import Any

import hypothesis
from schemathesis import Case
from schemathesis.core.transport import Response
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput

from contract import stats, trackingmore_hooks
from contract.mockserver import MOCK_API_KEY, load_schema, make_app
from contract.trackingmore_checks import API_KEY_HEADER

APP = make_app()
schema = load_schema(APP)
assert trackingmore_hooks.POPULAR_CARRIERS  # imported for its registrations (checks and hooks)
LINKS = 6  # links declared in openapi/trackingmore-v2.yaml


class TrackingMoreScenarios(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        APP.mock.reset()

    def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
        # Transport-level headers: schemathesis' auth probes strip them (never clobber the case).
        return {"headers": {API_KEY_HEADER: MOCK_API_KEY}}

    def step(self, input: StepInput) -> StepOutput:
        stats.record(input.case)
        if input.transition is not None and input.is_applied:
            stats.LINKS_FOLLOWED[input.transition.id] += 1
        return super().step(input)  # type: ignore[no-any-return]

    def after_call(self, response: Response, case: Case[Any]) -> None:
        super().after_call(response, case)


def test_links_are_declared() -> None:
    assert schema.statistic.transitions.total == LINKS


TestStateful = TrackingMoreScenarios.TestCase
TestStateful.settings = hypothesis.settings(
    max_examples=40,
    stateful_step_count=10,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)
