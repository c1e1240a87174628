"""A stateful fake of the TrackingMore v2 API, routed and validated by `openapi/trackingmore-v2.yaml`.

from trackingmore_mock import create_app, ManualClock
app = create_app(api_key="test-key", clock=ManualClock())   # an ASGI app, base path /v2
app.mock.reset()                                            # forget all state
"""

from __future__ import annotations

from .app import create_app, reset
from .backend import MockBackend, MockOptions
from .clock import Clock, ManualClock, SystemClock
from .ratelimit import RateLimit, RateLimits
from .scenarios import SCENARIOS

__all__ = [
    "SCENARIOS",
    "Clock",
    "ManualClock",
    "MockBackend",
    "MockOptions",
    "RateLimit",
    "RateLimits",
    "SystemClock",
    "create_app",
    "reset",
]
