"""Single-tracking operations: create, get, update, delete, list, realtime and change carrier."""

from __future__ import annotations

from typing import Any

from .. import render, simulator
from ..backend import MockBackend
from ..codes import MockError, envelope
from ..store import TrackingRecord
from . import common


class TrackingHandlers:
    def __init__(self, backend: MockBackend) -> None:
        self.backend = backend

    def _require_credit(self) -> None:
        # An account without credit is refused reads as well (TrackingMore answers 4021 everywhere).
        if self.backend.store.remaining <= 0:
            raise MockError(4021)

    async def create_tracking(self, body: dict[str, Any]) -> dict[str, Any]:
        record = common.create(self.backend, body)
        return envelope(render.created(record))

    async def get_tracking(self, carrier_code: str, tracking_number: str) -> dict[str, Any]:
        self._require_credit()
        record = self.backend.store.get((carrier_code, tracking_number))
        if record is None:
            raise MockError(4031)
        return envelope(render.full(record, self.backend.now()))

    async def get_tracking_in_language(self, carrier_code: str, tracking_number: str, lang: str) -> dict[str, Any]:
        # Checkpoint texts of the simulator exist in English only; `lang` is accepted and ignored.
        return await self.get_tracking(carrier_code, tracking_number)

    async def update_tracking(self, carrier_code: str, tracking_number: str, body: dict[str, Any]) -> dict[str, Any]:
        record = common.update(self.backend, (carrier_code, tracking_number), body)
        return envelope(render.updated(record, self.backend.now()))

    async def delete_tracking(self, carrier_code: str, tracking_number: str) -> dict[str, Any]:
        self.backend.store.delete((carrier_code, tracking_number))
        return envelope([])

    async def list_trackings(
        self,
        page: int = 1,
        limit: int = 100,
        status: str | None = None,
        created_at_min: int | None = None,
        created_at_max: int | None = None,
        update_time_min: int | None = None,
        update_time_max: int | None = None,
        order_created_time_min: int | None = None,
        order_created_time_max: int | None = None,
        lang: str | None = None,
        numbers: str | None = None,
        orders: str | None = None,
        archived: str | None = None,
    ) -> dict[str, Any]:
        # Named parameters (not **kwargs): connexion then drops unknown query parameters quietly.
        query = {
            "status": status,
            "created_at_min": created_at_min,
            "created_at_max": created_at_max,
            "update_time_min": update_time_min,
            "update_time_max": update_time_max,
            "order_created_time_min": order_created_time_min,
            "order_created_time_max": order_created_time_max,
            "numbers": numbers,
            "orders": orders,
            "archived": archived,
        }
        self._require_credit()
        now = self.backend.now()
        matches = [view for view in self._views(now) if _matches(view, query, now)]
        start = (page - 1) * limit
        items = [render.full(view.record, now) for view in matches[start : start + limit]]
        return envelope({"page": page, "limit": limit, "total": len(matches), "items": items})

    def _views(self, now: float) -> list[_View]:
        return [_View(record, now) for record in self.backend.store.all()]

    async def get_realtime_tracking(self, body: dict[str, Any]) -> dict[str, Any]:
        key = common.key_of(body)
        self.backend.store.charge(1)
        now = self.backend.now()
        record = self.backend.store.get(key)
        if record is not None:
            return envelope({"items": [render.full(record, now)]})
        snap = simulator.observe(self.backend.realtime_journey(key), now)
        item = render.tracking_from_snapshot(
            snap,
            tracking_id=self.backend.store.make_id(key, 0),
            tracking_number=key[1],
            carrier_code=key[0],
            status=snap.status,
            substatus=snap.substatus,
        )
        return envelope({"items": [item]})

    async def change_carrier(self, body: dict[str, Any]) -> dict[str, Any]:
        old = common.key_of(body)
        new = common.key_of({"tracking_number": old[1], "carrier_code": body.get("update_carrier_code")})

        def rebuild(record: TrackingRecord) -> TrackingRecord:
            # Another carrier means other tracking results: the journey is re-planned for it.
            record.carrier_code = new[0]
            record.modified_at = self.backend.now()
            return record

        self.backend.store.move(old, new, rebuild)
        return envelope({"Usertag": ""})


class _View:
    """A tracking with its status and update time at `now`, computed once for filtering."""

    def __init__(self, record: TrackingRecord, now: float) -> None:
        self.record = record
        snap = render.snapshot(record, now)
        self.status = render.status_of(record, snap)[0]
        self.updated_at = render.updated_at(record, snap)


def _within(value: float | None, low: Any, high: Any) -> bool:
    if low is None and high is None:
        return True
    if value is None:
        return False
    # The API's times have one-second resolution: a tracking created at 12.7 s is "at 12",
    # so the default upper bound `now` (also 12.x) includes it.
    seconds = int(value)
    return (low is None or seconds >= int(low)) and (high is None or seconds <= int(high))


def _matches(view: _View, query: dict[str, Any], now: float) -> bool:
    record = view.record
    status = query.get("status")
    if status and view.status != status:
        return False
    created_max = query.get("created_at_max")
    if not _within(record.created_at, query.get("created_at_min"), now if created_max is None else created_max):
        return False
    if not _within(view.updated_at, query.get("update_time_min"), query.get("update_time_max")):
        return False
    if not _within(record.order_create_time, query.get("order_created_time_min"), query.get("order_created_time_max")):
        return False
    numbers = query.get("numbers")
    if numbers and record.tracking_number not in {n.strip() for n in str(numbers).split(",")}:
        return False
    orders = query.get("orders")
    if orders and record.fields.get("order_id") not in {o.strip() for o in str(orders).split(",")}:
        return False
    archived = query.get("archived")
    return archived is None or record.archived == (archived == "true")
