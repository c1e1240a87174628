"""The status index gives exactly the answers of a scan of every tracking's planned journey.

A deterministic sweep of random creates (scenario and ordinary numbers, postal and express
carriers), PUT statuses (4/7/8), archiving, deletes, changes of carrier, notupdate and clock moves
forward and back: after each step, lists filtered by status, update time, creation and order time,
the status counts and what the outbound webhooks last announced equal a brute-force reading of
each tracking through `render` (the journey as getTracking shows it).
"""

from __future__ import annotations

import asyncio
import random
from typing import Any

import pytest
from trackingmore_mock import ManualClock, create_app, render, simulator
from trackingmore_mock.handlers import common
from trackingmore_mock.handlers.account import STATUSES, AccountHandlers
from trackingmore_mock.handlers.batch import BatchHandlers
from trackingmore_mock.handlers.trackings import TrackingHandlers
from trackingmore_mock.store import TrackingRecord

START = 1_700_000_000.0
PREFIXES = ("", "", "", "LX", "TMJOURNEY", "TMDELIVERED", "TMPENDING", "TMEXPIRED", "TMTRANSIT", "TMEXCEPTION006")
CARRIERS = ("dhl", "ups", "china-post", "usps", "royal-mail")


def _expiring(carrier: str, count: int) -> list[str]:
    """Ordinary numbers whose journey stops short of a terminal status (lost in transit): they expire."""
    found: list[str] = []
    for n in range(10_000):
        line = simulator.timeline(carrier, f"LOST{n:05d}", 0, START)
        if line.statuses and line.statuses[-1] not in simulator.TERMINAL and line.forced_status is None:
            found.append(f"LOST{n:05d}")
            if len(found) == count:
                break
    return found


EXPIRING = _expiring("dhl", 20)


def _reference_list(records: list[TrackingRecord], now: float, query: dict[str, Any]) -> list[str]:
    """The ids a list selects, read the way the fake read them before it had an index."""

    def within(value: float | None, low: Any, high: Any) -> bool:
        if low is None and high is None:
            return True
        if value is None:
            return False
        return (low is None or int(value) >= int(low)) and (high is None or int(value) <= int(high))

    found = []
    for record in records:
        snap = render.snapshot(record, now)
        created_max = query.get("created_at_max")
        if not within(record.created_at, query.get("created_at_min"), now if created_max is None else created_max):
            continue
        if not within(
            record.order_create_time, query.get("order_created_time_min"), query.get("order_created_time_max")
        ):
            continue
        archived = query.get("archived")
        if archived is not None and record.archived != (archived == "true"):
            continue
        if query.get("status") and render.status_of(record, snap)[0] != query["status"]:
            continue
        if within(render.updated_at(record, snap), query.get("update_time_min"), query.get("update_time_max")):
            found.append(record.id)
    return found


def _reference_counts(records: list[TrackingRecord], now: float, query: dict[str, Any]) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    created_min, created_max = query.get("created_at_min"), query.get("created_at_max")
    order_min, order_max = query.get("order_created_time_min"), query.get("order_created_time_max")
    for record in records:
        if created_min is not None and record.created_at < created_min:
            continue
        if record.created_at > (now if created_max is None else created_max):
            continue
        if order_min is not None or order_max is not None:
            ordered = record.order_create_time
            if ordered is None or (order_min is not None and ordered < order_min):
                continue
            if order_max is not None and ordered > order_max:
                continue
        counts[render.status_of(record, render.snapshot(record, now))[0]] += 1
    return {**counts, "total": sum(counts.values())}


