"""Benchmark 4: requests per second and latency of the served fake against Stoplight Prism.

Both serve ``openapi/trackingmore-v2.yaml`` on loopback, each in its own process (the fake with
uvicorn, one worker; Prism in static-example mode), with per-request logging off on both. The load
generator is autocannon (Node, ``benchmarks/loadgen.mjs``), a third process, the same for both:
``connections`` keep-alive connections for ``duration`` seconds after a warm-up. Rounds alternate
which server goes first.

* single GET: ``GET /trackings/china-post/RR123456789CN`` (created on the fake first: it answers
  from its store and simulates the shipment; Prism answers its example);
* 40-item batch create: every request carries 40 tracking numbers never sent before, so the fake
  validates and creates 40 trackings per request (checked afterwards against its account quota);
  Prism validates the body and returns its example.

On a 2-core machine the server and the load generator share the CPU.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from .common import REPO, Figure, Sizes, median, paired_figure, say, spread
from .mock_throughput import cpu_seconds
from .servers import AUTOCANNON_DIR, BENCH_API_KEY, SERVER_PIDS, mock_server, prism_available, prism_server

LOADGEN = REPO / "benchmarks" / "loadgen.mjs"
GET_CARRIER, GET_NUMBER = "china-post", "RR123456789CN"
BATCH = 40
HEADERS = {"Trackingmore-Api-Key": BENCH_API_KEY, "Content-Type": "application/json"}


@dataclass
class Load:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    failures: int  # connection errors, timeouts and non-2xx answers
    batch_requests_sent: int
    server_cpu_s: float | None  # CPU seconds the server process used during the measured run
    warmup_requests: int = 0  # answered and sent during the warm-up (they create trackings too)
    warmup_sent: int = 0

    @property
    def per_cpu_second(self) -> float | None:
        """Requests per server CPU-second: the server's efficiency, whatever else shares the CPU."""
        return self.requests / self.server_cpu_s if self.server_cpu_s else None


def loadgen_available() -> bool:
    return AUTOCANNON_DIR.exists() and shutil.which("node") is not None


