"""Outbound webhooks, as TrackingMore v2 sends them: a signed POST when a tracking's status changes.

Subscribe a URL (and the account e-mail, the signing key): when a stored tracking's status changes
(by the mock clock, a PUT / updatemore, a change of carrier) or a realtime look-up shows a number in
a new status, the fake POSTs `{"meta": {...}, "data": <tracking>, "verifyInfo": {"timeStr",
"signature"}}` where `signature` is the hex HMAC-SHA256 of `timeStr` keyed by the e-mail and
`timeStr` the wall-clock unix seconds of the attempt. A receiver that does not answer 2xx is
retried after each of `retry_delays` seconds; every attempt is recorded on its `Delivery`.

A background thread does the detecting and the sending, so neither ever blocks a request; `wait()`
returns once everything detected so far is delivered or has given up (for tests, without sleeping).
"""

from __future__ import annotations

import hashlib
import heapq
import hmac
import itertools
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from . import render, simulator
from .codes import envelope

if TYPE_CHECKING:
    from .backend import MockBackend

logger = logging.getLogger("trackingmore_mock.webhooks")
DEFAULT_RETRY_DELAYS = (1.0, 2.0, 4.0, 8.0, 16.0)
DEFAULT_TIMEOUT = 5.0
SCAN_INTERVAL = 0.5  # seconds between scans while someone is subscribed (the clock may run on its own)
_MAX_DELIVERIES = 1000
Key = tuple[str, str]


def sign(time_str: str, email: str) -> str:
    """TrackingMore's v2 signature: hex HMAC-SHA256 of `timeStr` keyed by the account e-mail."""
    return hmac.new(email.encode("utf-8"), time_str.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass
class Subscription:
    id: str
    url: str
    email: str
    statuses: frozenset[str] | None = None  # None: every status
    retry_delays: tuple[float, ...] = DEFAULT_RETRY_DELAYS

    def to_dict(self) -> dict[str, Any]:
        # The e-mail is the signing key: shown masked, never in full.
        user, _, domain = self.email.partition("@")
        return {
            "id": self.id,
            "url": self.url,
            "email": f"{user[:1]}***@{domain}" if domain else "***",
            "statuses": sorted(self.statuses) if self.statuses is not None else None,
            "retry_delays": list(self.retry_delays),
        }


@dataclass
class Attempt:
    at: float  # wall-clock unix seconds
    status_code: int | None
    error: str | None
    duration_ms: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "status_code": self.status_code,
            "error": self.error,
            "duration_ms": round(self.duration_ms, 3),
        }


@dataclass
class Delivery:
    id: str
    subscription_id: str
    url: str
    carrier_code: str
    tracking_number: str
    status: str
    substatus: str | None
    trigger: str  # "change" (clock, update) or "realtime"
    data: dict[str, Any] = field(repr=False)
    attempts: list[Attempt] = field(default_factory=list)
    state: str = "pending"  # pending -> delivered | failed

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subscription_id": self.subscription_id,
            "url": self.url,
            "carrier_code": self.carrier_code,
            "tracking_number": self.tracking_number,
            "status": self.status,
            "substatus": self.substatus,
            "trigger": self.trigger,
            "state": self.state,
            "attempts": [a.to_dict() for a in self.attempts],
        }


Sender = Callable[[str, bytes, float], int]  # (url, body, timeout) -> HTTP status; raises on transport errors


def _http_sender() -> Sender:
    client = httpx.Client(trust_env=False, follow_redirects=False)

    def send(url: str, body: bytes, timeout: float) -> int:
        answer = client.post(url, content=body, headers={"Content-Type": "application/json"}, timeout=timeout)
        return answer.status_code

    return send


