"""Benchmark 1: import N trackings into the fake, served by uvicorn in another process.

Sides, alternated round by round against the same server:

* ours: the SDK's async batching (``batch_create_trackings.asyncio_batch``: chunks of 40,
  ``concurrency`` requests in flight, per-chunk results parsed into models and merged);
* raw httpx: the same chunks of 40 with the same concurrency (asyncio.Semaphore), ``json.loads`` of
  each answer and nothing else - the floor for this work in Python;
* trackingmore 0.2 (PyPI): ``create_tracking_item`` once per tracking, as its README shows, with its
  module-level ``BASE_URL`` pointed at the fake. It is sequential and opens a connection per call
  (module-level ``requests.post``), so it is timed on a subset and its per-tracking time
  extrapolated to N;
* (for context, no target) trackingmore 0.2's own ``create_tracking_items_batch``, 40 per call,
  one call after another, also on a subset and extrapolated.

Every tracking number is new (a per-run prefix), so every side really creates what it sends; each
run checks that the server added exactly what was sent.
"""

from __future__ import annotations

import asyncio
import cProfile
import importlib
import itertools
import json
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
from trackingmore_v2 import AuthenticatedClient
from trackingmore_v2.api.batch import batch_create_trackings
from trackingmore_v2.models.batch_create_envelope import BatchCreateEnvelope
from trackingmore_v2.models.create_tracking_request import CreateTrackingRequest

from .common import Figure, Sizes, alternate, median, paired_figure, say
from .decode import Profile, summarize
from .mock_throughput import cpu_seconds
from .servers import BENCH_API_KEY, SERVER_PIDS, mock_server

BATCH = 40
CARRIERS = ("dhl", "ups", "fedex", "usps", "china-post")
_run_ids = itertools.count(1)
# CPU seconds of each timed run (scaled to the full import for the sides timed on a subset), by
# side: the client process's and the server process's, to show whose work the wall time is.
client_cpu: dict[str, list[float]] = {}
server_cpu: dict[str, list[float]] = {}

Item = dict[str, str]


def make_items(count: int) -> list[Item]:
    """``count`` trackings nobody created before in this server (a fresh prefix per call)."""
    run = next(_run_ids)
    return [
        {
            "tracking_number": f"BI{run:04d}{i:07d}",
            "carrier_code": CARRIERS[i % len(CARRIERS)],
            "title": f"Order {run}-{i}",
            "order_id": f"#{run}{i:07d}",
        }
        for i in range(count)
    ]


def chunks(items: list[Item], size: int = BATCH) -> list[list[Item]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def _check(side: str, added: int, expected: int) -> None:
    if added != expected:
        raise RuntimeError(f"{side}: the server added {added} trackings of {expected}; the run is not valid")


# ----------------------------------------------------------------------------------------- sides


async def _sdk_import(base_url: str, models: list[CreateTrackingRequest], concurrency: int) -> tuple[float, int]:
    start, cpu = time.perf_counter(), time.process_time()
    async with AuthenticatedClient(base_url=base_url, token=BENCH_API_KEY) as client:
        result = await batch_create_trackings.asyncio_batch(client=client, body=models, max_concurrency=concurrency)
    elapsed = time.perf_counter() - start
    client_cpu.setdefault("sdk", []).append(time.process_time() - cpu)
    result.raise_on_failure()
    return elapsed, result.data.added if result.data is not None else 0


def sdk_side(base_url: str, count: int, concurrency: int) -> float:
    items = make_items(count)
    models = [CreateTrackingRequest.from_dict(item) for item in items]  # built before the clock starts
    elapsed, added = asyncio.run(_sdk_import(base_url, models, concurrency))
    _check("SDK", added, count)
    return elapsed


async def _raw_import(base_url: str, items: list[Item], concurrency: int, *, models: bool = False) -> tuple[float, int]:
    """Raw httpx; with ``models``, each answer is also parsed into the generated models (no SDK runtime)."""
    limiter = asyncio.Semaphore(concurrency)
    added = 0

    async def send(client: httpx.AsyncClient, chunk: list[Item]) -> None:
        nonlocal added
        async with limiter:
            response = await client.post("/trackings/batch", json=chunk)
        document: dict[str, Any] = json.loads(response.content)
        if models:
            added += BatchCreateEnvelope.from_dict(document).data.added
        else:
            added += int(document["data"]["added"])

    start, cpu = time.perf_counter(), time.process_time()
    headers = {"Trackingmore-Api-Key": BENCH_API_KEY}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=30.0) as client:
        await asyncio.gather(*(send(client, chunk) for chunk in chunks(items)))
    client_cpu.setdefault("raw_models" if models else "raw", []).append(time.process_time() - cpu)
    return time.perf_counter() - start, added


