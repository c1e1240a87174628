"""Issue 10, defects 11-12: whatever the verifier cannot read is a ``WebhookVerificationError``
(never a bare ``RecursionError``), and a validly signed body whose fields have the wrong types is
refused: the parsed event is checked against the spec's tracking schema as the generated models
declare it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from trackingmore_v2 import errors, parse_webhook, verify_webhook
from trackingmore_v2.runtime.webhooks import sign

EMAIL = "shop@example.com"
NOW = 1_700_000_000.0
TIME_STR = str(int(NOW))


def signed(data: dict[str, Any], **extra: Any) -> bytes:
    document = {
        "meta": {"code": 200, "type": "Success", "message": "Success"},
        "data": data,
        "verifyInfo": {"timeStr": TIME_STR, "signature": sign(TIME_STR, EMAIL)},
        **extra,
    }
    return json.dumps(document).encode()


def tracking(**changes: Any) -> dict[str, Any]:
    return {
        "id": "9a1339e7bd6f4d2ba4cbe3e2c4e7e1a0",
        "tracking_number": "RM121546236CN",
        "carrier_code": "china-post",
        "status": "delivered",
        "origin_info": {"trackinfo": [{"Date": "2018-04-16 06:30", "StatusDescription": "Posted"}]},
        "carbon_footprint": {"kg": 0.4},  # unknown to the spec: kept
        **changes,
    }


def verify(raw: bytes | str) -> Any:
    return verify_webhook(raw, email=EMAIL, now=lambda: NOW)


# --- defect 11 --------------------------------------------------------------------------------


@pytest.mark.parametrize("as_text", [False, True])
def test_a_deeply_nested_body_is_a_verification_error(as_text: bool) -> None:
    raw = b'{"a":' * 10000 + b"1" + b"}" * 10000
    with pytest.raises(errors.WebhookVerificationError, match="nested too deeply"):
        verify(raw.decode() if as_text else raw)
    with pytest.raises(errors.WebhookVerificationError):
        parse_webhook(raw)


@pytest.mark.parametrize(
    "raw",
    [b"", b"\xff\xfe", b"[1, 2]", b'"text"', b"null", b'{"data": 1}', b'{"data": {"tracking_number": "x"}}'],
)
def test_anything_unreadable_is_a_verification_error(raw: bytes) -> None:
    with pytest.raises(errors.WebhookVerificationError):
        verify(raw)


# --- defect 12 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"status": []}, "status: expected string, got array"),
        ({"carrier_code": None}, "carrier_code: expected string, got null"),
        ({"archived": "yes"}, "archived: expected boolean or null, got string"),
        ({"itemTimeLength": "3 days"}, "itemTimeLength: expected integer or null, got string"),  # the JSON name
        ({"customer_email": {"to": "a@example.com"}}, "customer_email"),
    ],
)
def test_a_validly_signed_body_with_wrong_types_is_refused(changes: dict[str, Any], named: str) -> None:
    with pytest.raises(errors.WebhookVerificationError, match="does not match the tracking schema") as caught:
        verify(signed(tracking(**changes)))
    assert named in str(caught.value)


def test_wrong_types_inside_nested_objects_are_named_with_their_path() -> None:
    nested = tracking(origin_info={"trackinfo": [{"Date": "2018-04-16 06:30", "StatusDescription": [7]}]})
    with pytest.raises(errors.WebhookVerificationError) as caught:
        verify(signed(nested))
    assert "origin_info.trackinfo[0]" in str(caught.value)
    with pytest.raises(errors.WebhookVerificationError, match=r"code"):
        verify(signed(tracking(), meta={"code": "two hundred", "type": "Success", "message": "Success"}))


def test_loose_forms_of_the_real_api_are_read_into_the_declared_types() -> None:
    """The tolerant reader (docs/sdk.md): a number for a string id, a numeric-string code, a number
    for a description are turned losslessly into the declared type, never kept as another type."""
    loose = tracking(
        tracking_number=2, origin_info={"trackinfo": [{"Date": "2018-04-16 06:30", "StatusDescription": 7}]}
    )
    event = verify(signed(loose, meta={"code": "200", "type": "Success", "message": "Success"}))
    assert event.data.tracking_number == "2"
    assert event.meta.code == 200
    assert event.data.origin_info.trackinfo[0].status_description == "7"


def test_a_well_typed_body_is_still_accepted_with_its_unknown_fields() -> None:
    event = verify(signed(tracking(customer_email=["a@example.com", "b@example.com"], archived=None)))
    assert event.data.tracking_number == "RM121546236CN"
    assert event.data["carbon_footprint"] == {"kg": 0.4}
