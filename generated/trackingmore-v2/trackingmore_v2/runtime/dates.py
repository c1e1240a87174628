"""TrackingMore's date strings to and from ``datetime``.

Checkpoint and order times are carrier-local wall-clock strings without a zone
(``2018-04-16 06:30``, ``2018-04-16 06:30:15``, ``2017/8/27 16:51``); some fields and requests
use unix seconds, as a number or a string (``"1503823860"``), or ``YYYYMMDD`` (ship date). The
spec keeps them as plain strings so that parsing never breaks a response; these helpers turn them
into datetimes on demand. Zone-less strings give naive datetimes unless ``tz`` says which zone
they are in; unix seconds always give aware UTC datetimes.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as _dateutil_parser

__all__ = ["format_carrier_time", "from_unix", "parse_carrier_time", "to_unix"]

_UNIX = re.compile(r"^-?\d{9,11}(\.\d+)?$")  # seconds between 1973 and 5138
_UNIX_MS = re.compile(r"^\d{12,13}$")
_COMPACT_DATE = re.compile(r"^\d{8}$")  # YYYYMMDD
# Year first with - or / separators, optional time: rules out dateutil's guesses on other shapes.
_YEAR_FIRST = re.compile(
    r"^\d{4}[-/]\d{1,2}[-/]\d{1,2}"  # date
    r"([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?"  # optional time
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"  # optional zone
)


def from_unix(value: str | int | float) -> dt.datetime:
    """Aware UTC datetime from unix seconds (a number or a numeric string)."""
    return dt.datetime.fromtimestamp(float(value), tz=dt.UTC)


def to_unix(value: dt.datetime) -> int:
    """Unix seconds for the list/status filters (``created_at_min`` ...); naive means UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return int(value.timestamp())


def parse_carrier_time(value: str | int | None, *, tz: dt.tzinfo | None = None) -> dt.datetime | None:
    """Parse a TrackingMore date string; ``None``/empty gives ``None``.

    ``tz`` is attached to zone-less results (the carrier's zone, when the caller knows it).
    Raises ``ValueError`` on text that is not one of the known shapes.
    """
    if value is None:
        return None
    if isinstance(value, int):
        return from_unix(value)
    text = value.strip()
    if not text:
        return None
    if _UNIX.match(text):
        return from_unix(text)
    if _UNIX_MS.match(text):
        return from_unix(int(text) / 1000)
    if _COMPACT_DATE.match(text):
        parsed = dt.datetime.strptime(text, "%Y%m%d")
    elif _YEAR_FIRST.match(text):
        parsed = _dateutil_parser.parse(text, yearfirst=True, dayfirst=False)
    else:
        raise ValueError(f"not a TrackingMore date: {value!r}")
    if parsed.tzinfo is None and tz is not None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed


def format_carrier_time(value: dt.datetime) -> str:
    """``YYYY-MM-DD HH:MM``, the format of ``order_create_time`` in requests."""
    return value.strftime("%Y-%m-%d %H:%M")
