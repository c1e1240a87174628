"""Realistic response bodies for the client-side benchmarks (the shape the fake and the API send)."""

from __future__ import annotations

import json
from typing import Any

CHECKPOINTS = 30
_EVENTS = (
    ("Shipment information received, awaiting item", "notfound", "notfound001", None),
    ("Item accepted by the carrier", "transit", "transit001", "ItemReceived"),
    ("Departed from the origin facility", "transit", "transit001", "ItemDispatched"),
    ("Departed from the airport of origin", "transit", "transit001", "DepartfromAirport"),
    ("Arrived at the destination country", "transit", "transit001", "ArrivalfromAbroad"),
    ("Customs clearance completed", "transit", "transit001", "CustomsClearance"),
    ("Arrived at the delivery office", "transit", "transit001", "DestinationArrived"),
    ("Out for delivery", "pickup", "pickup001", None),
)
_PLACES = ("Shenzhen, China", "Guangzhou, China", "Hong Kong", "Leipzig, Germany", "Berlin, Germany")


def _checkpoint(i: int, total: int) -> dict[str, Any]:
    description, status, substatus, node = _EVENTS[i % len(_EVENTS)]
    day, minute = divmod(total - i, 4)  # newest first: checkpoint 0 is the latest
    checkpoint: dict[str, Any] = {
        "Date": f"2026-11-{1 + day % 28:02d} {(minute * 5 + i) % 24:02d}:{(i * 7) % 60:02d}",
        "StatusDescription": description,
        "Details": _PLACES[i % len(_PLACES)],
        "checkpoint_status": status,
        "substatus": substatus,
    }
    if node is not None:
        checkpoint["ItemNode"] = node
    return checkpoint


def _carrier_info(code: str, checkpoints: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "ItemReceived": "2026-11-01 08:12",
        "ItemDispatched": "2026-11-02 10:40",
        "DepartfromAirport": "2026-11-03 22:15",
        "ArrivalfromAbroad": None,
        "CustomsClearance": None,
        "DestinationArrived": None,
        "weblink": "http://www.ems.com.cn/",
        "phone": "86 20 11185",
        "carrier_code": code,
        "trackinfo": checkpoints,
    }


def tracking(i: int = 0, checkpoints: int = CHECKPOINTS) -> dict[str, Any]:
    """One tracking as GET /trackings/{carrier}/{number} returns it, with ``checkpoints`` events."""
    events = [_checkpoint(n, checkpoints) for n in range(checkpoints)]
    origin, destination = events[checkpoints * 2 // 5 :], events[: checkpoints * 2 // 5]
    return {
        "id": f"{i:032x}",
        "tracking_number": f"RR{i:09d}CN",
        "carrier_code": "china-post",
        "status": "transit",
        "substatus": "transit001",
        "original_country": "China",
        "destination_country": "Germany",
        "itemTimeLength": 12,
        "stayTimeLength": 1,
        "service_code": None,
        "weight": "1.34kg",
        "lastEvent": "Out for delivery,Berlin, Germany,2026-11-13 09:30",
        "lastUpdateTime": "2026-11-13 09:30",
        "origin_info": _carrier_info("china-post", origin),
        "destination_info": _carrier_info("deutsche-post", destination),
        "created_at": "2026-11-01T08:00:00+00:00",
        "updated_at": "2026-11-13T09:31:00+00:00",
        "order_create_time": "2026-10-31 19:02",
        "customer_name": "Jane Doe",
        "customer_email": ["jane@example.com"],
        "customer_phone": None,
        "title": f"Order {i}",
        "order_id": f"#{i:06d}",
        "comment": None,
        "logistics_channel": None,
        "destination_code": "DE",
        "archived": False,
        "track_update": True,
    }


def _envelope(data: Any) -> bytes:
    return json.dumps({"meta": {"code": 200, "type": "Success", "message": "Success"}, "data": data}).encode()


def tracking_body(checkpoints: int = CHECKPOINTS) -> bytes:
    """The body of a single GET of a tracking."""
    return _envelope(tracking(1, checkpoints))


def page_body(count: int, checkpoints: int = CHECKPOINTS) -> bytes:
    """The body of GET /trackings/get with ``count`` trackings on the page."""
    items = [tracking(i, checkpoints) for i in range(count)]
    return _envelope({"page": 1, "limit": count, "total": count, "items": items})
