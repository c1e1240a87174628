"""Forms real clients send besides the canonical one (the spec's `x-tolerated`), accepted and normalised.

Each is in the facts sheet: `status` as the string "7" (PUT, updatemore), `tracking_ship_date` in
unix seconds, `order_create_time` in several formats, list filters as a JSON body on a GET (the
official PHP class) or a POST (TrackingMore's 2020 PHP SDK). The fake keeps the canonical value in
its state. And the other way round: digits other than ASCII are refused everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from trackingmore_mock import timefmt

Client = Any
KEY = ("dhl", "TMDELIVERED0001")


def _record(mock_app: Any, key: tuple[str, str] = KEY) -> Any:
    record = mock_app.mock.store.get(key)
    assert record is not None
    return record


@pytest.mark.parametrize("status", ["7", 7])
def test_put_status_as_a_string_or_a_number(
    status: Any, api: Client, create: Callable[..., Any], mock_app: Any
) -> None:
    create(KEY[1], KEY[0])
    answer = api.put(f"/trackings/{KEY[0]}/{KEY[1]}", json={"status": status}).json()
    assert answer["meta"]["code"] == 200, answer
    assert answer["data"]["status"] == "exception"
    assert _record(mock_app).manual_status == "exception"


@pytest.mark.parametrize("status", ["5", "7 ", "07", "\u0667", "seven"])
def test_put_status_strings_other_than_the_codes_are_4033(status: str, api: Client, create: Callable[..., Any]) -> None:
    create(KEY[1], KEY[0])
    answer = api.put(f"/trackings/{KEY[0]}/{KEY[1]}", json={"status": status}).json()
    assert answer["meta"]["code"] == 4033, answer


def test_updatemore_status_as_a_string(api: Client, create: Callable[..., Any], mock_app: Any) -> None:
    create(KEY[1], KEY[0])
    body = [{"tracking_number": KEY[1], "carrier_code": KEY[0], "status": "4"}]
    answer = api.post("/trackings/updatemore", json=body).json()
    assert answer["data"]["updated"] == 1, answer
    assert _record(mock_app).manual_status == "delivered"
    body[0]["status"] = "8"
    assert api.post("/trackings/updatemore", json=body).json()["data"]["updated"] == 1
    assert _record(mock_app).manual_status is None


@pytest.mark.parametrize("shipped", ["20180908", "1536364800", 1536364800, 1536409999])
def test_ship_date_in_unix_seconds_is_stored_as_yyyymmdd(
    shipped: Any, create: Callable[..., Any], mock_app: Any
) -> None:
    answer = create(KEY[1], KEY[0], tracking_ship_date=shipped)
    assert answer["meta"]["code"] == 200, answer
    assert _record(mock_app).fields["tracking_ship_date"] == "20180908"


def test_ship_date_tolerated_by_realtime(api: Client) -> None:
    body = {"tracking_number": KEY[1], "carrier_code": KEY[0], "tracking_ship_date": 1536364800}
    assert api.post("/trackings/realtime", json=body).json()["meta"]["code"] == 200


@pytest.mark.parametrize("shipped", ["2018098", "\u0662\u0660\u0661\u0668\u0660\u0669\u0660\u0668", -1, True, 1.5, ""])
def test_other_ship_dates_are_refused(shipped: Any, create: Callable[..., Any]) -> None:
    assert create(KEY[1], KEY[0], tracking_ship_date=shipped)["meta"]["code"] == 4012


@pytest.mark.parametrize(
    ("ordered", "shown"),
    [
        ("2017/8/27 16:51", "2017-08-27 16:51"),  # the documented form
        ("2018-05-20 12:00", "2018-05-20 12:00"),
        ("2018/09/08 16:51:07", "2018-09-08 16:51"),
        ("2018-05-20", "2018-05-20 00:00"),
        ("1535713860", "2018-08-31 11:11"),
    ],
)
def test_order_create_time_forms(ordered: str, shown: str, create: Callable[..., Any], mock_app: Any) -> None:
    answer = create(KEY[1], KEY[0], order_create_time=ordered)
    assert answer["meta"]["code"] == 200, answer
    assert answer["data"]["order_create_time"] == shown
    assert isinstance(_record(mock_app).order_create_time, float)


@pytest.mark.parametrize(
    "ordered",
    [
        "\u0661\u0662\u0663",
        "2018-\u0660\u0665-20",
        "\uff12\uff10\uff11\uff18-05-20",
        "2018-05-20T12:00",
        "12345678901234",
    ],
)
def test_non_ascii_digits_and_other_order_times_are_refused(ordered: str, create: Callable[..., Any]) -> None:
    answer = create(KEY[1], KEY[0], order_create_time=ordered)
    assert answer["meta"]["code"] == 4012, answer


def test_parsers_take_ascii_digits_only() -> None:
    assert timefmt.parse_order_time("\u0661\u0662\u0663") is None
    assert timefmt.parse_order_time("123") == 123.0
    assert timefmt.ship_date("\u0662\u0660\u0661\u0668\u0660\u0669\u0660\u0668") is None
    assert timefmt.ship_date(10**20) is None


def _two(create: Callable[..., Any], api: Client) -> None:
    create("TMDELIVERED0001", "dhl")
    create("TMTRANSIT0002", "dhl")
    api.put("/trackings/dhl/TMTRANSIT0002", json={"archived": "true"})


def test_list_filters_in_a_post_body(api: Client, create: Callable[..., Any]) -> None:
    _two(create, api)
    answer = api.post("/trackings/get", json={"limit": 1, "page": 2}).json()
    assert answer["meta"]["code"] == 200, answer
    assert [item["tracking_number"] for item in answer["data"]["items"]] == ["TMTRANSIT0002"]
    assert (answer["data"]["page"], answer["data"]["limit"], answer["data"]["total"]) == (2, 1, 2)
    only = api.post("/trackings/get", json={"numbers": "TMDELIVERED0001"}).json()["data"]
    assert [item["tracking_number"] for item in only["items"]] == ["TMDELIVERED0001"]
    assert api.post("/trackings/get", json={}).json()["data"]["total"] == 2


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"limit": 0}, 4012),
        ({"status": "bogus"}, 4033),
        ({"page": "x"}, 4012),
        ([1], 4012),
        ({"created_at_min": 2**53}, 4012),
        ({"created_at_min": 2**53 - 1}, 200),
    ],
)
def test_post_body_filters_are_validated(body: Any, code: int, api: Client) -> None:
    assert api.post("/trackings/get", json=body).json()["meta"]["code"] == code


def test_list_filters_in_a_get_body(api: Client, create: Callable[..., Any]) -> None:
    _two(create, api)
    answer = api.request("GET", "/trackings/get", json={"archived": True, "limit": 5}).json()
    assert answer["meta"]["code"] == 200, answer
    assert [item["tracking_number"] for item in answer["data"]["items"]] == ["TMTRANSIT0002"]
    assert answer["data"]["limit"] == 5
    # The query string wins over the body.
    answer = api.request("GET", "/trackings/get?limit=1", json={"limit": 5}).json()
    assert answer["data"]["limit"] == 1
    # Invalid values in the body are refused like invalid query parameters.
    assert api.request("GET", "/trackings/get", json={"limit": 5000}).json()["meta"]["code"] == 4012
    # A body that is not a JSON object is ignored, as on every other GET.
    assert api.request("GET", "/trackings/get", content=b"not json").json()["data"]["total"] == 2


def test_status_counts_filters_in_a_get_body(api: Client, create: Callable[..., Any], mock_clock: Any) -> None:
    _two(create, api)
    future = int(mock_clock.now()) + 10
    counts = api.request("GET", "/trackings/getstatusnumber", json={"created_at_min": future}).json()["data"]
    assert counts["total"] == 0
    assert api.request("GET", "/trackings/getstatusnumber", json={}).json()["data"]["total"] == 2
