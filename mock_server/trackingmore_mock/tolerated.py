"""Tolerated input forms: the spec's `x-tolerated` extensions, expanded into what the fake accepts.

The spec declares each request field in its canonical form, the one the generated SDK sends. Forms
that real clients are known to send besides (the facts sheet: `status` as the string "7", a ship
date in unix seconds, order times in several formats, list filters in a JSON body ...) are written
next to it as vendor extensions, which openapi-python-client ignores:

    status:
      type: integer
      enum: [4, 7, 8]
      x-tolerated:
        - {type: string, enum: ['4', '7', '8'], description: 'Tolerated: ...'}

    get:                       # an operation whose query parameters may also come as a JSON body
      operationId: listTrackings
      x-tolerated-body: {methods: [get, post], description: 'Tolerated: ...'}

`expand` turns a loaded spec into the document the fake validates with and the contract tests
generate from: a schema with `x-tolerated` becomes `anyOf: [canonical, *tolerated]`, and an
`x-tolerated-body` operation that allows `post` gets a sibling POST operation
(`<operationId>WithBody`) whose JSON body carries the query parameters. (A GET with a JSON body has
no place in OpenAPI; `body_query_paths` tells the fake's middleware where to read one.) The fake's
handlers turn every tolerated value into the canonical one before it reaches the state.
"""

from __future__ import annotations

import copy
from typing import Any

TOLERATED = "x-tolerated"
TOLERATED_BODY = "x-tolerated-body"
WITH_BODY_SUFFIX = "WithBody"
_KEEP_ON_ANYOF = ("description", "example", "nullable")


def expand(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` with every tolerated form written out as plain OpenAPI (see the module doc)."""
    expanded: dict[str, Any] = _expand_schemas(copy.deepcopy(document))
    for item in (expanded.get("paths") or {}).values():
        get = item.get("get")
        if not isinstance(get, dict) or TOLERATED_BODY not in get or "post" in item:
            continue
        if "post" in [str(m).lower() for m in get[TOLERATED_BODY].get("methods", [])]:
            item["post"] = _body_operation(expanded, get)
    return expanded


def _expand_schemas(node: Any) -> Any:
    if isinstance(node, list):
        return [_expand_schemas(value) for value in node]
    if not isinstance(node, dict):
        return node
    node = {key: _expand_schemas(value) for key, value in node.items()}
    tolerated = node.get(TOLERATED)
    if not isinstance(tolerated, list):  # none, or the `x-tolerated: true` mark of a POST twin
        return node
    del node[TOLERATED]
    if not tolerated:
        return node
    outer = {key: node[key] for key in _KEEP_ON_ANYOF if key in node and key != "nullable"}
    return {**outer, "anyOf": [node, *tolerated]}


# The body form's integer bound: int64 would do, but below 2**53 the compiled fast path of
# validation.py can check it (unix seconds that large are 285 million years away anyway).
_BODY_INT_BOUND = 2**53 - 1


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _body_property(document: dict[str, Any], schema: Any) -> Any:
    """A query parameter's schema as a body property. `format: int64`, which the fake enforces on
    query parameters, becomes explicit bounds (jsonschema ignores the format in a body): ±(2**53 - 1)."""
    resolved = _resolve(document, schema)
    if not isinstance(resolved, dict) or resolved.get("type") != "integer" or resolved.get("format") != "int64":
        return schema
    return {"minimum": -_BODY_INT_BOUND, "maximum": _BODY_INT_BOUND, **resolved}


def _body_operation(document: dict[str, Any], get: dict[str, Any]) -> dict[str, Any]:
    """The POST twin of a GET operation: its query parameters as the properties of a JSON body."""
    parameters = [_resolve(document, parameter) for parameter in get.get("parameters", [])]
    properties = {
        str(parameter["name"]): _body_property(document, parameter["schema"])
        for parameter in parameters
        if isinstance(parameter, dict) and parameter.get("in") == "query" and "schema" in parameter
    }
    note = str(get[TOLERATED_BODY].get("description", "")).strip()
    operation: dict[str, Any] = {
        "operationId": f"{get['operationId']}{WITH_BODY_SUFFIX}",
        "summary": f"{get.get('summary', get['operationId'])} (filters in a JSON body; tolerated)",
        "description": note or "Tolerated: the query parameters of the GET operation, sent as a JSON body.",
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"type": "object", "properties": properties}}},
        },
        "responses": get["responses"],
        TOLERATED: True,
    }
    for key, value in get.items():
        # The twin is the same call: same tags, security and per-operation facts (x-retry-safe,
        # x-credits, x-rate-limit, ...), but no SDK method of its own (the SDK sends the GET).
        if key in ("tags", "security") or (key.startswith("x-") and key not in (TOLERATED_BODY, "x-sdk")):
            operation[key] = value
    return operation


def body_query_paths(document: dict[str, Any]) -> frozenset[str]:
    """Spec paths whose GET operation reads a JSON body as further query parameters."""
    return frozenset(
        path
        for path, item in (document.get("paths") or {}).items()
        if isinstance(item.get("get"), dict) and TOLERATED_BODY in item["get"]
    )
