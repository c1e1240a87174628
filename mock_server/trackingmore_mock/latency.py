"""Emulated network latency: a fixed delay or a range in milliseconds, drawn deterministically from the seed.

`Latency.parse("100-200")` or `Latency.parse("150")`; `draw()` gives the next delay in seconds. The
sequence of draws depends only on the seed, so a run with the same seed and the same request order
sees the same delays.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class LatencyRange:
    """Milliseconds, `low <= high`; (0, 0) means no added latency."""

    low: float = 0.0
    high: float = 0.0

    @classmethod
    def parse(cls, value: str | float | int | tuple[float, float] | LatencyRange | None) -> LatencyRange:
        """`None`/`0` -> none, `150` or `"150"` -> fixed, `"100-200"` or `(100, 200)` -> a range."""
        if value is None:
            return cls()
        if isinstance(value, LatencyRange):
            return value
        if isinstance(value, tuple):
            low, high = (float(v) for v in value)
        elif isinstance(value, int | float):
            low = high = float(value)
        else:
            text = value.strip().lower().removesuffix("ms")
            parts = text.split("-")
            try:
                if len(parts) == 1:
                    low = high = float(parts[0])
                elif len(parts) == 2:
                    low, high = float(parts[0]), float(parts[1])
                else:
                    raise ValueError
            except ValueError:
                raise ValueError(f"latency {value!r} is not MS or MIN-MAX (milliseconds)") from None
        if low < 0 or high < low:
            raise ValueError(f"latency {value!r}: need 0 <= MIN <= MAX milliseconds")
        return cls(low, high)

    def __bool__(self) -> bool:
        return self.high > 0

    def __str__(self) -> str:
        return f"{self.low:g}" if self.low == self.high else f"{self.low:g}-{self.high:g}"


class Latency:
    """The global latency of one app: a range and a seeded random source (thread-safe)."""

    def __init__(self, value: str | float | int | tuple[float, float] | LatencyRange | None = None, seed: int = 0):
        self._default = LatencyRange.parse(value)
        self._range = self._default
        self._seed = seed
        self._lock = threading.Lock()
        self._random = random.Random(f"latency:{seed}")

    @property
    def range(self) -> LatencyRange:
        return self._range

    def set(self, value: str | float | int | tuple[float, float] | LatencyRange | None) -> LatencyRange:
        parsed = LatencyRange.parse(value)
        with self._lock:
            self._range = parsed
        return parsed

    def reset(self) -> None:
        """Back to the configured latency, and to the start of the seeded sequence."""
        with self._lock:
            self._range = self._default
            self._random = random.Random(f"latency:{self._seed}")

    def draw(self) -> float:
        """The next delay in seconds (0.0 when no latency is set)."""
        current = self._range
        if not current:
            return 0.0
        with self._lock:
            ms = current.low if current.low == current.high else self._random.uniform(current.low, current.high)
        return ms / 1000.0

    def to_dict(self) -> dict[str, float]:
        current = self._range
        return {"min_ms": current.low, "max_ms": current.high}
