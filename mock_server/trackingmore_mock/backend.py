"""The mock's state and options, shared by all handlers of one app."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field

from . import ratelimit, simulator
from .clock import Clock, SystemClock
from .faults import Faults
from .journal import DEFAULT_SIZE, Journal
from .latency import Latency, LatencyRange
from .ratelimit import RateLimit, RateLimiter, RateLimits
from .simulator import Journey
from .store import Key, Store
from .webhooks_out import Webhooks

DEFAULT_QUOTA = 10_000
DEFAULT_MAX_TRACKINGS = 100_000  # the store's bound (create_app(max_trackings=...), --max-trackings)
_REALTIME_MEMORY = 10_000  # numbers looked up in realtime whose first sighting is remembered


@dataclass
class MockOptions:
    """Options of one mock app (see `create_app`)."""

    api_key: str | None = None
    seed: int = 0
    clock: Clock = field(default_factory=SystemClock)
    quota: int = DEFAULT_QUOTA
    rate_limits: RateLimits | None = None
    # The spec's `x-rate-limit` of each operation (enforced only when `rate_limits` is set); None:
    # those of the default spec.
    declared_limits: Mapping[str, RateLimit] | None = None
    email: str = "mock@example.com"
    max_trackings: int = DEFAULT_MAX_TRACKINGS
    latency: LatencyRange = field(default_factory=LatencyRange)  # emulated network latency, ms
    journal_size: int = DEFAULT_SIZE  # requests kept by the journal (0: off)


class MockBackend:
    def __init__(self, options: MockOptions) -> None:
        self.options = options
        self.clock = options.clock
        self.seed = options.seed
        self.store = Store(quota=options.quota, seed=options.seed, max_items=options.max_trackings)
        self.declared_limits = (
            ratelimit.default_declared() if options.declared_limits is None else options.declared_limits
        )
        self.limiter = RateLimiter(options.rate_limits, self.declared_limits)
        self._configured_rate_limits = options.rate_limits
        self.started_at = self.clock.now()
        self.registered_at = self.started_at - 30 * simulator.DAY
        self._realtime_lock = threading.Lock()
        self._realtime_seen: OrderedDict[Key, float] = OrderedDict()
        # Test controls (the control API and the pytest plugin drive them; see traffic.py).
        self.faults = Faults(seed=options.seed)
        self.journal = Journal(options.journal_size)
        self.latency = Latency(options.latency, seed=options.seed)
        self.webhooks = Webhooks(self)

    def now(self) -> float:
        return self.clock.now()

    def reset(self, *, clock: bool = False) -> None:
        """Forget every tracking, refill the quota and clear the rate-limit windows; remove faults,
        webhook subscriptions and deliveries, empty the journal, restore the configured latency.
        With `clock=True` the clock is also set back to where it started."""
        self.store.reset()
        self.limiter.reset()
        self.faults.clear()
        self.journal.clear()
        self.latency.reset()
        self.webhooks.reset()
        if self.options.rate_limits is not self._configured_rate_limits:  # changed by the control API
            self.options.rate_limits = self._configured_rate_limits
            self.limiter = RateLimiter(self._configured_rate_limits, self.declared_limits)
        if clock and hasattr(self.clock, "set"):
            self.clock.set(self.started_at)
        with self._realtime_lock:
            self._realtime_seen.clear()

    def realtime_journey(self, key: Key) -> Journey:
        """Numbers never created are planned from their first realtime look-up, so repeated look-ups
        of the same number show it progressing on the clock."""
        now = self.now()
        with self._realtime_lock:
            first_seen = self._realtime_seen.setdefault(key, now)
            self._realtime_seen.move_to_end(key)
            while len(self._realtime_seen) > _REALTIME_MEMORY:
                self._realtime_seen.popitem(last=False)
        return simulator.plan(key[0], key[1], self.seed, first_seen)
