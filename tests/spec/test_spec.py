"""The hand-written spec: valid OpenAPI 3.0.3, complete, documented, and its examples true."""

from __future__ import annotations

import re
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from openapi_spec_validator import validate
from support.spec import SPEC_PATH, body_examples, inline_refs, load_canonical_spec, load_spec, operations, resolve

# The operation inventory: the 16 calls of the v2 documentation, the two carrier calls and the
# language variant of the single GET. A missing, renamed or moved operation fails here.
EXPECTED_OPERATIONS = {
    ("post", "/trackings/post"): "createTracking",
    ("get", "/trackings/{carrier_code}/{tracking_number}"): "getTracking",
    ("put", "/trackings/{carrier_code}/{tracking_number}"): "updateTracking",
    ("delete", "/trackings/{carrier_code}/{tracking_number}"): "deleteTracking",
    ("get", "/trackings/{carrier_code}/{tracking_number}/{lang}"): "getTrackingInLanguage",
    ("post", "/trackings/batch"): "batchCreateTrackings",
    ("get", "/trackings/get"): "listTrackings",
    ("post", "/trackings/updatemore"): "batchUpdateTrackings",
    ("post", "/trackings/delete"): "batchDeleteTrackings",
    ("post", "/trackings/realtime"): "getRealtimeTracking",
    ("post", "/trackings/update"): "changeCarrier",
    ("get", "/trackings/getuserinfo"): "getUserInfo",
    ("get", "/trackings/getstatusnumber"): "getStatusCounts",
    ("post", "/trackings/notupdate"): "stopUpdatingTrackings",
    ("post", "/trackings/remote"): "checkRemoteAreas",
    ("post", "/trackings/costtime"): "getTransitTimes",
    ("post", "/trackings/aircargo"): "trackAirCargo",
    ("get", "/carriers"): "listCarriers",
    ("post", "/carriers/detect"): "detectCarrier",
}

SPEC = load_canonical_spec()
OPERATIONS = list(operations(SPEC))
OPERATION_IDS = [op.operation_id for op in OPERATIONS]


def test_spec_is_valid_openapi_3_0_3() -> None:
    assert SPEC["openapi"] == "3.0.3"
    validate(SPEC)


def test_operation_inventory_is_exact() -> None:
    found = {(op.method, op.path): op.operation_id for op in OPERATIONS}
    assert found == EXPECTED_OPERATIONS
    assert len(OPERATIONS) == 19


def test_server_and_auth_scheme_match_trackingmore() -> None:
    assert SPEC["servers"][0]["url"] == "https://api.trackingmore.com/v2"
    scheme = SPEC["components"]["securitySchemes"]["ApiKeyAuth"]
    assert scheme == scheme | {"type": "apiKey", "in": "header", "name": "Trackingmore-Api-Key"}


@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_operation_is_documented(op: Any) -> None:
    operation = op.operation
    assert re.fullmatch(r"[a-z][a-zA-Z]+", op.operation_id), "operationId must be camelCase"
    declared_tags = {tag["name"] for tag in SPEC["tags"]}
    assert operation["tags"] and set(operation["tags"]) <= declared_tags
    assert operation["summary"].strip()
    assert len(operation["description"].strip()) > 40
    # The generator ignores the top-level security, so each operation repeats it.
    assert operation["security"] == [{"ApiKeyAuth": []}]


@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_operation_has_request_and_response_examples(op: Any) -> None:
    body = resolve(SPEC, op.operation.get("requestBody"))
    if body is not None:
        assert body["required"] is True
        assert all(media.get("examples") for media in body["content"].values())
    ok = resolve(SPEC, op.operation["responses"]["200"])
    examples = ok["content"]["application/json"]["examples"]
    codes = {example_value["meta"]["code"] for example_value in _values(examples)}
    assert codes & {200, 201}, "a success example"
    assert any(code >= 4000 for code in codes), "an error example (HTTP 200, 4xxx meta.code)"


def _values(examples: dict[str, Any]) -> list[Any]:
    return [resolve(SPEC, example)["value"] for example in examples.values()]


@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_operation_documents_http_429_and_5xx(op: Any) -> None:
    responses = op.operation["responses"]
    assert {"200", "429", "5XX"} <= set(responses)
    rate_limited = resolve(SPEC, responses["429"])
    assert "Retry-After" in rate_limited["headers"]


