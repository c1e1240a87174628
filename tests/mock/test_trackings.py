"""Single-tracking operations, each run in-process and over real HTTP (the `api` fixture)."""

from __future__ import annotations

from typing import Any

from trackingmore_mock import ManualClock

DAY = 86400


def test_create_then_get(api: Any, create: Any) -> None:
    answer = create("RR123456789CN", title="Phone case", customer_email="a@example.com", order_id="#1")
    assert answer["meta"] == {"code": 200, "type": "Success", "message": "Success"}
    data = answer["data"]
    assert (data["tracking_number"], data["carrier_code"], data["status"]) == ("RR123456789CN", "china-post", "pending")
    assert len(data["id"]) == 32 and data["created_at"].endswith("+00:00")
    assert data["title"] == "Phone case" and data["customer_email"] == "a@example.com"

    got = api.get("/trackings/china-post/RR123456789CN").json()
    assert got["meta"]["code"] == 200
    tracking = got["data"]
    assert tracking["id"] == data["id"]
    assert tracking["customer_email"] == ["a@example.com"]  # GET shows the array form
    assert tracking["status"] in {"notfound", "transit"}
    assert tracking["origin_info"]["trackinfo"], "an ordinary number already has checkpoints"


def test_create_unset_fields_are_the_string_null(create: Any) -> None:
    data = create("RR123456780CN")["data"]
    assert (data["customer_email"], data["customer_name"], data["order_id"]) == ("null", "null", "null")
    assert data["title"] is None


def test_duplicate_create_is_4016(create: Any) -> None:
    assert create("RR123456789CN")["meta"]["code"] == 200
    again = create("RR123456789CN")
    assert again == {"meta": {"code": 4016, "type": "Bad Request", "message": "Tracking already exists."}, "data": []}
    # Same number with another carrier is another tracking.
    assert create("RR123456789CN", "china-ems")["meta"]["code"] == 200


def test_create_field_errors(create: Any) -> None:
    assert create("RR123456789CN", "no-such-carrier")["meta"]["code"] == 4015
    assert create("RR123456789CN", "Bad Carrier!")["meta"]["code"] == 4015
    assert create("bad number!")["meta"]["code"] == 4014
    assert create("RR1")["meta"]["code"] == 4014
    assert create("RR123456789CN", order_create_time="2018-02-30 10:00")["meta"]["code"] == 4012
    assert create("RR123456789CN", destination_code="USA")["meta"]["code"] == 4012


def test_missing_fields(api: Any) -> None:
    assert api.post("/trackings/post", json={"carrier_code": "ups"}).json()["meta"]["code"] == 4013
    assert api.post("/trackings/post", json={"tracking_number": "RR123456789CN"}).json()["meta"]["code"] == 4015
    assert api.post("/trackings/post", json=["not", "an", "object"]).json()["meta"]["code"] == 4012


def test_get_never_created_is_4031(api: Any) -> None:
    answer = api.get("/trackings/ups/1Z9999W99999999999").json()
    assert answer["meta"]["code"] == 4031 and answer["data"] == []


def test_get_in_language(api: Any, create: Any) -> None:
    create("TMDELIVERED1", "dhl")
    assert api.get("/trackings/dhl/TMDELIVERED1/en").json()["data"]["status"] == "delivered"
    assert api.get("/trackings/dhl/TMNOTCREATED/en").json()["meta"]["code"] == 4031
    assert api.get("/trackings/dhl/TMDELIVERED1/english").json()["meta"]["code"] == 4012


def test_put_applies_only_given_fields(api: Any, create: Any) -> None:
    create("TMTRANSIT1", "ups", title="old", customer_name="Jane", order_id="#7")
    answer = api.put("/trackings/ups/TMTRANSIT1", json={"title": "new", "customer_phone": "+1 555"}).json()
    assert answer["meta"]["code"] == 200
    data = answer["data"]
    assert (data["title"], data["customer_name"], data["order_id"], data["customer_phone"]) == (
        "new",
        "Jane",
        "#7",
        "+1 555",
    )
    assert data["status"] == "transit" and data["archived"] is False


