"""Time formats of the v2 wire: ISO 8601 with offset, carrier-local strings and order times."""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime

# ASCII digits only (`[0-9]`, `\Z`): Python's `\d` and `str.isdigit` also take "١٢٣", and `$` a final newline.
_ORDER_TIME = re.compile(r"^([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})(?: ([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?\Z")
_UNIX_SECONDS = re.compile(r"^[0-9]{1,11}\Z")


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
    if _UNIX_SECONDS.match(text):
        return float(int(text))
    match = _ORDER_TIME.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC).timestamp()
    except ValueError:  # e.g. 2018-02-30
        return None


def ship_date(value: str | int) -> str | None:
    """The canonical ship date `YYYYMMDD` of `20180908`, or of unix seconds (as a string or a number)
    as some official examples send it; None if it is neither."""
    text = str(value).strip() if not isinstance(value, bool) else ""
    if re.fullmatch(r"[0-9]{8}", text):
        return text
    if not _UNIX_SECONDS.match(text):
        return None
    try:
        moment = datetime.fromtimestamp(int(text), UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return f"{moment.year:04d}{moment.month:02d}{moment.day:02d}"
