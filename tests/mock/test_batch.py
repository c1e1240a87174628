"""Batch operations: per-item outcomes, the 40-item limit, and their effect on the store."""

from __future__ import annotations

from typing import Any


def _items(prefix: str, count: int, carrier: str = "dhl") -> list[dict[str, str]]:
    return [{"tracking_number": f"{prefix}{i:03d}", "carrier_code": carrier} for i in range(count)]


def test_batch_create_adds_the_valid_items_and_reports_the_others(api: Any, create: Any) -> None:
    create("TMTRANSIT000", "dhl")
    body = [
        *_items("TMTRANSIT", 3),  # the first is a duplicate
        {"tracking_number": "TMTRANSIT100", "carrier_code": "no-such-carrier"},
        {"tracking_number": "TMTRANSIT101", "carrier_code": "dhl"},
        {"tracking_number": "TMTRANSIT101", "carrier_code": "dhl"},  # duplicate within the call
    ]
    answer = api.post("/trackings/batch", json=body).json()
    assert answer["meta"]["code"] == 201
    data = answer["data"]
    assert (data["submitted"], data["added"]) == (6, 3)
    assert [t["tracking_number"] for t in data["trackings"]] == ["TMTRANSIT001", "TMTRANSIT002", "TMTRANSIT101"]
    assert all(t["status"] == "pending" for t in data["trackings"])
    assert [(e["tracking_number"], e["code"]) for e in data["errors"]] == [
        ("TMTRANSIT000", 4016),
        ("TMTRANSIT100", 4015),
        ("TMTRANSIT101", 4016),
    ]
    assert all(e["message"] for e in data["errors"])
    assert api.get("/trackings/get").json()["data"]["total"] == 4


def test_batch_limits(api: Any) -> None:
    assert api.post("/trackings/batch", json=_items("TMPENDING", 40)).json()["data"]["added"] == 40
    over = api.post("/trackings/batch", json=_items("TMNOTFOUND", 41)).json()
    assert over == {"meta": over["meta"], "data": []} and over["meta"]["code"] == 4012
    assert api.post("/trackings/batch", json=[]).json()["meta"]["code"] == 4012
    # A schema-invalid item refuses the whole call with that item's field code.
    bad = [*_items("TMEXPIRED", 2), {"tracking_number": "no spaces", "carrier_code": "dhl"}]
    assert api.post("/trackings/batch", json=bad).json()["meta"]["code"] == 4014
    assert api.get("/trackings/get").json()["data"]["total"] == 40


def test_batch_update(api: Any, create: Any) -> None:
    create("TMTRANSIT1", "ups", title="a")
    create("TMTRANSIT2", "ups")
    body: list[dict[str, Any]] = [
        {"tracking_number": "TMTRANSIT1", "carrier_code": "ups", "title": "b", "status": 4},
        {"tracking_number": "TMTRANSIT2", "carrier_code": "ups", "archived": "true"},
        {"tracking_number": "TMMISSING1", "carrier_code": "ups", "title": "c"},
    ]
    answer = api.post("/trackings/updatemore", json=body).json()
    assert answer["meta"]["code"] == 200
    data = answer["data"]
    assert (data["submitted"], data["updated"]) == (3, 2)
    first, second = data["trackings"]
    assert (first["title"], first["status"]) == ("b", "delivered")
    assert second["archived"] is True and second["status"] == "transit"
    assert data["errors"] == [
        {"tracking_number": "TMMISSING1", "carrier_code": "ups", "code": 4017, "message": "Tracking does not exist."}
    ]
    assert api.post("/trackings/updatemore", json=[{**body[0], "status": 9}]).json()["meta"]["code"] == 4033


def test_batch_delete(api: Any, create: Any) -> None:
    create("TMDELIVERED1", "dhl")
    body = [
        {"tracking_number": "TMDELIVERED1", "carrier_code": "dhl"},
        {"tracking_number": "TMDELIVERED2", "carrier_code": "dhl"},
    ]
    data = api.post("/trackings/delete", json=body).json()["data"]
    assert (data["submitted"], data["delete"]) == (2, 1)
    metas = [t["meta"] for t in data["trackings"]]
    assert [(m["tracking_number"], m["carrier_code"], m["code"]) for m in metas] == [
        ("TMDELIVERED1", "dhl", 200),
        ("TMDELIVERED2", "dhl", 4017),
    ]
    assert api.get("/trackings/dhl/TMDELIVERED1").json()["meta"]["code"] == 4031
    bad_carrier = [{"tracking_number": "TMDELIVERED1", "carrier_code": "DHL!"}]
    assert api.post("/trackings/delete", json=bad_carrier).json()["meta"]["code"] == 4015


def test_notupdate_freezes_the_tracking(api: Any, create: Any, mock_clock: Any) -> None:
    create("TMJOURNEY1", "dhl")
    create("TMJOURNEY2", "dhl")
    body = [
        {"tracking_number": "TMJOURNEY1", "carrier_code": "dhl"},
        {"tracking_number": "TMNOPE", "carrier_code": "dhl"},
    ]
    data = api.post("/trackings/notupdate", json=body).json()["data"]
    assert (data["submitted"], data["change"]) == (2, 1)
    assert data["trackings"] == [{"tracking_number": "TMJOURNEY1", "carrier_code": "dhl"}]
    assert [e["code"] for e in data["errors"]] == [4017]
    bad_number = [{"tracking_number": "not valid!", "carrier_code": "dhl"}]
    assert api.post("/trackings/notupdate", json=bad_number).json()["meta"]["code"] == 4014
    assert api.post("/trackings/updatemore", json=[{"carrier_code": "dhl"}]).json()["meta"]["code"] == 4013
    mock_clock.advance(10 * 86400)
    frozen = api.get("/trackings/dhl/TMJOURNEY1").json()["data"]
    live = api.get("/trackings/dhl/TMJOURNEY2").json()["data"]
    assert frozen["status"] == "notfound" and len(frozen["origin_info"]["trackinfo"]) == 1
    assert live["status"] == "delivered"
