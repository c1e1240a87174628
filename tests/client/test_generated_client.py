"""The generated client: models round-trip the spec's examples, parsing is forward compatible,
the auth header is sent, and every operation has the four generated call styles."""

from __future__ import annotations

import importlib
import json
import pkgutil
from typing import Any

import httpx
import pytest
import trackingmore_v2.api
import trackingmore_v2.models
from support.examples import component_values
from support.spec import body_examples, load_canonical_spec, operations
from trackingmore_v2 import AuthenticatedClient
from trackingmore_v2.api.trackings import get_tracking
from trackingmore_v2.models import CarrierInfo, Checkpoint, Tracking, TrackingEnvelope

SPEC = load_canonical_spec()  # what the generator reads


def model_for(component: str) -> Any:
    """Generated classes carry the component's name (use_path_prefixes_for_title_model_names: false)."""
    return getattr(trackingmore_v2.models, component)


ROUND_TRIPS = [
    (f"{example.where} as {name}", name, value)
    for example in body_examples(SPEC)
    for name, value in component_values(example.schema, example.value)
]


def canonical(value: Any) -> Any:
    """``value`` as the models write it back: the real API's string ``"null"`` (facts sheet: unset
    customer fields) is read as null, every other example value is already canonical."""
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        return [canonical(item) for item in value]
    return None if value == "null" else value


@pytest.mark.parametrize(("name", "value"), [r[1:] for r in ROUND_TRIPS], ids=[r[0] for r in ROUND_TRIPS])
def test_model_round_trips_spec_example(name: str, value: Any) -> None:
    model = model_for(name)
    parsed = model.from_dict(value)
    assert parsed.to_dict() == canonical(value)
    assert model.from_dict(parsed.to_dict()) == parsed


def test_round_trips_cover_every_envelope() -> None:
    envelopes = {n for n in SPEC["components"]["schemas"] if n.endswith("Envelope")}
    assert envelopes <= {name for _, name, _ in ROUND_TRIPS}


FUTURE_TRACKING: dict[str, Any] = {
    "id": "9a2f732e29b5ed2071d4cf6b5f4a3d19",
    "tracking_number": "RM121546236CN",
    "carrier_code": "china-post",
    "status": "returned_to_warehouse",  # a status TrackingMore might add later
    "substatus": "returned007",
    "created_at": "2018-04-16T06:30:02+00:00",
    "customer_email": ["a@example.com", "b@example.com"],
    "carbon_footprint": {"kg": 1.2},  # a field the spec does not know
    "origin_info": {
        "trackinfo": [
            {
                "Date": "2018-04-25 14:02",
                "StatusDescription": "Returned",
                "checkpoint_status": "returned_to_warehouse",
                "substatus": "returned007",
                "geo": [52.5, 13.4],
            }
        ],
        "proof_of_delivery_url": "https://example.com/pod.png",
    },
}


def test_unknown_status_substatus_and_fields_parse_and_survive() -> None:
    tracking = Tracking.from_dict(FUTURE_TRACKING)
    assert tracking.status == "returned_to_warehouse"
    assert tracking.substatus == "returned007"
    assert tracking["carbon_footprint"] == {"kg": 1.2}
    assert isinstance(tracking.origin_info, CarrierInfo)
    assert isinstance(tracking.origin_info.trackinfo, list)
    checkpoint = tracking.origin_info.trackinfo[0]
    assert isinstance(checkpoint, Checkpoint)
    assert checkpoint.checkpoint_status == "returned_to_warehouse"
    assert checkpoint["geo"] == [52.5, 13.4]
    assert tracking.to_dict() == FUTURE_TRACKING


def mock_client(handler: Any, token: str = "test-key-123") -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="https://api.trackingmore.test/v2",
        token=token,
        prefix="",
        auth_header_name="Trackingmore-Api-Key",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def test_auth_header_is_sent_and_future_payload_parses_through_the_endpoint() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"meta": {"code": 200, "type": "Success", "message": "Success"}, "data": FUTURE_TRACKING}
        return httpx.Response(200, content=json.dumps(body), headers={"Content-Type": "application/json"})

    with mock_client(handler) as client:
        response = get_tracking.sync_detailed("china-post", "RM121546236CN", client=client)

    (request,) = seen
    assert request.headers["Trackingmore-Api-Key"] == "test-key-123"
    assert "authorization" not in request.headers
    assert request.url.path == "/v2/trackings/china-post/RM121546236CN"
    assert isinstance(response.parsed, TrackingEnvelope)
    assert response.parsed.data.status == "returned_to_warehouse"


def test_path_parameters_are_url_encoded() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"meta": {"code": 4031}, "data": []})

    with mock_client(handler) as client:
        get_tracking.sync_detailed("china-post", "AB/../C D", client=client)
    assert seen[0].url.raw_path == b"/v2/trackings/china-post/AB%2F..%2FC%20D"


def endpoint_modules() -> list[str]:
    names = []
    for tag in pkgutil.iter_modules(trackingmore_v2.api.__path__):
        package = importlib.import_module(f"trackingmore_v2.api.{tag.name}")
        names += [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]
    return sorted(names)


def test_one_endpoint_module_per_operation() -> None:
    expected = {_snake(op.operation_id) for op in operations(SPEC)}
    assert {name.rsplit(".", 1)[1] for name in endpoint_modules()} == expected
    assert len(endpoint_modules()) == 19


def _snake(camel: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in camel)


@pytest.mark.parametrize("module_name", endpoint_modules())
def test_endpoint_module_exposes_sync_and_async_calls(module_name: str) -> None:
    module = importlib.import_module(module_name)
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, function)), function


def test_models_read_in_one_pass_without_the_stock_parsers() -> None:
    """generator-templates/model.py.jinja: no dict copy, no pop per key, no per-field parser functions."""
    import inspect

    source = inspect.getsource(Tracking.from_dict)
    assert "dict(src_dict)" not in source
    assert ".pop(" not in source
    assert "def _parse_" not in source
    assert "cast(" not in source