class Webhooks:
    """Subscriptions, change detection and deliveries of one app."""

    def __init__(self, backend: MockBackend, *, timeout: float = DEFAULT_TIMEOUT, sender: Sender | None = None):
        self._backend = backend
        self.timeout = timeout
        self._sender = sender
        self._cond = threading.Condition()
        self._subscriptions: dict[str, Subscription] = {}
        self._deliveries: list[Delivery] = []
        self._due: list[tuple[float, int, Delivery]] = []  # (monotonic due time, seq, delivery)
        self._seq = itertools.count()
        self._ids = itertools.count(1)
        self._sub_ids = itertools.count(1)
        self._last: dict[Key, str] = {}  # status last announced per stored tracking
        self._last_realtime: dict[Key, str] = {}
        self._scan_requested = False  # by the worker's timer: the clock may run on its own
        self._scan_lock = threading.Lock()
        self._busy = False
        self._thread: threading.Thread | None = None
        self._stopped = False

    # -- subscriptions -------------------------------------------------------------------------
    def subscribe(
        self,
        url: str,
        email: str | None = None,
        *,
        statuses: Iterable[str] | None = None,
        retry_delays: Iterable[float] | None = None,
    ) -> Subscription:
        """Push status changes to `url`, signed with `email` (default: the account's e-mail)."""
        if not url.startswith(("http://", "https://")):
            raise ValueError("a webhook URL must start with http:// or https://")
        delays = tuple(float(d) for d in retry_delays) if retry_delays is not None else DEFAULT_RETRY_DELAYS
        if any(d < 0 for d in delays):
            raise ValueError("retry delays must not be negative")
        with self._cond:
            if not self._subscriptions:
                # Changes are announced from now on: what exists now is the baseline, not news;
                # the store notes what changes after it, so that a scan costs the changes.
                self._last = self._backend.store.statuses(self._backend.now(), watch=True)
            subscription = Subscription(
                id=f"w{next(self._sub_ids)}",
                url=url,
                email=email or self._backend.options.email,
                statuses=frozenset(statuses) if statuses is not None else None,
                retry_delays=delays,
            )
            self._subscriptions[subscription.id] = subscription
            self._start()
            return subscription

    def unsubscribe(self, subscription_id: str) -> bool:
        with self._cond:
            removed = self._subscriptions.pop(subscription_id, None) is not None
            if not self._subscriptions:
                self._backend.store.unwatch()
            return removed

    def subscriptions(self) -> list[Subscription]:
        with self._cond:
            return list(self._subscriptions.values())

    def deliveries(self) -> list[Delivery]:
        with self._cond:
            return list(self._deliveries)

    def reset(self) -> None:
        """Forget subscriptions, deliveries (pending retries included) and announced statuses."""
        with self._cond:
            self._subscriptions.clear()
            self._backend.store.unwatch()
            self._deliveries.clear()
            self._due.clear()
            self._last.clear()
            self._last_realtime.clear()
            self._scan_requested = False
            self._ids = itertools.count(1)
            self._sub_ids = itertools.count(1)
            self._cond.notify_all()

    # -- detection -----------------------------------------------------------------------------
    def notify(self, realtime: Key | None = None) -> None:
        """Something may have changed (a request was served, the clock moved): detect it now.

        Detection runs at once, in the caller's thread, so what is announced depends only on the
        order of requests and clock moves, never on thread timing; only the sending is deferred."""
        if not self._subscriptions:
            return
        self.scan([realtime] if realtime is not None else [])

    def scan(self, realtime_keys: Iterable[Key] = ()) -> int:
        """Compare every tracking with what was last announced; queue a delivery per change."""
        with self._scan_lock:
            return self._scan(list(realtime_keys))

    def _scan(self, realtime_keys: list[Key]) -> int:
        backend = self._backend
        with self._cond:
            self._scan_requested = False
            if not self._subscriptions:
                return 0
        now = backend.now()
        found: list[tuple[str, dict[str, Any], str, str | None]] = []
        # Only trackings created, deleted, moved or changed since the last scan can differ from
        # what was last announced (the store's status index notes them).
        for key, record, status in backend.store.status_changes(now):
            if record is None or status is None:
                self._last.pop(key, None)  # deleted (or moved): a new tracking with that key starts afresh
            elif self._last.get(key, "pending") != status:
                self._last[key] = status
                data = render.full(record, now)
                found.append(("change", data, status, data["substatus"]))
        for key in realtime_keys:
            if backend.store.get(key) is not None:
                continue
            snap = simulator.observe(backend.realtime_journey(key), now)
            if self._last_realtime.get(key, "pending") != snap.status:
                self._last_realtime[key] = snap.status
                item = render.tracking_from_snapshot(
                    snap,
                    tracking_id=backend.store.make_id(key, 0),
                    tracking_number=key[1],
                    carrier_code=key[0],
                    status=snap.status,
                    substatus=snap.substatus,
                )
                found.append(("realtime", item, snap.status, snap.substatus))
        queued = 0
        with self._cond:
            for trigger, data, status, substatus in found:
                for subscription in self._subscriptions.values():
                    if subscription.statuses is not None and status not in subscription.statuses:
                        continue
                    delivery = Delivery(
                        id=f"d{next(self._ids)}",
                        subscription_id=subscription.id,
                        url=subscription.url,
                        carrier_code=str(data["carrier_code"]),
                        tracking_number=str(data["tracking_number"]),
                        status=status,
                        substatus=substatus,
                        trigger=trigger,
                        data=data,
                    )
                    self._deliveries.append(delivery)
                    heapq.heappush(self._due, (time.monotonic(), next(self._seq), delivery))
                    queued += 1
            del self._deliveries[:-_MAX_DELIVERIES]
            self._cond.notify_all()
        return queued

    # -- delivery ------------------------------------------------------------------------------
    def body(self, delivery: Delivery, subscription: Subscription, time_str: str) -> bytes:
        document = envelope(delivery.data)
        document["verifyInfo"] = {"timeStr": time_str, "signature": sign(time_str, subscription.email)}
        return json.dumps(document).encode()

    def _attempt(self, delivery: Delivery) -> None:
        with self._cond:
            subscription = self._subscriptions.get(delivery.subscription_id)
        if subscription is None:  # unsubscribed meanwhile
            delivery.state = "failed"
            return
        time_str = str(int(time.time()))
        body = self.body(delivery, subscription, time_str)
        sender = self._sender or _http_sender()
        self._sender = sender
        started = time.perf_counter()
        status: int | None = None
        error: str | None = None
        try:
            status = sender(delivery.url, body, self.timeout)
        except Exception as exc:  # any transport failure of the receiver is a failed attempt
            error = f"{type(exc).__name__}: {exc}"[:200]
        attempt = Attempt(time.time(), status, error, (time.perf_counter() - started) * 1000)
        with self._cond:
            delivery.attempts.append(attempt)
            if status is not None and 200 <= status < 300:
                delivery.state = "delivered"
            elif len(delivery.attempts) > len(subscription.retry_delays):
                delivery.state = "failed"
                logger.warning(
                    "webhook %s to %s failed after %d attempts", delivery.id, delivery.url, len(delivery.attempts)
                )
            else:
                delay = subscription.retry_delays[len(delivery.attempts) - 1]
                heapq.heappush(self._due, (time.monotonic() + delay, next(self._seq), delivery))

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stopped = False
            self._thread = threading.Thread(target=self._run, name="trackingmore-mock-webhooks", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._stopped:
                    now = time.monotonic()
                    if self._scan_requested or (self._due and self._due[0][0] <= now):
                        break
                    wait = SCAN_INTERVAL if self._subscriptions else None
                    if self._due:
                        wait = min(wait or SCAN_INTERVAL, self._due[0][0] - now)
                    if not self._cond.wait(timeout=wait) and self._subscriptions:
                        self._scan_requested = True  # the clock may have moved on its own
                if self._stopped:
                    return
                self._busy = True
                scan = self._scan_requested
                ready = None
                if not scan and self._due and self._due[0][0] <= time.monotonic():
                    ready = heapq.heappop(self._due)[2]
            try:
                if scan:
                    self.scan()
                elif ready is not None and ready.state == "pending":
                    self._attempt(ready)
            except Exception:
                logger.exception("webhook worker error")
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until every change detected so far is delivered or has failed (True), or `timeout`."""
        self.notify()
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._scan_requested or self._busy or any(d.state == "pending" for d in self._deliveries):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(timeout=min(left, 0.05))
            return True

    def close(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=5)