def raw_side(base_url: str, count: int, concurrency: int, *, models: bool = False) -> float:
    items = make_items(count)
    elapsed, added = asyncio.run(_raw_import(base_url, items, concurrency, models=models))
    _check("raw httpx", added, count)
    return elapsed


def load_legacy() -> ModuleType | None:
    """trackingmore 0.2's module, or None when the benchmark requirements are not installed."""
    try:
        return importlib.import_module("trackingmore.trackingmore")
    except ImportError:
        return None


def _legacy_setup(legacy: ModuleType, base_url: str) -> None:
    vars(legacy)["BASE_URL"] = base_url  # its only way to choose a server: the module-level constant
    legacy.set_api_key(BENCH_API_KEY)


def legacy_one_by_one_side(legacy: ModuleType, base_url: str, subset: int, total: int) -> float:
    """Seconds trackingmore 0.2 would take for ``total`` trackings, timed on ``subset`` of them."""
    _legacy_setup(legacy, base_url)
    items = make_items(subset)
    data = [
        legacy.create_tracking_data(i["carrier_code"], i["tracking_number"], title=i["title"], order_id=i["order_id"])
        for i in items
    ]
    start, cpu = time.perf_counter(), time.process_time()
    for tracking in data:
        legacy.create_tracking_item(tracking)  # raises TrackingMoreAPIException on any error
    elapsed = time.perf_counter() - start
    client_cpu.setdefault("legacy", []).append((time.process_time() - cpu) / subset * total)
    return elapsed / subset * total


def legacy_batch_side(legacy: ModuleType, base_url: str, subset: int, total: int) -> float:
    _legacy_setup(legacy, base_url)
    items = make_items(subset)
    start = time.perf_counter()
    added = 0
    for chunk in chunks(items):
        added += int(legacy.create_tracking_items_batch(chunk)["added"])
    elapsed = time.perf_counter() - start
    _check("trackingmore 0.2 batch", added, subset)
    return elapsed / subset * total


# ------------------------------------------------------------------------------------------- run


def _per_tracking(results: dict[str, list[float]], n: int) -> str:
    """Wall, client CPU and server CPU per tracking (medians, microseconds) for each measured side."""
    labels = {"sdk": "SDK", "raw": "raw httpx", "raw_models": "raw httpx + models", "legacy": "trackingmore 0.2"}
    parts = []
    for key, label in labels.items():
        if key not in results:
            continue
        wall = median(results[key]) / n * 1e6
        client = median(client_cpu[key]) / n * 1e6 if client_cpu.get(key) else float("nan")
        server = median(server_cpu[key]) / n * 1e6 if server_cpu.get(key) else float("nan")
        parts.append(f"{label} {wall:,.0f} us wall = {client:,.0f} us client CPU + {server:,.0f} us server CPU")
    return "Per tracking (medians): " + "; ".join(parts) + " (2 cores: CPU can overlap, waits add)."


def profile_sdk_import(base_url: str, count: int, concurrency: int) -> Profile:
    """cProfile of the client side of one SDK import (what the SDK adds over raw httpx)."""
    models = [CreateTrackingRequest.from_dict(item) for item in make_items(count)]
    profiler = cProfile.Profile()
    profiler.enable()
    asyncio.run(_sdk_import(base_url, models, concurrency))
    profiler.disable()
    client_cpu["sdk"].pop()  # not a benchmark run
    return summarize(profiler)


