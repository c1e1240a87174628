"""Account (user info, quota, status counts), tools (remote, costtime, aircargo) and carriers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from trackingmore_mock import create_app, reset

DAY = 86400


def test_userinfo_quota_goes_down_then_creates_get_4021(make_client: Callable[..., Any], transport: str,
                                                        serve: Callable[[Any], Any]) -> None:  # fmt: skip
    app = create_app(api_key="k", quota=3)
    client = make_client(serve(app).base_url if transport == "http" else app, api_key="k")
    info = client.get("/trackings/getuserinfo").json()["data"]
    assert info["track_number"] == 3 and info["email"] and info["regtime"].isdigit()
    body = {"tracking_number": "TMTRANSIT1", "carrier_code": "ups"}
    assert client.post("/trackings/post", json=body).json()["meta"]["code"] == 200
    assert client.get("/trackings/getuserinfo").json()["data"]["track_number"] == 2
    batch = [{"tracking_number": f"TMTRANSIT{i}", "carrier_code": "ups"} for i in (2, 3, 4)]
    data = client.post("/trackings/batch", json=batch).json()["data"]
    assert data["added"] == 2 and [e["code"] for e in data["errors"]] == [4021]
    assert client.get("/trackings/getuserinfo").json()["data"]["track_number"] == 0
    assert client.post("/trackings/post", json={**body, "tracking_number": "TMTRANSIT9"}).json()["meta"]["code"] == 4021
    assert client.post("/trackings/realtime", json=body).json()["meta"]["code"] == 4021
    reset(app)  # the same as app.mock.reset()
    assert client.get("/trackings/getuserinfo").json()["data"]["track_number"] == 3
    assert client.get("/trackings/get").json()["data"]["total"] == 0


def test_status_counts(api: Any, create: Any, mock_clock: Any) -> None:
    t0 = int(mock_clock.now())
    for number in ("TMDELIVERED1", "TMDELIVERED2", "TMEXCEPTION1", "TMPENDING1", "TMEXPIRED1"):
        create(number, "dhl", order_create_time="2023-11-01 00:00")
    mock_clock.advance(DAY)
    create("TMPICKUP1", "dhl")
    counts = api.get("/trackings/getstatusnumber").json()["data"]
    assert counts == {
        "pending": 1,
        "notfound": 0,
        "transit": 0,
        "pickup": 1,
        "delivered": 2,
        "undelivered": 0,
        "exception": 1,
        "expired": 1,
        "total": 6,
    }
    later = api.get("/trackings/getstatusnumber", params={"created_at_min": t0 + 10}).json()["data"]
    assert later["total"] == 1 and later["pickup"] == 1
    ordered = api.get("/trackings/getstatusnumber", params={"order_created_time_max": t0}).json()["data"]
    assert ordered["total"] == 5
    assert api.get("/trackings/getstatusnumber", params={"created_at_min": -1}).json()["meta"]["code"] == 4012


def test_remote_areas_are_deterministic(api: Any) -> None:
    body = [
        {"country": "JP", "postcode": "7621094"},
        {"country": "Germany", "postcode": "REMOTE-1", "company": "dhl"},
        {"country": "Atlantis", "postcode": "00000", "company": "ups"},
    ]
    first = api.post("/trackings/remote", json=body).json()
    assert first["meta"]["code"] == 200
    assert first == api.post("/trackings/remote", json=body).json()
    data = first["data"]
    assert data["submitted"] == 3
    assert {
        "far_express_company": "dhl",
        "two_code": "DE",
        "far_country": "Germany",
        "far_city_postcode": "REMOTE-1",
    } in (data["remote"])
    remote_keys = {(r["two_code"], r["far_city_postcode"]) for r in data["remote"]}
    others = {(o["country"], o["postcode"]) for o in data["other"]}
    # Every address is either remote for some carrier or listed in `other`.
    assert len(remote_keys | others) == 3
    assert api.post("/trackings/remote", json=[{"country": "JP"}]).json()["meta"]["code"] == 4012


def test_transit_times(api: Any) -> None:
    body = [
        {"carrier_code": "china-post", "original": "CN", "destination": "US"},
        {"carrier_code": "dhl", "original": "de", "destination": "FR"},
    ]
    data = api.post("/trackings/costtime", json=body).json()["data"]
    assert [(d["carrier_code"], d["original"], d["destination"]) for d in data] == [
        ("china-post", "CN", "US"),
        ("dhl", "DE", "FR"),
    ]
    for lane in data:
        shares = [lane[k] for k in ("range1", "range3", "range4", "range5", "range6")]
        assert abs(sum(shares) - 100) < 0.05 and min(shares) >= 0
        assert 0 < lane["delivered"] <= lane["total"]
    postal, express = data
    assert express["range1"] > postal["range1"]  # express lanes are faster
    assert api.post("/trackings/costtime", json=[{**body[0], "carrier_code": "nope"}]).json()["meta"]["code"] == 4015
    assert api.post("/trackings/costtime", json=[{**body[0], "original": "CHN"}]).json()["meta"]["code"] == 4012


def test_air_cargo(api: Any, mock_clock: Any) -> None:
    data = api.post("/trackings/aircargo", json={"track_number": ["172-28891936", "16012345675"]}).json()["data"]
    assert set(data) == {"172-28891936", "160-12345675"}
    cargolux = data["172-28891936"]
    assert cargolux["airline_info"]["name"] == "Cargolux"
    details = cargolux["return_data"]
    assert details["origin"] != details["destination"] and details["piece"] >= 1
    flight = next(iter(details["flight_info"]))
    assert flight.startswith("CV")
    single = api.post("/trackings/aircargo", json={"track_number": "172 28891936"}).json()["data"]
    assert single["172-28891936"] == cargolux
    for bad in ("17228891936X", "1234-5678", "12-345678901", ["172-28891936", "x"]):
        assert api.post("/trackings/aircargo", json={"track_number": bad}).json()["meta"]["code"] == 4014
    assert api.post("/trackings/aircargo", json={}).json()["meta"]["code"] == 4013
    mock_clock.advance(10 * DAY)
    later = api.post("/trackings/aircargo", json={"track_number": "172-28891936"}).json()["data"]["172-28891936"]
    assert all(e["actual_date"] for e in later["return_data"]["track_info"])  # every planned event happened


def test_air_cargo_costs_20_credits(make_client: Callable[..., Any]) -> None:
    app = create_app(api_key="k", quota=30)
    client = make_client(app, api_key="k")
    assert client.post("/trackings/aircargo", json={"track_number": "172-28891936"}).json()["meta"]["code"] == 200
    assert client.get("/trackings/getuserinfo").json()["data"]["track_number"] == 10
    assert client.post("/trackings/aircargo", json={"track_number": "172-28891936"}).json()["meta"]["code"] == 4021


def test_carriers(api: Any) -> None:
    answer = api.get("/carriers").json()
    carriers = answer["data"]
    assert answer["meta"]["code"] == 200 and len(carriers) >= 600
    codes = {c["code"] for c in carriers}
    assert {"dhl", "ups", "fedex", "usps", "china-post", "china-ems", "royal-mail"} <= codes
    assert carriers[0] == {
        "name": "DHL",
        "code": "dhl",
        "phone": "1 800 225 5345",
        "homepage": "http://www.dhl.com/",
        "type": "express",
        "picture": "//cdn.trackingmore.com/images/icons/express/dhl.png",
    }
    chinese = api.get("/carriers", headers={"Lang": "cn"}).json()["data"]
    assert next(c for c in chinese if c["code"] == "china-post")["name"] == "中国邮政"
    assert api.get("/carriers", headers={"Lang": "xx"}).json()["meta"]["code"] == 4012


def test_detect(api: Any) -> None:
    def detect(number: str) -> list[str] | int:
        answer = api.post("/carriers/detect", json={"tracking_number": number}).json()
        return [c["code"] for c in answer["data"]] if answer["meta"]["code"] == 200 else answer["meta"]["code"]

    assert detect("RR123456789CN") == ["china-post"]
    assert detect("EA123456785CN") == ["china-ems", "china-post"]
    assert detect("LX123456789DE") == ["deutsche-post"]
    assert detect("RR123456789GB") == ["royal-mail"]
    assert detect("1Z9999W99999999999") == ["ups"]
    assert detect("9400111899223197428490") == ["usps"]
    assert detect("123456789012") == ["fedex"]
    assert detect("1234567890") == ["dhl"]
    assert detect("YT1234567890123456") == ["yunexpress"]
    assert detect("TMDELIVERED1") == 4032
    assert detect("RR123456789ZZ") == 4032
    assert api.post("/carriers/detect", json={}).json()["meta"]["code"] == 4013


def test_exhausted_quota_refuses_reads_too(make_client: Callable[..., Any]) -> None:
    app = create_app(api_key="k", quota=1)
    client = make_client(app, api_key="k")
    created = client.post("/trackings/post", json={"tracking_number": "TMDELIVERED1", "carrier_code": "dhl"}).json()
    assert created["meta"]["code"] == 200
    assert client.get("/trackings/dhl/TMDELIVERED1").json()["meta"]["code"] == 4021
    assert client.get("/trackings/dhl/TMDELIVERED1/en").json()["meta"]["code"] == 4021
    assert client.get("/trackings/get").json()["meta"]["code"] == 4021
    # Calls that cost nothing still work.
    assert client.get("/trackings/getuserinfo").json()["data"]["track_number"] == 0
    assert client.delete("/trackings/dhl/TMDELIVERED1").json()["meta"]["code"] == 200