def test_put_status_4_7_8(api: Any, create: Any) -> None:
    create("TMTRANSIT2", "ups")
    url = "/trackings/ups/TMTRANSIT2"
    assert api.put(url, json={"status": 4}).json()["data"]["status"] == "delivered"
    assert api.get(url).json()["data"]["status"] == "delivered"
    assert api.put(url, json={"status": 7}).json()["data"]["status"] == "exception"
    assert api.put(url, json={"status": 8}).json()["data"]["status"] == "transit"  # its own status again
    assert api.get(url).json()["data"]["status"] == "transit"
    for bad in (5, "5", 0):  # "4", "7", "8" are tolerated (tests/mock/test_tolerated.py)
        assert api.put(url, json={"status": bad}).json()["meta"]["code"] == 4033


def test_put_archived_and_missing(api: Any, create: Any) -> None:
    create("TMTRANSIT3", "ups")
    assert api.put("/trackings/ups/TMTRANSIT3", json={"archived": "true"}).json()["data"]["archived"] is True
    assert api.put("/trackings/ups/TMTRANSIT3", json={"archived": "yes"}).json()["meta"]["code"] == 4012
    assert api.put("/trackings/ups/TMMISSING", json={"title": "x"}).json()["meta"]["code"] == 4017


def test_delete(api: Any, create: Any) -> None:
    create("TMDELIVERED2", "dhl")
    assert api.delete("/trackings/dhl/TMDELIVERED2").json() == {
        "meta": {"code": 200, "type": "Success", "message": "Success"},
        "data": [],
    }
    assert api.get("/trackings/dhl/TMDELIVERED2").json()["meta"]["code"] == 4031
    assert api.delete("/trackings/dhl/TMDELIVERED2").json()["meta"]["code"] == 4017


def test_change_carrier(api: Any, create: Any) -> None:
    create("RR123456789CN", "china-post", title="kept")
    create("RR000000000CN", "china-ems")
    body = {"tracking_number": "RR123456789CN", "carrier_code": "china-post", "update_carrier_code": "china-ems"}
    assert api.post("/trackings/update", json=body).json() == {
        "meta": {"code": 200, "type": "Success", "message": "Success"},
        "data": {"Usertag": ""},
    }
    assert api.get("/trackings/china-post/RR123456789CN").json()["meta"]["code"] == 4031
    moved = api.get("/trackings/china-ems/RR123456789CN").json()["data"]
    assert moved["title"] == "kept" and moved["carrier_code"] == "china-ems"
    # The old key is gone now: 4017. A taken new key: 4016. An unknown carrier: 4015.
    assert api.post("/trackings/update", json=body).json()["meta"]["code"] == 4017
    taken = {"tracking_number": "RR000000000CN", "carrier_code": "china-ems", "update_carrier_code": "china-ems"}
    create("RR000000000CN", "china-post")
    taken["carrier_code"] = "china-post"
    assert api.post("/trackings/update", json=taken).json()["meta"]["code"] == 4016
    unknown = {**body, "carrier_code": "china-ems", "update_carrier_code": "nope"}
    assert api.post("/trackings/update", json=unknown).json()["meta"]["code"] == 4015


def test_realtime_without_creating(api: Any) -> None:
    body = {"tracking_number": "TMDELIVERED9", "carrier_code": "ups"}
    answer = api.post("/trackings/realtime", json=body).json()
    assert answer["meta"]["code"] == 200
    (item,) = answer["data"]["items"]
    assert (item["tracking_number"], item["status"], item["substatus"]) == ("TMDELIVERED9", "delivered", "delivered001")
    # Realtime does not create the tracking.
    assert api.get("/trackings/ups/TMDELIVERED9").json()["meta"]["code"] == 4031
    assert api.post("/trackings/realtime", json={**body, "carrier_code": "nope"}).json()["meta"]["code"] == 4015
    assert api.post("/trackings/realtime", json={**body, "tracking_number": "x y"}).json()["meta"]["code"] == 4014
    assert api.post("/trackings/realtime", json={"carrier_code": "ups"}).json()["meta"]["code"] == 4013