EXAMPLES = list(body_examples(SPEC))


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.where for e in EXAMPLES])
def test_example_validates_against_its_schema(example: Any) -> None:
    schema = inline_refs(SPEC, example.schema)
    OAS30Validator(schema, format_checker=oas30_format_checker).validate(example.value)


def test_there_are_examples_for_every_operation() -> None:
    labelled = {e.where.split(" ")[1] for e in EXAMPLES}
    assert labelled == {op.path for op in OPERATIONS}


def test_the_meta_code_table_is_machine_readable_and_complete() -> None:
    table = {entry["code"]: entry for entry in SPEC["x-meta-codes"]}
    for code in (200, 201, 401, 4001, 4002, 4012, 4013, 4014, 4015, 4016, 4017, 4021, 4031, 4032, 4033, 429):
        assert code in table
    for entry in table.values():
        assert {"code", "type", "message", "meaning", "exception", "http_status"} <= set(entry), entry
        assert entry.get("category") in (None, "success", "missing-key", "wrong-key", "invalid-input")
        assert (entry["exception"] is None) == (entry.get("category") == "success"), entry
    assert "x-meta-codes" in SPEC["components"]["schemas"]["Meta"]["properties"]["code"]["description"]


def test_error_envelope_data_is_an_empty_array() -> None:
    data = SPEC["components"]["schemas"]["ErrorEnvelope"]["properties"]["data"]
    assert data["type"] == "array"
    assert data["maxItems"] == 0


def test_carrier_local_times_are_not_date_time() -> None:
    """Checkpoint dates carry no zone (`2018-04-16 06:30`): `format: date-time` would reject them."""
    schemas = SPEC["components"]["schemas"]
    local = schemas["CarrierLocalTime"]
    assert "format" not in local
    assert re.fullmatch(local["pattern"], "2018-04-16 06:30")
    assert re.fullmatch(local["pattern"], "2017/8/27 16:51")
    assert "format" not in schemas["Checkpoint"]["properties"]["Date"]
    tracking = schemas["Tracking"]["properties"]
    for field in ("order_create_time", "lastUpdateTime"):
        assert tracking[field] == {"$ref": "#/components/schemas/CarrierLocalTime"}
    assert tracking["created_at"]["format"] == "date-time"


def test_statuses_are_open_strings_not_enums() -> None:
    """A status or substatus value TrackingMore adds later must not break parsing."""
    schemas = SPEC["components"]["schemas"]
    for name in ("PackageStatus", "Substatus"):
        assert schemas[name]["type"] == "string"
        assert "enum" not in schemas[name]
    assert "enum" not in schemas["Checkpoint"]["properties"]["checkpoint_status"]
    for name, schema in schemas.items():
        if schema.get("type") == "object" and name.endswith(("Envelope", "Result", "Tracking")):
            assert schema.get("additionalProperties", True) is not False, name


