"""Read the OpenAPI document and walk its operations and examples."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from trackingmore_mock import tolerated

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "trackingmore-v2.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@cache
def load_canonical_spec() -> dict[str, Any]:
    """The spec file as written: canonical forms, tolerated ones only as `x-tolerated` extensions."""
    with SPEC_PATH.open(encoding="utf-8") as f:
        spec: dict[str, Any] = yaml.safe_load(f)
    return spec


@cache
def load_spec() -> dict[str, Any]:
    """The spec as the fake validates with it and the contract tests generate from: the tolerated
    input forms expanded into `anyOf` (and tolerated operations), by the fake's own `tolerated.expand`."""
    return tolerated.expand(load_canonical_spec())


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow one local ``$ref`` (``#/a/b``) if ``node`` is a reference."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def inline_refs(spec: dict[str, Any], node: Any) -> Any:
    """A copy of ``node`` with every local ``$ref`` replaced by its target (the spec has no cycles)."""
    node = resolve(spec, node)
    if isinstance(node, dict):
        return {k: inline_refs(spec, v) for k, v in node.items()}
    if isinstance(node, list):
        return [inline_refs(spec, v) for v in node]
    return copy.deepcopy(node)


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.operation["operationId"])


def operations(spec: dict[str, Any]) -> Iterator[Operation]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield Operation(method, path, item[method])


@dataclass(frozen=True)
class Example:
    """One named example of a request or response body and the schema it must satisfy."""

    where: str
    schema: dict[str, Any]
    value: Any


def body_examples(spec: dict[str, Any]) -> Iterator[Example]:
    """Every request-body and response-body example of every operation."""
    for op in operations(spec):
        label = f"{op.method.upper()} {op.path}"
        body = resolve(spec, op.operation.get("requestBody"))
        if body:
            for media in body["content"].values():
                for name, example in media.get("examples", {}).items():
                    yield Example(f"{label} request {name}", media["schema"], resolve(spec, example)["value"])
        for status, response in op.operation["responses"].items():
            response = resolve(spec, response)
            for media in response.get("content", {}).values():
                for name, example in media.get("examples", {}).items():
                    yield Example(f"{label} {status} {name}", media["schema"], resolve(spec, example)["value"])
