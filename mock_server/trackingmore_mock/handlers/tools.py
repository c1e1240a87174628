"""Tool operations: remote areas, transit times and air cargo."""

from __future__ import annotations

from typing import Any

from .. import spec, tools
from ..backend import MockBackend
from ..codes import MockError, envelope

AWB_CREDITS = spec.credits(spec.default_document(), "trackAirCargo")  # per air waybill (x-credits)


class ToolHandlers:
    def __init__(self, backend: MockBackend) -> None:
        self.backend = backend

    async def check_remote_areas(self, body: list[dict[str, Any]]) -> dict[str, Any]:
        return envelope(tools.remote_areas(body, self.backend.seed), message="The request was successful.")

    async def get_transit_times(self, body: list[dict[str, Any]]) -> dict[str, Any]:
        return envelope(tools.transit_times(body, self.backend.seed))

    async def track_air_cargo(self, body: dict[str, Any]) -> dict[str, Any]:
        raw = body["track_number"]
        awbs = [str(v) for v in raw] if isinstance(raw, list) else [str(raw)]
        if not awbs:
            raise MockError(4014)
        backend = self.backend
        result = tools.air_cargo(awbs, backend.now(), backend.seed, backend.started_at)  # validates first
        self.backend.store.charge(AWB_CREDITS * len(result))
        return envelope(result)
