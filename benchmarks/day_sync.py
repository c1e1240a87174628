"""Benchmark 6: a day's sync under real conditions -- network latency and TrackingMore's rate limits.

The fake runs in its own process with an emulated one-way latency of 100-200 ms per request
(`--latency 100-200`, i.e. 150 ms ± 50 ms, deterministic under `--seed`) and the real limits
(`--rate-limits`: the spec's `x-rate-limit`, list 1 request/s, realtime 3 requests/s, HTTP 429
beyond them). Each side does the same day's work, with the same concurrency (`concurrency` requests
in flight where calls are independent):

1. import N new trackings (batches of 40);
2. list all of them with their checkpoints (`created_at_min` = the start of this side's import,
   pages of 500, one after another);
3. a realtime look-up of 30 numbers.

Sides: the SDK (async: `asyncio_batch`, `asyncio_iter`, `asyncio` calls; rate limits on, as by
default); raw httpx doing the same requests with the same concurrency, retrying a 429 after its
`Retry-After` as a careful hand-written client would; and PyPI `trackingmore` 0.2 in a thread pool of
the same size, with the same retry (it has no paging: its `get_all_trackings` never sends
`page`/`limit`/filters, so its list phase gets the account's first 100 trackings whatever it asks).

The floor is what the limits and the latency force on any client that never trips a limit:
import: ceil(batches / concurrency) round trips of the mean latency; list: pages spaced by a
window plus the jitter (a request may arrive up to 100 ms later than one sent after it, so a 429-free
schedule spaces windows by 1.1 s), then one round trip; realtime: 30 look-ups, 3 per 1.1 s window,
then one round trip. Server and client CPU are not in the floor. Each side's 429s are counted at the
transport (every attempt); against the real API each one asks for a 120 s pause (the spec's
`backoff_seconds`), which the fake's short `Retry-After` does not impose.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import itertools
import json
import math
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
from trackingmore_mock import create_app
from trackingmore_mock.server import serve_in_subprocess
from trackingmore_v2 import AuthenticatedClient
from trackingmore_v2.api.batch import batch_create_trackings
from trackingmore_v2.api.trackings import get_realtime_tracking, list_trackings
from trackingmore_v2.models import CreateTrackingRequest, RealtimeTrackingRequest

from .bulk_import import load_legacy
from .common import Figure, Sizes, median, say
from .servers import BENCH_API_KEY, BENCH_QUOTA, store_bound_args

LATENCY_MS = (100, 200)
MEAN_LATENCY_S = sum(LATENCY_MS) / 2 / 1000
JITTER_S = (LATENCY_MS[1] - LATENCY_MS[0]) / 1000
BATCH = 40
# Pages of 500: each page's decoding (500 trackings x 30 checkpoints into models) then fits in the
# second the list limit makes the next page wait anyway. With pages of 2000 the last page's
# decoding (15 MB, benchmark 3) is client CPU after the last answer, outside any floor.
PAGE_SIZE = 500
LIST_PER_S, REALTIME_PER_S = 1, 3  # the spec's x-rate-limit (the fake enforces the same values)
BACKOFF_S = 120  # what the real API asks after a 429 (the spec's backoff_seconds)
HEADERS = {"Trackingmore-Api-Key": BENCH_API_KEY}
_runs = itertools.count(1)


def latency_supported() -> bool:
    """The fake's network-latency emulation (`create_app(latency=...)`, `--latency`) is installed."""
    return "latency" in inspect.signature(create_app).parameters


@dataclass
class Outcome:
    phases: dict[str, float] = field(default_factory=dict)
    refused: int = 0  # HTTP 429 answers received (every attempt counted)
    listed: int = 0
    looked_up: int = 0

    @property
    def total(self) -> float:
        return sum(self.phases.values())


