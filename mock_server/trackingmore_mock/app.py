"""The app factory: connexion 3 AsyncApp routed and validated by the spec, backed by MockBackend."""

from __future__ import annotations

import functools
import importlib.util
import logging
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

with warnings.catch_warnings():
    # connexion imports starlette's TestClient, which warns about httpx vs httpx2 on import; the
    # mock never uses it.
    warnings.filterwarnings("ignore", message=".*starlette.testclient.*")
    from connexion import AsyncApp
    from connexion.middleware.main import ConnexionMiddleware
    from connexion.options import SwaggerUIOptions
    from connexion.resolver import Resolver

from . import spec, tolerated
from .auth import EnvelopeApiKeyHandler, make_checker
from .backend import DEFAULT_MAX_TRACKINGS, DEFAULT_QUOTA, MockBackend, MockOptions
from .body_query import BodyAsQueryMiddleware
from .clock import Clock, SystemClock
from .control import ControlMiddleware
from .documents import DOCUMENT_NAMES, DocumentCacheMiddleware
from .errors import ErrorHandlers
from .fast_pipeline import FastPipeline, compile_routes
from .guard import MAX_BODY_BYTES, GuardMiddleware
from .handlers import resolver
from .journal import DEFAULT_SIZE
from .latency import LatencyRange
from .limits import BODY_TIMEOUT_S, MAX_QUERY_BYTES, MAX_QUERY_PARAMETERS, LimitsMiddleware
from .operations import OperationTable
from .ratelimit import RateLimits, from_spec
from .traffic import TrafficMiddleware
from .validation import VALIDATORS

logger = logging.getLogger("trackingmore_mock")


def create_app(
    *,
    api_key: str | None = None,
    seed: int = 0,
    clock: Clock | None = None,
    quota: int = DEFAULT_QUOTA,
    rate_limits: bool | RateLimits = False,
    spec_path: str | Path | None = None,
    validate_responses: bool = False,
    max_body_bytes: int = MAX_BODY_BYTES,
    swagger_ui: bool | None = None,
    latency: str | float | tuple[float, float] | LatencyRange | None = None,
    faults: Iterable[str] = (),
    journal_size: int = DEFAULT_SIZE,
    max_trackings: int = DEFAULT_MAX_TRACKINGS,
    body_timeout: float = BODY_TIMEOUT_S,
    max_query_bytes: int = MAX_QUERY_BYTES,
    max_query_parameters: int = MAX_QUERY_PARAMETERS,
    fast_pipeline: bool = True,
) -> AsyncApp:
    """Build a fake TrackingMore v2 server (an ASGI app) serving the spec under its base path `/v2`.

    api_key: the only accepted `Trackingmore-Api-Key` (None: any non-empty key).
    seed: varies the simulated journeys; same seed, same data.
    clock: what "now" is (default: wall clock); pass a ManualClock to move time in tests.
    quota: tracking credits of the account (`getuserinfo.track_number`); creates get 4021 at zero.
    rate_limits: True for the real limits (each operation's `x-rate-limit` in the spec: realtime 3/s,
        list 1/s; HTTP 429 + Retry-After beyond them), or a RateLimits with other values. Off by default.
    validate_responses: let connexion check every answer against the spec (slower; for tests).
    max_trackings: how many trackings the store holds; a create beyond it is refused with 4019.
    body_timeout: seconds a request body may take to arrive (then 408, connection closed).
    max_query_bytes, max_query_parameters: bounds of a query string (beyond them, or with a
        repeated parameter: 4012).
    swagger_ui: serve Swagger UI at /v2/ui/ (default: when the `swagger-ui` extra is installed).
    latency: emulated network latency of every API request in ms: `150`, `"100-200"` or `(100, 200)`
        (a range is drawn from the seed: deterministic). Also `app.mock.latency.set(...)`.
    faults: fault SPEC strings added at start (see trackingmore_mock.faults); `app.mock.faults.add(...)`.
    journal_size: requests kept in the journal (`app.mock.journal`, `GET /_mock/requests`); 0 = off.
    fast_pipeline: serve the requests connexion would accept through the precompiled pipeline
        (`fast_pipeline.py`; off with validate_responses); False sends every request through connexion.

    The backend is reachable as `app.mock` (a MockBackend): `app.mock.reset()` clears all state.
    """
    spec_file = spec.locate(spec_path)
    document = spec.load(spec_file)
    limits = RateLimits() if rate_limits is True else (rate_limits or None)
    options = MockOptions(
        api_key=api_key,
        seed=seed,
        clock=clock or SystemClock(),
        quota=quota,
        rate_limits=limits,
        max_trackings=max_trackings,
        declared_limits=from_spec(document),
        latency=LatencyRange.parse(latency),
        journal_size=journal_size,
    )
    backend = MockBackend(options)
    for fault in faults:
        backend.faults.add_spec(fault)
    if swagger_ui is None:
        swagger_ui = importlib.util.find_spec("swagger_ui_bundle") is not None
    prefix = spec.base_path(document)
    paths = spec.PathTable.from_spec(document, prefix)
    check_key = make_checker(api_key)
    key_header = spec.api_key_header(document)
    resolve = resolver(backend)
    for operation_id in spec.operation_ids(document):
        resolve(operation_id)  # fail here, not at the first request, if the spec outgrew the mock
    fast: list[Any] = []
    if fast_pipeline and not validate_responses:
        routes = compile_routes(document, prefix, resolve, spec.api_key_scheme(document))
        fast = [functools.partial(FastPipeline, routes=routes, key_header=key_header, check_key=check_key)]

    app = AsyncApp(
        __name__,
        middlewares=[
            functools.partial(
                LimitsMiddleware,
                max_query_bytes=max_query_bytes,
                max_query_parameters=max_query_parameters,
                body_timeout=body_timeout,
                key_header=key_header,
                check_key=check_key,
            ),
            functools.partial(DocumentCacheMiddleware, paths=[prefix + name for name in DOCUMENT_NAMES]),
            # The control API (/_mock/) and the traffic layer (latency, faults, journal, webhooks).
            functools.partial(ControlMiddleware, backend=backend, check_key=check_key, key_header=key_header),
            functools.partial(
                TrafficMiddleware,
                backend=backend,
                operations=OperationTable.from_spec(document, prefix),
                key_header=key_header,
            ),
            functools.partial(GuardMiddleware, max_body_bytes=max_body_bytes, paths=paths),
            functools.partial(BodyAsQueryMiddleware, paths=[prefix + p for p in tolerated.body_query_paths(document)]),
            *fast,
            *ConnexionMiddleware.default_middlewares,
        ],
        security_map={"apiKey": functools.partial(EnvelopeApiKeyHandler, check_key)},
        validator_map=VALIDATORS,
        swagger_ui_options=SwaggerUIOptions(swagger_ui=swagger_ui),
    )
    app.add_api(
        document,
        base_path=prefix,
        resolver=Resolver(function_resolver=resolve),
        validate_responses=validate_responses,
    )
    ErrorHandlers(paths, check_key, key_header).register(app)
    app.mock = backend
    return app


def reset(app: AsyncApp) -> None:
    """Clear the state of an app made by `create_app` (trackings, quota, rate-limit windows)."""
    backend: MockBackend = app.mock
    backend.reset()
