"""Benchmark 2: what one SDK call costs on the client, with the network taken out.

A single GET of a tracking with 30 checkpoints is answered by an in-memory
``httpx.MockTransport`` that returns prepared bytes, so only client-side work is timed:

* ours: ``get_tracking.sync`` - request building, the auth hook, the retry transport, the
  envelope check (``raise_for_error``) and parsing into ``TrackingEnvelope``;
* raw: ``httpx.Client.get`` on the same transport plus ``json.loads`` of the body - the floor.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
from trackingmore_v2 import AuthenticatedClient
from trackingmore_v2.api.trackings import get_tracking
from trackingmore_v2.models.tracking_envelope import TrackingEnvelope

from .common import Figure, Sizes, alternate, median, paired_figure, say, timed_loop
from .decode import Profile, profile
from .payloads import CHECKPOINTS, tracking_body

BASE_URL = "http://trackingmore.invalid/v2"  # never resolved: the transport answers in memory
CARRIER, NUMBER = "china-post", "RR000000001CN"


def transport(body: bytes) -> httpx.MockTransport:
    headers = {"content-type": "application/json"}
    return httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))


def sdk_client(body: bytes) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE_URL, token="bench-key", httpx_args={"transport": transport(body)})


def raw_client(body: bytes) -> httpx.Client:
    return httpx.Client(base_url=BASE_URL, headers={"Trackingmore-Api-Key": "bench-key"}, transport=transport(body))


def sdk_call(client: AuthenticatedClient) -> TrackingEnvelope:
    return get_tracking.sync(client=client, carrier_code=CARRIER, tracking_number=NUMBER)


def raw_call(client: httpx.Client) -> Any:
    return json.loads(client.get(f"/trackings/{CARRIER}/{NUMBER}").content)


def models_call(client: httpx.Client) -> TrackingEnvelope:
    """The floor plus the generated models: what the SDK costs minus its own runtime and templates."""
    return TrackingEnvelope.from_dict(json.loads(client.get(f"/trackings/{CARRIER}/{NUMBER}").content))


def check(body: bytes) -> None:
    """Both sides decode the same thing (a benchmark of a broken call would measure nothing)."""
    with sdk_client(body) as client:
        parsed = sdk_call(client)
    info = parsed.data.origin_info, parsed.data.destination_info
    count = sum(len(part.trackinfo) for part in info if part and isinstance(part.trackinfo, list))
    if count != CHECKPOINTS:
        raise RuntimeError(f"the SDK parsed {count} checkpoints, expected {CHECKPOINTS}")
    with raw_client(body) as raw:
        if raw_call(raw)["data"]["tracking_number"] != NUMBER:
            raise RuntimeError("raw call returned another tracking")


def _split(results: dict[str, list[float]]) -> str:
    rounds = list(zip(results["sdk"], results["raw"], results["models"], strict=True))
    raw = median([r for _, r, _ in rounds])
    models = median([m - r for _, r, m in rounds])
    ours = median([s - m for s, _, m in rounds])
    return (
        f"per call over the floor ({raw * 1e6:.0f} us), median of per-round differences: generated model parsing "
        f"{models * 1e6:+.0f} us (our model template), SDK runtime + our endpoint template "
        f"{ours * 1e6:+.0f} us (envelope check, retry transport, auth hook)"
    )


def run(sizes: Sizes) -> tuple[list[Figure], Profile]:
    body = tracking_body()
    check(body)
    calls = sizes.client_calls
    with sdk_client(body) as sdk, raw_client(body) as raw:
        say(f"  per-call cost: {calls} calls per sample, {sizes.client_rounds} rounds, body {len(body):,} bytes")
        results = alternate(
            {
                "sdk": lambda: timed_loop(lambda: sdk_call(sdk), calls),
                "raw": lambda: timed_loop(lambda: raw_call(raw), calls),
                "models": lambda: timed_loop(lambda: models_call(raw), calls),
            },
            rounds=sizes.client_rounds,
            warmup=1,
        )
        prof = profile(lambda: [sdk_call(sdk) for _ in range(calls)])
    figures = [
        paired_figure(
            bench="2",
            name=f"per-call client cost, GET of a tracking with {CHECKPOINTS} checkpoints (httpx.MockTransport)",
            unit="s",
            ours=results["sdk"],
            reference=results["raw"],
            reference_name="httpx + json.loads",
            ratio_of=lambda ours, ref: ours / ref,
            ratio_kind="x the time",
            target_op="<=",
            target=1.3,
            note=f"seconds per call, mean of {calls} calls per sample; body {len(body):,} bytes",
        ),
        paired_figure(
            bench="2'",
            name="  same, SDK vs httpx + json.loads + generated models (context: the SDK's own share)",
            unit="s",
            ours=results["sdk"],
            reference=results["models"],
            reference_name="httpx + json + models",
            ratio_of=lambda ours, ref: ours / ref,
            ratio_kind="x the time",
            note=_split(results),
        ),
    ]
    return figures, prof