class Sweep:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.clock = ManualClock(START)
        self.app = create_app(clock=self.clock, quota=10**6)
        self.backend = self.app.mock
        self.backend.webhooks._sender = lambda url, body, timeout: 200  # detection is what is checked
        self.trackings = TrackingHandlers(self.backend)
        self.account = AccountHandlers(self.backend)
        self.batch = BatchHandlers(self.backend)
        self.loop = asyncio.new_event_loop()
        self.made = 0

    def run(self, coroutine: Any) -> Any:
        return self.loop.run_until_complete(coroutine)["data"]

    def keys(self) -> list[tuple[str, str]]:
        return [record.key for record in self.backend.store.all()]

    def moment(self) -> int:
        """A time near now (or near creation), for filters."""
        return int(self.clock.now() + self.rng.choice((-1, 1)) * self.rng.expovariate(1 / (3 * simulator.DAY)))

    # -- steps ---------------------------------------------------------------------------------
    def create(self) -> None:
        for _ in range(self.rng.randint(1, 12)):
            self.made += 1
            item: dict[str, Any] = {
                "tracking_number": f"{self.rng.choice(PREFIXES)}{self.made:06d}SW",
                "carrier_code": self.rng.choice(CARRIERS),
            }
            if self.rng.random() < 0.15:  # one that will expire (the seed and creation time change its draws)
                item = {"tracking_number": f"{self.rng.choice(EXPIRING)}{self.made:06d}", "carrier_code": "dhl"}
            if self.rng.random() < 0.4:
                item["order_create_time"] = str(self.moment())
            common.create(self.backend, item)

    def change(self) -> None:
        keys = self.keys()
        if not keys:
            return
        key = self.rng.choice(keys)
        roll = self.rng.random()
        if roll < 0.35:
            common.update(self.backend, key, {"status": self.rng.choice((4, 7, 8, "8"))})
        elif roll < 0.5:
            common.update(self.backend, key, {"archived": self.rng.choice(("true", "false"))})
        elif roll < 0.65:
            self.backend.store.delete(key)
        elif roll < 0.8:
            self.run(self.batch.stop_updating_trackings([{"carrier_code": key[0], "tracking_number": key[1]}]))
        else:
            carrier = self.rng.choice([c for c in CARRIERS if c != key[0]])
            if (carrier, key[1]) not in keys:
                body = {"tracking_number": key[1], "carrier_code": key[0], "update_carrier_code": carrier}
                self.run(self.trackings.change_carrier(body))

    def move_clock(self) -> None:
        roll = self.rng.random()
        records = self.backend.store.all()
        if roll < 0.3 and records:  # onto (or just by) a moment a tracking changes: a checkpoint, an expiry
            lines = [r.timeline for r in records]
            expiring = [x for x in lines if x.statuses and x.statuses[-1] not in simulator.TERMINAL]
            line = self.rng.choice(expiring if expiring and self.rng.random() < 0.5 else lines)
            moments = [*line.times, *(t + line.expiry for t in line.times)]
            if moments:
                self.clock.set(self.rng.choice(moments) + self.rng.choice((0.0, 0.0, -1.0, 1e-3, 60.0)))
        elif roll < 0.6:
            self.clock.advance(self.rng.expovariate(1 / (6 * simulator.HOUR)))
        elif roll < 0.8:
            self.clock.advance(self.rng.choice((30, 61, 45)) * simulator.DAY)  # past expiries
        else:
            self.clock.advance(-self.rng.expovariate(1 / (2 * simulator.DAY)))  # back

    # -- checks --------------------------------------------------------------------------------
    def query(self) -> dict[str, Any]:
        query: dict[str, Any] = {}
        for name, chance in (
            ("status", 0.6),
            ("update_time_min", 0.3),
            ("update_time_max", 0.3),
            ("created_at_min", 0.2),
            ("created_at_max", 0.2),
            ("order_created_time_min", 0.1),
            ("order_created_time_max", 0.1),
            ("archived", 0.1),
        ):
            if self.rng.random() < chance:
                if name == "status":
                    query[name] = self.rng.choice(STATUSES)
                elif name == "archived":
                    query[name] = self.rng.choice(("true", "false"))
                else:
                    query[name] = self.moment()
        return query

    def check(self) -> None:
        now = self.clock.now()
        records = self.backend.store.all()
        for _ in range(4):
            query = self.query()
            expected = _reference_list(records, now, query)
            limit = self.rng.choice((1, 3, 50))
            page = self.rng.randint(1, 3)
            data = self.run(self.trackings.list_trackings(page=page, limit=limit, **query))
            assert data["total"] == len(expected), query
            assert [item["id"] for item in data["items"]] == expected[(page - 1) * limit : page * limit], query
            counted = {k: v for k, v in query.items() if k.startswith(("created_at", "order_created"))}
            assert self.run(self.account.get_status_counts(**counted)) == _reference_counts(records, now, counted)
        if not self.backend.webhooks.subscriptions():
            return
        self.backend.webhooks.scan()
        truth = {record.key: render.status_of(record, render.snapshot(record, now))[0] for record in records}
        announced = self.backend.webhooks._last
        assert set(announced) <= set(truth)
        assert {k: v for k, v in announced.items() if v != "pending"} == {
            k: v for k, v in truth.items() if v != "pending"
        }

    def close(self) -> None:
        self.backend.webhooks.close()
        self.loop.close()


@pytest.mark.parametrize("seed", range(12))
def test_indexed_answers_equal_a_scan_of_every_journey(seed: int) -> None:
    sweep = Sweep(seed)
    try:
        if seed % 2:  # half the sweeps watch for webhook changes from the start, half from midway
            sweep.backend.webhooks.subscribe("http://127.0.0.1:9/hook")
        for step in range(60):
            roll = sweep.rng.random()
            if roll < 0.35:
                sweep.create()
            elif roll < 0.65:
                sweep.change()
            else:
                sweep.move_clock()
            if step == 30 and not sweep.backend.webhooks.subscriptions():
                sweep.backend.webhooks.subscribe("http://127.0.0.1:9/hook")
            if sweep.rng.random() < 0.5:
                sweep.check()
        sweep.check()
    finally:
        sweep.close()


def test_a_reset_forgets_the_index_and_webhooks_start_afresh() -> None:
    sweep = Sweep(99)
    try:
        sweep.backend.webhooks.subscribe("http://127.0.0.1:9/hook")
        for _ in range(5):
            sweep.create()
        sweep.check()
        sweep.backend.store.reset()  # the store alone: the webhooks forget the trackings it held
        sweep.backend.webhooks.scan()
        assert sweep.backend.webhooks._last == {}
        for _ in range(3):
            sweep.create()
        sweep.move_clock()
        sweep.check()
        sweep.backend.reset(clock=True)
        sweep.create()
        sweep.check()
    finally:
        sweep.close()


def test_expiry_is_seen_at_the_second_it_happens() -> None:
    """Forward moves across an expiry, onto it, just after it: each read wakes exactly when it should."""
    sweep = Sweep(7)
    try:
        for number in EXPIRING[:5]:
            common.create(sweep.backend, {"tracking_number": number, "carrier_code": "dhl"})
        lines = [record.timeline for record in sweep.backend.store.all()]
        assert lines and all(line.statuses[-1] not in simulator.TERMINAL for line in lines)
        for line in sorted(lines, key=lambda x: x.times[-1]):
            boundary = line.times[-1] + line.expiry
            for moment in (boundary - 1, boundary, boundary + 1e-3, boundary + 1):
                if moment > sweep.clock.now():
                    sweep.clock.set(moment)
                    sweep.check()
        counts = sweep.run(sweep.account.get_status_counts())
        assert counts["expired"] == 5
    finally:
        sweep.close()
