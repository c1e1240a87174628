"""Deterministic fault injection: which call of which operation fails, and how.

A fault matches an operation (its operationId, several joined by `|`, or `*` for every spec
operation) and fires on every `every`-th matching call, or with a `probability` drawn from a random
source seeded by the app's seed and the fault's id, at most `times` times. What it does (`kind`):

| kind | effect |
|---|---|
| `latency` | waits `latency` ms (fixed or MIN-MAX), then the request is served normally |
| `rate-limit` | a real HTTP 429 with `Retry-After` (`retry_after`, default 1) and the 429 envelope |
| `status` | HTTP `status` (500, 502, 503 ...) with the matching error envelope |
| `meta` | HTTP 200 with the error envelope of `code` (any TrackingMore `meta.code`, e.g. 4021) |
| `html` | HTTP `status` (default 502) with an HTML page, as a proxy in front of the API answers |
| `close` | the response starts, then the connection is closed in the middle of the body |
| `hang` | the response starts and never completes (the client's read timeout ends it) |

Only `latency` lets the request reach the handlers; every other kind answers instead of them, so
the failed call changes no state. From the command line and the control API a fault is also a
SPEC string: `KIND[=VALUE][,op=OPERATION][,every=N][,p=PROBABILITY][,times=N][,retry_after=S]`,
e.g. `429,op=listTrackings,every=2,times=1`, `html,op=getTracking,times=1`, `latency=100-200`,
`meta=4021,op=createTracking`, `status=503,p=0.1`.
"""

from __future__ import annotations

import builtins
import random
import threading
from dataclasses import dataclass, field
from typing import Any

from .latency import LatencyRange

KINDS = ("latency", "rate-limit", "status", "meta", "html", "close", "hang")
_ALIASES = {"429": ("rate-limit", None), "500": ("status", 500), "502": ("status", 502), "503": ("status", 503)}
_OPTION_NAMES = {
    "op": "operation",
    "operation": "operation",
    "every": "every",
    "p": "probability",
    "probability": "probability",
    "times": "times",
    "retry_after": "retry_after",
    "retry-after": "retry_after",
    "status": "status",
    "code": "code",
}


@dataclass(frozen=True)
class FaultAction:
    """What one firing fault does to one call."""

    kind: str
    fault_id: str
    delay: float = 0.0  # seconds, for `latency`
    status: int = 200
    code: int | None = None
    retry_after: int = 1


@dataclass
class Fault:
    kind: str
    operation: str = "*"
    every: int = 1
    probability: float | None = None
    times: int | None = None
    status: int | None = None
    code: int | None = None
    retry_after: int = 1
    latency: LatencyRange = field(default_factory=LatencyRange)
    id: str = ""
    calls: int = 0  # matching calls seen
    fired: int = 0  # calls it acted on
    _random: random.Random = field(default_factory=random.Random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r} (one of {', '.join(KINDS)})")
        if self.every < 1:
            raise ValueError("every must be at least 1")
        if self.probability is not None and not 0.0 <= self.probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        if self.times is not None and self.times < 0:
            raise ValueError("times must not be negative")
        if self.kind == "status":
            self.status = self.status or 500
            if not 400 <= self.status <= 599:
                raise ValueError("a status fault needs an HTTP status between 400 and 599")
        if self.kind == "html":
            self.status = self.status or 502
        if self.kind == "meta" and self.code is None:
            raise ValueError("a meta fault needs the meta.code to answer (code=4021, ...)")
        if self.kind == "latency" and not self.latency:
            raise ValueError("a latency fault needs latency=MS or MIN-MAX")
        if self.retry_after < 0:
            raise ValueError("retry_after must not be negative")

    def matches(self, operation: str) -> bool:
        return self.operation == "*" or operation in self.operation.split("|")

    @property
    def remaining(self) -> int | None:
        return None if self.times is None else max(0, self.times - self.fired)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "operation": self.operation,
            "every": self.every,
            "probability": self.probability,
            "times": self.times,
            "remaining": self.remaining,
            "calls": self.calls,
            "fired": self.fired,
        }
        if self.kind in ("status", "html"):
            result["status"] = self.status
        if self.kind == "meta":
            result["code"] = self.code
        if self.kind == "rate-limit":
            result["retry_after"] = self.retry_after
        if self.kind == "latency":
            result["latency"] = str(self.latency)
        return result


