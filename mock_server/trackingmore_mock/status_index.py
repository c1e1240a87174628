"""Every tracking's status and update time on the mock clock, kept current at the cost of what changed.

A tracking's status and update time change only at its checkpoints' times and when it expires
(`simulator.Timeline`), or when a request changes it (PUT status, notupdate, change of carrier).
The index holds both for the moment `at` it was last advanced to, trackings per status and by update
time (ordered, for counts and pages), and a heap of the moment each tracking may next change.
Advancing to a later moment pops only the trackings due by then; a clock that moved back rebuilds
the whole index. Status-filtered lists, update-time filters and the status counts then cost the
page (or the changes since the last query), not the store, and plan no rendered journey.

Not thread-safe on its own: the store calls it under its lock.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from sortedcontainers import SortedList

from . import simulator

if TYPE_CHECKING:
    from .store import Key, TrackingRecord

_NEVER = float("inf")
_EMPTY = SortedList()


class _Entry:
    __slots__ = ("next_at", "record", "status", "updated")

    def __init__(self, record: TrackingRecord) -> None:
        self.record = record
        self.status = ""
        self.updated = 0
        self.next_at = _NEVER


def state(record: TrackingRecord, at: float) -> tuple[str, int, float]:
    """(status, update time in whole seconds, the moment after `at` either may change next) at `at`:
    what render.status_of and render.updated_at give, from the record's timeline."""
    frozen = record.frozen_at
    seen = at if frozen is None else min(at, frozen)
    status, latest, upcoming = simulator.state_at(record.timeline, seen)
    if upcoming is None or (frozen is not None and upcoming > frozen):
        upcoming = _NEVER  # a tracking switched off by notupdate keeps the state it had then
    elif upcoming <= at:  # never due again at the same moment (state_at promises later; this guards the loop)
        upcoming = math.nextafter(at, math.inf)
    updated = max(record.created_at, record.modified_at, latest if latest is not None else 0.0)
    return record.manual_status or status, int(updated), upcoming


