"""`python -m trackingmore_mock --host 127.0.0.1 --port 8080 [--api-key K] [--seed N] [--rate-limits]`."""

from __future__ import annotations

import argparse
import logging
import os

import uvicorn

from .app import create_app
from .backend import DEFAULT_QUOTA
from .clock import SystemClock


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="trackingmore_mock", description="Fake TrackingMore v2 server.")
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    parser.add_argument(
        "--api-key",
        default=os.environ.get("TRACKINGMORE_MOCK_API_KEY"),
        help="the only accepted Trackingmore-Api-Key (default: env TRACKINGMORE_MOCK_API_KEY, else any key)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the simulated shipments (default 0)")
    parser.add_argument("--quota", type=int, default=DEFAULT_QUOTA, help=f"tracking credits (default {DEFAULT_QUOTA})")
    parser.add_argument(
        "--rate-limits", action="store_true", help="enforce the spec's x-rate-limit (realtime 3/s, list 1/s; 429)"
    )
    parser.add_argument(
        "--speed", type=float, default=1.0, help="clock speed: 3600 makes one real second a simulated hour"
    )
    parser.add_argument("--spec", default=None, help="OpenAPI spec to serve (default: openapi/trackingmore-v2.yaml)")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    logging.basicConfig(level=args.log_level.upper())
    app = create_app(
        api_key=args.api_key or None,  # an empty key (e.g. `make mock` without API_KEY) means any key
        seed=args.seed,
        quota=args.quota,
        rate_limits=args.rate_limits,
        clock=SystemClock(speed=args.speed),
        spec_path=args.spec,
    )
    # The key is a secret: say whether one is set, never what it is.
    where = f"http://{args.host}:{args.port}/v2" if args.port else f"http://{args.host}:<free port>/v2"
    logging.getLogger("trackingmore_mock").info(
        "serving %s (Swagger UI at /v2/ui/), api key %s", where, "required" if args.api_key else "any"
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)


if __name__ == "__main__":
    main()
