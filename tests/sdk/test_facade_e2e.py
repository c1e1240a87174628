"""The resource-style client end to end, against the fake over loopback HTTP (sync and async)."""

from __future__ import annotations

import ast
from pathlib import Path

import anyio
import pytest
from trackingmore_v2 import TrackingMore, errors

from sdk.conftest import Mock
from sdk.every_call import every_async_call, every_call
from sdk.helpers import MOCK_API_KEY

HERE = Path(__file__).resolve().parent


def test_every_call_of_the_quick_start_runs_against_the_fake(mock: Mock) -> None:
    with TrackingMore(api_key=MOCK_API_KEY, base_url=mock.base_url) as client:
        seen = every_call(client)
    assert seen[:3] == ["pending", "RR123456789CN", "Jane Doe"]
    assert "submitted 45 added 45 trackings 45" in seen
    # The schema-breaking row is reported at its position in the caller's list, without being sent.
    bad = [line for line in seen if line.startswith("error ")]
    assert bad == ["error 45 RR987654321CN None carrier_code '' does not match ^[a-z0-9][a-z0-9-]{0,49}$"], bad
    assert "updated 1" in seen and "stopped 1" in seen and "deleted 1" in seen
    assert seen[-1] == "NotFoundError 4031"


def test_every_async_call_runs_against_the_fake(mock: Mock) -> None:
    seen = anyio.run(every_async_call, mock.base_url, MOCK_API_KEY)
    assert seen[0] == "RR555555555CN" and "RR555555555CN" in seen[1:]
    assert "async added 90 errors 0" in seen
    assert seen[-1].startswith("async raw 200 ")


def test_the_user_script_needs_no_cast_isinstance_or_unset() -> None:
    tree = ast.parse((HERE / "every_call.py").read_text())
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for alias in node.names}
    assert not names & {"cast", "isinstance"}, names & {"cast", "isinstance"}
    assert not imported & {"Unset", "UNSET", "cast"}, imported


def test_create_many_indexes_are_positions_in_the_callers_list(mock: Mock) -> None:
    with TrackingMore(api_key=MOCK_API_KEY, base_url=mock.base_url) as client:
        client.trackings.create(tracking_number="IDX000000050", carrier_code="china-post")
        items = [{"tracking_number": f"IDX{n:09d}", "carrier_code": "china-post"} for n in range(100)]
        items[7] = {"tracking_number": "IDX000000007", "carrier_code": "NOT A CODE"}
        r = client.trackings.create_many(items)
    # 99 valid items in 3 requests of at most 40; item 50 already existed (API error, in chunk 2).
    assert (r.submitted, r.added, len(r.trackings)) == (99, 98, 98)
    assert [(e.index, e.code, e.sent) for e in r.errors] == [(7, None, False), (50, 4016, True)]


def test_a_call_refused_as_a_whole_raises(mock: Mock) -> None:
    with TrackingMore(api_key="wrong-key", base_url=mock.base_url) as client, pytest.raises(errors.AuthenticationError):
        client.trackings.create_many([{"tracking_number": "RR123456789CN", "carrier_code": "china-post"}])
