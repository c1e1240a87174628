"""TrackingMore v2 webhooks: the runtime's parser and verifier (``runtime.webhooks``) bound to the
spec's ``Tracking`` and ``Meta`` models."""

import datetime as dt
import time
from collections.abc import Callable, Mapping
from typing import Any

from .models import Meta, Tracking
from .runtime import webhooks as _runtime
from .runtime.webhooks import DEFAULT_MAX_AGE, sign

__all__ = ["DEFAULT_MAX_AGE", "WebhookEvent", "parse_webhook", "sign", "verify_webhook"]

WebhookEvent = _runtime.WebhookEvent[Tracking, Meta]


def parse_webhook(body: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """Parse a webhook body without checking its signature (see ``verify_webhook``)."""
    return _runtime.parse_webhook(body, data_model=Tracking, meta_model=Meta)


def verify_webhook(
    body: bytes | str | Mapping[str, Any],
    *,
    email: str,
    max_age: float | None = DEFAULT_MAX_AGE,
    now: Callable[[], float] = time.time,
    time_zone: dt.tzinfo | None = None,
) -> WebhookEvent:
    """Parse ``body`` and check its signature (constant-time) and age; return the event.

    Raises ``WebhookVerificationError`` when the signature is missing or wrong, or when
    ``timeStr`` is more than ``max_age`` seconds away from ``now()`` (``None`` disables that).
    ``timeStr`` may be unix seconds, or a date string read in ``time_zone``.
    """
    return _runtime.verify_webhook(
        body, email=email, max_age=max_age, now=now, time_zone=time_zone, data_model=Tracking, meta_model=Meta
    )
