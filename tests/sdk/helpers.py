"""Helpers of the SDK tests: canned envelopes and a recorder for sleeps (no test waits for real)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

API_KEY = "sk-test-4b1d-SECRET-9f2e"
BASE_URL = "https://api.trackingmore.test/v2"
MOCK_API_KEY = "sdk-test-key"

Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Sleeps:
    """Records requested delays instead of sleeping (sync and async)."""

    delays: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.delays.append(seconds)


def envelope(code: int = 200, data: Any = None, *, type_: str = "Success", message: str = "Success") -> bytes:
    body = {"meta": {"code": code, "type": type_, "message": message}, "data": [] if data is None else data}
    return json.dumps(body).encode()


def json_response(status: int = 200, body: bytes | None = None, **headers: str) -> httpx.Response:
    return httpx.Response(
        status, content=envelope() if body is None else body, headers={"Content-Type": "application/json", **headers}
    )


TRACKING = {
    "id": "9a1339e7bd6f4d2ba4cbe3e2c4e7e1a0",
    "tracking_number": "RM121546236CN",
    "carrier_code": "china-post",
    "status": "transit",
    "created_at": "2018-04-16T06:30:02+00:00",
    "updated_at": "2018-04-16T06:30:02+00:00",
}
