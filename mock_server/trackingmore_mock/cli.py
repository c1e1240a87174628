"""The `trackingmore-mock` command: `trackingmore-mock [serve] [--port 0] ...` and its subcommands.

`serve` (the default, so `trackingmore-mock --port 0` works) runs the fake in the foreground. Other
subcommands register themselves in `COMMANDS` with a function that adds their arguments and one
that runs them:

    COMMANDS["proxy"] = Command("validate real traffic against the spec", add_proxy_arguments, run_proxy)
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

from .proxy import cli as proxy_cli

DEFAULT_COMMAND = "serve"
STOP_TIMEOUT_S = 3  # Ctrl-C: connections still open (a `hang` fault) get this long, then are closed


@dataclass(frozen=True)
class Command:
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def version() -> str:
    try:
        return metadata.version("trackingmore-mock")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    # Imported late: `--help` should not load connexion.
    from .backend import DEFAULT_MAX_TRACKINGS, DEFAULT_QUOTA
    from .limits import BODY_TIMEOUT_S
    from .protocol import HEADER_TIMEOUT_S, KEEP_ALIVE_TIMEOUT_S

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
    parser.add_argument(
        "--latency",
        default=None,
        metavar="MS|MIN-MAX",
        help="emulated network latency of every API request in ms, fixed (150) or a range (100-200, from the seed)",
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help="inject a fault, e.g. '429,op=listTrackings,every=2,times=1' or 'html,times=1' (repeatable)",
    )
    parser.add_argument("--webhook", action="append", default=[], metavar="URL", help="push status changes to URL")
    parser.add_argument(
        "--webhook-email",
        default=None,
        help="e-mail that signs webhooks (default: the account e-mail, mock@example.com)",
    )
    parser.add_argument("--journal-size", type=int, default=None, help="requests kept by /_mock/requests (0: off)")
    parser.add_argument(
        "--max-trackings", type=int, default=DEFAULT_MAX_TRACKINGS, help="trackings the store holds (4019 beyond)"
    )
    parser.add_argument(
        "--body-timeout", type=float, default=BODY_TIMEOUT_S, help="seconds a request body may take (408 beyond)"
    )
    parser.add_argument(
        "--header-timeout", type=float, default=HEADER_TIMEOUT_S, help="seconds request headers may take (408 beyond)"
    )
    parser.add_argument(
        "--keep-alive-timeout", type=float, default=KEEP_ALIVE_TIMEOUT_S, help="seconds an idle connection stays open"
    )
    parser.add_argument("--spec", default=None, help="OpenAPI spec to serve (default: the packaged spec)")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    # Listening before the start-up line is printed: a client that connects as soon as it reads
    # the line waits in the backlog until uvicorn is ready, instead of being refused.
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app
    from .clock import SystemClock
    from .journal import DEFAULT_SIZE
    from .protocol import uvicorn_options

    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s: %(name)s: %(message)s")
    try:
        app = create_app(
            api_key=args.api_key or None,  # an empty key (e.g. `make mock` without API_KEY) means any key
            seed=args.seed,
            quota=args.quota,
            rate_limits=args.rate_limits,
            clock=SystemClock(speed=args.speed),
            spec_path=args.spec,
            latency=args.latency,
            faults=args.fault,
            journal_size=DEFAULT_SIZE if args.journal_size is None else args.journal_size,
            max_trackings=args.max_trackings,
            body_timeout=args.body_timeout,
        )
        for url in args.webhook:
            app.mock.webhooks.subscribe(url, args.webhook_email)
        sock = _bind(args.host, args.port)
    except (ValueError, OSError) as exc:
        print(f"trackingmore-mock: {exc}", file=sys.stderr)
        return 2
    host, port = sock.getsockname()[:2]
    root = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    # The key is a secret: say whether one is needed, never what it is.
    docs = f", Swagger UI {root}/v2/ui/" if importlib.util.find_spec("swagger_ui_bundle") else ""
    print(
        f"trackingmore-mock {version()} serving {root}/v2 (control API {root}/_mock/{docs}, "
        f"api key {'required' if args.api_key else 'any'}); Ctrl-C stops",
        flush=True,
    )
    # The fake's HTTP protocol: envelope answers for malformed requests, header and keep-alive limits.
    limits = uvicorn_options(header_timeout=args.header_timeout, keep_alive_timeout=args.keep_alive_timeout)
    config = uvicorn.Config(
        app,
        log_level=args.log_level,
        lifespan="on",
        timeout_graceful_shutdown=STOP_TIMEOUT_S,
        access_log=True,
        **limits,
    )
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # a second Ctrl-C during shutdown
        pass
    finally:
        sock.close()
        app.mock.webhooks.close()
    print("trackingmore-mock stopped", flush=True)
    return 0


COMMANDS: dict[str, Command] = {
    "serve": Command("serve the fake TrackingMore v2 API (the default)", add_serve_arguments, run_serve),
    "proxy": Command(proxy_cli.PROXY_HELP, proxy_cli.add_proxy_arguments, proxy_cli.run_proxy),
    "replay": Command(proxy_cli.REPLAY_HELP, proxy_cli.add_replay_arguments, proxy_cli.run_replay),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trackingmore-mock",
        description="A stateful fake of the TrackingMore v2 API. Without a subcommand: serve.",
        epilog="The options of serve: trackingmore-mock serve --help",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, command in COMMANDS.items():
        sub = subparsers.add_parser(name, help=command.help, description=command.help)
        command.add_arguments(sub)
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or (arguments[0] not in COMMANDS and arguments[0] not in ("-h", "--help", "--version")):
        arguments.insert(0, DEFAULT_COMMAND)
    return build_parser().parse_args(arguments)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    sys.exit(COMMANDS[args.command].run(args))
