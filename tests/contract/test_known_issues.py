"""Faults the contract tests found: the open ones as strict xfails, the fixed ones as regressions.

While a fault is open, the property tests drop the failures it causes (trackingmore_hooks.KNOWN_ISSUES,
via schemathesis' `filter_failure` hook) so that they keep finding new faults, and a test here
asserts the correct behaviour under `xfail(strict=True, reason="KNOWN-n: ...")`. Once the spec or
the mock is fixed the xfail passes, strict mode fails the run, and the entry goes while the test
stays as a regression test: all four faults found so far are fixed.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx
from support.spec import load_spec

from contract.mockserver import MOCK_API_KEY, make_app
from contract.trackingmore_checks import API_KEY_HEADER
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


def test_every_known_issue_has_its_xfail() -> None:
    assert {issue.id for issue in KNOWN_ISSUES} == set()  # none open; add the xfail with the entry


# Fixed after the contract tests reported them: KNOWN-1 in the spec (56bb7df), KNOWN-2 and KNOWN-3 in
# the mock (f972786), KNOWN-4 in the mock (1fae448). Kept as regression tests.


def test_fixed_known_1_customer_email_nullability_is_unambiguous() -> None:
    # OAS 3.0.3: `nullable` only adds null to a `type` given in the same schema object. With it next
    # to a bare `anyOf`, schemathesis sent `customer_email: null` and connexion refused it (4012).
    schema = load_spec()["components"]["schemas"]["CustomerEmail"]
    assert "nullable" not in schema or "type" in schema
    body = {"tracking_number": "RM121546236CN", "carrier_code": "china-post", "customer_email": None}
    assert call("POST", "/trackings/post", json=body)["meta"]["code"] == 200


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
