"""Webhook bodies: parsing, HMAC-SHA256 verification of verifyInfo, freshness against replays."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from typing import Any

import pytest
from trackingmore_v2 import errors, parse_webhook, verify_webhook
from trackingmore_v2.runtime.webhooks import sign

EMAIL = "shop@example.com"
NOW = 1_700_000_000.0


def body(time_str: str = str(int(NOW)), *, email: str = EMAIL, **extra: Any) -> bytes:
    tracking = {
        "id": "9a1339e7bd6f4d2ba4cbe3e2c4e7e1a0",
        "tracking_number": "RM121546236CN",
        "carrier_code": "china-post",
        "status": "delivered",
        "substatus": "delivered004",
        "carbon_footprint": {"kg": 0.4},  # a field the spec does not know yet
    }
    signature = hmac.new(email.encode(), time_str.encode(), hashlib.sha256).hexdigest()
    document = {
        "meta": {"code": 200, "type": "Success", "message": "Success"},
        "data": tracking,
        "verifyInfo": {"timeStr": time_str, "signature": signature},
        **extra,
    }
    return json.dumps(document).encode()


def test_valid_signature_gives_the_parsed_event() -> None:
    event = verify_webhook(body(), email=EMAIL, now=lambda: NOW + 10)

    assert event.data.tracking_number == "RM121546236CN"
    assert event.data.status == "delivered"
    assert event.data["carbon_footprint"] == {"kg": 0.4}
    assert event.meta is not None and event.meta.code == 200
    assert event.time_str == str(int(NOW))


def test_signature_matches_the_documented_algorithm() -> None:
    expected = hmac.new(b"shop@example.com", b"1700000000", hashlib.sha256).hexdigest()
    assert sign("1700000000", EMAIL) == expected


def test_tampered_signature_is_refused() -> None:
    document = json.loads(body())
    document["verifyInfo"]["signature"] = "0" * 64
    with pytest.raises(errors.WebhookVerificationError, match="does not match"):
        verify_webhook(json.dumps(document), email=EMAIL, now=lambda: NOW)


def test_tampered_time_is_refused() -> None:
    document = json.loads(body())
    document["verifyInfo"]["timeStr"] = str(int(NOW) + 60)
    with pytest.raises(errors.WebhookVerificationError, match="does not match"):
        verify_webhook(document, email=EMAIL, now=lambda: NOW)


def test_wrong_email_is_refused() -> None:
    with pytest.raises(errors.WebhookVerificationError, match="does not match"):
        verify_webhook(body(), email="other@example.com", now=lambda: NOW)


@pytest.mark.parametrize("age", [301, -301, 86_400])
def test_stale_or_future_deliveries_are_refused(age: float) -> None:
    with pytest.raises(errors.WebhookVerificationError, match="replay"):
        verify_webhook(body(), email=EMAIL, now=lambda: NOW + age)


def test_freshness_window_is_configurable() -> None:
    event = verify_webhook(body(), email=EMAIL, now=lambda: NOW + 3600, max_age=7200)
    assert event.signature is not None
    assert verify_webhook(body(), email=EMAIL, now=lambda: NOW + 10**9, max_age=None).data.status == "delivered"


def test_date_time_strings_need_a_zone_for_the_age_check() -> None:
    stamp = "2023-11-15 06:13:20"  # NOW in UTC+8
    with pytest.raises(errors.WebhookVerificationError, match="time_zone"):
        verify_webhook(body(stamp), email=EMAIL, now=lambda: NOW)
    shanghai = dt.timezone(dt.timedelta(hours=8))
    assert verify_webhook(body(stamp), email=EMAIL, now=lambda: NOW, time_zone=shanghai).time_str == stamp


@pytest.mark.parametrize(
    "document",
    [
        {"data": {"id": "x", "tracking_number": "n", "carrier_code": "c", "status": "s"}},
        {"data": {"id": "x", "tracking_number": "n", "carrier_code": "c", "status": "s"}, "verifyInfo": {}},
        {"data": {"id": "x", "tracking_number": "n", "carrier_code": "c", "status": "s"}, "verifyInfo": "x"},
    ],
)
def test_missing_signature_is_refused(document: dict[str, Any]) -> None:
    with pytest.raises(errors.WebhookVerificationError, match="no verifyInfo"):
        verify_webhook(document, email=EMAIL, now=lambda: NOW)


@pytest.mark.parametrize("raw", [b"<html>", b"[]", b'{"meta": {}}', b'{"data": {"status": 1}}'])
def test_malformed_bodies_are_refused_clearly(raw: bytes) -> None:
    with pytest.raises(errors.WebhookVerificationError):
        verify_webhook(raw, email=EMAIL, now=lambda: NOW)


def test_parse_without_verification_keeps_unknown_top_level_fields() -> None:
    event = parse_webhook(body(event_id="evt_1"))
    assert event.raw["event_id"] == "evt_1"


def test_an_email_is_required() -> None:
    with pytest.raises(ValueError, match="e-mail"):
        verify_webhook(body(), email="")
