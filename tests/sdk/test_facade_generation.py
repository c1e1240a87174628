"""The facade is generated from the spec: an operation added to a copy of the spec gets its method
(sync, async and raw) on regeneration, and generation refuses an operation without its facts."""

from __future__ import annotations

import copy
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from support.spec import load_canonical_spec

from sdk.generation import generate

NEW_OPERATION = {
    "get": {
        "operationId": "getShippingLabel",
        "tags": ["trackings"],
        "summary": "Get the shipping label of a tracking",
        "description": "A probe operation that TrackingMore does not have.",
        "x-sdk": {"resource": "labels", "method": "get"},
        "x-retry-safe": True,
        "x-credits": {"amount": 0, "per": "call"},
        "parameters": [
            {"$ref": "#/components/parameters/CarrierCodePath"},
            {"$ref": "#/components/parameters/TrackingNumberPath"},
        ],
        "responses": {
            "200": {"$ref": "#/components/responses/TrackingOrError"},
            "429": {"$ref": "#/components/responses/RateLimited"},
        },
    }
}

DRIVER = textwrap.dedent(
    """
    import inspect, json, httpx
    from tm_added import AsyncTrackingMore, TrackingMore
    from tm_added.operations import OPERATIONS

    def handler(request):
        assert request.url.path == "/v2/labels/china-post/RR123456789CN", request.url.path
        return httpx.Response(200, json={"meta": {"code": 200}, "data": {
            "id": "1", "tracking_number": "RR123456789CN", "carrier_code": "china-post", "status": "pending"}})

    transport = httpx.MockTransport(handler)
    client = TrackingMore(api_key="k", base_url="https://api.test/v2", httpx_args={"transport": transport})
    assert client.labels.get("china-post", "RR123456789CN").status == "pending"
    assert client.labels.with_raw_response.get("china-post", "RR123456789CN").http_status == 200
    assert inspect.iscoroutinefunction(AsyncTrackingMore(api_key="k").labels.get)
    assert OPERATIONS["getShippingLabel"].resource == "labels" and OPERATIONS["getShippingLabel"].retry_safe
    print("added ok")
    """
)


def test_an_operation_added_to_the_spec_gets_a_method_on_regeneration(tmp_path: Path) -> None:
    spec = copy.deepcopy(load_canonical_spec())
    spec["paths"]["/labels/{carrier_code}/{tracking_number}"] = NEW_OPERATION
    out, env = generate(spec, tmp_path, project="tm-added", package="tm_added")
    result = subprocess.run(
        [sys.executable, "-c", DRIVER], cwd=out, env={**env, "PYTHONPATH": str(out)}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "added ok"


@pytest.mark.parametrize("missing", ["x-sdk", "x-retry-safe", "x-credits"])
def test_generation_refuses_an_operation_without_its_facts(tmp_path: Path, missing: str) -> None:
    spec = copy.deepcopy(load_canonical_spec())
    operation = copy.deepcopy(NEW_OPERATION)
    del operation["get"][missing]
    spec["paths"]["/labels/{carrier_code}/{tracking_number}"] = operation
    with pytest.raises(AssertionError, match=f"getShippingLabel: {missing}"):
        generate(spec, tmp_path, project="tm-refused", package="tm_refused")
