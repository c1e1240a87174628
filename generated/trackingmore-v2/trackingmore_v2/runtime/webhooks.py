"""TrackingMore v2 webhooks: parse the POSTed body and verify its ``verifyInfo`` signature.

A v2 webhook body is ``{"meta": {...}, "data": {<tracking>}, "verifyInfo": {"timeStr": ...,
"signature": ...}}`` where ``signature`` is the lower-case hex HMAC-SHA256 of ``timeStr`` keyed
by the account's login e-mail. The signature covers only ``timeStr``, not the tracking data, so
the freshness window is what limits replays of a captured body: keep it short.

The runtime knows no generated model: the generated ``trackingmore_v2.webhooks`` binds these
functions to the spec's ``Tracking`` and ``Meta`` models (``data_model``/``meta_model``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from .dates import parse_carrier_time
from .declared_types import check_declared_types
from .errors import WebhookVerificationError

__all__ = ["DEFAULT_MAX_AGE", "WebhookEvent", "parse_webhook", "sign", "verify_webhook"]

DEFAULT_MAX_AGE = 300.0  # seconds a delivery may be old (or ahead, for clock skew)

DataT = TypeVar("DataT", bound="_Model")
MetaT = TypeVar("MetaT", bound="_Model")
M = TypeVar("M", bound="_Model")


class _Model(Protocol):
    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M: ...


@dataclass(frozen=True)
class WebhookEvent(Generic[DataT, MetaT]):
    """A parsed webhook delivery. Unknown fields stay available in ``raw`` and in the models'
    ``additional_properties``."""

    data: DataT
    meta: MetaT | None
    time_str: str | None
    signature: str | None
    raw: Mapping[str, Any] = field(repr=False)


def sign(time_str: str, email: str) -> str:
    """The signature TrackingMore computes: hex HMAC-SHA256 of ``timeStr`` keyed by the e-mail."""
    return hmac.new(email.encode("utf-8"), time_str.encode("utf-8"), hashlib.sha256).hexdigest()


def _load(body: bytes | str | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(body, Mapping):
        return body
    try:
        document = json.loads(body)
    except ValueError as error:
        raise WebhookVerificationError(f"webhook body is not JSON: {error}") from None
    except RecursionError:
        raise WebhookVerificationError("webhook body is nested too deeply to be read") from None
    if not isinstance(document, dict):
        raise WebhookVerificationError("webhook body is not a JSON object")
    return document


def parse_webhook(
    body: bytes | str | Mapping[str, Any], *, data_model: type[DataT], meta_model: type[MetaT]
) -> WebhookEvent[DataT, MetaT]:
    """Parse a webhook body without checking its signature (see ``verify_webhook``)."""
    document = _load(body)
    data = document.get("data")
    if not isinstance(data, Mapping):
        raise WebhookVerificationError("webhook body has no tracking object in 'data'")
    try:
        tracking = data_model.from_dict(data)
        meta_doc = document.get("meta")
        meta = meta_model.from_dict(meta_doc) if isinstance(meta_doc, Mapping) else None
        # from_dict trusts the document; the models' declared types are the spec's schema.
        check_declared_types(tracking, "data")
        if meta is not None:
            check_declared_types(meta, "meta")
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        raise WebhookVerificationError(f"webhook body does not match the tracking schema: {error}") from None
    except RecursionError:
        raise WebhookVerificationError("webhook body is nested too deeply to be read") from None
    info = document.get("verifyInfo")
    info = info if isinstance(info, Mapping) else {}
    time_str, signature = info.get("timeStr"), info.get("signature")
    return WebhookEvent(
        data=tracking,
        meta=meta,
        time_str=str(time_str) if time_str is not None else None,
        signature=signature if isinstance(signature, str) else None,
        raw=document,
    )


def _timestamp(time_str: str, tz: dt.tzinfo | None) -> float:
    try:
        moment = parse_carrier_time(time_str, tz=tz)
    except ValueError:
        moment = None
    if moment is None:
        raise WebhookVerificationError(
            f"verifyInfo.timeStr {time_str!r} is not a timestamp; pass max_age=None to skip the age check"
        )
    if moment.tzinfo is None:
        raise WebhookVerificationError(
            f"verifyInfo.timeStr {time_str!r} has no time zone; pass time_zone=... (or max_age=None)"
        )
    return moment.timestamp()


def verify_webhook(
    body: bytes | str | Mapping[str, Any],
    *,
    email: str,
    max_age: float | None = DEFAULT_MAX_AGE,
    now: Callable[[], float] = time.time,
    time_zone: dt.tzinfo | None = None,
    data_model: type[DataT],
    meta_model: type[MetaT],
) -> WebhookEvent[DataT, MetaT]:
    """Parse ``body`` and check its signature (constant-time) and age; return the event.

    Raises ``WebhookVerificationError`` when the signature is missing or wrong, or when
    ``timeStr`` is more than ``max_age`` seconds away from ``now()`` (``None`` disables that).
    ``timeStr`` may be unix seconds, or a date string read in ``time_zone``.
    """
    if not email:
        raise ValueError("email (the account's login e-mail, the signing key) is required")
    event = parse_webhook(body, data_model=data_model, meta_model=meta_model)
    if not event.time_str or not event.signature:
        raise WebhookVerificationError("webhook body has no verifyInfo.timeStr/signature: refusing it")
    expected = sign(event.time_str, email)
    received = event.signature.strip().lower().encode("utf-8")
    if not hmac.compare_digest(expected.encode("ascii"), received):
        raise WebhookVerificationError("webhook signature does not match (wrong e-mail or tampered body)")
    if max_age is not None:
        age = now() - _timestamp(event.time_str, time_zone)
        if abs(age) > max_age:
            raise WebhookVerificationError(
                f"webhook is {age:.0f}s old (allowed: {max_age:.0f}s); refusing a possible replay"
            )
    return event
