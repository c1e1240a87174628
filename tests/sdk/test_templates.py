"""The SDK layer comes from templates and the runtime, so an operation added to the spec gets it.

Generates a small spec with two operations TrackingMore does not have (a paged list and an
array-bodied POST) with the repository's templates, config and runtime, then drives the result.
"""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

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
    "paths": {
        "/shipments": {
            "get": {
                "operationId": "listShipments",
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
            # runtime/webhooks.py parses webhook bodies with the spec's Tracking model.
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
    from tm_probe import AuthenticatedClient, PageSpacing, errors
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
    print("probe ok")
    """
)


def test_a_new_operation_gets_paging_batching_and_typed_errors(tmp_path: Path) -> None:
    spec = tmp_path / "probe.yaml"
    spec.write_text(yaml.safe_dump(SPEC))
    config = yaml.safe_load((ROOT / "generator-config.yml").read_text())
    config.update(project_name_override="tm-probe", package_name_override="tm_probe")
    config.pop("class_overrides", None)
    config["post_hooks"] = [hook.replace("trackingmore_v2/", "tm_probe/") for hook in config["post_hooks"]]
    (tmp_path / "config.yml").write_text(yaml.safe_dump(config))
    env = {
        **os.environ,
        "PATH": f"{BIN}:{os.environ['PATH']}",
        "TM_SDK_RUNTIME_DIR": str(ROOT / "sdk_runtime"),
        "TM_RATE_LIMIT_CODEGEN": str(ROOT / "codegen" / "rate_limit_table.py"),
        "TM_SPEC": str(spec),
    }
    out = tmp_path / "tm-probe"
    generate = [
        str(BIN / "openapi-python-client"), "generate", "--path", str(spec), "--config", str(tmp_path / "config.yml"),
        "--custom-template-path", str(ROOT / "generator-templates"), "--meta", "pdm", "--fail-on-warning",
        "--output-path", str(out),
    ]  # fmt: skip
    subprocess.run(generate, cwd=tmp_path, env=env, check=True, capture_output=True)

    runtime = out / "tm_probe" / "runtime"
    same = filecmp.dircmp(ROOT / "sdk_runtime", runtime, ignore=["__pycache__"])
    assert not same.left_only and not same.diff_files, "the runtime is copied verbatim"

    result = subprocess.run(
        [sys.executable, "-c", DRIVER], cwd=out, env={**env, "PYTHONPATH": str(out)}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "probe ok"
