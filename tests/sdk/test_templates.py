"""The SDK layer comes from templates and the runtime, so an operation added to the spec gets it.

Generates a small spec with two operations TrackingMore does not have (a paged list and an
array-bodied POST) with the repository's templates, config and runtime, then drives the result.
"""

from __future__ import annotations

import filecmp
import subprocess
import sys
import textwrap
from pathlib import Path

from sdk.generation import ROOT, generate

ENVELOPE_RESPONSES = {
    "429": {
        "description": "rate limited",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}},
    },
}


def envelope(name: str, data: dict[str, object]) -> dict[str, object]:
    return {
        name: {
            "type": "object",
            "required": ["meta", "data"],
            "properties": {"meta": {"$ref": "#/components/schemas/Meta"}, "data": data},
        }
    }


def ok_or_error(model: str) -> dict[str, object]:
    schema = {"anyOf": [{"$ref": f"#/components/schemas/{model}"}, {"$ref": "#/components/schemas/ErrorEnvelope"}]}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}, **ENVELOPE_RESPONSES}


SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Probe", "version": "1.0.0"},
    "x-meta-codes": [
        {"code": 200, "type": "Success", "message": "Success", "meaning": "OK", "exception": None, "http_status": 200},
        {
            "code": 4021,
            "type": "Bad Request",
            "message": "Quota",
            "meaning": "quota",
            "exception": "QuotaExceededError",
            "http_status": 402,
        },
    ],
    "paths": {
        "/shipments": {
            "get": {
                "operationId": "listShipments",
                "x-sdk": {"resource": "shipments", "method": "list"},
                "x-retry-safe": True,
                "x-credits": {"amount": 0, "per": "call"},
                "tags": ["shipments"],
                "security": [{"ApiKeyAuth": []}],
                "parameters": [
                    {"name": "page", "in": "query", "schema": {"type": "integer", "default": 1}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 10}},
                    {"name": "kind", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": ok_or_error("ShipmentPageEnvelope"),
            }
        },
        "/shipments/archive": {
            "post": {
                "operationId": "archiveShipments",
                "x-sdk": {"resource": "shipments", "method": "archive_many"},
                "x-retry-safe": False,
                "x-credits": {"amount": 0, "per": "call"},
                "tags": ["shipments"],
                "security": [{"ApiKeyAuth": []}],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "maxItems": 40, "items": {"$ref": "#/components/schemas/Key"}}
                        }
                    },
                },
                "responses": ok_or_error("ArchiveEnvelope"),
            }
        },
    },
    "components": {
        "securitySchemes": {"ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "Trackingmore-Api-Key"}},
        "schemas": {
            "Meta": {"type": "object", "required": ["code"], "properties": {"code": {"type": "integer"}}},
            **envelope("ErrorEnvelope", {"type": "array", "items": {}}),
            **envelope("ShipmentPageEnvelope", {"$ref": "#/components/schemas/ShipmentPage"}),
            **envelope("ArchiveEnvelope", {"$ref": "#/components/schemas/ArchiveResult"}),
            "Key": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            # The generated webhooks.py parses webhook bodies with the spec's Tracking and Meta models.
            "Tracking": {"type": "object", "properties": {"id": {"type": "string"}}},
            "ShipmentPage": {
                "type": "object",
                "required": ["total", "items"],
                "properties": {
                    "total": {"type": "integer"},
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Key"}},
                },
            },
            "ArchiveResult": {
                "type": "object",
                "required": ["archived", "ids"],
                "properties": {"archived": {"type": "integer"}, "ids": {"type": "array", "items": {"type": "string"}}},
            },
        },
    },
}

DRIVER = textwrap.dedent(
    """
    import json
    import httpx
    import pytest
    from tm_probe import AuthenticatedClient, PageSpacing, TrackingMore, errors
    from tm_probe.api.shipments import archive_shipments, list_shipments
    from tm_probe.models import Key

    def handler(request):
        if request.url.path.endswith("/archive"):
            ids = [item["id"] for item in json.loads(request.content)]
            if "boom" in ids:
                return httpx.Response(200, json={"meta": {"code": 4021}, "data": []})
            return httpx.Response(200, json={"meta": {"code": 200}, "data": {"archived": len(ids), "ids": ids}})
        page, limit = int(request.url.params["page"]), int(request.url.params["limit"])
        items = [{"id": str(n)} for n in range((page - 1) * limit, min(page * limit, 5))]
        return httpx.Response(200, json={"meta": {"code": 200}, "data": {"total": 5, "items": items}})

    transport = httpx.MockTransport(handler)
    client = AuthenticatedClient(token="k", base_url="https://probe.test", httpx_args={"transport": transport})
    assert list_shipments.OPERATION_ID == "listShipments"
    walked = [k.id for k in list_shipments.sync_iter(client=client, kind="x", page_size=2, spacing=PageSpacing(0))]
    assert walked == ["0", "1", "2", "3", "4"], walked
    result = archive_shipments.sync_batch(client=client, body=[Key(id=str(n)) for n in range(85)])
    assert (result.data.archived, len(result.data.ids), len(result.chunks)) == (85, 85, 3)
    with pytest.raises(errors.QuotaExceededError):
        archive_shipments.sync(client=client, body=[Key(id="boom")])
    # The resource-style surface, from x-sdk: paging and batching by maxItems with caller indexes.
    facade = TrackingMore.from_client(client)
    assert [k.id for k in facade.shipments.list(kind="x", limit=5)] == ["0", "1", "2", "3", "4"]
    merged = facade.shipments.archive_many([{"id": str(n)} for n in range(85)] + [{"id": 7}])
    assert (merged.archived, len(merged.ids)) == (85, 85)
    assert [(e.index, e.sent) for e in merged.errors] == [(85, False)], merged.errors
    print("probe ok")
    """
)


def test_a_new_operation_gets_paging_batching_and_typed_errors(tmp_path: Path) -> None:
    out, env = generate(SPEC, tmp_path, project="tm-probe", package="tm_probe")

    runtime = out / "tm_probe" / "runtime"
    same = filecmp.dircmp(ROOT / "sdk_runtime", runtime, ignore=["__pycache__"])
    assert not same.left_only and not same.diff_files, "the runtime is copied verbatim"

    result = subprocess.run(
        [sys.executable, "-c", DRIVER], cwd=out, env={**env, "PYTHONPATH": str(out)}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "probe ok"
