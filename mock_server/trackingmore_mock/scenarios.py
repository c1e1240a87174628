"""Scenario numbers: tracking-number prefixes that always give the same outcome, like test card numbers.

Any number starting with a prefix (case-insensitive) follows that scenario, so tests can create as
many distinct numbers per scenario as they need: `TMDELIVERED001`, `TMDELIVERED002`, ... They work
with every carrier code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Scenario:
    prefix: str
    status: str  # the package status the tracking always shows
    substatus: str | None
    summary: str


# Longest prefixes first so that e.g. TMUNDELIVERED is not read as something shorter.
SCENARIOS: tuple[Scenario, ...] = (
    Scenario("TMINFORECEIVED", "notfound", "notfound001", "carrier has the shipment info, parcel not handed over"),
    Scenario("TMUNDELIVERED", "undelivered", None, "delivery attempted and failed (addressee absent)"),
    Scenario("TMDELIVERED", "delivered", "delivered001", "full journey, delivered"),
    Scenario("TMEXCEPTION", "exception", "exception005", "journey ends in an exception (digits pick the code)"),
    Scenario("TMNOTFOUND", "notfound", "notfound002", "carrier has no information, no checkpoints"),
    Scenario("TMPENDING", "pending", None, "never tracked yet, no checkpoints"),
    Scenario("TMTRANSIT", "transit", "transit001", "in transit, never delivered, never expires"),
    Scenario("TMEXPIRED", "expired", None, "no news for longer than the carrier's limit"),
    Scenario("TMPICKUP", "pickup", None, "out for delivery / waiting at a pickup point"),
    Scenario("TMJOURNEY", "transit", "transit001", "evolves on the mock clock from creation (see docs)"),
)

EXCEPTION_CODES: tuple[str, ...] = tuple(f"exception{n:03d}" for n in range(4, 12))
_DIGITS = re.compile(r"(\d{3})")


def find(number: str) -> Scenario | None:
    upper = number.upper()
    for scenario in SCENARIOS:
        if upper.startswith(scenario.prefix):
            return scenario
    return None


def exception_code(number: str) -> str:
    """`TMEXCEPTION006...` gives exception006 (held by customs); other digits give exception005."""
    match = _DIGITS.match(number[len("TMEXCEPTION") :])
    if match and f"exception{match.group(1)}" in EXCEPTION_CODES:
        return f"exception{match.group(1)}"
    return "exception005"
