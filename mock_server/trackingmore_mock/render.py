"""JSON shapes of a tracking, per answer kind (create, update, full), following the spec's `Tracking`."""

from __future__ import annotations

from typing import Any

from . import carriers, timefmt
from .simulator import DAY, Checkpoint, Snapshot, observe
from .store import TrackingRecord

_MILESTONES = (
    "ItemReceived",
    "ItemDispatched",
    "DepartfromAirport",
    "ArrivalfromAbroad",
    "CustomsClearance",
    "DestinationArrived",
)
_MANUAL_SUBSTATUS = {"delivered": "delivered001", "exception": "exception005"}


def observed_at(record: TrackingRecord, now: float) -> float:
    """A tracking switched off by notupdate keeps the state it had at that moment."""
    return min(now, record.frozen_at) if record.frozen_at is not None else now


def snapshot(record: TrackingRecord, now: float) -> Snapshot:
    return observe(record.journey, observed_at(record, now))


def status_of(record: TrackingRecord, snap: Snapshot) -> tuple[str, str | None]:
    if record.manual_status is not None:
        return record.manual_status, _MANUAL_SUBSTATUS.get(record.manual_status)
    return snap.status, snap.substatus


def updated_at(record: TrackingRecord, snap: Snapshot) -> float:
    latest = snap.checkpoints[0].at if snap.checkpoints else 0.0
    return max(record.created_at, record.modified_at, latest)


def _email_text(record: TrackingRecord) -> str | None:
    return ",".join(record.customer_email) if record.customer_email else None


def _order_time(record: TrackingRecord) -> str | None:
    return timefmt.local_minutes(record.order_create_time) if record.order_create_time is not None else None


def created(record: TrackingRecord) -> dict[str, Any]:
    """The answer to a create: a summary; unset order fields come back as the string "null" like the API."""
    fields = record.fields
    summary: dict[str, Any] = {
        "id": record.id,
        "tracking_number": record.tracking_number,
        "carrier_code": record.carrier_code,
        "status": "pending",
        "created_at": timefmt.iso(record.created_at),
        "customer_email": _email_text(record) or "null",
    }
    if not fields and record.order_create_time is None:  # most batch items carry only their key
        summary.update(_BARE_CREATED)
        return summary
    summary.update(
        customer_name=fields.get("customer_name") or "null",
        order_id=fields.get("order_id") or "null",
        title=fields.get("title"),
        order_create_time=_order_time(record),
        comment=fields.get("comment"),
        logistics_channel=fields.get("logistics_channel"),
        destination=fields.get("destination_code"),
    )
    return summary


# The rest of `created` for a tracking without order fields (same keys, same order).
_BARE_CREATED: dict[str, Any] = {
    "customer_name": "null",
    "order_id": "null",
    "title": None,
    "order_create_time": None,
    "comment": None,
    "logistics_channel": None,
    "destination": None,
}


def updated(record: TrackingRecord, now: float) -> dict[str, Any]:
    """The answer to PUT / updatemore: the order data and the current status."""
    snap = snapshot(record, now)
    status, substatus = status_of(record, snap)
    fields = record.fields
    result: dict[str, Any] = {
        "id": record.id,
        "tracking_number": record.tracking_number,
        "carrier_code": record.carrier_code,
        "order_create_time": _order_time(record),
        "status": status,
        "substatus": substatus,
        "created_at": timefmt.iso(record.created_at),
        "updated_at": timefmt.iso(updated_at(record, snap)),
        "customer_name": fields.get("customer_name"),
        "customer_phone": fields.get("customer_phone"),
        "order_id": fields.get("order_id"),
        "comment": fields.get("comment"),
        "title": fields.get("title"),
        "logistics_channel": fields.get("logistics_channel"),
        "destination": fields.get("destination_code"),
        "destination_code": fields.get("destination_code"),
        "archived": record.archived,
    }
    _put_email(result, _email_text(record))
    return result


def _put_email(result: dict[str, Any], value: str | list[str] | None) -> None:
    # The spec's CustomerEmail (anyOf string/array) does not admit null, so no e-mail means no key.
    if value:
        result["customer_email"] = value


