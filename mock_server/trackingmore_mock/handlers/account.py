"""Account operations: user info (with the remaining quota) and counts per status."""

from __future__ import annotations

from typing import Any

from .. import render
from ..backend import MockBackend
from ..codes import envelope

STATUSES = ("pending", "notfound", "transit", "pickup", "delivered", "undelivered", "exception", "expired")


class AccountHandlers:
    def __init__(self, backend: MockBackend) -> None:
        self.backend = backend

    async def get_user_info(self) -> dict[str, Any]:
        backend = self.backend
        return envelope(
            {
                "email": backend.options.email,
                "regtime": str(int(backend.registered_at)),
                "phone": "+8612345678910",
                "money": 0,
                "track_number": backend.store.remaining,
            }
        )

    async def get_status_counts(
        self,
        created_at_min: int | None = None,
        created_at_max: int | None = None,
        order_created_time_min: int | None = None,
        order_created_time_max: int | None = None,
    ) -> dict[str, Any]:
        now = self.backend.now()
        created_min, created_max = created_at_min, created_at_max
        order_min, order_max = order_created_time_min, order_created_time_max
        counts = dict.fromkeys(STATUSES, 0)
        for record in self.backend.store.all():
            if created_min is not None and record.created_at < created_min:
                continue
            if record.created_at > (now if created_max is None else created_max):
                continue
            if order_min is not None or order_max is not None:
                ordered = record.order_create_time
                if ordered is None:
                    continue
                if (order_min is not None and ordered < order_min) or (order_max is not None and ordered > order_max):
                    continue
            status = render.status_of(record, render.snapshot(record, now))[0]
            counts[status] = counts.get(status, 0) + 1
        return envelope({**counts, "total": sum(counts.values())})