def _autocannon(config: dict[str, Any]) -> dict[str, Any]:
    node = shutil.which("node") or "node"
    done = subprocess.run(
        [node, str(LOADGEN), json.dumps(config)], capture_output=True, text=True, check=False, timeout=300
    )
    if done.returncode != 0:
        raise RuntimeError(f"load generator failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def generate_load(url: str, *, server_pid: int | None, method: str, sizes: Sizes, batch_prefix: str | None) -> Load:
    """Warm up, then measure; the server's CPU time is read around the measured run only."""
    config: dict[str, Any] = {
        "url": url,
        "method": method,
        "headers": HEADERS,
        "connections": sizes.load_connections,
        "duration": sizes.load_warmup_s,
        "warmup": 0,
        "batch": {"size": BATCH, "prefix": f"{batch_prefix}W", "carrier": "dhl"} if batch_prefix else None,
    }
    warm: dict[str, Any] = {"requests": 0, "batch_requests_sent": 0}
    if sizes.load_warmup_s > 0:
        warm = _autocannon(config)
    config["duration"] = sizes.load_duration_s
    if batch_prefix:
        config["batch"]["prefix"] = batch_prefix
    cpu_before = cpu_seconds(server_pid) if server_pid else None
    out = _autocannon(config)
    cpu_after = cpu_seconds(server_pid) if server_pid else None
    server_cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None
    return Load(
        rps=float(out["rps"]),
        p50_ms=float(out["p50"]),
        p99_ms=float(out["p99"]),
        requests=int(out["requests"]),
        failures=int(out["errors"]) + int(out["timeouts"]) + int(out["non2xx"]),
        batch_requests_sent=int(out["batch_requests_sent"]),
        server_cpu_s=server_cpu,
        warmup_requests=int(warm["requests"]),
        warmup_sent=int(warm["batch_requests_sent"]),
    )


def _quota(base_url: str) -> int:
    document = httpx.get(f"{base_url}/trackings/getuserinfo", headers=HEADERS, timeout=10).json()
    return int(document["data"]["track_number"])


def _prepare_mock(base_url: str) -> None:
    body = {"tracking_number": GET_NUMBER, "carrier_code": GET_CARRIER}
    created = httpx.post(f"{base_url}/trackings/post", json=body, headers=HEADERS, timeout=10).json()
    if created["meta"]["code"] not in (200, 201, 4016):
        raise RuntimeError(f"could not create the GET target on the fake: {created['meta']}")


def _check_get(base_url: str, number: str | None) -> None:
    """A 200 envelope (Prism answers its example, whatever the number: ``number`` None)."""
    document = httpx.get(f"{base_url}/trackings/{GET_CARRIER}/{GET_NUMBER}", headers=HEADERS, timeout=10).json()
    if document["meta"]["code"] != 200 or number not in (None, document["data"]["tracking_number"]):
        raise RuntimeError(f"GET answered {document['meta']} at {base_url}")


@contextlib.contextmanager
def _servers() -> Iterator[dict[str, str]]:
    with mock_server() as mock_url, prism_server() as prism_url:
        yield {"mock": mock_url, "prism": prism_url}


def run(sizes: Sizes) -> tuple[list[Figure], dict[str, Any]]:
    if not (prism_available() and loadgen_available()):
        say("  Prism/autocannon not installed in benchmarks/.prism (make bench installs them): benchmark 4 skipped")
        return [], {"skipped": "Prism or autocannon not installed"}
    loads: dict[str, dict[str, list[Load]]] = {"get": {"mock": [], "prism": []}, "batch": {"mock": [], "prism": []}}
    with _servers() as urls:
        _prepare_mock(urls["mock"])
        _check_get(urls["mock"], GET_NUMBER)
        _check_get(urls["prism"], None)
        for r in range(sizes.load_rounds):
            order = ["mock", "prism"] if r % 2 == 0 else ["prism", "mock"]
            for name in order:
                base = urls[name]
                load = generate_load(
                    f"{base}/trackings/{GET_CARRIER}/{GET_NUMBER}",
                    server_pid=SERVER_PIDS.get(base),
                    method="GET",
                    sizes=sizes,
                    batch_prefix=None,
                )
                loads["get"][name].append(load)
                say(f"    round {r + 1} {name} GET: {load.rps:,.0f} req/s p50 {load.p50_ms} ms p99 {load.p99_ms} ms")
            for name in order:
                base = urls[name]
                before = _quota(base) if name == "mock" else 0
                load = generate_load(
                    f"{base}/trackings/batch",
                    server_pid=SERVER_PIDS.get(base),
                    method="POST",
                    sizes=sizes,
                    batch_prefix=f"LG{r}{name[0].upper()}",
                )
                if name == "mock":
                    _check_batches(before - _quota(base), load)
                loads["batch"][name].append(load)
                say(f"    round {r + 1} {name} batch: {load.rps:,.0f} req/s p50 {load.p50_ms} ms p99 {load.p99_ms} ms")
    return _figures(loads, sizes), _raw(loads)


def _check_batches(added: int, load: Load) -> None:
    """The fake must have created 40 trackings per answered request (requests cut at the end may add more)."""
    answered = load.requests + load.warmup_requests
    sent = load.batch_requests_sent + load.warmup_sent
    if not BATCH * answered <= added <= BATCH * sent:
        raise RuntimeError(
            f"the fake added {added} trackings for {answered} answered batch requests "
            f"({sent} sent, warm-up included): not all creates succeeded"
        )


def _figures(loads: dict[str, dict[str, list[Load]]], sizes: Sizes) -> list[Figure]:
    figures: list[Figure] = []
    labels = {"get": "single GET of a tracking", "batch": f"{BATCH}-item batch create"}
    for key, bench in (("get", "4a"), ("batch", "4b")):
        mock, prism = loads[key]["mock"], loads[key]["prism"]
        failures = sum(x.failures for x in mock), sum(x.failures for x in prism)
        figures.append(
            paired_figure(
                bench=bench,
                name=f"fake server throughput, {labels[key]} ({sizes.load_connections} connections)",
                unit="req/s",
                ours=[x.rps for x in mock],
                reference=[x.rps for x in prism],
                reference_name="Prism 5.16",
                ratio_of=lambda ours, ref: ours / ref,
                ratio_kind="x Prism",
                # Issue 15: single GET at least twice Prism, a 40-item batch create at least Prism.
                target_op=">=",
                target=2.0 if key == "get" else 1.0,
                note=(
                    f"{sizes.load_rounds} rounds of {sizes.load_duration_s:g} s (+{sizes.load_warmup_s:g} s warm-up); "
                    f"failed requests: fake {failures[0]}, Prism {failures[1]}"
                ),
            )
        )
        ours_eff = [x.per_cpu_second for x in mock]
        ref_eff = [x.per_cpu_second for x in prism]
        if all(v is not None for v in ours_eff + ref_eff):
            figures.append(
                paired_figure(
                    bench=bench,
                    name=f"  requests per server CPU-second, {labels[key]}",
                    unit="req/CPU-s",
                    ours=[float(v or 0) for v in ours_eff],
                    reference=[float(v or 0) for v in ref_eff],
                    reference_name="Prism 5.16",
                    ratio_of=lambda ours, ref: ours / ref,
                    ratio_kind="x Prism",
                    note="server CPU time from /proc; independent of what else uses the CPU",
                )
            )
        for pct in ("p50", "p99"):
            ours = [getattr(x, f"{pct}_ms") for x in mock]
            ref = [getattr(x, f"{pct}_ms") for x in prism]
            figures.append(
                Figure(
                    bench=bench,
                    name=f"  latency {pct}, {labels[key]}",
                    unit="ms",
                    ours=median(ours),
                    reference=median(ref),
                    reference_name="Prism 5.16",
                    ratio=median(ours) / median(ref) if median(ref) else None,
                    ratio_kind="x Prism",
                    ours_spread=spread(ours),
                    reference_spread=spread(ref),
                    samples={"ours": ours, "reference": ref},
                )
            )
    return figures


def _raw(loads: dict[str, dict[str, list[Load]]]) -> dict[str, Any]:
    return {key: {name: [vars(x) for x in runs] for name, runs in sides.items()} for key, sides in loads.items()}