def checkpoint(cp: Checkpoint) -> dict[str, Any]:
    item: dict[str, Any] = {
        "Date": cp.local_date,
        "StatusDescription": cp.step.description,
        "Details": cp.details,
        "checkpoint_status": cp.step.status,
        "substatus": cp.step.substatus,
    }
    if cp.step.node:
        item["ItemNode"] = cp.step.node
    return item


def _carrier_info(code: str, cps: list[Checkpoint]) -> dict[str, Any]:
    carrier = carriers.get(code)
    info: dict[str, Any] = dict.fromkeys(_MILESTONES)
    for cp in cps:
        if cp.step.node and info[cp.step.node] is None:
            info[cp.step.node] = cp.local_date
    info.update(
        weblink=carrier.homepage if carrier else None,
        phone=carrier.phone if carrier else None,
        carrier_code=code,
        trackinfo=[checkpoint(cp) for cp in cps],
    )
    return info


def _empty_info() -> dict[str, Any]:
    return dict.fromkeys((*_MILESTONES, "weblink", "phone", "carrier_code", "trackinfo"))


def tracking_from_snapshot(
    snap: Snapshot,
    *,
    tracking_id: str,
    tracking_number: str,
    carrier_code: str,
    status: str,
    substatus: str | None,
) -> dict[str, Any]:
    """The journey part of a full tracking (shared by stored trackings and realtime look-ups)."""
    journey = snap.journey
    cps = list(snap.checkpoints)
    if journey.destination_carrier and journey.destination_carrier != carrier_code:
        # Postal shipments are handed over: the destination post reports the destination leg.
        origin_cps = [cp for cp in cps if cp.step.leg == "origin"]
        dest_cps = [cp for cp in cps if cp.step.leg == "destination"]
        origin_info = _carrier_info(carrier_code, origin_cps)
        destination_info = _carrier_info(journey.destination_carrier, dest_cps) if dest_cps else _empty_info()
    else:
        origin_info = _carrier_info(carrier_code, cps)
        destination_info = _empty_info()
    latest = cps[0] if cps else None
    first = cps[-1] if cps else None
    end = latest.at if latest and status == "delivered" else snap.at
    return {
        "id": tracking_id,
        "tracking_number": tracking_number,
        "carrier_code": carrier_code,
        "status": status,
        "substatus": substatus,
        "original_country": journey.origin.name,
        "destination_country": journey.destination.name,
        "itemTimeLength": int((end - first.at) // DAY) if first else None,
        "stayTimeLength": int((snap.at - latest.at) // DAY) if latest else None,
        "service_code": None,
        "weight": f"{journey.weight_kg}kg",
        "lastEvent": ",".join(p for p in (latest.step.description, latest.details, latest.local_date) if p)
        if latest
        else None,
        "lastUpdateTime": latest.local_date if latest else None,
        "origin_info": origin_info,
        "destination_info": destination_info,
    }


def full(record: TrackingRecord, now: float) -> dict[str, Any]:
    """The tracking as GET, list and realtime show it: order data, status and checkpoints."""
    snap = snapshot(record, now)
    status, substatus = status_of(record, snap)
    result = tracking_from_snapshot(
        snap,
        tracking_id=record.id,
        tracking_number=record.tracking_number,
        carrier_code=record.carrier_code,
        status=status,
        substatus=substatus,
    )
    fields = record.fields
    result.update(
        created_at=timefmt.iso(record.created_at),
        updated_at=timefmt.iso(updated_at(record, snap)),
        order_create_time=_order_time(record),
        customer_name=fields.get("customer_name"),
        customer_phone=fields.get("customer_phone"),
        title=fields.get("title"),
        order_id=fields.get("order_id"),
        comment=fields.get("comment"),
        logistics_channel=fields.get("logistics_channel"),
        destination_code=fields.get("destination_code"),
        archived=record.archived,
        track_update=record.frozen_at is None,
    )
    _put_email(result, list(record.customer_email) if record.customer_email else None)
    return result
