"""Deterministic shipment simulator.

A tracking's whole journey is planned once from (carrier, number, seed) and the moment it was first
seen; what a client sees is the part of the journey that lies before the mock's clock. The same inputs
always give the same checkpoints, so tests can assert exact values and users get stable fixtures.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from . import carriers, countries, scenarios, timefmt
from .countries import Country

HOUR = 3600.0
DAY = 86400.0
# Express shipments expire after 30 days without delivery, postal ones after 60 (TrackingMore's rule).
EXPIRY_DAYS = {"express": 30, "globalpost": 60}
TERMINAL = frozenset({"delivered", "exception", "expired"})


@dataclass(frozen=True)
class Step:
    description: str
    status: str
    substatus: str | None
    node: str | None  # the milestone this checkpoint sets (ItemReceived, ...)
    leg: str  # "origin" or "destination"


INFO = Step("Shipment information received, awaiting item", "notfound", "notfound001", None, "origin")
ACCEPTED = Step("Item accepted by the carrier", "transit", "transit001", "ItemReceived", "origin")
SORTING = Step("Arrived at sorting center", "transit", "transit002", None, "origin")
DISPATCHED = Step("Departed from sorting center", "transit", "transit001", "ItemDispatched", "origin")
AIRPORT = Step("Departed from airport of origin", "transit", "transit001", "DepartfromAirport", "origin")
ABROAD = Step("Arrived in destination country", "transit", "transit004", "ArrivalfromAbroad", "destination")
CUSTOMS = Step("Customs clearance completed", "transit", "transit005", "CustomsClearance", "destination")
FACILITY = Step("Arrived at delivery facility", "transit", "transit003", "DestinationArrived", "destination")
OUT = Step("Out for delivery", "pickup", None, None, "destination")
ATTEMPT = Step("Delivery attempted, addressee absent, notice left", "undelivered", None, None, "destination")
DELIVERED = {
    "delivered001": Step("Delivered", "delivered", "delivered001", None, "destination"),
    "delivered002": Step("Picked up by the addressee", "delivered", "delivered002", None, "destination"),
    "delivered003": Step("Delivered, signed by the addressee", "delivered", "delivered003", None, "destination"),
    "delivered004": Step("Delivered to a parcel locker", "delivered", "delivered004", None, "destination"),
}
EXCEPTIONS = {
    "exception004": "Item unclaimed at the pickup point",
    "exception005": "Delivery exception, please contact the carrier",
    "exception006": "Held by customs",
    "exception007": "Item lost or damaged",
    "exception008": "Shipment cancelled before pickup",
    "exception009": "Refused by the addressee",
    "exception010": "Returned to sender",
    "exception011": "Being returned to sender",
}

_DELIVERED_CODES = tuple(sorted(DELIVERED))  # rng.choice picks from these orders
_EXCEPTION_CODES = tuple(sorted(EXCEPTIONS))
_MAIN_ROUTE = (INFO, ACCEPTED, SORTING, DISPATCHED, AIRPORT, ABROAD, CUSTOMS, FACILITY, OUT)
# Fixed schedule of the TMJOURNEY scenario, in hours after creation (documented in docs/mock.md).
JOURNEY_HOURS = (0, 6, 12, 24, 36, 72, 84, 96, 108, 114)


@dataclass(frozen=True)
class Checkpoint:
    at: float  # unix seconds, UTC
    country: Country
    city: str
    step: Step

    @functools.cached_property  # rendered many times per answer; the checkpoint never changes
    def local_date(self) -> str:
        """Carrier-local `YYYY-MM-DD HH:MM`, as TrackingMore shows checkpoint dates (no zone)."""
        local = datetime.fromtimestamp(self.at, UTC) + timedelta(hours=self.country.utc_offset_hours)
        return timefmt.minutes(local)

    @functools.cached_property
    def details(self) -> str:
        return f"{self.city}, {self.country.name}"


@dataclass(frozen=True)
class Journey:
    carrier_code: str
    origin: Country
    destination: Country
    checkpoints: tuple[Checkpoint, ...]  # oldest first
    forced_status: str | None  # scenario numbers pin their status
    forced_substatus: str | None
    expiry_days: int
    weight_kg: float
    destination_carrier: str | None  # postal hand-over carrier on the destination leg, if any


@dataclass(frozen=True)
class Snapshot:
    journey: Journey
    at: float
    status: str
    substatus: str | None
    checkpoints: tuple[Checkpoint, ...]  # visible ones, newest first


def _rng(carrier_code: str, number: str, seed: int) -> random.Random:
    digest = hashlib.sha256(f"{seed}:{carrier_code}:{number.upper()}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


_ALL = tuple(countries.COUNTRIES[code] for code in countries.CODES)
_HOME = {c.postal_carrier: c for c in _ALL}  # a national post ships from its own country
_DESTINATIONS = {c.code: tuple(d for d in _ALL if d.code != c.code) for c in _ALL}


def _route(rng: random.Random, carrier_code: str) -> tuple[Country, Country]:
    # Most cross-border e-commerce parcels TrackingMore tracked left China.
    origin = _HOME.get(carrier_code) or (countries.COUNTRIES["CN"] if rng.random() < 0.5 else rng.choice(_ALL))
    destination = rng.choice(_DESTINATIONS[origin.code])
    return origin, destination


def _steps_for(
    rng: random.Random, number: str, scenario: scenarios.Scenario | None
) -> tuple[list[Step], str | None, str | None]:
    """The steps of a journey and, for scenario numbers, the status they pin."""
    delivered = DELIVERED[rng.choice(_DELIVERED_CODES)]
    if scenario is None:
        roll = rng.random()
        if roll < 0.08:
            code = rng.choice(_EXCEPTION_CODES)
            return _with_exception(code), None, None
        if roll < 0.14:
            return [*_MAIN_ROUTE, ATTEMPT, OUT, delivered], None, None
        if roll < 0.18:  # lost in transit: never delivered, expires eventually
            return list(_MAIN_ROUTE[:5]), None, None
        return [*_MAIN_ROUTE, delivered], None, None
    prefix = scenario.prefix
    steps: list[Step]
    if prefix in ("TMPENDING", "TMNOTFOUND"):
        steps = []
    elif prefix == "TMINFORECEIVED":
        steps = [INFO]
    elif prefix in ("TMTRANSIT", "TMEXPIRED"):
        steps = list(_MAIN_ROUTE[:5])
    elif prefix == "TMPICKUP":
        steps = list(_MAIN_ROUTE)
    elif prefix == "TMUNDELIVERED":
        steps = [*_MAIN_ROUTE, ATTEMPT]
    elif prefix == "TMDELIVERED":
        steps = [*_MAIN_ROUTE, DELIVERED["delivered001"]]
    elif prefix == "TMEXCEPTION":
        code = scenarios.exception_code(number)
        return _with_exception(code), "exception", code
    else:  # TMJOURNEY evolves on the clock
        return [*_MAIN_ROUTE, DELIVERED["delivered001"]], None, None
    return steps, scenario.status, scenario.substatus


def _with_exception(code: str) -> list[Step]:
    step = Step(EXCEPTIONS[code], "exception", code, None, "destination")
    if code == "exception008":
        return [INFO, Step(EXCEPTIONS[code], "exception", code, None, "origin")]
    if code == "exception006":
        return [*_MAIN_ROUTE[:6], step]
    return [*_MAIN_ROUTE, step]


class Timeline(NamedTuple):  # a tuple: cheap to make and to keep, for each of 100,000 trackings
    """When a journey's status can change, without its rendered checkpoints: what the status index
    keeps per tracking. `observe` and `state_at` agree on every status and latest checkpoint time."""

    times: tuple[float, ...]  # checkpoint times, oldest first (non-decreasing)
    statuses: tuple[str, ...]  # the status each checkpoint sets
    forced_status: str | None
    expiry: float  # seconds without news after which a journey not yet terminal shows expired


@dataclass(slots=True)  # not frozen: made once per plan, and a frozen dataclass is slow to make
class _Outline:
    """The random draws of a journey that decide its times and statuses (the rest are cities and weight)."""

    rng: random.Random
    origin: Country
    destination: Country
    steps: list[Step]
    forced_status: str | None
    forced_substatus: str | None
    times: list[float]  # minute-aligned checkpoint times
    expiry_days: int
    postal: bool


def _outline(carrier_code: str, number: str, seed: int, first_seen: float) -> _Outline:
    rng = _rng(carrier_code, number, seed)
    origin, destination = _route(rng, carrier_code)
    scenario = scenarios.find(number)
    steps, forced, forced_sub = _steps_for(rng, number, scenario)
    carrier = carriers.get(carrier_code)
    postal = carrier is not None and carrier.is_postal
    expiry_days = EXPIRY_DAYS["globalpost" if postal else "express"]

    if scenario is not None and scenario.prefix == "TMJOURNEY":
        times = [first_seen + h * HOUR for h in JOURNEY_HOURS[: len(steps)]]
    else:
        draw = rng.random  # rng.uniform(2, 30) is 2 + 28 * rng.random(): the same floats, a call less each
        gaps = [(2 + 28 * draw()) * HOUR for _ in steps]
        offsets = [sum(gaps[: i + 1]) for i in range(len(gaps))]
        if scenario is not None:
            # Scenario journeys lie wholly in the past, so their outcome shows from the first GET.
            end = first_seen - rng.uniform(1, 12) * HOUR
            if scenario.prefix == "TMEXPIRED":
                end = first_seen - (expiry_days + 10) * DAY
            start = end - (offsets[-1] if offsets else 0)
        else:
            # Ordinary numbers are registered a little after the parcel was announced.
            start = first_seen - rng.uniform(0.5, 48) * HOUR - (offsets[0] if offsets else 0)
        times = [start + off for off in offsets]
    minutes = [float(int(at) // 60 * 60) for at in times]
    return _Outline(rng, origin, destination, steps, forced, forced_sub, minutes, expiry_days, postal)


_STATUSES: dict[tuple[str, ...], tuple[str, ...]] = {}  # one shared tuple per sequence (there are few)


def timeline(carrier_code: str, number: str, seed: int, first_seen: float) -> Timeline:
    """The status timeline of the journey `plan` gives for the same arguments, at a fraction of its cost."""
    outline = _outline(carrier_code, number, seed, first_seen)
    statuses = tuple(step.status for step in outline.steps)
    statuses = _STATUSES.setdefault(statuses, statuses)
    return Timeline(tuple(outline.times), statuses, outline.forced_status, outline.expiry_days * DAY)


def plan(carrier_code: str, number: str, seed: int, first_seen: float) -> Journey:
    """Plan the whole journey of a shipment first seen (created, or fetched in realtime) at `first_seen`."""
    outline = _outline(carrier_code, number, seed, first_seen)
    rng, origin, destination = outline.rng, outline.origin, outline.destination
    checkpoints = tuple(
        Checkpoint(
            at=at,
            country=origin if step.leg == "origin" else destination,
            city=rng.choice((origin if step.leg == "origin" else destination).cities),
            step=step,
        )
        for at, step in zip(outline.times, outline.steps, strict=True)
    )
    return Journey(
        carrier_code=carrier_code,
        origin=origin,
        destination=destination,
        checkpoints=checkpoints,
        forced_status=outline.forced_status,
        forced_substatus=outline.forced_substatus,
        expiry_days=outline.expiry_days,
        weight_kg=round(rng.uniform(0.05, 4.5), 2),
        destination_carrier=destination.postal_carrier if outline.postal else None,
    )


def observe(journey: Journey, at: float) -> Snapshot:
    """What the carrier shows at `at`: visible checkpoints newest first, and the package status."""
    visible = tuple(cp for cp in reversed(journey.checkpoints) if cp.at <= at)
    if journey.forced_status is not None:
        substatus = journey.forced_substatus
        return Snapshot(journey, at, journey.forced_status, substatus, visible)
    if not visible:
        return Snapshot(journey, at, "pending", None, visible)
    latest = visible[0].step
    status, substatus = latest.status, latest.substatus
    if status not in TERMINAL and at - visible[0].at > journey.expiry_days * DAY:
        status, substatus = "expired", None
    return Snapshot(journey, at, status, substatus, visible)


def state_at(line: Timeline, at: float) -> tuple[str, float | None, float | None]:
    """What `observe` gives at `at` for the journey of `line`: (status, time of the latest visible
    checkpoint or None), and the earliest moment after `at` when either may change (None: never).
    The state stays the same from `at` up to, not including, that moment."""
    times = line.times
    count = bisect.bisect_right(times, at)  # visible: cp.at <= at, and the times are sorted
    latest = times[count - 1] if count else None
    upcoming = times[count] if count < len(times) else None
    if line.forced_status is not None:
        return line.forced_status, latest, upcoming
    if latest is None:
        return "pending", None, upcoming
    status = line.statuses[count - 1]
    if status in TERMINAL:
        return status, latest, upcoming
    if at - latest > line.expiry:  # the very test `observe` makes
        return "expired", latest, upcoming
    # Not expired up to latest + expiry (the subtraction rounds monotonically); strictly after `at`.
    expires = latest + line.expiry
    if expires <= at:
        expires = math.nextafter(at, math.inf)
    return status, latest, expires if upcoming is None else min(upcoming, expires)