def run(sizes: Sizes) -> tuple[list[Figure], Profile]:
    n, conc = sizes.bulk_total, sizes.concurrency
    legacy = load_legacy()
    if legacy is None:
        say("  trackingmore 0.2 is not installed (pip install -r benchmarks/requirements.txt): its rows are skipped")
    figures: list[Figure] = []
    client_cpu.clear()
    server_cpu.clear()
    with mock_server() as base_url:
        pid = SERVER_PIDS[base_url]
        legacy_subset = min(sizes.legacy_subset, n)
        batch_subset = min(n, max(BATCH, sizes.legacy_subset * 4 // BATCH * BATCH))

        def side(name: str, fn: Callable[[], float], scale: float = 1.0) -> Callable[[], float]:
            def measured() -> float:
                before = cpu_seconds(pid)
                value = fn()
                after = cpu_seconds(pid)
                if before is not None and after is not None:
                    server_cpu.setdefault(name, []).append((after - before) * scale)
                return value

            return measured

        sides: dict[str, Callable[[], float]] = {
            "sdk": side("sdk", lambda: sdk_side(base_url, n, conc)),
            "raw": side("raw", lambda: raw_side(base_url, n, conc)),
            "raw_models": side("raw_models", lambda: raw_side(base_url, n, conc, models=True)),
        }
        if legacy is not None:
            sides["legacy"] = side(
                "legacy", lambda: legacy_one_by_one_side(legacy, base_url, legacy_subset, n), n / legacy_subset
            )
            sides["legacy_batch"] = lambda: legacy_batch_side(legacy, base_url, batch_subset, n)
        say(f"  bulk import of {n:,} trackings, concurrency {conc}, {sizes.bulk_rounds} rounds (+1 warm-up)")
        results = alternate(sides, rounds=sizes.bulk_rounds, warmup=1, log=say)
        prof = profile_sdk_import(base_url, min(n, 4000), conc)
    per_1000 = 1000 / n
    name = f"bulk import {n:,} trackings"
    if legacy is not None:
        figures.append(
            paired_figure(
                bench="1a",
                name=f"{name}: SDK batching vs trackingmore 0.2, one call each",
                unit="s",
                ours=results["sdk"],
                reference=results["legacy"],
                reference_name="trackingmore 0.2",
                ratio_of=lambda ours, ref: ref / ours,
                ratio_kind="x faster",
                target_op=">=",
                target=30,
                note=(
                    f"trackingmore 0.2 timed on {legacy_subset} trackings per round and extrapolated to "
                    f"{n:,} (per-tracking time x {n:,}); it is sequential, one new connection per call. "
                    f"SDK: {BATCH} per call, {conc} in flight. {_per_tracking(results, n)}"
                ),
            )
        )
        figures.append(
            paired_figure(
                bench="1a'",
                name="  same, the floor: raw httpx batching vs trackingmore 0.2 (context: best any client gets here)",
                unit="s",
                ours=results["raw"],
                reference=results["legacy"],
                reference_name="trackingmore 0.2",
                ratio_of=lambda ours, ref: ref / ours,
                ratio_kind="x faster",
                note="raw httpx sends the SDK's batches with the same concurrency and parses nothing into models",
            )
        )
    figures.append(
        paired_figure(
            bench="1b",
            name=f"{name}: SDK batching vs raw httpx, same batches and concurrency",
            unit="s",
            ours=results["sdk"],
            reference=results["raw"],
            reference_name="raw httpx",
            ratio_of=lambda ours, ref: ours / ref,
            ratio_kind="x the time",
            target_op="<=",
            target=1.15,
            note=(
                f"{BATCH} per call, {conc} in flight, both. Per 1,000 trackings: "
                f"SDK {median(results['sdk']) * per_1000 * 1e3:.0f} ms, "
                f"raw {median(results['raw']) * per_1000 * 1e3:.0f} ms."
            ),
        )
    )
    figures.append(
        paired_figure(
            bench="1b'",
            name="  same, SDK vs raw httpx + generated models (context: the SDK runtime's own share)",
            unit="s",
            ours=results["sdk"],
            reference=results["raw_models"],
            reference_name="raw httpx + models",
            ratio_of=lambda ours, ref: ours / ref,
            ratio_kind="x the time",
            note=(
                "raw httpx that also parses each answer into BatchCreateEnvelope (40 Tracking models): "
                "the SDK minus its runtime (batching, retries, envelope check) and endpoint template"
            ),
        )
    )
    if legacy is not None:
        figures.append(
            paired_figure(
                bench="1c",
                name=f"{name}: SDK batching vs trackingmore 0.2's own batch call (context)",
                unit="s",
                ours=results["sdk"],
                reference=results["legacy_batch"],
                reference_name="trackingmore 0.2 batch",
                ratio_of=lambda ours, ref: ref / ours,
                ratio_kind="x faster",
                note=(
                    f"create_tracking_items_batch, {BATCH} per call, sequential; timed on {batch_subset} "
                    f"trackings per round and extrapolated to {n:,}. No target: the issue compares one call each."
                ),
            )
        )
    return figures, prof