@dataclass(frozen=True)
class Floor:
    import_s: float
    list_s: float
    realtime_s: float

    @property
    def total(self) -> float:
        return self.import_s + self.list_s + self.realtime_s

    @classmethod
    def of(cls, trackings: int, lookups: int, concurrency: int) -> Floor:
        rounds = math.ceil(math.ceil(trackings / BATCH) / concurrency)
        pages = max(1, math.ceil(trackings / PAGE_SIZE))
        windows = math.ceil(lookups / REALTIME_PER_S)
        return cls(
            import_s=rounds * MEAN_LATENCY_S,
            list_s=(pages - 1) * (1 / LIST_PER_S + JITTER_S) + MEAN_LATENCY_S,
            realtime_s=(windows - 1) * (1 + JITTER_S) + MEAN_LATENCY_S,
        )


def _items(count: int) -> list[dict[str, str]]:
    run = next(_runs)
    return [{"tracking_number": f"DS{run:03d}{i:07d}", "carrier_code": "dhl"} for i in range(count)]


def _lookups(count: int) -> list[dict[str, str]]:
    run = next(_runs)
    return [{"tracking_number": f"TMTRANSIT{run:03d}{i:04d}", "carrier_code": "ups"} for i in range(count)]


def _new_second() -> int:
    """A unix second after everything created so far: `created_at_min` then selects this side's import."""
    time.sleep(1.05 - time.time() % 1)
    return int(time.time())


class _Counting(httpx.AsyncBaseTransport):
    """Counts the 429 answers of every attempt (under the SDK's rate-limit and retry wrappers)."""

    def __init__(self) -> None:
        self.wrapped = httpx.AsyncHTTPTransport()
        self.refused = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.wrapped.handle_async_request(request)
        if response.status_code == 429:
            self.refused += 1
        return response

    async def aclose(self) -> None:
        await self.wrapped.aclose()


# ------------------------------------------------------------------------------------------ SDK


async def _sdk(base_url: str, trackings: int, lookups: int, concurrency: int) -> Outcome:
    out = Outcome()
    items = [CreateTrackingRequest.from_dict(item) for item in _items(trackings)]
    checks = [RealtimeTrackingRequest.from_dict(item) for item in _lookups(lookups)]
    since = _new_second()
    counting = _Counting()
    options: dict[str, Any] = {"httpx_args": {"transport": counting}}
    async with AuthenticatedClient(base_url=base_url, token=BENCH_API_KEY, **options) as client:
        start = time.perf_counter()
        result = await batch_create_trackings.asyncio_batch(client=client, body=items, max_concurrency=concurrency)
        out.phases["import"] = time.perf_counter() - start
        result.raise_on_failure()
        start = time.perf_counter()
        out.listed = len(
            [t async for t in list_trackings.asyncio_iter(client=client, created_at_min=since, page_size=PAGE_SIZE)]
        )
        out.phases["list"] = time.perf_counter() - start
        gate = asyncio.Semaphore(concurrency)

        async def look_up(body: RealtimeTrackingRequest) -> int:
            async with gate:
                return len((await get_realtime_tracking.asyncio(client=client, body=body)).data.items)

        start = time.perf_counter()
        out.looked_up = sum(await asyncio.gather(*(look_up(body) for body in checks)))
        out.phases["realtime"] = time.perf_counter() - start
    out.refused = counting.refused
    return out


# ------------------------------------------------------------------------------------ raw httpx


