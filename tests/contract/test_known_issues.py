"""Faults the contract tests found: the open ones as strict xfails, the fixed ones as regressions.

The property tests drop the failures these cause (trackingmore_hooks.KNOWN_ISSUES, via schemathesis'
`filter_failure` hook) so that they keep finding new faults. Each test below asserts the correct
behaviour and is a strict xfail naming the issue: once the spec or the mock is fixed it passes,
strict xfail turns that into a failure, and the entry in KNOWN_ISSUES and the xfail go together.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx
import pytest

from contract.mockserver import MOCK_API_KEY, make_app
from contract.trackingmore_checks import API_KEY_HEADER, load_spec
from contract.trackingmore_hooks import KNOWN_ISSUES


def call(method: str, url: str, *, with_key: bool = True, **kwargs: Any) -> dict[str, Any]:
    """One call to a fresh in-process mock; the JSON answer."""

    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=make_app())
        headers = {API_KEY_HEADER: MOCK_API_KEY} if with_key else {}
        async with httpx.AsyncClient(transport=transport, base_url="http://mock/v2", headers=headers) as client:
            return await client.request(method, url, **kwargs)

    answer: dict[str, Any] = asyncio.run(send()).json()
    return answer


def reason(issue_id: str) -> str:
    issue = next(issue for issue in KNOWN_ISSUES if issue.id == issue_id)
    return f"{issue.id}: {issue.summary}"


def test_every_known_issue_has_its_xfail() -> None:
    assert {issue.id for issue in KNOWN_ISSUES} == {"KNOWN-1"}


@pytest.mark.xfail(strict=True, reason=reason("KNOWN-1"))
def test_customer_email_nullability_is_unambiguous() -> None:
    # OAS 3.0.3: `nullable` only adds null to a `type` given in the same schema object. schemathesis
    # reads it anyway (and sends null), connexion and openapi-schema-validator do not (4012).
    schema = load_spec()["components"]["schemas"]["CustomerEmail"]
    assert "nullable" not in schema or "type" in schema


# Fixed in the mock after the contract tests reported them (f972786: KNOWN-2 and KNOWN-3, 1fae448:
# KNOWN-4); kept as regression tests.


def test_fixed_known_2_int64_overflow_in_query_is_rejected() -> None:
    answer = call("GET", "/trackings/get", params={"update_time_min": str(2**63)})
    assert answer["meta"]["code"] == 4012, answer["meta"]


def test_fixed_known_3_order_time_before_year_1000_keeps_four_digits() -> None:
    body = {"tracking_number": "RM121546236CN", "carrier_code": "china-post", "order_create_time": "0660/05/07"}
    answer = call("POST", "/trackings/post", json=body)
    assert answer["meta"]["code"] == 200, answer["meta"]
    pattern = load_spec()["components"]["schemas"]["CarrierLocalTime"]["pattern"]
    assert re.match(pattern, answer["data"]["order_create_time"]), answer["data"]["order_create_time"]


def test_fixed_known_4_missing_key_is_answered_first_even_for_unroutable_paths() -> None:
    assert call("GET", "/trackings/china-post/RM1215%21", with_key=False)["meta"]["code"] == 401  # as expected
    answer = call("GET", "/trackings/china-post/RM121546236CN%0A", with_key=False)
    assert answer["meta"]["code"] == 401, answer["meta"]