def parse_spec(spec: str) -> dict[str, Any]:
    """`KIND[=VALUE][,name=value]...` -> keyword arguments of `Faults.add` (ValueError if malformed)."""
    head, *options = [part.strip() for part in spec.split(",") if part.strip()] or [""]
    name, _, value = head.partition("=")
    name = name.strip().lower()
    arguments: dict[str, Any] = {}
    if name in _ALIASES:
        name, status = _ALIASES[name]
        if status is not None:
            arguments["status"] = status
    if name not in KINDS:
        raise ValueError(f"fault {spec!r}: unknown kind {name!r} (one of {', '.join(KINDS)}, 429, 500, 502, 503)")
    arguments["kind"] = name
    if value:
        if name == "latency":
            arguments["latency"] = value
        elif name in ("status", "html"):
            arguments["status"] = _number(spec, "status", value, int)
        elif name == "meta":
            arguments["code"] = _number(spec, "code", value, int)
        elif name == "rate-limit":
            arguments["retry_after"] = _number(spec, "retry_after", value, int)
        else:
            raise ValueError(f"fault {spec!r}: {name} takes no value")
    for option in options:
        key, sep, raw = option.partition("=")
        target = _OPTION_NAMES.get(key.strip().lower())
        if not sep or target is None:
            raise ValueError(f"fault {spec!r}: unknown option {option!r} (op, every, p, times, retry_after)")
        raw = raw.strip()
        if target == "operation":
            arguments[target] = raw
        elif target == "probability":
            arguments[target] = _number(spec, key, raw, float)
        else:
            arguments[target] = _number(spec, key, raw, int)
    return arguments


def _number(spec: str, name: str, raw: str, kind: type[int] | type[float]) -> Any:
    try:
        return kind(raw)
    except ValueError:
        raise ValueError(f"fault {spec!r}: {name}={raw!r} is not a number") from None


class Faults:
    """The faults of one app. Thread-safe; `pick` is called once per API request."""

    def __init__(self, seed: int = 0) -> None:
        self._seed = seed
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._next = 0

    def add(
        self,
        kind: str,
        *,
        operation: str = "*",
        every: int = 1,
        probability: float | None = None,
        times: int | None = None,
        status: int | None = None,
        code: int | None = None,
        retry_after: int = 1,
        latency: str | float | int | tuple[float, float] | LatencyRange | None = None,
    ) -> Fault:
        """Add a fault (see the module docstring for the kinds); returns it, with its `id`."""
        fault = Fault(
            kind=kind,
            operation=operation or "*",
            every=every,
            probability=probability,
            times=times,
            status=status,
            code=code,
            retry_after=retry_after,
            latency=LatencyRange.parse(latency),
        )
        with self._lock:
            self._next += 1
            fault.id = f"f{self._next}"
            fault._random = random.Random(f"fault:{self._seed}:{fault.id}")
            self._faults.append(fault)
        return fault

    def add_spec(self, spec: str) -> Fault:
        """Add a fault written as a SPEC string (`429,op=listTrackings,times=1`)."""
        return self.add(**parse_spec(spec))

    def remove(self, fault_id: str) -> bool:
        with self._lock:
            kept = [f for f in self._faults if f.id != fault_id]
            removed = len(kept) != len(self._faults)
            self._faults = kept
            return removed

    def clear(self) -> None:
        """Remove every fault; ids start again at f1 (same seed, same draws after a reset)."""
        with self._lock:
            self._faults = []
            self._next = 0

    def list(self) -> builtins.list[Fault]:
        with self._lock:
            return list(self._faults)

    def __bool__(self) -> bool:
        return bool(self._faults)

    def pick(self, operation: str) -> builtins.list[FaultAction]:
        """The actions for one call of `operation`: every firing latency fault, then at most one
        fault that answers instead of the handlers (the first added that fires)."""
        if not self._faults:
            return []
        actions: builtins.list[FaultAction] = []
        answered = False
        with self._lock:
            for fault in self._faults:
                if not fault.matches(operation) or fault.remaining == 0:
                    continue
                if answered and fault.kind != "latency":
                    continue
                fault.calls += 1
                if fault.probability is not None:
                    fires = fault._random.random() < fault.probability
                else:
                    fires = fault.calls % fault.every == 0
                if not fires:
                    continue
                fault.fired += 1
                if fault.kind == "latency":
                    low, high = fault.latency.low, fault.latency.high
                    ms = low if low == high else fault._random.uniform(low, high)
                    actions.append(FaultAction("latency", fault.id, delay=ms / 1000.0))
                else:
                    answered = True
                    actions.append(
                        FaultAction(
                            fault.kind,
                            fault.id,
                            status=fault.status or (429 if fault.kind == "rate-limit" else 200),
                            code=fault.code,
                            retry_after=fault.retry_after,
                        )
                    )
        return actions
