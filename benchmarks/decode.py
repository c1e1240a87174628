"""Benchmark 3: decoding a full list page (2,000 trackings x 30 checkpoints).

* ours: ``json.loads`` + ``TrackingPageEnvelope.from_dict`` - the generated models;
* reference: ``json.loads`` alone;
* context: the whole ``list_trackings.sync`` call on an ``httpx.MockTransport`` against
  ``httpx`` + ``json.loads`` (adds what the SDK does around the parse: envelope check, transport).

The SDK side is always profiled once with cProfile; its time is split by who wrote the code
(our model template, our other templates, our runtime, libraries), attributing the
time of builtins (dict.pop, isinstance ...) to the code that called them.
"""

from __future__ import annotations

import cProfile
import gc
import json
import pstats
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from trackingmore_v2 import AuthenticatedClient
from trackingmore_v2.api.trackings import list_trackings
from trackingmore_v2.models.tracking_page_envelope import TrackingPageEnvelope

from .common import Figure, Sizes, alternate, paired_figure, say, timed_loop
from .payloads import CHECKPOINTS, page_body

BASE_URL = "http://trackingmore.invalid/v2"

# Who wrote the code a profile entry belongs to, by its file (first match wins).
MODELS = "generated models (our model template, generator-templates/model.py.jinja)"
OWNERS: tuple[tuple[str, str], ...] = (
    ("trackingmore_v2/models/", MODELS),
    ("attrs generated methods trackingmore_v2.models", MODELS),  # the models' attrs __init__
    ("trackingmore_v2/types.py", "generated types.py (generator)"),
    ("trackingmore_v2/api/", "endpoint modules (our custom template)"),
    ("trackingmore_v2/runtime/", "our runtime (sdk_runtime/)"),
    ("trackingmore_v2/client.py", "client (our custom template)"),
    ("dateutil/", "python-dateutil isoparse (date-time fields, called by the generated models)"),
    ("json/", "json (stdlib)"),
    ("attr/", "attrs"),
    ("httpx/", "httpx"),
    ("httpcore/", "httpx"),
    ("h11/", "httpx"),
    ("importlib", "imports retried per request (httpcore's `import sniffio`, not installed here)"),
    ("asyncio/", "event loop and sockets (stdlib asyncio, selectors, ssl)"),
    ("selectors.py", "event loop and sockets (stdlib asyncio, selectors, ssl)"),
    ("socket.py", "event loop and sockets (stdlib asyncio, selectors, ssl)"),
    ("ssl.py", "event loop and sockets (stdlib asyncio, selectors, ssl)"),
    ("anyio/", "event loop and sockets (stdlib asyncio, selectors, ssl)"),
    ("typing.py", "typing.cast (called by the generated models)"),
    ("benchmarks/", "benchmark harness"),
)


def owner_lookup(owners: tuple[tuple[str, str], ...]) -> Callable[[str], str]:
    """A function naming who owns a profiled file: the first owner whose path fragment it contains."""

    def owner_of(filename: str) -> str:
        path = filename.replace("\\", "/")
        for fragment, owner in owners:
            if fragment in path:
                return owner
        return "other (stdlib, builtins)"

    return owner_of


owner_of = owner_lookup(OWNERS)


def sdk_parse(body: bytes) -> TrackingPageEnvelope:
    return TrackingPageEnvelope.from_dict(json.loads(body))


def counted(parse: Callable[[], object]) -> Callable[[], None]:
    """``parse`` plus the young-generation collection it leaves pending, inside the timed window.

    ``from_dict`` pauses the cyclic collector while it builds; the objects it allocated are then
    scanned by the next collection, which would otherwise fall outside a one-parse sample. Both
    sides pay it, so the ratio counts all the work the parse causes."""

    def run() -> None:
        parse()
        gc.collect(0)

    return run


def sdk_client(body: bytes) -> AuthenticatedClient:
    headers = {"content-type": "application/json"}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))
    return AuthenticatedClient(base_url=BASE_URL, token="bench-key", httpx_args={"transport": transport})


def raw_client(body: bytes) -> httpx.Client:
    headers = {"content-type": "application/json"}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))
    return httpx.Client(base_url=BASE_URL, transport=transport)


def sdk_call(client: AuthenticatedClient, limit: int) -> Any:
    return list_trackings.sync(client=client, limit=limit)


@dataclass
class Profile:
    total_s: float
    by_owner: list[tuple[str, float]]  # (owner, seconds), largest first
    top: list[tuple[str, str, int, float]]  # (function, owner, calls, own seconds incl. builtins it called)

    def as_json(self) -> dict[str, Any]:
        return {
            "total_s": self.total_s,
            "by_owner": [{"owner": o, "seconds": s, "share": s / self.total_s} for o, s in self.by_owner],
            "top_functions": [{"function": f, "owner": o, "calls": c, "seconds": s} for f, o, c, s in self.top],
        }

    def render(self) -> str:
        lines = [f"    profile (cProfile, {self.total_s:.3f} s under the profiler):"]
        lines += [f"      {s / self.total_s:6.1%}  {owner}" for owner, s in self.by_owner]
        lines.append("    heaviest functions (own time + builtins they call):")
        lines += [
            f"      {s / self.total_s:6.1%}  {calls:>9,}x  {name}  [{owner}]" for name, owner, calls, s in self.top
        ]
        return "\n".join(lines)


