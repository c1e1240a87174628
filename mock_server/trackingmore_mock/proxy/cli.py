"""The `proxy` and `replay` subcommands of `trackingmore-mock` (registered in `trackingmore_mock.cli`):

trackingmore-mock proxy --upstream URL [--host H] [--port P] [--record DIR]
trackingmore-mock replay DIR [--host H] [--port P]
"""

from __future__ import annotations

import argparse
import logging
import socket
import sys
from pathlib import Path
from typing import Any

import uvicorn


def _serve(app: Any, host: str, port: int, log_level: str, announce: str) -> None:
    """Serve `app` until Ctrl-C, after printing `announce` with the real address (also for --port 0)."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    # Listening before the address is printed: a client that connects on reading it waits in the
    # backlog until uvicorn is ready instead of being refused (as `trackingmore-mock serve` does).
    sock.listen(2048)
    bound = sock.getsockname()[1]
    shown_host = f"[{host}]" if ":" in host else host
    print(announce.format(base=f"http://{shown_host}:{bound}"), flush=True)
    config = uvicorn.Config(app, log_level=log_level, lifespan="on", timeout_graceful_shutdown=2)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl-C once it has shut down cleanly
        pass
    finally:
        sock.close()


def add_proxy_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--upstream", required=True, help="base URL, e.g. https://api.trackingmore.com/v2")
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    parser.add_argument("--record", type=Path, help="write every exchange as a cassette into this directory")
    parser.add_argument("--spec", help="OpenAPI spec to check against (default: the packaged spec)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the upstream (default 60)")
    parser.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])


def run_proxy(args: argparse.Namespace) -> int:
    from .app import create_proxy_app  # imported late: `--help` should not load the spec

    logging.basicConfig(level=args.log_level.upper())
    app = create_proxy_app(args.upstream, spec_path=args.spec, record_dir=args.record, timeout=args.timeout)
    prefix = app.conformance.prefix
    recording = f", recording into {args.record}" if args.record else ""
    announce = f"proxying {{base}}{prefix} -> {app.upstream}{recording} (report: {{base}}/_mock/report)"
    _serve(app, args.host, args.port, args.log_level, announce)
    print(app.report.summary(), flush=True)
    return 0


def add_replay_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("directory", type=Path, help="the cassettes, as written by `proxy --record DIR`")
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    parser.add_argument("--spec", help="OpenAPI spec (for the API key header's name)")
    parser.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])


def run_replay(args: argparse.Namespace) -> int:
    from .replay import create_replay_app

    logging.basicConfig(level=args.log_level.upper())
    try:
        app = create_replay_app(args.directory, args.spec)
    except (OSError, ValueError) as error:
        print(f"replay: {error}", file=sys.stderr)
        return 2
    _serve(
        app,
        args.host,
        args.port,
        args.log_level,
        f"replaying {app.cassettes} cassettes of {args.directory} at {{base}}",
    )
    if app.misses:
        print(f"{len(app.misses)} requests had no cassette:", *(f"  {miss}" for miss in app.misses), sep="\n")
    return 0


PROXY_HELP = (
    "forward every request to the upstream, check requests and answers against the spec, "
    "report the violations (GET /_mock/report, and a summary on Ctrl-C)"
)
REPLAY_HELP = "serve recorded cassettes, matched by method, path, query and body"