def test_request_constraints() -> None:
    schemas = SPEC["components"]["schemas"]
    update = schemas["UpdateTrackingRequest"]["properties"]
    assert update["status"]["enum"] == [4, 7, 8]
    assert update["archived"]["enum"] == ["true", "false"]
    batch_paths = ["/trackings/batch", "/trackings/updatemore", "/trackings/delete", "/trackings/notupdate"]
    for path in batch_paths:
        body = SPEC["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
        assert (body["minItems"], body["maxItems"]) == (1, 40), path
    list_parameters = SPEC["paths"]["/trackings/get"]["get"]["parameters"]
    params = {p["name"]: p["schema"] for p in list_parameters if "name" in p}
    limit = params["limit"]
    assert (limit["minimum"], limit["maximum"], limit["default"]) == (1, 2000, 100)
    assert params["page"]["minimum"] == 1
    assert "{0,39}" in params["numbers"]["pattern"] and "{0,39}" in params["orders"]["pattern"]
    customer_email = schemas["CustomerEmail"]["anyOf"]
    assert [variant["type"] for variant in customer_email] == ["string", "array"]


def test_links_point_at_existing_operations_and_parameters() -> None:
    ids = set(OPERATION_IDS)
    by_id = {op.operation_id: op for op in OPERATIONS}
    seen = 0
    for op in OPERATIONS:
        for response in op.operation["responses"].values():
            for link in resolve(SPEC, response).get("links", {}).values():
                seen += 1
                assert link["operationId"] in ids
                target = by_id[link["operationId"]]
                accepted = set(re.findall(r"{(\w+)}", target.path))
                accepted |= {p["name"] for p in target.operation.get("parameters", []) if "name" in p}
                assert set(link.get("parameters", {})) <= accepted
                assert "requestBody" not in link or "requestBody" in target.operation
    assert seen == 11
    batch_links = SPEC["paths"]["/trackings/batch"]["post"]["responses"]["200"]["links"]
    assert {link["operationId"] for link in batch_links.values()} == {
        "getTracking",
        "listTrackings",
        "batchDeleteTrackings",
    }
    create_links = SPEC["paths"]["/trackings/post"]["post"]["responses"]["200"]["links"]
    assert {link["operationId"] for link in create_links.values()} == {
        "getTracking",
        "updateTracking",
        "deleteTracking",
        "changeCarrier",
    }


def _tolerated_entries(node: Any, where: str = "#") -> list[tuple[str, dict[str, Any], list[dict[str, Any]]]]:
    found = []
    if isinstance(node, dict):
        if "x-tolerated" in node and isinstance(node["x-tolerated"], list):
            found.append((where, node, node["x-tolerated"]))
        for key, value in node.items():
            found += _tolerated_entries(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _tolerated_entries(value, f"{where}/{index}")
    return found


def test_tolerated_forms_are_described_and_the_canonical_form_stays() -> None:
    entries = _tolerated_entries(SPEC)
    fields = {where.rsplit("/", 1)[-1] for where, _, _ in entries}
    assert {"status", "tracking_ship_date", "OrderCreateTimeInput"} <= fields, fields
    for where, canonical, tolerated in entries:
        assert "anyOf" not in canonical and canonical.get("type"), where  # one declared type for the SDK
        for form in tolerated:
            assert str(form.get("description", "")).startswith("Tolerated"), where
    status = SPEC["components"]["schemas"]["UpdateTrackingRequest"]["properties"]["status"]
    assert (status["type"], status["enum"]) == ("integer", [4, 7, 8])
    bodies = {op.operation_id: op.operation for op in OPERATIONS if "x-tolerated-body" in op.operation}
    assert set(bodies) == {"listTrackings", "getStatusCounts"}
    assert bodies["listTrackings"]["x-tolerated-body"]["methods"] == ["get", "post"]
    for operation in bodies.values():
        assert operation["x-tolerated-body"]["description"].startswith("Tolerated")


def test_the_expanded_spec_is_valid_and_offers_each_tolerated_form() -> None:
    expanded = load_spec()
    validate(expanded)
    status = expanded["components"]["schemas"]["UpdateTrackingRequest"]["properties"]["status"]
    assert [branch["type"] for branch in status["anyOf"]] == ["integer", "string"]
    assert _tolerated_entries(expanded) == []  # every list of tolerated forms became an anyOf
    post = expanded["paths"]["/trackings/get"]["post"]
    assert post["operationId"] == "listTrackingsWithBody"
    body = post["requestBody"]["content"]["application/json"]["schema"]["properties"]
    query = [resolve(SPEC, p)["name"] for p in SPEC["paths"]["/trackings/get"]["get"]["parameters"]]
    assert list(body) == query
    assert "post" not in expanded["paths"]["/trackings/getstatusnumber"]


def test_the_generated_models_keep_the_canonical_types() -> None:
    from trackingmore_v2.models import CreateTrackingRequest, UpdateTrackingRequest, UpdateTrackingRequestStatus

    assert issubclass(UpdateTrackingRequestStatus, int)
    assert UpdateTrackingRequest.__annotations__["status"] == "UpdateTrackingRequestStatus | Unset"
    assert CreateTrackingRequest.__annotations__["tracking_ship_date"] == "str | Unset"
    assert CreateTrackingRequest.__annotations__["order_create_time"] == "str | Unset"
    assert not hasattr(__import__("trackingmore_v2.api.trackings", fromlist=["x"]), "list_trackings_with_body")


def test_patterns_use_ascii_digit_classes() -> None:
    patterns = re.findall(r"pattern: '([^']*)'", SPEC_PATH.read_text("utf-8"))
    assert patterns
    assert not [pattern for pattern in patterns if "\\d" in pattern or "\\w" in pattern]
