"""The deterministic shipment simulator and the scenario numbers."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest
from trackingmore_mock import SCENARIOS, ManualClock
from trackingmore_mock import simulator as sim

DAY = 86400
START = 1_700_000_000.0
LOCAL = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")


def test_same_inputs_same_journey_other_seed_other_journey() -> None:
    a = sim.plan("china-post", "RR123456789CN", 0, START)
    assert a == sim.plan("china-post", "RR123456789CN", 0, START)
    others = {sim.plan("china-post", "RR123456789CN", seed, START).checkpoints for seed in range(1, 6)}
    assert a.checkpoints not in others


def test_checkpoints_are_newest_first_with_carrier_local_dates() -> None:
    journey = sim.plan("dhl", "1234567890", 3, START)
    snap = sim.observe(journey, START + 60 * DAY)
    times = [cp.at for cp in snap.checkpoints]
    assert times == sorted(times, reverse=True) and len(times) >= 5
    for cp in snap.checkpoints:
        assert LOCAL.match(cp.local_date)
    # A checkpoint's date is shown in its own country's time: origin and destination differ by
    # their UTC offsets.
    origin_cp = next(cp for cp in snap.checkpoints if cp.step.leg == "origin")
    offset = origin_cp.country.utc_offset_hours
    expected = datetime.fromtimestamp(origin_cp.at + offset * 3600, UTC).strftime("%Y-%m-%d %H:%M")
    assert origin_cp.local_date == expected


def test_status_only_moves_forward_on_the_clock() -> None:
    order = ["pending", "notfound", "transit", "pickup", "undelivered", "delivered", "exception", "expired"]
    for number in ("RR000000001CN", "RR000000002CN", "1Z0000000000000001", "TMJOURNEY5"):
        journey = sim.plan("china-post", number, 0, START)
        seen = [sim.observe(journey, START + h * 3600).status for h in range(0, 24 * 80, 6)]
        assert seen[-1] in {"delivered", "exception", "expired"}, number
        terminal_index = next(i for i, s in enumerate(seen) if s in sim.TERMINAL)
        assert len(set(seen[terminal_index:])) == 1, "a terminal status never changes"
        assert all(s in order for s in seen)


def test_expiry_of_an_undelivered_express_parcel() -> None:
    # Find an ordinary number whose journey stops in transit (about 4 % of them).
    lost = next(
        journey
        for i in range(500)
        if (journey := sim.plan("ups", f"1Z{i:016d}", 0, START)).checkpoints[-1].step.status == "transit"
    )
    last = lost.checkpoints[-1].at
    assert sim.observe(lost, last + 29 * DAY).status == "transit"
    assert sim.observe(lost, last + 31 * DAY).status == "expired"


@pytest.mark.parametrize("scenario", [s for s in SCENARIOS if s.prefix != "TMJOURNEY"], ids=lambda s: s.prefix)
def test_scenario_numbers_show_their_outcome_at_once_and_keep_it(api: Any, create: Any, mock_clock: ManualClock,
                                                                 scenario: Any) -> None:  # fmt: skip
    number = f"{scenario.prefix}A042"
    create(number, "usps")
    for _ in range(3):
        data = api.get(f"/trackings/usps/{number}").json()["data"]
        assert (data["status"], data["substatus"]) == (scenario.status, scenario.substatus)
        trackinfo = data["origin_info"]["trackinfo"] + (data["destination_info"]["trackinfo"] or [])
        assert bool(trackinfo) == (scenario.prefix not in ("TMPENDING", "TMNOTFOUND"))
        mock_clock.advance(90 * DAY)


def test_exception_digits_pick_the_substatus(api: Any, create: Any) -> None:
    for code in ("004", "006", "008", "011"):
        create(f"TMEXCEPTION{code}A", "fedex")
        data = api.get(f"/trackings/fedex/TMEXCEPTION{code}A").json()["data"]
        assert (data["status"], data["substatus"]) == ("exception", f"exception{code}")
        assert data["origin_info"]["trackinfo"][0]["substatus"] == f"exception{code}"


def test_journey_schedule(api: Any, create: Any, mock_clock: ManualClock) -> None:
    create("TMJOURNEY1", "dhl")
    expected = {0: "notfound", 6: "transit", 107: "transit", 108: "pickup", 114: "delivered", 2000: "delivered"}
    elapsed = 0
    for hour, status in expected.items():
        mock_clock.advance((hour - elapsed) * 3600)
        elapsed = hour
        data = api.get("/trackings/dhl/TMJOURNEY1").json()["data"]
        assert data["status"] == status, hour
    trackinfo = data["origin_info"]["trackinfo"]
    assert [cp["checkpoint_status"] for cp in trackinfo][:2] == ["delivered", "pickup"]
    assert data["lastEvent"].startswith("Delivered,") and data["lastUpdateTime"] == trackinfo[0]["Date"]
    assert data["itemTimeLength"] == 4 and data["stayTimeLength"] == 78
    assert data["origin_info"]["ItemReceived"] is not None and data["origin_info"]["CustomsClearance"] is not None


def test_postal_shipment_hands_over_to_the_destination_post(api: Any, create: Any, mock_clock: ManualClock) -> None:
    create("TMDELIVERED5", "china-post")
    data = api.get("/trackings/china-post/TMDELIVERED5").json()["data"]
    assert data["original_country"] == "China"
    destination = data["destination_info"]
    assert destination["carrier_code"] not in (None, "china-post")
    assert destination["trackinfo"][0]["checkpoint_status"] == "delivered"
    assert all(cp["checkpoint_status"] != "delivered" for cp in data["origin_info"]["trackinfo"])