class StatusIndex:
    def __init__(self) -> None:
        self._entries: dict[int, _Entry] = {}  # seq -> entry
        self._by_status: dict[str, SortedList] = {}  # status -> seqs
        self._by_updated = SortedList()  # (update time, seq)
        self._heap: list[tuple[float, int]] = []  # (next change, seq); stale pairs are skipped
        self._all = SortedList()  # every indexed seq
        self._fresh: dict[int, TrackingRecord] = {}  # created since the last query, not indexed yet
        self._at: float | None = None
        self._changes: dict[Key, int] | None = None  # key -> seq of trackings whose status may have changed
        # Creation times as created (deleted ones included), to turn a created_at range into seqs.
        self._created: list[float] = []
        self._created_seqs: list[int] = []
        self._created_sorted = True

    def clear(self) -> None:
        """Forget every tracking (each is noted as gone if changes are watched)."""
        noted = self._changes
        if noted is not None:
            noted.update((entry.record.key, seq) for seq, entry in self._entries.items())
            noted.update((record.key, seq) for seq, record in self._fresh.items())
        self.__init__()  # type: ignore[misc]
        self._changes = noted

    # -- maintenance (the store calls these on every create, change and delete) --------------------
    def add(self, record: TrackingRecord) -> None:
        """A new tracking: indexed at the next query, so that a bulk import plans nothing."""
        self._fresh[record.seq] = record
        self._changed(record.key, record.seq)
        if self._created and record.created_at < self._created[-1]:
            self._created_sorted = False
        self._created.append(record.created_at)
        self._created_seqs.append(record.seq)

    def remove(self, record: TrackingRecord) -> None:
        entry = self._entries.pop(record.seq, None)
        if entry is not None:
            self._unplace(entry)
            self._all.remove(record.seq)
        self._fresh.pop(record.seq, None)
        self._changed(record.key, record.seq)

    def refresh(self, record: TrackingRecord, old_key: Key | None = None) -> None:
        """Re-index a tracking a request changed (its status, carrier, freeze or modification time);
        `old_key`: the key it had before a change of carrier."""
        if old_key is not None:
            self._changed(old_key, record.seq)
        self._changed(record.key, record.seq)
        if record.seq in self._fresh:
            self._fresh[record.seq] = record
            return
        entry = self._entries.get(record.seq)
        if entry is None or self._at is None:
            return
        self._unplace(entry)
        entry.record = record
        self._place(entry, *state(record, self._at))

    # -- the clock ---------------------------------------------------------------------------------
    def advance(self, now: float) -> None:
        """Bring every tracking to its state at `now`: the due ones forward and the new ones in, or
        all of them if the clock went back (or most are new)."""
        if self._at is None or now < self._at or len(self._fresh) > len(self._entries):
            self._rebuild(now)
            return
        self._at = now
        heap, entries = self._heap, self._entries
        budget = len(entries) // 8 + 64  # past that many changes, rebuilding at once is cheaper
        while heap and heap[0][0] <= now:
            budget -= 1
            if budget < 0:
                self._rebuild(now)
                return
            due, seq = heapq.heappop(heap)
            entry = entries.get(seq)
            if entry is None or entry.next_at != due:
                continue  # deleted, or re-indexed since
            status, updated, upcoming = state(entry.record, now)
            if status != entry.status or updated != entry.updated:
                self._unplace(entry)
                if status != entry.status:
                    self._changed(entry.record.key, seq)
                self._place(entry, status, updated, upcoming)
            else:
                entry.next_at = upcoming
                if upcoming != _NEVER:
                    heapq.heappush(heap, (upcoming, seq))
        for seq, record in self._fresh.items():
            entry = entries[seq] = _Entry(record)
            self._all.add(seq)
            self._place(entry, *state(record, now))
        self._fresh.clear()
        if len(heap) > 2 * len(entries) + 1024:  # stale pairs left by re-indexing
            self._heap = [(e.next_at, seq) for seq, e in entries.items() if e.next_at != _NEVER]
            heapq.heapify(self._heap)

    def _rebuild(self, now: float) -> None:
        self._at = now
        for seq, record in self._fresh.items():
            self._entries[seq] = _Entry(record)
        self._fresh.clear()
        by_status: dict[str, list[int]] = {}
        by_updated: list[tuple[int, int]] = []
        heap: list[tuple[float, int]] = []
        for seq, entry in self._entries.items():
            status, updated, upcoming = state(entry.record, now)
            if entry.status and status != entry.status:
                self._changed(entry.record.key, seq)
            entry.status, entry.updated, entry.next_at = status, updated, upcoming
            by_status.setdefault(status, []).append(seq)
            by_updated.append((updated, seq))
            if upcoming != _NEVER:
                heap.append((upcoming, seq))
        self._by_status = {status: SortedList(seqs) for status, seqs in by_status.items()}
        self._by_updated = SortedList(by_updated)
        self._all = SortedList(self._entries)
        heapq.heapify(heap)
        self._heap = heap

    def _place(self, entry: _Entry, status: str, updated: int, upcoming: float) -> None:
        seq = entry.record.seq
        entry.status, entry.updated, entry.next_at = status, updated, upcoming
        seqs = self._by_status.get(status)
        if seqs is None:
            seqs = self._by_status[status] = SortedList()
        seqs.add(seq)
        self._by_updated.add((updated, seq))
        if upcoming != _NEVER:
            heapq.heappush(self._heap, (upcoming, seq))

    def _unplace(self, entry: _Entry) -> None:
        seq = entry.record.seq
        self._by_status[entry.status].remove(seq)
        self._by_updated.remove((entry.updated, seq))

    # -- the change feed (outbound webhooks) -------------------------------------------------------
    def _changed(self, key: Key, seq: int) -> None:
        if self._changes is not None:
            self._changes[key] = seq

    def watch(self, on: bool) -> None:
        """Start (or stop) noting which trackings' status may have changed, for `changes`."""
        self._changes = {} if on else None

    def changes(self) -> list[Key]:
        """The keys noted since the last call (created, deleted, moved, or whose status changed), in
        creation order; the caller compares each with what it last saw."""
        if self._changes is None:
            return []
        noted, self._changes = self._changes, {}
        return [key for key, _seq in sorted(noted.items(), key=lambda item: item[1])]

    # -- reads (valid once advanced to the moment asked about) -------------------------------------
    def record(self, seq: int) -> TrackingRecord:
        return self._entries[seq].record

    def status(self, seq: int) -> str:
        return self._entries[seq].status

    def updated(self, seq: int) -> int:
        return self._entries[seq].updated

    def with_status(self, status: str | None) -> SortedList:
        """The seqs in `status` (every seq for None), in creation order; do not change the list."""
        if status is None:
            return self._all
        return self._by_status.get(status) or _EMPTY

    def created_window(self, first: float | None, last: float, key: Callable[[float], float]) -> range | None:
        """The seqs of the trackings created with `first <= key(created_at) <= last` as a range of seqs
        (deleted ones included), or None when creation times are out of order (the clock went back)."""
        if not self._created_sorted:
            return None
        times = self._created
        start = 0 if first is None else bisect.bisect_left(times, first, key=key)
        stop = bisect.bisect_right(times, last, key=key)
        if start >= stop:
            return range(0)
        return range(self._created_seqs[start], self._created_seqs[stop - 1] + 1)

    def by_status(self) -> Iterator[tuple[str, SortedList]]:
        """(status, its seqs in creation order) for every status some tracking has had."""
        return iter(self._by_status.items())

    def count_updated(self, low: int | None, high: int | None) -> int:
        start, stop = self._updated_bounds(low, high)
        return max(0, stop - start)

    def updated_between(self, low: int | None, high: int | None) -> Iterator[int]:
        """The seqs updated within [low, high] (whole seconds), in update-time order."""
        start, stop = self._updated_bounds(low, high)
        return (seq for _updated, seq in self._by_updated.islice(start, stop))

    def _updated_bounds(self, low: int | None, high: int | None) -> tuple[int, int]:
        start = 0 if low is None else self._by_updated.bisect_left((low, 0))
        stop = len(self._by_updated) if high is None else self._by_updated.bisect_left((high + 1, 0))
        return start, stop

    def __len__(self) -> int:
        return len(self._entries) + len(self._fresh)
