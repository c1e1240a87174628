"""In-memory account state: trackings keyed by (carrier_code, tracking_number), and the quota.

Every mutation happens under one `threading.Lock` held only for synchronous work (never across an
`await`), which makes the store safe for concurrent asyncio handlers and for tests that touch it from
another thread than the served loop. Check-and-insert is therefore atomic: N identical concurrent
creates give one tracking and N-1 duplicates.

Reads that a list page needs cost in proportion to the page, not to the store: the creation order
is kept as it grows (no sort), and tracking numbers and order ids are indexed. The store holds at
most `max_items` trackings; a create beyond that is refused with 4019.
"""

from __future__ import annotations

import hashlib
import itertools
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from . import selection, simulator
from .codes import MockError
from .selection import ListFilters
from .simulator import Journey, Timeline
from .status_index import StatusIndex

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
    _timeline: tuple[str, Timeline] | None = field(default=None, repr=False, compare=False)  # (carrier, timeline)

    @property
    def journey(self) -> Journey:
        """The simulated journey, planned on first use: creates stay cheap (a batch plans nothing).
        Planning is deterministic, so a race between two readers computes the same value twice."""
        if self._journey is None or self._journey.carrier_code != self.carrier_code:
            self._journey = simulator.plan(self.carrier_code, self.tracking_number, self.seed, self.created_at)
        return self._journey

    @property
    def timeline(self) -> Timeline:
        """When the journey's status can change (what the status index keeps): a fraction of `journey`'s cost."""
        if self._timeline is None or self._timeline[0] != self.carrier_code:
            line = simulator.timeline(self.carrier_code, self.tracking_number, self.seed, self.created_at)
            self._timeline = (self.carrier_code, line)
        return self._timeline[1]

    @property
    def key(self) -> Key:
        return (self.carrier_code, self.tracking_number)


