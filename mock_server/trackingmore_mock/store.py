"""In-memory account state: trackings keyed by (carrier_code, tracking_number), and the quota.

Every mutation happens under one `threading.Lock` held only for synchronous work (never across an
`await`), which makes the store safe for concurrent asyncio handlers and for tests that touch it from
another thread than the served loop. Check-and-insert is therefore atomic: N identical concurrent
creates give one tracking and N-1 duplicates.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import simulator
from .codes import MockError
from .simulator import Journey

Key = tuple[str, str]  # (carrier_code, tracking_number)


@dataclass(slots=True)  # slots: a batch create builds 40 per request, a store holds 100,000s
class TrackingRecord:
    id: str
    tracking_number: str
    carrier_code: str
    created_at: float
    seq: int  # creation order, the stable order of lists
    seed: int
    modified_at: float
    fields: dict[str, Any] = field(default_factory=dict)  # title, customer_name, order_id, ...
    customer_email: list[str] | None = None
    order_create_time: float | None = None  # unix seconds
    archived: bool = False
    manual_status: str | None = None  # set by PUT status 4/7, cleared by 8
    frozen_at: float | None = None  # set by notupdate: the tracking is no longer refreshed
    _journey: Journey | None = field(default=None, repr=False, compare=False)

    @property
    def journey(self) -> Journey:
        """The simulated journey, planned on first use: creates stay cheap (a batch plans nothing).
        Planning is deterministic, so a race between two readers computes the same value twice."""
        if self._journey is None or self._journey.carrier_code != self.carrier_code:
            self._journey = simulator.plan(self.carrier_code, self.tracking_number, self.seed, self.created_at)
        return self._journey

    @property
    def key(self) -> Key:
        return (self.carrier_code, self.tracking_number)


class Store:
    def __init__(self, quota: int, seed: int) -> None:
        self._lock = threading.Lock()
        self._initial_quota = quota
        self._seed = seed
        self._items: dict[Key, TrackingRecord] = {}
        self._seq = 0
        self._remaining = quota

    def reset(self) -> None:
        with self._lock:
            self._items.clear()
            self._seq = 0
            self._remaining = self._initial_quota

    @property
    def remaining(self) -> int:
        with self._lock:
            return self._remaining

    def charge(self, credits: int) -> None:
        """Take credits for a billed call (realtime, aircargo); 4021 when there are not enough."""
        with self._lock:
            if self._remaining < credits:
                raise MockError(4021)
            self._remaining -= credits

    def make_id(self, key: Key, seq: int) -> str:
        return hashlib.sha256(f"{self._seed}:{key[0]}:{key[1]}:{seq}".encode()).hexdigest()[:32]

    def create(self, key: Key, build: Callable[[str, int], TrackingRecord]) -> TrackingRecord:
        """Add a tracking built by `build(id, seq)`; 4016 if the key exists, 4021 if no credit is left."""
        with self._lock:
            if key in self._items:
                raise MockError(4016)
            if self._remaining <= 0:
                raise MockError(4021)
            self._seq += 1
            record = build(self.make_id(key, self._seq), self._seq)
            self._items[key] = record
            self._remaining -= 1
            return record

    def get(self, key: Key) -> TrackingRecord | None:
        with self._lock:
            return self._items.get(key)

    def update(self, key: Key, apply: Callable[[TrackingRecord], None]) -> TrackingRecord:
        """Apply a change to an existing tracking atomically; 4017 if it does not exist."""
        with self._lock:
            record = self._items.get(key)
            if record is None:
                raise MockError(4017)
            apply(record)
            return record

    def delete(self, key: Key) -> None:
        with self._lock:
            if self._items.pop(key, None) is None:
                raise MockError(4017)

    def move(self, old: Key, new: Key, rebuild: Callable[[TrackingRecord], TrackingRecord]) -> TrackingRecord:
        """Move a tracking to another carrier: 4017 if the old key is missing, 4016 if the new is taken."""
        with self._lock:
            record = self._items.get(old)
            if record is None:
                raise MockError(4017)
            if new in self._items and new != old:
                raise MockError(4016)
            moved = rebuild(record)
            del self._items[old]
            self._items[new] = moved
            return moved

    def all(self) -> list[TrackingRecord]:
        """A consistent copy of every tracking, in creation order."""
        with self._lock:
            return sorted(self._items.values(), key=lambda r: r.seq)

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)
