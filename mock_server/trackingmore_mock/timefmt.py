"""Time formats of the v2 wire: ISO 8601 with offset, carrier-local strings and order times."""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime

_ORDER_TIME = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


def iso(ts: float) -> str:
    """`2018-04-16T06:30:02+00:00`, the form of `created_at` / `updated_at`."""
    return _iso_seconds(int(ts))


@functools.lru_cache(maxsize=4096)
def _iso_seconds(seconds: int) -> str:
    # Memoized: the trackings of one batch share their `created_at`, and GETs repeat checkpoint times.
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")


def minutes(moment: datetime) -> str:
    """`YYYY-MM-DD HH:MM`. Not strftime: its %Y does not pad years below 1000 to four digits."""
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} {moment.hour:02d}:{moment.minute:02d}"


def local_minutes(ts: float) -> str:
    """`YYYY-MM-DD HH:MM` (order times are shown in this form, treated as UTC by the mock)."""
    return minutes(datetime.fromtimestamp(int(ts), UTC))


def parse_order_time(value: str) -> float | None:
    """Parse `2017/8/27 16:51`, `2018-05-20 12:00` or unix seconds; None if it is not a valid time."""
    text = value.strip()
    if text.isdigit():
        return float(int(text))
    match = _ORDER_TIME.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC).timestamp()
    except ValueError:  # e.g. 2018-02-30
        return None
