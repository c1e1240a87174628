"""The SDK's item check (runtime/validation.py) decides like the fake's compiled JSON Schema
validator (jsonschema-rs, with OpenAPI `nullable` translated) on every batch body's items: the
spec's examples and systematic mutations of each field."""

from __future__ import annotations

import copy
from typing import Any

import jsonschema_rs
import pytest
from support.spec import load_canonical_spec
from trackingmore_mock.validation import fast_schema
from trackingmore_v2.operations import OPERATIONS

from sdk_runtime.validation import SUPPORTED_KEYWORDS, schema_problem

SPEC = load_canonical_spec()  # what the generator reads
BATCH = sorted(op for op, facts in OPERATIONS.items() if facts.item_schema is not None)
MUTATIONS: list[Any] = ["", "x", "x" * 400, "ABC-123", "abc", "1Z9999W99999999999", "2018/05/20 12:00", None, 0, 4, 7,
                        -1, 2.5, True, [], ["a@b.c"], {}, "true", "de"]  # fmt: skip


def _examples(operation_id: str) -> list[dict[str, Any]]:
    for item in SPEC["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                media = operation["requestBody"]["content"]["application/json"]
                return [entry for example in media["examples"].values() for entry in example["value"]]
    raise KeyError(operation_id)


def _probes(operation_id: str) -> list[Any]:
    schema = OPERATIONS[operation_id].item_schema or {}
    probes: list[Any] = []
    for example in _examples(operation_id):
        probes.append(example)
        for name in schema.get("properties", {}):
            without = {k: v for k, v in example.items() if k != name}
            probes.append(without)
            for value in MUTATIONS:
                probes.append({**copy.deepcopy(example), name: value})
    return probes


def test_the_validator_reads_every_keyword_of_the_request_items() -> None:
    for operation_id in BATCH:
        keywords: set[str] = set()
        stack: list[Any] = [OPERATIONS[operation_id].item_schema]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                keywords |= set(node)
                stack.extend(node.get("properties", {}).values())
                stack.extend(v for k, v in node.items() if k in ("items", "anyOf", "allOf"))
            elif isinstance(node, list):
                stack.extend(node)
        assert keywords <= SUPPORTED_KEYWORDS, keywords - SUPPORTED_KEYWORDS


@pytest.mark.parametrize("operation_id", BATCH)
def test_decisions_agree_with_jsonschema_rs(operation_id: str) -> None:
    schema = OPERATIONS[operation_id].item_schema
    assert schema is not None
    translated = fast_schema(dict(schema))
    assert translated is not None
    validator = jsonschema_rs.Draft4Validator(translated)
    disagreements = []
    for probe in _probes(operation_id):
        ours = schema_problem(probe, schema) is None
        theirs = validator.is_valid(probe)
        if ours != theirs:
            disagreements.append((probe, ours, theirs, schema_problem(probe, schema)))
    assert not disagreements, disagreements[:5]
