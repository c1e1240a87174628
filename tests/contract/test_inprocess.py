"""Examples, coverage and fuzzing phases over all 19 operations, in-process against the mock.

One pytest item per operation (`test_operation[POST /trackings/post]`); the budget, the seed and
the checks come from schemathesis.toml (CI profile). Every test case starts from an empty mock so
that each one is independent of the others (Hypothesis replays and shrinks them).
"""

from __future__ import annotations

from typing import Any

import hypothesis
from schemathesis import Case

from contract import stats, trackingmore_hooks
from contract.mockserver import load_schema, make_app

APP = make_app()
schema = load_schema(APP)
assert trackingmore_hooks.POPULAR_CARRIERS  # imported for its registrations (checks and hooks)
OPERATION_COUNT = 20  # the spec's 19 and the tolerated listTrackingsWithBody (POST /trackings/get)


def test_spec_has_every_operation() -> None:
    assert len(list(schema.get_all_operations())) == OPERATION_COUNT


@schema.parametrize()
@hypothesis.settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[hypothesis.HealthCheck.too_slow, hypothesis.HealthCheck.filter_too_much],
)
def test_operation(case: Case[Any]) -> None:
    APP.mock.reset()
    stats.record(case)
    case.call_and_validate()  # the key comes from the profile's auth (mockserver.config_settings)
