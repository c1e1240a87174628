"""Generator post-hook: write ``<package>/spec_limits.py``, the limits the spec states for what a
call sends, so that the SDK checks them before sending (an error naming the argument instead of
a server 4012/4020).

openapi-python-client keeps no schema constraints on the parameters and bodies it hands to the
templates, so they are read from the spec here: for every operation, ``minimum``/``maximum`` of
integer query parameters, ``pattern`` of string query parameters (``numbers``: at most 40,
comma separated) and ``minItems``/``maxItems`` of an array body. Usage (from the output
directory, as a post-hook): ``python write_spec_limits.py <spec> <package_dir>``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _query_limits(spec: dict[str, Any], parameters: list[Any]) -> dict[str, dict[str, Any]]:
    limits: dict[str, dict[str, Any]] = {}
    for raw in parameters:
        parameter = _resolve(spec, raw)
        if parameter.get("in") != "query":
            continue
        schema = _resolve(spec, parameter.get("schema", {}))
        found = {key: schema[key] for key in ("minimum", "maximum", "pattern") if key in schema}
        if found:
            limits[parameter["name"]] = found
    return limits


def spec_limits(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = {}
    for path_item in spec["paths"].values():
        shared = path_item.get("parameters", [])
        for method, operation in path_item.items():
            if method == "parameters" or not isinstance(operation, dict) or "operationId" not in operation:
                continue
            entry: dict[str, Any] = {}
            query = _query_limits(spec, [*shared, *operation.get("parameters", [])])
            if query:
                entry["query"] = query
            body = _resolve(spec, operation.get("requestBody", {}))
            schema = _resolve(spec, body.get("content", {}).get("application/json", {}).get("schema", {}))
            if schema.get("type") == "array":
                items = {key: schema[key] for key in ("minItems", "maxItems") if key in schema}
                if items:
                    entry["body"] = items
            if entry:
                table[operation["operationId"]] = entry
    return dict(sorted(table.items()))


def main() -> None:
    spec_path, package_dir = Path(sys.argv[1]), Path(sys.argv[2])
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    table = spec_limits(spec)
    text = (
        '"""Limits the spec states for what each operation sends (written from the spec by\n'
        'generator-hooks/write_spec_limits.py; checked by runtime.limits before sending)."""\n\n'
        "from typing import Any\n\n"
        f"SPEC_LIMITS: dict[str, dict[str, Any]] = {table!r}\n"
    )
    (package_dir / "spec_limits.py").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
