"""Fixtures of the proxy tests: the fake as an upstream, a drifted upstream, the proxy on loopback."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from trackingmore_mock import create_app
from trackingmore_mock.proxy import create_proxy_app
from trackingmore_mock.proxy.app import ProxyApp
from trackingmore_mock.server import serve_in_thread

from mock_proxy.helpers import DRIFTS, KEY, DriftedUpstream


@pytest.fixture
def fake_url() -> Iterator[str]:
    with serve_in_thread(create_app(api_key=KEY, seed=7)) as url:
        yield url


@pytest.fixture
def drifted() -> Iterator[tuple[str, DriftedUpstream]]:
    upstream = DriftedUpstream(create_app(api_key=KEY, seed=7), DRIFTS)
    with serve_in_thread(upstream) as url:
        yield url, upstream


@pytest.fixture
def serve_proxy() -> Iterator[Callable[..., tuple[str, ProxyApp]]]:
    """serve_proxy(upstream, record_dir=None) -> (the proxy's base URL, the app); stopped after the test."""
    with contextlib.ExitStack() as stack:

        def start(upstream: str, **options: Any) -> tuple[str, ProxyApp]:
            app = create_proxy_app(upstream, **options)
            return stack.enter_context(serve_in_thread(app)), app

        yield start
