"""Issue 10, small things users notice: the User-Agent and ``__version__``, float timeouts,
the spec's limits checked before sending, and deleting the items of a listing while iterating it
(the skip, and the safe pattern)."""

from __future__ import annotations

import platform
import tomllib
from pathlib import Path

import httpx
import pytest
import trackingmore_v2
from support.spec import load_spec
from support.stub_server import StubServer, envelope_bytes, respond
from trackingmore_v2 import AuthenticatedClient, PageSpacing, errors
from trackingmore_v2.api.batch import batch_create_trackings, batch_delete_trackings
from trackingmore_v2.api.trackings import delete_tracking, get_tracking, list_trackings
from trackingmore_v2.models import CreateTrackingRequest, TrackingKey
from trackingmore_v2.operations import OPERATIONS

from sdk.helpers import TRACKING
from sdk.modes import MODES, run, stub_client

ROOT = Path(__file__).resolve().parents[2]
NO_WAIT = PageSpacing(min_interval=0)


@pytest.mark.parametrize("mode", MODES)
def test_requests_carry_the_sdk_user_agent(mode: str) -> None:
    with StubServer(respond(200, envelope_bytes(200, TRACKING))) as server:
        run(mode, get_tracking, "china-post", "RM1", client=stub_client(server.base_url))
        agent = server.requests[0].headers["user-agent"]
    expected = (
        f"trackingmore-v2-python/{trackingmore_v2.__version__} Python/{platform.python_version()}"
        f" httpx/{httpx.__version__}"
    )
    assert agent == expected


def test_the_version_is_exported_and_is_the_packages() -> None:
    pyproject = tomllib.loads((ROOT / "generated" / "trackingmore-v2" / "pyproject.toml").read_text())
    assert trackingmore_v2.__version__ == pyproject["project"]["version"]
    assert "__version__" in trackingmore_v2.__all__


def test_a_float_timeout_is_accepted_by_the_type_hints_and_at_run_time() -> None:
    # mypy --strict checks this module: before the fix `timeout=2.0` was a type error.
    client = AuthenticatedClient(token="k", timeout=2.0)
    assert client.request_options().call.attempt_timeout == 2.0
    assert client.with_timeout(1).request_options().call.attempt_timeout == 1.0


def _create(client: AuthenticatedClient, count: int) -> None:
    items = [CreateTrackingRequest(tracking_number=f"TMTRANSIT{n:04d}", carrier_code="ups") for n in range(count)]
    result = batch_create_trackings.sync_batch(client=client, body=items)
    assert result.data is not None
    assert result.data.added == count


def _remaining(client: AuthenticatedClient) -> int:
    return len(list(list_trackings.sync_iter(client=client, page_size=10, spacing=NO_WAIT)))


def test_deleting_while_iterating_skips_a_third_of_the_items(mock_client: AuthenticatedClient) -> None:
    _create(mock_client, 30)
    for tracking in list_trackings.sync_iter(client=mock_client, page_size=10, spacing=NO_WAIT):
        delete_tracking.sync(tracking.carrier_code, tracking.tracking_number, client=mock_client)
    assert _remaining(mock_client) == 10  # what docs/sdk.md warns about


def test_collecting_first_then_deleting_the_snapshot_deletes_everything(mock_client: AuthenticatedClient) -> None:
    _create(mock_client, 30)
    snapshot = [
        TrackingKey(tracking_number=t.tracking_number, carrier_code=t.carrier_code)
        for t in list_trackings.sync_iter(client=mock_client, page_size=10, spacing=NO_WAIT)
    ]
    result = batch_delete_trackings.sync_batch(client=mock_client, body=snapshot)
    assert result.ok
    assert _remaining(mock_client) == 0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("case", "named"),
    [
        ("limit", "listTrackings: limit=2001 is above the spec's maximum of 2000"),
        ("numbers", "listTrackings: numbers (41 comma-separated values) does not match the spec's pattern"),
        ("batch", "batchCreateTrackings: body has 41 items, the spec allows at most 40"),
    ],
)
def test_the_specs_limits_are_checked_before_sending(mode: str, case: str, named: str) -> None:
    with StubServer(respond(200, envelope_bytes(200, {}))) as server:
        client = stub_client(server.base_url)
        with pytest.raises(errors.InvalidArgumentError) as caught:
            if case == "batch":
                items = [CreateTrackingRequest(tracking_number=f"RM{n}", carrier_code="ups") for n in range(41)]
                run(mode, batch_create_trackings, client=client, body=items)
            else:
                numbers = ",".join(f"RM{n}" for n in range(41))
                arguments = {"limit": 2001} if case == "limit" else {"numbers": numbers}
                run(mode, list_trackings, client=client, **arguments)
        assert server.requests == []  # nothing was sent
    assert named in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_the_limits_in_the_operation_facts_are_the_specs() -> None:
    spec = load_spec()
    list_parameters = {p["name"]: p for p in spec["paths"]["/trackings/get"]["get"]["parameters"] if "name" in p}
    batch_schema = spec["paths"]["/trackings/batch"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    listing = OPERATIONS["listTrackings"].query_limits
    assert listing["limit"]["maximum"] == list_parameters["limit"]["schema"]["maximum"]
    assert listing["numbers"]["pattern"] == list_parameters["numbers"]["schema"]["pattern"]
    batch = OPERATIONS["batchCreateTrackings"]
    assert (batch.min_items, batch.max_items) == (batch_schema["minItems"], batch_schema["maxItems"])
