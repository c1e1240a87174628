"""Account operations: user info (with the remaining quota) and counts per status."""

from __future__ import annotations

from typing import Any

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
        created_max = now if created_at_max is None else created_at_max
        found = self.backend.store.status_counts(
            now, created_at_min, created_max, order_created_time_min, order_created_time_max
        )
        counts = {status: found.get(status, 0) for status in STATUSES}
        return envelope({**counts, "total": sum(counts.values())})
