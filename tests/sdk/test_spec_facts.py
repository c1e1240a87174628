"""The facts written once in the spec are the ones the SDK, the fake and the contract checks use:
meta codes (exception classes, envelope types and messages, check categories), retry safety,
credits and batch sizes."""

from __future__ import annotations

import httpx
import pytest
import trackingmore_v2.errors as sdk_errors
from contract import trackingmore_checks as checks
from support.spec import load_canonical_spec, operations, resolve
from trackingmore_mock import codes as mock_codes
from trackingmore_mock import spec as mock_spec
from trackingmore_mock.handlers import tools as mock_tools
from trackingmore_mock.handlers import trackings as mock_trackings
from trackingmore_v2.meta_codes import ERROR_CLASSES, META_CODES
from trackingmore_v2.meta_codes import SUCCESS_CODES as GENERATED_SUCCESS
from trackingmore_v2.operations import OPERATIONS
from trackingmore_v2.runtime.errors import SUCCESS_CODES as RUNTIME_SUCCESS
from trackingmore_v2.runtime.facts import FACTS_EXTENSION
from trackingmore_v2.runtime.retry import RetryPolicy

SPEC = load_canonical_spec()
TABLE = SPEC["x-meta-codes"]


def test_the_sdk_raises_the_class_the_table_names_for_every_code() -> None:
    for entry in TABLE:
        if entry["exception"] is None:
            assert entry["code"] not in ERROR_CLASSES
            continue
        cls = sdk_errors.error_class_for(entry["code"])
        assert cls.__name__ == entry["exception"] and cls is getattr(sdk_errors, entry["exception"]), entry
        assert issubclass(cls, sdk_errors.APIError)
    assert [m.code for m in META_CODES] == sorted(e["code"] for e in TABLE)


def test_success_codes_agree_everywhere() -> None:
    success = {e["code"] for e in TABLE if e["exception"] is None}
    assert success == set(GENERATED_SUCCESS) == set(RUNTIME_SUCCESS) == set(checks.SUCCESS_CODES)
    assert success == {e["code"] for e in TABLE if e.get("category") == "success"}


def test_the_fake_answers_with_the_tables_type_and_message() -> None:
    assert {e["code"]: (e["type"], e["message"]) for e in TABLE} == mock_codes.META
    for entry in TABLE:
        assert mock_codes.meta(entry["code"]) == {
            "code": entry["code"],
            "type": entry["type"],
            "message": entry["message"],
        }


def test_the_contract_checks_read_the_table() -> None:
    assert checks.meta_types() == {e["code"]: e["type"] for e in TABLE}
    assert {4001, 4002} == checks.WRONG_KEY_CODES and checks.MISSING_KEY_CODE == 401
    assert {e["code"] for e in TABLE if e.get("category") == "invalid-input"} == checks.INVALID_INPUT_CODES


def test_4020_names_the_batch_size_every_batch_body_declares() -> None:
    sizes = {
        resolve(SPEC, op.operation["requestBody"]["content"]["application/json"]["schema"]).get("maxItems")
        for op in operations(SPEC)
        if "requestBody" in op.operation
        and resolve(SPEC, op.operation["requestBody"]["content"]["application/json"]["schema"]).get("type") == "array"
    }
    assert sizes == {40}
    (entry,) = (e for e in TABLE if e["code"] == 4020)
    assert "at most 40" in entry["message"].lower() and "at most 40" in entry["meaning"]
    # The prose no longer repeats the table (it said "at most 200").
    assert "| 4020 |" not in SPEC["components"]["schemas"]["Meta"]["properties"]["code"]["description"]


@pytest.mark.parametrize("op", list(operations(SPEC)), ids=lambda op: op.operation_id)
def test_operation_facts_are_the_specs(op: object) -> None:
    operation = op.operation  # type: ignore[attr-defined]
    facts = OPERATIONS[operation["operationId"]]
    assert (facts.resource, facts.method) == (operation["x-sdk"]["resource"], operation["x-sdk"]["method"])
    assert facts.retry_safe is operation["x-retry-safe"]
    assert (facts.credits.amount, facts.credits.per) == (
        operation["x-credits"]["amount"],
        operation["x-credits"]["per"],
    )
    body = operation.get("requestBody")
    schema = resolve(SPEC, body["content"]["application/json"]["schema"]) if body else {}
    assert facts.max_items == (schema.get("maxItems") if schema.get("type") == "array" else None)
    # The retry transport reads retry safety from the facts each request carries, whatever its method.
    request = httpx.Request(op.method.upper(), "https://api.test/v2", extensions={FACTS_EXTENSION: facts})  # type: ignore[attr-defined]
    assert RetryPolicy().is_safe_to_repeat(request) is operation["x-retry-safe"]


def test_the_fake_bills_the_specs_credits() -> None:
    assert mock_tools.AWB_CREDITS == mock_spec.credits(SPEC, "trackAirCargo") == 20
    assert mock_trackings.REALTIME_CREDITS == mock_spec.credits(SPEC, "getRealtimeTracking") == 1