class Store:
    def __init__(self, quota: int, seed: int, max_items: int | None = None) -> None:
        self._lock = threading.Lock()
        self._initial_quota = quota
        self._seed = seed
        self._max_items = max_items
        self._items: dict[Key, TrackingRecord] = {}
        self._order: dict[int, Key] = {}  # seq -> key; insertion order is creation order
        self._by_number: dict[str, set[Key]] = {}
        self._by_order_id: dict[str, set[Key]] = {}
        self._created_in_order = True  # created_at never decreased along the creation order
        self._statuses = StatusIndex()
        self._seq = 0
        self._remaining = quota

    def reset(self) -> None:
        with self._lock:
            self._items.clear()
            self._order.clear()
            self._by_number.clear()
            self._by_order_id.clear()
            self._created_in_order = True
            self._statuses.clear()
            self._seq = 0
            self._remaining = self._initial_quota

    @property
    def max_items(self) -> int | None:
        return self._max_items

    def _index(self, record: TrackingRecord) -> None:
        self._by_number.setdefault(record.tracking_number, set()).add(record.key)
        order_id = record.fields.get("order_id")
        if order_id is not None:
            self._by_order_id.setdefault(str(order_id), set()).add(record.key)

    def _unindex(self, record: TrackingRecord) -> None:
        _discard(self._by_number, record.tracking_number, record.key)
        order_id = record.fields.get("order_id")
        if order_id is not None:
            _discard(self._by_order_id, str(order_id), record.key)

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
            if self._max_items is not None and len(self._items) >= self._max_items:
                raise MockError(
                    4019,
                    f"The fake holds at most {self._max_items} trackings (option max_trackings); delete some first.",
                )
            if self._remaining <= 0:
                raise MockError(4021)
            self._seq += 1
            record = build(self.make_id(key, self._seq), self._seq)
            if self._order:
                newest = self._items[next(reversed(self._order.values()))]
                self._created_in_order = self._created_in_order and record.created_at >= newest.created_at
            self._items[key] = record
            self._order[record.seq] = key
            self._index(record)
            self._statuses.add(record)
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
            self._unindex(record)
            try:
                apply(record)
            finally:
                self._index(record)
                self._statuses.refresh(record)
            return record

    def delete(self, key: Key) -> None:
        with self._lock:
            record = self._items.pop(key, None)
            if record is None:
                raise MockError(4017)
            self._order.pop(record.seq, None)
            self._unindex(record)
            self._statuses.remove(record)

    def move(self, old: Key, new: Key, rebuild: Callable[[TrackingRecord], TrackingRecord]) -> TrackingRecord:
        """Move a tracking to another carrier: 4017 if the old key is missing, 4016 if the new is taken."""
        with self._lock:
            record = self._items.get(old)
            if record is None:
                raise MockError(4017)
            if new in self._items and new != old:
                raise MockError(4016)
            self._unindex(record)
            moved = rebuild(record)
            del self._items[old]
            self._items[new] = moved
            self._order[moved.seq] = new  # `rebuild` keeps the seq: same place in the order
            self._index(moved)
            self._statuses.refresh(moved, old_key=old)
            return moved

    def all(self) -> list[TrackingRecord]:
        """A consistent copy of every tracking, in creation order."""
        with self._lock:
            return [self._items[key] for key in self._order.values()]

    def page(self, offset: int, limit: int) -> list[TrackingRecord]:
        """Trackings `offset` to `offset + limit` in creation order (costs the offset plus the page)."""
        with self._lock:
            keys = itertools.islice(self._order.values(), offset, offset + limit)
            return [self._items[key] for key in keys]

    def with_numbers(self, numbers: Iterable[str]) -> list[TrackingRecord]:
        """The trackings of these numbers (any carrier), in creation order."""
        with self._lock:
            return self._named(self._by_number, numbers)

    def with_order_ids(self, order_ids: Iterable[str]) -> list[TrackingRecord]:
        """The trackings of these order ids, in creation order."""
        with self._lock:
            return self._named(self._by_order_id, order_ids)

    def _named(self, index: dict[str, set[Key]], names: Iterable[str]) -> list[TrackingRecord]:
        found = {key for name in names for key in index.get(name, ())}
        return sorted((self._items[key] for key in found), key=lambda r: r.seq)

    # -- status-dependent reads: the status index, brought to `now` first --------------------------
    def select(self, filters: ListFilters, now: float, offset: int, limit: int) -> tuple[int, list[TrackingRecord]]:
        """(total, page) of the trackings matching `filters` at `now`, in creation order."""
        with self._lock:
            self._statuses.advance(now)
            candidates = None
            if filters.numbers is not None:
                candidates = self._named(self._by_number, filters.numbers)
            elif filters.orders is not None:
                candidates = self._named(self._by_order_id, filters.orders)
            return selection.select(self._statuses, filters, offset, limit, candidates)

    def status_counts(
        self, now: float, created_min: int | None, created_max: float, order_min: int | None, order_max: int | None
    ) -> dict[str, int]:
        """Trackings per status at `now` (statuses no tracking is in may be left out)."""
        with self._lock:
            self._statuses.advance(now)
            return selection.status_counts(self._statuses, created_min, created_max, order_min, order_max)

    def statuses(self, now: float, *, watch: bool = False) -> dict[Key, str]:
        """Every tracking's status at `now`; `watch`: from now on note changes for `status_changes`."""
        with self._lock:
            self._statuses.advance(now)
            if watch:
                self._statuses.watch(True)
            return {key: self._statuses.status(seq) for seq, key in self._order.items()}

    def unwatch(self) -> None:
        with self._lock:
            self._statuses.watch(False)

    def status_changes(self, now: float) -> list[tuple[Key, TrackingRecord | None, str | None]]:
        """(key, tracking or None if gone, status) of each tracking created, deleted, moved or changed
        in status since the last call (or `statuses(watch=True)`), in creation order."""
        with self._lock:
            self._statuses.advance(now)
            changed: list[tuple[Key, TrackingRecord | None, str | None]] = []
            for key in self._statuses.changes():
                record = self._items.get(key)
                changed.append((key, record, None if record is None else self._statuses.status(record.seq)))
            return changed

    def all_created_by(self, moment: float) -> bool:
        """Whether every tracking was created at or before `moment` (seconds), without a scan."""
        with self._lock:
            if not self._order:
                return True
            if not self._created_in_order:
                return all(int(record.created_at) <= moment for record in self._items.values())
            return int(self._items[next(reversed(self._order.values()))].created_at) <= moment

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)


def _discard(index: dict[str, set[Key]], name: str, key: Key) -> None:
    keys = index.get(name)
    if keys is not None:
        keys.discard(key)
        if not keys:
            del index[name]
