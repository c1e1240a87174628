"""The fake TrackingMore server for the contract tests: in-process (ASGI) or served on 127.0.0.1."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.schemas import BaseSchema
from support.spec import load_spec
from trackingmore_mock import ManualClock, create_app
from trackingmore_mock.server import serve_in_thread

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "trackingmore-v2.yaml"
HERE = Path(__file__).resolve().parent
CI_CONFIG = HERE / "schemathesis.toml"
# The mock's key in these tests. It is not a TrackingMore key and not a secret.
MOCK_API_KEY = "contract-mock-key"
# Enough credits that no campaign runs out (aircargo costs 20 per AWB): 4021 would hide everything.
QUOTA = 10**9


def make_app(**options: Any) -> Any:
    """A fresh mock app (its own state) with the test key, a manual clock and a large quota."""
    settings: dict[str, Any] = {"api_key": MOCK_API_KEY, "clock": ManualClock(), "quota": QUOTA, "seed": 0}
    settings.update(options)
    return create_app(**settings)


def config_settings(config_path: Path = CI_CONFIG) -> dict[str, Any]:
    """A profile's settings for in-process runs: the mock's key in place of `${TRACKINGMORE_API_KEY}`.

    The key goes through schemathesis' auth (`[auth.openapi.ApiKeyAuth]`), never as a fixed header:
    a fixed header would put it back into the cases that drop it on purpose (missing-key tests).
    """
    settings = tomllib.loads(config_path.read_text("utf-8"))
    settings["auth"] = {"openapi": {"ApiKeyAuth": {"api_key": MOCK_API_KEY}}}
    return settings


def load_schema(app: Any, settings: dict[str, Any] | None = None) -> BaseSchema:
    """The spec as a schemathesis schema that calls `app` in-process (CI profile by default)."""
    config = schemathesis.Config.from_dict(settings if settings is not None else config_settings())
    schema = schemathesis.openapi.from_dict(load_spec(), config=config)
    schema.app = app
    return schema


@contextmanager
def served(app: Any) -> Iterator[str]:
    """Serve `app` with uvicorn on a free 127.0.0.1 port in a thread; yields the base URL (…/v2)."""
    with serve_in_thread(app, host="127.0.0.1") as base_url:
        yield base_url