async def _raw(base_url: str, trackings: int, lookups: int, concurrency: int) -> Outcome:
    out = Outcome()
    items, checks = _items(trackings), _lookups(lookups)
    since = _new_second()

    async def send(client: httpx.AsyncClient, method: str, url: str, **kwargs: Any) -> Any:
        while True:  # a careful hand-written client: wait Retry-After on a 429, then again
            response = await client.request(method, url, **kwargs)
            if response.status_code != 429:
                return json.loads(response.content)
            out.refused += 1
            await asyncio.sleep(float(response.headers.get("retry-after", "1")))

    async with httpx.AsyncClient(base_url=base_url, headers=HEADERS, timeout=60.0) as client:
        gate = asyncio.Semaphore(concurrency)

        async def batch(chunk: list[dict[str, str]]) -> int:
            async with gate:
                return int((await send(client, "POST", "/trackings/batch", json=chunk))["data"]["added"])

        start = time.perf_counter()
        added = sum(await asyncio.gather(*(batch(items[i : i + BATCH]) for i in range(0, len(items), BATCH))))
        out.phases["import"] = time.perf_counter() - start
        if added != trackings:
            raise RuntimeError(f"raw httpx: the fake added {added} of {trackings} trackings")
        start = time.perf_counter()
        page = 1
        while True:
            params = {"page": page, "limit": PAGE_SIZE, "created_at_min": since}
            data = (await send(client, "GET", "/trackings/get", params=params))["data"]
            out.listed += len(data["items"])
            if out.listed >= data["total"] or not data["items"]:
                break
            page += 1
        out.phases["list"] = time.perf_counter() - start

        async def look_up(body: dict[str, str]) -> int:
            async with gate:
                return len((await send(client, "POST", "/trackings/realtime", json=body))["data"]["items"])

        start = time.perf_counter()
        out.looked_up = sum(await asyncio.gather(*(look_up(body) for body in checks)))
        out.phases["realtime"] = time.perf_counter() - start
    return out


# ------------------------------------------------------------------------------ trackingmore 0.2


def _legacy(legacy: Any, base_url: str, trackings: int, lookups: int, concurrency: int) -> Outcome:
    out = Outcome()
    vars(legacy)["BASE_URL"] = base_url
    legacy.set_api_key(BENCH_API_KEY)
    items, checks = _items(trackings), _lookups(lookups)
    _new_second()

    def retrying(call: Callable[[], Any]) -> Any:
        while True:
            try:
                return call()
            except Exception as error:  # requests.HTTPError from its raise_for_status()
                response = getattr(error, "response", None)
                if response is None or response.status_code != 429:
                    raise
                out.refused += 1
                time.sleep(float(response.headers.get("retry-after", "1")))

    with ThreadPoolExecutor(concurrency) as pool:
        start = time.perf_counter()
        chunks = [items[i : i + BATCH] for i in range(0, len(items), BATCH)]
        added = sum(
            int(r["added"]) for r in pool.map(lambda c: retrying(lambda: legacy.create_tracking_items_batch(c)), chunks)
        )
        out.phases["import"] = time.perf_counter() - start
        if added != trackings:
            raise RuntimeError(f"trackingmore 0.2: the fake added {added} of {trackings} trackings")
        start = time.perf_counter()

        def list_page(page: int) -> Any:
            return legacy.get_all_trackings(limit=PAGE_SIZE, page=page)

        for page in range(1, max(1, math.ceil(trackings / PAGE_SIZE)) + 1):
            answer = retrying(functools.partial(list_page, page))
            out.listed += len(answer["data"]["items"])  # the first 100 of the account, every time
        out.phases["list"] = time.perf_counter() - start
        start = time.perf_counter()
        data = legacy.create_tracking_data
        answers = pool.map(
            lambda c: retrying(lambda: legacy.realtime_tracking(data(c["carrier_code"], c["tracking_number"]))), checks
        )
        out.looked_up = sum(len(a["items"]) for a in answers)
        out.phases["realtime"] = time.perf_counter() - start
    return out


# ------------------------------------------------------------------------------------------- run


