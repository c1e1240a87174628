"""`st run` campaigns over real HTTP: what `make fuzz` and `make test-live` run, and the CLI tests.

    PYTHONPATH=tests python -m contract.campaign ci   --url http://127.0.0.1:PORT/v2   # CI profile
    PYTHONPATH=tests python -m contract.campaign fuzz [--url URL] [--max-time S] [--seed N]
    PYTHONPATH=tests python -m contract.campaign live                                 # real API

`fuzz` without `--url` serves the mock itself (`python -m trackingmore_mock` on a free 127.0.0.1
port, with a throwaway key) for the length of the run. `live` needs `TRACKINGMORE_API_KEY` (else it
says why it skips and exits 0); its base URL is `https://api.trackingmore.com/v2` unless
`TRACKINGMORE_BASE_URL` says otherwise (the tests point it at the mock on loopback). It runs the safe
subset of operations (SAFE_OPERATIONS) unless `LIVE_DESTRUCTIVE=1`, at 1 request per second.
With `LIVE_PROXY=1` it runs through the validating proxy (`trackingmore_mock.proxy`, served on a
free 127.0.0.1 port for the length of the run) and prints its report of where the API's answers
break the spec, also written as `proxy-report.json` in the report directory; `LIVE_RECORD=DIR`
(implies the proxy) records every exchange as a cassette into DIR for `trackingmore-mock replay`.

The API key never appears on a command line or in the output: `st` reads it from the environment
(`[auth.openapi.ApiKeyAuth] api_key = "${TRACKINGMORE_API_KEY}"` in fuzz.toml / live.toml) and masks
the `Trackingmore-Api-Key` header in what it prints and reports.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from support.spec import load_spec, operations
from trackingmore_mock.proxy import create_proxy_app
from trackingmore_mock.server import serve_in_subprocess, serve_in_thread

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC = ROOT / "openapi" / "trackingmore-v2.yaml"
REPORTS = ROOT / "reports"
LIVE_URL = "https://api.trackingmore.com/v2"
PROXY_REPORT = "proxy-report.json"
KEY_ENV = "TRACKINGMORE_API_KEY"


def _live_safe_operations() -> tuple[str, ...]:
    """The live default: operations the spec marks repeatable (`x-retry-safe`) that change nothing
    (not PUT/DELETE) and cost less than one credit (`x-credits`). Everything that creates, changes
    or deletes trackings, and the billed realtime (1 credit) and aircargo (20 credits per AWB)
    calls, run only with LIVE_DESTRUCTIVE=1."""
    return tuple(
        operation.operation_id
        for operation in operations(load_spec())
        if operation.operation["x-retry-safe"]
        and operation.method in ("get", "post")
        and float(operation.operation["x-credits"]["amount"]) < 1
    )


SAFE_OPERATIONS = _live_safe_operations()


@dataclass(frozen=True)
class Profile:
    config: Path
    report_formats: str
    extra: tuple[str, ...] = ()


PROFILES = {
    "ci": Profile(HERE / "schemathesis.toml", "junit"),
    "fuzz": Profile(HERE / "fuzz.toml", "junit,html,ndjson"),
    "live": Profile(HERE / "live.toml", "junit,html"),
}


def st_command(
    profile: str,
    base_url: str,
    report_dir: Path,
    *,
    seed: int | None = None,
    max_time: int | None = None,
    destructive: bool = False,
    extra: Sequence[str] = (),
    spec: Path = SPEC,
) -> list[str]:
    """The `st run` command line of a profile (never with a real key in it)."""
    chosen = PROFILES[profile]
    command = [
        str(Path(sys.executable).with_name("st")),
        "--config-file",
        str(chosen.config),
        "--no-color",
        "run",
        str(spec),
        "--url",
        base_url,
        "--report",
        chosen.report_formats,
        "--report-dir",
        str(report_dir),
    ]
    if seed is not None:
        command += ["--seed", str(seed)]
    if max_time is not None:
        command += ["--max-time", str(max_time)]
    if profile == "live" and not destructive:
        for operation_id in SAFE_OPERATIONS:
            command += ["--include-operation-id", operation_id]
        # Stateful scenarios start with createTracking, which the safe subset leaves out.
        command += ["--phases", "examples,coverage,fuzzing"]
    return command + list(extra)


def tolerated_spec(report_dir: Path) -> Path:
    """The spec with its tolerated input forms expanded (as the fake and the in-process tests read
    it), written as JSON into `report_dir` for `st run`: every profile sends the tolerated forms too."""
    from support.spec import load_spec

    report_dir.mkdir(parents=True, exist_ok=True)
    path = report_dir / "openapi-tolerated.json"
    path.write_text(json.dumps(load_spec(), indent=1), "utf-8")
    return path


def st_environment(api_key: str | None) -> dict[str, str]:
    env = dict(os.environ)
    # `hooks = "contract.trackingmore_hooks"` in the configs: tests/ must be importable.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "tests"), env.get("PYTHONPATH")]))
    if api_key is not None:
        env[KEY_ENV] = api_key
    return env


@contextmanager
def served_mock(api_key: str) -> Iterator[str]:
    """`python -m trackingmore_mock` on a free loopback port, key in its environment; yields the base URL."""
    from contract.mockserver import QUOTA

    with serve_in_subprocess("--quota", str(QUOTA), api_key=api_key) as served:
        yield served.base_url


def key_refusal(base_url: str, api_key: str) -> str | None:
    """Why the API refuses the key (one getUserInfo call), or None when it accepts it.

    Without this a wrong key turns every answer into 4001, which the checks accept as a correct
    refusal: the campaign would test nothing and report no issue.
    """
    request = urllib.request.Request(f"{base_url}/trackings/getuserinfo", headers={"Trackingmore-Api-Key": api_key})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            body = json.loads(answer.read())
    except (OSError, ValueError) as exc:
        return f"getUserInfo failed: {type(exc).__name__}"
    code = body.get("meta", {}).get("code") if isinstance(body, dict) else None
    return None if code == 200 else f"getUserInfo answered meta.code {code}"


def run(command: list[str], env: dict[str, str]) -> int:
    print("$", " ".join(command), flush=True)
    return subprocess.call(command, env=env, cwd=ROOT)


def run_through_proxy(
    command_for: Callable[[str], list[str]], upstream: str, env: dict[str, str], report_dir: Path, record: Path | None
) -> int:
    """Run the command built for the proxy's URL, the proxy forwarding to `upstream`; print its report."""
    proxy = create_proxy_app(upstream, record_dir=record)
    with serve_in_thread(proxy) as proxy_url:
        print(f"test-live: through the validating proxy {proxy_url} -> {upstream}", flush=True)
        code = run(command_for(proxy_url), env)
    report_dir.mkdir(parents=True, exist_ok=True)
    (report_dir / PROXY_REPORT).write_text(json.dumps(proxy.report.to_json(), indent=2) + "\n", encoding="utf-8")
    print(proxy.report.summary())
    print(f"test-live: proxy report in {report_dir / PROXY_REPORT}" + (f", cassettes in {record}" if record else ""))
    return code


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m contract.campaign", description=__doc__.splitlines()[0])
    parser.add_argument("profile", choices=sorted(PROFILES))
    parser.add_argument("--url", help="base URL of the API (default: fuzz serves the mock, live the real API)")
    parser.add_argument("--report-dir", type=Path, help="where the reports go (default reports/<profile>)")
    parser.add_argument("--seed", type=int, help="override the profile's seed")
    parser.add_argument("--max-time", type=int, help="time budget in seconds (fuzz)")
    parser.epilog = "Options after `--` go to `st run` as they are (and win over the profile's)."
    argv = list(sys.argv[1:] if argv is None else argv)
    st_args = argv[argv.index("--") + 1 :] if "--" in argv else []
    args = parser.parse_args(argv[: argv.index("--")] if "--" in argv else argv)
    args.st_args = st_args
    report_dir: Path = args.report_dir or REPORTS / args.profile

    if args.profile == "live":
        api_key = os.environ.get(KEY_ENV)
        if not api_key:
            print(
                f"test-live: skipped, {KEY_ENV} is not set. Set it to run the contract suite against "
                f"{LIVE_URL} (safe read-only operations; LIVE_DESTRUCTIVE=1 for all of them)."
            )
            return 0
        base_url = args.url or os.environ.get("TRACKINGMORE_BASE_URL") or LIVE_URL
        destructive = os.environ.get("LIVE_DESTRUCTIVE") == "1"
        print(
            f"test-live: {base_url}, "
            + ("ALL operations (LIVE_DESTRUCTIVE=1)" if destructive else f"safe subset: {', '.join(SAFE_OPERATIONS)}")
        )
        refusal = key_refusal(base_url, api_key)
        if refusal:
            print(f"test-live: {KEY_ENV} is not accepted by {base_url} ({refusal}); nothing was tested.")
            return 2
        spec = tolerated_spec(report_dir)

        def live_command(url: str) -> list[str]:
            return st_command(
                "live", url, report_dir, seed=args.seed, destructive=destructive, extra=args.st_args, spec=spec
            )

        record = Path(os.environ["LIVE_RECORD"]) if os.environ.get("LIVE_RECORD") else None
        if os.environ.get("LIVE_PROXY") == "1" or record is not None:
            return run_through_proxy(live_command, base_url, st_environment(api_key), report_dir, record)
        return run(live_command(base_url), st_environment(api_key))

    if args.profile == "ci":
        if not args.url:
            parser.error("ci needs --url (the tests serve the mock)")
        from contract.mockserver import MOCK_API_KEY  # the mock's test key, not a secret

        spec = tolerated_spec(report_dir)
        command = st_command("ci", args.url, report_dir, seed=args.seed, extra=args.st_args, spec=spec)
        return run(command, st_environment(MOCK_API_KEY))

    # fuzz: a throwaway key for a mock that lives as long as this run
    api_key = os.environ.get("TRACKINGMORE_MOCK_API_KEY") or secrets.token_hex(16)

    spec = tolerated_spec(report_dir)

    def command_for(url: str) -> list[str]:
        return st_command(
            "fuzz", url, report_dir, seed=args.seed, max_time=args.max_time, extra=args.st_args, spec=spec
        )

    if args.url:
        return run(command_for(args.url), st_environment(api_key))
    with served_mock(api_key) as base_url:
        return run(command_for(base_url), st_environment(api_key))


if __name__ == "__main__":
    sys.exit(main())
