"""Tracking creation and update rules shared by the single and the batch operations."""

from __future__ import annotations

from typing import Any

from .. import carriers, numbers, timefmt
from ..backend import MockBackend
from ..codes import MockError
from ..store import TrackingRecord

# Optional create fields the mock keeps and shows back.
KEPT_FIELDS = (
    "title",
    "logistics_channel",
    "customer_name",
    "customer_phone",
    "order_id",
    "comment",
    "destination_code",
    "lang",
    "tracking_ship_date",
    "tracking_postal_code",
    "tracking_account_number",
    "tracking_destination_country",
    "specialNumberDestination",
)
_KEPT = frozenset(KEPT_FIELDS)
UPDATABLE_FIELDS = (
    "title",
    "logistics_channel",
    "customer_name",
    "customer_phone",
    "order_id",
    "destination_code",
)
# PUT / updatemore `status`: 4 delivered, 7 exception, 8 back to the computed status.
STATUS_CODES: dict[int, str | None] = {4: "delivered", 7: "exception", 8: None}


def status_code(value: Any) -> int | None:
    """The PUT / updatemore status as its number: 7, or "7" as official examples send it (tolerated)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value in ("4", "7", "8"):
        return int(value)
    return None


def key_of(item: dict[str, Any]) -> tuple[str, str]:
    number = str(item.get("tracking_number") or "")
    carrier = str(item.get("carrier_code") or "")
    if not number:
        raise MockError(4013)
    if not numbers.is_valid_tracking_number(number):
        raise MockError(4014)
    if carriers.get(carrier) is None:
        raise MockError(4015)
    return carrier, number


def emails(value: Any) -> list[str] | None:
    if value is None or value == "":
        return None
    if isinstance(value, list):
        return [str(v) for v in value if str(v)] or None
    return [part.strip() for part in str(value).split(",") if part.strip()] or None


def order_time(item: dict[str, Any]) -> float | None:
    value = item.get("order_create_time")
    if value is None or value == "":
        return None
    parsed = timefmt.parse_order_time(str(value))
    if parsed is None:
        raise MockError(4012, "The value of order_create_time is invalid.")
    return parsed


def create(backend: MockBackend, item: dict[str, Any]) -> TrackingRecord:
    """Validate and add one tracking (4013/4014/4015/4012, then 4016/4021 from the store)."""
    key = key_of(item)
    ordered = order_time(item)
    mails = emails(item.get("customer_email"))
    now = backend.now()
    # Most items carry only the key: skip the scan of the optional fields then.
    kept = not _KEPT.isdisjoint(item)
    fields = {name: item[name] for name in KEPT_FIELDS if item.get(name) not in (None, "")} if kept else {}
    if "destination_code" in fields:
        fields["destination_code"] = str(fields["destination_code"]).upper()
    if "tracking_ship_date" in fields:  # tolerated: unix seconds; kept as the canonical YYYYMMDD
        shipped = timefmt.ship_date(fields["tracking_ship_date"])
        if shipped is None:
            raise MockError(4012, "The value of tracking_ship_date is invalid.")
        fields["tracking_ship_date"] = shipped

    def build(tracking_id: str, seq: int) -> TrackingRecord:
        return TrackingRecord(
            id=tracking_id,
            tracking_number=key[1],
            carrier_code=key[0],
            created_at=now,
            seq=seq,
            seed=backend.seed,
            modified_at=now,
            fields=fields,
            customer_email=mails,
            order_create_time=ordered,
        )

    return backend.store.create(key, build)


def update(backend: MockBackend, key: tuple[str, str], changes: dict[str, Any]) -> TrackingRecord:
    """Apply only the given fields; 4033 for a status other than 4/7/8, 4017 if the tracking is missing."""
    status_given = "status" in changes and changes["status"] is not None
    status = status_code(changes["status"]) if status_given else None
    if status_given and status not in STATUS_CODES:
        raise MockError(4033)
    manual = STATUS_CODES[status] if status is not None else None
    now = backend.now()

    def apply(record: TrackingRecord) -> None:
        for name in UPDATABLE_FIELDS:
            if name in changes and changes[name] is not None:
                value = changes[name]
                record.fields[name] = value.upper() if name == "destination_code" else value
        if "customer_email" in changes and changes["customer_email"] is not None:
            record.customer_email = emails(changes["customer_email"])
        if changes.get("archived") in ("true", "false"):
            record.archived = changes["archived"] == "true"
        if status is not None:
            record.manual_status = manual
        record.modified_at = now

    return backend.store.update(key, apply)
