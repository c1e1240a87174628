"""Where the fake spends a request: cProfile of the app in-process (for the report, not a figure).

Bulk import (benchmark 1) and batch throughput (benchmark 4b) are bound by the server, not by the
client, so their explanation is a server-side profile: the app from ``create_app`` is driven
through ``httpx.ASGITransport`` (no sockets), with single creates and with 40-item batch creates
of fresh numbers, and its time is split by package. The profile starts after a warm-up request
and includes the in-process client (its own row).
"""

from __future__ import annotations

import asyncio
import cProfile
import importlib
import itertools
from typing import Any

import httpx

from .decode import Profile, owner_lookup, summarize

_numbers = itertools.count()
_VALIDATION = "jsonschema / referencing (request validation, called by connexion)"
SERVER_OWNERS: tuple[tuple[str, str], ...] = (
    ("trackingmore_mock/", "the fake's own code (handlers, store, simulator, rendering)"),
    ("connexion/", "connexion (routing, parameter and body validation, security)"),
    ("jsonschema", _VALIDATION),
    ("referencing/", _VALIDATION),
    ("rpds", _VALIDATION),
    ("starlette/", "starlette (ASGI request/response)"),
    ("httpx/", "in-process client side (httpx + ASGITransport)"),
    ("json/", "json (stdlib)"),
    ("asyncio/", "asyncio / anyio event loop"),
    ("anyio/", "asyncio / anyio event loop"),
)


server_owner = owner_lookup(SERVER_OWNERS)


def _items(size: int) -> list[dict[str, str]]:
    return [{"tracking_number": f"SP{next(_numbers):010d}", "carrier_code": "dhl"} for _ in range(size)]


async def _drive(app: Any, requests: int, size: int) -> cProfile.Profile:
    transport = httpx.ASGITransport(app=app)
    headers = {"Trackingmore-Api-Key": "bench-key"}
    profiler = cProfile.Profile()
    async with httpx.AsyncClient(transport=transport, base_url="http://mock/v2", headers=headers) as client:
        for n in range(requests + 1):
            if n == 1:  # the first request builds connexion's caches: not profiled
                profiler.enable()
            if size == 1:
                response = await client.post("/trackings/post", json=_items(1)[0])
            else:
                response = await client.post("/trackings/batch", json=_items(size))
            if response.json()["meta"]["code"] not in (200, 201):
                raise RuntimeError(f"the fake refused a create: {response.text[:300]}")
    profiler.disable()
    return profiler


def run(requests: int = 60) -> dict[str, Profile]:
    """Profiles of ``requests`` single creates and of ``requests`` 40-item batch creates."""
    # Imported by name: `mypy benchmarks` alone sees the editable install, which has no py.typed.
    app: Any = importlib.import_module("trackingmore_mock").create_app(api_key="bench-key", quota=10**9)
    out: dict[str, Profile] = {}
    for name, size in (("single create", 1), ("40-item batch create", 40)):
        profiler = asyncio.run(_drive(app, requests, size))
        out[name] = summarize(profiler, owner=server_owner)
    return out