def run(sizes: Sizes) -> tuple[list[Figure], dict[str, Any]]:
    if not latency_supported():
        say("  the fake has no network-latency emulation (create_app(latency=...), --latency): benchmark 6 skipped")
        return [], {"skipped": "the fake has no --latency"}
    n, lookups, conc = sizes.sync_trackings, sizes.sync_lookups, sizes.concurrency
    floor = Floor.of(n, lookups, conc)
    legacy = load_legacy()
    sides: dict[str, Callable[[str], Outcome]] = {
        "sdk": lambda url: asyncio.run(_sdk(url, n, lookups, conc)),
        "raw": lambda url: asyncio.run(_raw(url, n, lookups, conc)),
    }
    if legacy is not None:
        sides["legacy"] = lambda url: _legacy(legacy, url, n, lookups, conc)
    results: dict[str, list[Outcome]] = {name: [] for name in sides}
    low, high = LATENCY_MS
    argv = [
        "--quota",
        str(BENCH_QUOTA),
        *store_bound_args(),
        "--rate-limits",
        "--latency",
        f"{low}-{high}",
        "--seed",
        "6",
    ]
    with serve_in_subprocess(*argv, api_key=BENCH_API_KEY) as served:
        for r in range(sizes.sync_rounds):
            order = list(sides) if r % 2 == 0 else list(sides)[::-1]
            for name in order:
                outcome = sides[name](served.base_url)
                results[name].append(outcome)
                phases = ", ".join(f"{k} {v:.2f} s" for k, v in outcome.phases.items())
                say(
                    f"    round {r + 1} {name}: {outcome.total:.2f} s ({phases}); 429s {outcome.refused}; "
                    f"listed {outcome.listed}/{n}, looked up {outcome.looked_up}/{lookups}"
                )
    for outcome in results["sdk"]:
        if outcome.listed != n or outcome.looked_up != lookups:
            raise RuntimeError(f"SDK: listed {outcome.listed} of {n}, looked up {outcome.looked_up} of {lookups}")
    return _figures(results, floor, sizes), {
        "floor": vars(floor) | {"total": floor.total},
        "sides": {name: [vars(o) | {"total": o.total} for o in runs] for name, runs in results.items()},
    }


_LABELS = {"sdk": "SDK", "raw": "raw httpx, same calls and concurrency", "legacy": "trackingmore 0.2, same concurrency"}


def _figures(results: dict[str, list[Outcome]], floor: Floor, sizes: Sizes) -> list[Figure]:
    n, lookups = sizes.sync_trackings, sizes.sync_lookups
    work = f"import {n:,}, list them, {lookups} realtime look-ups"
    figures: list[Figure] = []
    for name, runs in results.items():
        totals = [o.total for o in runs]
        ratios = [t / floor.total for t in totals]
        refused = [float(o.refused) for o in runs]
        sdk = name == "sdk"
        incomplete = [o for o in runs if o.listed != n or o.looked_up != lookups]
        note = f"{_LABELS[name]}: 429s per run {[int(x) for x in refused]}"
        if incomplete:
            note += f"; incomplete work: listed {incomplete[0].listed} of {n}, looked up {incomplete[0].looked_up}"
        worst = max(refused, default=0.0)
        if worst and not sdk:
            note += f"; against the real API each 429 asks for a {BACKOFF_S} s pause"
        figures.append(
            Figure(
                bench="6" if sdk else "6'",
                name=f"a day's sync ({work}), {_LABELS[name]}, vs the floor",
                unit="s",
                ours=median(totals),
                reference=floor.total,
                reference_name="floor (limits + 150±50 ms latency)",
                ratio=median(ratios),
                ratio_kind="x the floor",
                target_op="<=" if sdk else "",
                target=1.10 if sdk else None,
                ours_spread=(min(totals), max(totals)) if len(totals) > 1 else None,
                ratio_spread=(min(ratios), max(ratios)) if len(ratios) > 1 else None,
                note=note,
                samples={"ours": totals, "ratio": ratios},
            )
        )
        figures.append(
            Figure(
                bench="6" if sdk else "6'",
                name=f"  HTTP 429 answers, {_LABELS[name]}",
                unit="",
                ours=median(refused),
                ratio=worst,
                ratio_kind=" (most in a run)",
                target_op="<=" if sdk else "",
                target=0 if sdk else None,
                samples={"ours": refused},
            )
        )
        for phase, floor_s in (("import", floor.import_s), ("list", floor.list_s), ("realtime", floor.realtime_s)):
            values = [o.phases[phase] for o in runs]
            figures.append(
                Figure(
                    bench="6" if sdk else "6'",
                    name=f"  {phase} phase, {_LABELS[name]}",
                    unit="s",
                    ours=median(values),
                    reference=floor_s,
                    reference_name="floor",
                    ratio=median(values) / floor_s,
                    ratio_kind="x the floor",
                    samples={"ours": values},
                )
            )
    return figures
