"""Single-tracking operations: create, get, update, delete, list, realtime and change carrier."""

from __future__ import annotations

from typing import Any

from .. import render, simulator, spec
from ..backend import MockBackend
from ..codes import MockError, envelope
from ..selection import ListFilters
from ..store import TrackingRecord
from . import common

REALTIME_CREDITS = spec.credits(spec.default_document(), "getRealtimeTracking")  # per call (x-credits)


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
        start = (page - 1) * limit
        store = self.backend.store
        created_max = now if created_at_max is None else created_at_max
        only_paging = all(value is None for name, value in query.items() if name != "created_at_max")
        if only_paging and store.all_created_by(int(created_max)):
            # Every tracking matches: a page costs the page, not the store.
            total, page_records = len(store), store.page(start, limit)
        else:
            filters = ListFilters(
                created_max=created_max,
                status=status or None,
                created_min=created_at_min,
                update_min=update_time_min,
                update_max=update_time_max,
                order_min=order_created_time_min,
                order_max=order_created_time_max,
                numbers=frozenset(_comma_list(numbers)) if numbers else None,
                orders=frozenset(_comma_list(orders)) if orders else None,
                archived=archived,
            )
            total, page_records = store.select(filters, now, start, limit)
        items = [render.full(record, now) for record in page_records]
        return envelope({"page": page, "limit": limit, "total": total, "items": items})

    async def list_trackings_with_body(self, body: dict[str, Any]) -> dict[str, Any]:
        """POST /trackings/get, the filters in a JSON body (tolerated: TrackingMore's 2020 PHP SDK)."""
        known = {name: body[name] for name in _LIST_FILTERS if body.get(name) is not None}
        return await self.list_trackings(**known)

    async def get_realtime_tracking(self, body: dict[str, Any]) -> dict[str, Any]:
        key = common.key_of(body)
        self.backend.store.charge(REALTIME_CREDITS)
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


_LIST_FILTERS = (
    "page",
    "limit",
    "status",
    "created_at_min",
    "created_at_max",
    "update_time_min",
    "update_time_max",
    "order_created_time_min",
    "order_created_time_max",
    "lang",
    "numbers",
    "orders",
    "archived",
)


def _comma_list(text: str) -> set[str]:
    return {part.strip() for part in str(text).split(",")}
