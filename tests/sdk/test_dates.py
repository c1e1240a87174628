"""Carrier-local and unix date strings to datetimes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from trackingmore_v2 import format_carrier_time, from_unix, parse_carrier_time, to_unix

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018-04-16 06:30", dt.datetime(2018, 4, 16, 6, 30)),
        ("2018-04-16 06:30:15", dt.datetime(2018, 4, 16, 6, 30, 15)),
        ("2017/8/27 16:51", dt.datetime(2017, 8, 27, 16, 51)),
        ("2018/09/08 16:51", dt.datetime(2018, 9, 8, 16, 51)),
        ("2018-04-16", dt.datetime(2018, 4, 16)),
        ("20180908", dt.datetime(2018, 9, 8)),
        ("2018-04-16T06:30:02+00:00", dt.datetime(2018, 4, 16, 6, 30, 2, tzinfo=dt.UTC)),
        ("1503823860", dt.datetime(2017, 8, 27, 8, 51, tzinfo=dt.UTC)),
        ("1503823860000", dt.datetime(2017, 8, 27, 8, 51, tzinfo=dt.UTC)),
    ],
)
def test_known_shapes(text: str, expected: dt.datetime) -> None:
    assert parse_carrier_time(text) == expected


def test_empty_values_are_none() -> None:
    assert parse_carrier_time(None) is None
    assert parse_carrier_time("") is None
    assert parse_carrier_time("   ") is None


def test_carrier_zone_is_attached_only_to_zone_less_values() -> None:
    local = parse_carrier_time("2017/8/27 16:51", tz=SHANGHAI)
    assert local == dt.datetime(2017, 8, 27, 8, 51, tzinfo=dt.UTC)
    assert parse_carrier_time("2018-04-16T06:30:02+00:00", tz=SHANGHAI) == dt.datetime(
        2018, 4, 16, 6, 30, 2, tzinfo=dt.UTC
    )


@pytest.mark.parametrize("text", ["yesterday", "16:51", "27/8/2017 16:51", "2018-13-01 00:00", "12345"])
def test_other_text_is_rejected(text: str) -> None:
    with pytest.raises(ValueError):
        parse_carrier_time(text)


@given(st.datetimes(min_value=dt.datetime(1975, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=st.just(dt.UTC)))
def test_unix_round_trip(moment: dt.datetime) -> None:
    seconds = to_unix(moment)
    assert from_unix(seconds) == moment.replace(microsecond=0)
    assert parse_carrier_time(str(seconds)) == moment.replace(microsecond=0)


@given(st.datetimes(min_value=dt.datetime(1000, 1, 1), max_value=dt.datetime(9999, 12, 31)))
def test_request_format_round_trip(moment: dt.datetime) -> None:
    text = format_carrier_time(moment)
    assert parse_carrier_time(text) == moment.replace(second=0, microsecond=0)


def test_naive_datetimes_count_as_utc_for_filters() -> None:
    assert to_unix(dt.datetime(2023, 11, 14, 22, 13, 20)) == 1_700_000_000
