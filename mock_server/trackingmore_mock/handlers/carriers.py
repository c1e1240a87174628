"""Carrier operations: the carrier table and detection from a number's format."""

from __future__ import annotations

from typing import Any

from connexion import request

from .. import carriers, numbers
from ..backend import MockBackend
from ..codes import MockError, envelope


class CarrierHandlers:
    def __init__(self, backend: MockBackend) -> None:
        self.backend = backend

    async def list_carriers(self) -> dict[str, Any]:
        lang = request.headers.get("Lang")
        return envelope([carrier.as_json(lang) for carrier in carriers.table().values()])

    async def detect_carrier(self, body: dict[str, Any]) -> dict[str, Any]:
        found = [carriers.table()[code] for code in numbers.detect(str(body["tracking_number"]))]
        if not found:
            raise MockError(4032)
        return envelope([{"name": c.name, "code": c.code} for c in found])
