"""The app factory: connexion 3 AsyncApp routed and validated by the spec, backed by MockBackend."""

from __future__ import annotations

import functools
import logging
import warnings
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

from . import spec
from .auth import EnvelopeApiKeyHandler, make_checker
from .backend import DEFAULT_QUOTA, MockBackend, MockOptions
from .clock import Clock, SystemClock
from .errors import ErrorHandlers
from .fast_pipeline import FastPipeline, compile_routes
from .guard import MAX_BODY_BYTES, GuardMiddleware
from .handlers import resolver
from .ratelimit import RateLimits, from_spec
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
    swagger_ui: bool = True,
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
        declared_limits=from_spec(document),
    )
    backend = MockBackend(options)
    prefix = spec.base_path(document)
    paths = spec.PathTable.from_spec(document, prefix)
    check_key = make_checker(api_key)
    resolve = resolver(backend)
    for operation_id in spec.operation_ids(document):
        resolve(operation_id)  # fail here, not at the first request, if the spec outgrew the mock
    fast: list[Any] = []
    if fast_pipeline and not validate_responses:
        routes = compile_routes(document, prefix, resolve, spec.api_key_scheme(document))
        key_header = spec.api_key_header(document)
        fast = [functools.partial(FastPipeline, routes=routes, key_header=key_header, check_key=check_key)]

    app = AsyncApp(
        __name__,
        middlewares=[
            functools.partial(GuardMiddleware, max_body_bytes=max_body_bytes, paths=paths),
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
    ErrorHandlers(paths, check_key, spec.api_key_header(document)).register(app)
    app.mock = backend
    return app


def reset(app: AsyncApp) -> None:
    """Clear the state of an app made by `create_app` (trackings, quota, rate-limit windows)."""
    backend: MockBackend = app.mock
    backend.reset()