def test_realtime_number_progresses_on_the_clock(api: Any, mock_clock: ManualClock) -> None:
    body = {"tracking_number": "TMJOURNEY1", "carrier_code": "dhl"}
    assert api.post("/trackings/realtime", json=body).json()["data"]["items"][0]["status"] == "notfound"
    mock_clock.advance(5 * DAY)
    assert api.post("/trackings/realtime", json=body).json()["data"]["items"][0]["status"] == "delivered"


def _numbers(answer: dict[str, Any]) -> list[str]:
    return [item["tracking_number"] for item in answer["data"]["items"]]


def test_list_pages_are_stable_and_complete(api: Any, create: Any) -> None:
    numbers = [f"TMTRANSIT{i:03d}" for i in range(25)]
    for number in numbers:
        create(number, "ups")
    pages = [api.get("/trackings/get", params={"page": p, "limit": 10}).json() for p in (1, 2, 3, 4)]
    assert [p["data"]["total"] for p in pages] == [25] * 4
    assert [len(p["data"]["items"]) for p in pages] == [10, 10, 5, 0]
    assert [n for p in pages for n in _numbers(p)] == numbers  # creation order, nothing lost or repeated
    default = api.get("/trackings/get").json()["data"]
    assert (default["page"], default["limit"], default["total"]) == (1, 100, 25)
    assert api.get("/trackings/get", params={"limit": 2001}).json()["meta"]["code"] == 4012
    assert api.get("/trackings/get", params={"page": 0}).json()["meta"]["code"] == 4012


def test_list_filters(api: Any, create: Any, mock_clock: ManualClock) -> None:
    t0 = int(mock_clock.now())
    create("TMDELIVERED10", "dhl", order_id="A1", order_create_time="2023/11/1 10:00")
    mock_clock.advance(DAY)
    create("TMEXCEPTION10", "dhl", order_id="A2")
    create("TMTRANSIT10", "dhl", order_id="A3")
    api.put("/trackings/dhl/TMTRANSIT10", json={"archived": "true"})

    def listed(**params: Any) -> list[str]:
        return _numbers(api.get("/trackings/get", params=params).json())

    assert listed(status="delivered") == ["TMDELIVERED10"]
    assert listed(status="exception") == ["TMEXCEPTION10"]
    assert listed(created_at_max=t0 + 10) == ["TMDELIVERED10"]
    assert listed(created_at_min=t0 + 10) == ["TMEXCEPTION10", "TMTRANSIT10"]
    assert listed(numbers="TMTRANSIT10,TMDELIVERED10") == ["TMDELIVERED10", "TMTRANSIT10"]
    assert listed(orders="A2,A3") == ["TMEXCEPTION10", "TMTRANSIT10"]
    assert listed(archived="true") == ["TMTRANSIT10"]
    assert listed(archived="false") == ["TMDELIVERED10", "TMEXCEPTION10"]
    order_time = 1698832800  # 2023-11-01 10:00 UTC
    assert listed(order_created_time_min=order_time, order_created_time_max=order_time) == ["TMDELIVERED10"]
    assert listed(update_time_min=t0 + 10) == ["TMEXCEPTION10", "TMTRANSIT10"]
    assert api.get("/trackings/get", params={"status": "lost"}).json()["meta"]["code"] == 4033
    too_many = ",".join(f"N{i:04d}" for i in range(41))
    assert api.get("/trackings/get", params={"numbers": too_many}).json()["meta"]["code"] == 4012


def test_order_times_keep_four_digit_years(api: Any, create: Any) -> None:
    data = create("TMTRANSIT77", "ups", order_create_time="0660/05/07")["data"]
    assert data["order_create_time"] == "0660-05-07 00:00"
    assert create("TMTRANSIT78", "ups", order_create_time="1700000000")["data"]["order_create_time"] == (
        "2023-11-14 22:13"
    )
    assert create("TMTRANSIT79", "ups", order_create_time="0000/01/01")["meta"]["code"] == 4012
