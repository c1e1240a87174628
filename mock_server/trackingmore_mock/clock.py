"""Clocks the simulated shipments evolve on. Tests use ManualClock to move time without sleeping."""

from __future__ import annotations

import threading
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Current time in unix seconds."""
        ...


class SystemClock:
    """Wall-clock time, optionally sped up: with `speed=3600` one real second is one simulated hour."""

    def __init__(self, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._speed = speed
        self._origin = time.time()
        self._offset = 0.0  # moved by advance()/set() (the control API), then runs on
        self._lock = threading.Lock()

    @property
    def speed(self) -> float:
        return self._speed

    def now(self) -> float:
        elapsed = time.time() - self._origin
        return self._origin + elapsed * self._speed + self._offset

    def advance(self, seconds: float) -> float:
        with self._lock:
            self._offset += seconds
        return self.now()

    def set(self, when: float) -> None:
        with self._lock:
            self._offset += float(when) - self.now()


class ManualClock:
    """A clock that only moves when told to (thread-safe: served tests advance it from another thread)."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self._now = float(start)
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        with self._lock:
            self._now += seconds
            return self._now

    def set(self, when: float) -> None:
        with self._lock:
            self._now = float(when)