def profile(fn: Any, *, owner: Callable[[str], str] = owner_of, top: int = 12) -> Profile:
    """Run ``fn`` once under cProfile and summarise it by owner."""
    profiler = cProfile.Profile()
    profiler.enable()
    fn()
    profiler.disable()
    return summarize(profiler, owner=owner, top=top)


def summarize(profiler: cProfile.Profile, *, owner: Callable[[str], str] = owner_of, top: int = 12) -> Profile:
    stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    own: dict[tuple[str, int, str], float] = defaultdict(float)
    calls: dict[tuple[str, int, str], int] = {}
    for func, (_cc, nc, tt, _ct, callers) in stats.items():
        filename = func[0]
        if filename == "~" and callers:  # a builtin: charge its time to whoever called it
            for caller, caller_stats in callers.items():
                own[caller] += caller_stats[2]
        else:
            own[func] += tt
        calls[func] = nc
    total = sum(own.values())
    by_owner: dict[str, float] = defaultdict(float)
    for func, seconds in own.items():
        by_owner[owner(func[0])] += seconds
    heaviest = sorted(own.items(), key=lambda kv: kv[1], reverse=True)[:top]
    described = [
        (f"{func[2]} ({func[0].rsplit('/', 1)[-1]}:{func[1]})", owner(func[0]), calls.get(func, 0), seconds)
        for func, seconds in heaviest
    ]
    return Profile(total, sorted(by_owner.items(), key=lambda kv: kv[1], reverse=True), described)


def check(body: bytes, count: int) -> None:
    page = sdk_parse(body)
    if len(page.data.items) != count:
        raise RuntimeError(f"the SDK parsed {len(page.data.items)} trackings, expected {count}")


def run(sizes: Sizes) -> tuple[list[Figure], Profile]:
    n = sizes.decode_trackings
    body = page_body(n)
    check(body, n)
    say(
        f"  decoding a page of {n:,} trackings x {CHECKPOINTS} checkpoints ({len(body) / 1e6:.1f} MB), "
        f"{sizes.decode_rounds} rounds"
    )
    parse = alternate(
        {
            "sdk": lambda: timed_loop(counted(lambda: sdk_parse(body)), 1),
            "json": lambda: timed_loop(counted(lambda: json.loads(body)), 1),
        },
        rounds=sizes.decode_rounds,
        warmup=1,
    )
    with sdk_client(body) as sdk, raw_client(body) as raw:
        whole = alternate(
            {
                "sdk": lambda: timed_loop(counted(lambda: sdk_call(sdk, n)), 1),
                "raw": lambda: timed_loop(counted(lambda: json.loads(raw.get("/trackings/get").content)), 1),
            },
            rounds=sizes.decode_rounds,
            warmup=1,
        )
        prof = profile(lambda: sdk_call(sdk, n))
    per_1000 = 1000 / n
    figures = [
        paired_figure(
            bench="3a",
            name=f"decode a list page of {n:,} trackings x {CHECKPOINTS} checkpoints: models vs json.loads",
            unit="s",
            ours=parse["sdk"],
            reference=parse["json"],
            reference_name="json.loads",
            ratio_of=lambda ours, ref: ours / ref,
            ratio_kind="x the time",
            target_op="<=",
            target=2.0,
            note=(
                f"whole page of {len(body):,} bytes; ours = json.loads + TrackingPageEnvelope.from_dict; "
                "both sides include the young-generation GC pass the parse leaves pending"
            ),
        ),
        paired_figure(
            bench="3a'",
            name=f"same, per 1,000 trackings x {CHECKPOINTS} checkpoints",
            unit="s",
            ours=parse["sdk"],
            reference=parse["json"],
            reference_name="json.loads",
            ratio_of=lambda ours, ref: ours / ref,
            ratio_kind="x the time",
            scale=per_1000,
            note="the same samples scaled to 1,000 trackings",
        ),
        paired_figure(
            bench="3b",
            name="whole list_trackings.sync call on that page (context), vs httpx + json.loads",
            unit="s",
            ours=whole["sdk"],
            reference=whole["raw"],
            reference_name="httpx + json.loads",
            ratio_of=lambda ours, ref: ours / ref,
            ratio_kind="x the time",
            note="httpx.MockTransport; adds the SDK's envelope check and transport stack to the parse",
        ),
    ]
    return figures, prof
