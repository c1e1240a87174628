"""Which trackings a list selects, and the counts per status, read from the status index.

A status, a created_at range (creation times rise with the creation order) or both give a slice of
a sorted index: the total and the page cost the page. An update-time range alone has its count
from the index too, and its page costs the page or the range, whichever is smaller. Any other
combination scans the smallest index answer it involves and checks the rest per tracking in O(1);
none plans a journey. The rules are the ones `listTrackings` and `getStatusCounts` always had.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .status_index import StatusIndex
    from .store import TrackingRecord


@dataclass(frozen=True)
class ListFilters:
    created_max: float  # the list's default is the clock's now
    status: str | None = None
    created_min: int | None = None
    update_min: int | None = None
    update_max: int | None = None
    order_min: int | None = None
    order_max: int | None = None
    numbers: frozenset[str] | None = None
    orders: frozenset[str] | None = None
    archived: str | None = None  # "true" selects archived trackings, any other value the others


def within(value: float | None, low: Any, high: Any) -> bool:
    if low is None and high is None:
        return True
    if value is None:
        return False
    # The API's times have one-second resolution: a tracking created at 12.7 s is "at 12",
    # so the default upper bound `now` (also 12.x) includes it.
    seconds = int(value)
    return (low is None or seconds >= int(low)) and (high is None or seconds <= int(high))


def _fields_match(record: TrackingRecord, f: ListFilters, *, created: bool) -> bool:
    """The filters on stored fields (`created`: the created_at range too)."""
    if created and not within(record.created_at, f.created_min, f.created_max):
        return False
    if not within(record.order_create_time, f.order_min, f.order_max):
        return False
    if f.numbers is not None and record.tracking_number not in f.numbers:
        return False
    if f.orders is not None and record.fields.get("order_id") not in f.orders:
        return False
    return f.archived is None or record.archived == (f.archived == "true")


def select(
    index: StatusIndex, f: ListFilters, offset: int, limit: int, candidates: list[TrackingRecord] | None = None
) -> tuple[int, list[TrackingRecord]]:
    """(total, the page `offset` to `offset + limit`) of the trackings matching `f`, in creation order;
    `candidates` (in creation order) when an index of numbers or order ids already narrowed them."""
    stop = offset + limit
    low = None if f.update_min is None else int(f.update_min)
    high = None if f.update_max is None else int(f.update_max)
    by_update = low is not None or high is not None

    def dynamic_match(seq: int) -> bool:
        if f.status is not None and index.status(seq) != f.status:
            return False
        return not by_update or within(index.updated(seq), low, high)

    if candidates is not None:
        found = [r for r in candidates if _fields_match(r, f, created=True) and dynamic_match(r.seq)]
        return len(found), found[offset:stop]

    window = index.created_window(int(f.created_min) if f.created_min is not None else None, int(f.created_max), int)
    base = index.with_status(f.status)  # seqs in creation order
    start, end = (0, len(base)) if window is None else (base.bisect_left(window.start), base.bisect_left(window.stop))
    residual = window is None or f.order_min is not None or f.order_max is not None or f.archived is not None

    def fields_match(seq: int) -> bool:
        return not residual or _fields_match(index.record(seq), f, created=window is None)

    if not by_update and not residual:  # a slice of one sorted index
        return end - start, _records(index, base.islice(start + offset, min(end, start + stop)))
    if not by_update:
        seqs = [seq for seq in base.islice(start, end) if fields_match(seq)]
        return len(seqs), _records(index, seqs[offset:stop])
    in_range = index.count_updated(low, high)
    if not residual and f.status is None and start == 0 and end == len(base):
        # An update-time range alone: the index counts it; walking the creation order finds the
        # page after about stop * len / in_range steps, sorting the range costs in_range.
        if stop * len(base) < in_range * in_range:
            page: list[int] = []
            for seq in base:
                if within(index.updated(seq), low, high):
                    page.append(seq)
                    if len(page) == stop:
                        break
        else:
            page = sorted(index.updated_between(low, high))[:stop]
        return in_range, _records(index, page[offset:stop])
    if in_range < end - start:  # fewer trackings in the update range than in the status/created slice
        if window is None:
            seqs = sorted(index.updated_between(low, high))
        else:
            seqs = sorted(seq for seq in index.updated_between(low, high) if seq in window)
        seqs = [seq for seq in seqs if dynamic_match(seq) and fields_match(seq)]
    else:
        seqs = [seq for seq in base.islice(start, end) if dynamic_match(seq) and fields_match(seq)]
    return len(seqs), _records(index, seqs[offset:stop])


def _records(index: StatusIndex, seqs: Iterable[int]) -> list[TrackingRecord]:
    return [index.record(seq) for seq in seqs]


def status_counts(
    index: StatusIndex,
    created_min: int | None,
    created_max: float,
    order_min: int | None,
    order_max: int | None,
) -> dict[str, int]:
    """Trackings per status (statuses without any left out), as getStatusCounts filters them."""
    window = index.created_window(created_min, created_max, float)
    counts: dict[str, int] = {}
    if order_min is None and order_max is None and window is not None:
        for status, seqs in index.by_status():
            counts[status] = seqs.bisect_left(window.stop) - seqs.bisect_left(window.start)
        return counts
    every = index.with_status(None)
    for seq in every if window is None else every.irange(window.start, window.stop - 1):
        record = index.record(seq)
        if window is None:
            if created_min is not None and record.created_at < created_min:
                continue
            if record.created_at > created_max:
                continue
        if order_min is not None or order_max is not None:
            ordered = record.order_create_time
            if ordered is None:
                continue
            if (order_min is not None and ordered < order_min) or (order_max is not None and ordered > order_max):
                continue
        status = index.status(seq)
        counts[status] = counts.get(status, 0) + 1
    return counts
