"""Every operation of the spec is reached by exactly one method of ``TrackingMore`` and of
``AsyncTrackingMore``, with the spec's parameters and return type.

Each method is called on a client whose transport records the operation of every request and
answers with the spec's own success example, so the test proves which operation a method reaches
instead of trusting the generated table.
"""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import anyio
import attrs
import httpx
import pytest
import trackingmore_v2.models as models
from support.spec import load_canonical_spec, operations, resolve
from trackingmore_v2 import AsyncPaginator, AsyncTrackingMore, Paginator, TrackingMore
from trackingmore_v2.runtime.retry import OPERATION_EXTENSION

SPEC = load_canonical_spec()
OPERATIONS = list(operations(SPEC))
PATH_VALUES = {"carrier_code": "china-post", "tracking_number": "RR123456789CN", "lang": "de"}


def _python_name(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


def _success_example(operation: dict[str, Any]) -> Any:
    media = resolve(SPEC, operation["responses"]["200"])["content"]["application/json"]
    for example in media["examples"].values():
        if example["value"]["meta"]["code"] in (200, 201):
            return example["value"]
    raise AssertionError(f"{operation['operationId']} has no success example")


def _request_example(operation: dict[str, Any]) -> Any:
    media = resolve(SPEC, operation["requestBody"])["content"]["application/json"]
    return next(iter(media["examples"].values()))["value"]


def _recording_transport(seen: list[str]) -> httpx.MockTransport:
    by_id = {op.operation_id: op.operation for op in OPERATIONS}

    def handler(request: httpx.Request) -> httpx.Response:
        operation_id = request.extensions[OPERATION_EXTENSION]
        seen.append(operation_id)
        return httpx.Response(200, json=_success_example(by_id[operation_id]))

    return httpx.MockTransport(handler)


def _arguments(operation: dict[str, Any], path_params: list[str]) -> tuple[list[Any], dict[str, Any]]:
    args: list[Any] = [PATH_VALUES[name] for name in path_params if name != "lang"]
    kwargs: dict[str, Any] = {"lang": "de"} if "lang" in path_params else {}
    if "requestBody" in operation:
        body = _request_example(operation)
        if isinstance(body, list):
            args.append(body)
        else:
            kwargs.update({_python_name(k): v for k, v in body.items()})
    return args, kwargs


def _path_params(path: str) -> list[str]:
    return [part[1:-1] for part in path.split("/") if part.startswith("{")]


def _expected_return(operation: dict[str, Any]) -> Any:
    media = resolve(SPEC, operation["responses"]["200"])["content"]["application/json"]["schema"]
    branches = media.get("anyOf", [media])
    envelope = next(resolve(SPEC, b) for b in branches if b.get("$ref") != "#/components/schemas/ErrorEnvelope")
    data = envelope["properties"]["data"]
    if "$ref" in data:
        return getattr(models, data["$ref"].rsplit("/", 1)[1])
    if data.get("maxItems") == 0:
        return type(None)
    return list[getattr(models, data["items"]["$ref"].rsplit("/", 1)[1])]  # type: ignore[misc]


async def _awaited(coroutine: Coroutine[Any, Any, Any]) -> Any:
    return await coroutine


def _facade_methods(client: object) -> Iterator[tuple[str, str, Callable[..., Any]]]:
    for resource_name, resource in vars(client).items():
        if resource_name.startswith("_"):
            continue
        for name, method in inspect.getmembers(resource, inspect.ismethod):
            if not name.startswith("_"):
                yield resource_name, name, method


@pytest.mark.parametrize("client_class", [TrackingMore, AsyncTrackingMore])
def test_every_operation_is_reached_by_exactly_one_method(client_class: type[Any]) -> None:
    seen: list[str] = []
    client = client_class(
        api_key="k", base_url="https://api.test/v2", httpx_args={"transport": _recording_transport(seen)}
    )
    reached: dict[str, list[str]] = {}
    by_method: dict[tuple[str, str], list[Any]] = {}
    for op in OPERATIONS:
        sdk = op.operation["x-sdk"]
        by_method.setdefault((sdk["resource"], sdk["method"]), []).append(op)
    assert {(r, n) for r, n, _ in _facade_methods(client)} == set(by_method), "one public method per x-sdk name"
    for (resource, name), ops in by_method.items():
        method = getattr(getattr(client, resource), name)
        for op in ops:
            args, kwargs = _arguments(op.operation, _path_params(op.path))
            before = len(seen)
            result = method(*args, **kwargs)
            if isinstance(result, Paginator):
                result.first_page()
            elif isinstance(result, AsyncPaginator):
                anyio.run(result.first_page)
            elif inspect.iscoroutine(result):
                anyio.run(_awaited, result)
            reached.setdefault(op.operation_id, []).append(f"{resource}.{name}")
            assert seen[before:] == [op.operation_id], (resource, name, seen[before:])
    assert sorted(reached) == sorted(op.operation_id for op in OPERATIONS)
    assert all(len(methods) == 1 for methods in reached.values()), reached


@pytest.mark.parametrize("client_class", [TrackingMore, AsyncTrackingMore])
@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_methods_take_the_spec_parameters_and_return_its_type(client_class: type[Any], op: Any) -> None:
    sdk = op.operation["x-sdk"]
    resource_class = typing.get_type_hints(client_class)[sdk["resource"]]
    method = getattr(resource_class, sdk["method"])
    implementation = inspect.signature(method)
    overloads = [inspect.signature(o) for o in typing.get_overloads(method)]
    names = set(implementation.parameters).union(*(set(s.parameters) for s in overloads))
    spec_params = {_python_name(p["name"]) for p in (resolve(SPEC, p) for p in op.operation.get("parameters", []))}
    spec_params |= set(_path_params(op.path))
    assert spec_params - {"page"} <= names, spec_params - names
    body = op.operation.get("requestBody")
    schema = resolve(SPEC, resolve(SPEC, body)["content"]["application/json"]["schema"]) if body else None
    if schema is not None and schema.get("type") != "array":
        fields = {_python_name(name) for name in schema["properties"]}
        keyword_overload = next(s for s in overloads if "body" not in s.parameters)
        assert fields == set(keyword_overload.parameters) - {"self"} - spec_params, op.operation_id
        required = {_python_name(n) for n in schema.get("required", [])}
        assert {n for n, p in keyword_overload.parameters.items() if p.default is inspect.Parameter.empty} - {
            "self"
        } - spec_params == required
    hints = typing.get_type_hints(method)
    expected = _expected_return(op.operation)
    returned = hints["return"]
    if schema is not None and schema.get("type") == "array":
        data_fields = {"items"} if typing.get_origin(expected) is list else {a.name for a in attrs.fields(expected)}
        result_fields = {a.name for a in attrs.fields(returned)}
        assert result_fields == (data_fields - {"additional_properties", "errors"}) | {"errors"}, returned
    elif typing.get_origin(returned) in (Paginator, AsyncPaginator):
        page_schema = SPEC["components"]["schemas"][expected.__name__]
        item_name = page_schema["properties"]["items"]["items"]["$ref"].rsplit("/", 1)[1]
        assert typing.get_args(returned)[0] is getattr(models, item_name)
    else:
        assert returned == expected, (returned, expected)
    is_async = client_class is AsyncTrackingMore
    if typing.get_origin(returned) not in (Paginator, AsyncPaginator):
        assert inspect.iscoroutinefunction(method) is is_async


def test_every_method_has_the_spec_summary_as_docstring() -> None:
    for op in OPERATIONS:
        sdk = op.operation["x-sdk"]
        for client_class in (TrackingMore, AsyncTrackingMore):
            method = getattr(typing.get_type_hints(client_class)[sdk["resource"]], sdk["method"])
            doc = inspect.getdoc(method) or ""
            summaries = {o.operation["summary"] for o in OPERATIONS if o.operation["x-sdk"] == sdk}
            assert any(doc.startswith(s) for s in summaries), (op.operation_id, doc[:80])
            assert op.operation_id in doc or len(summaries) > 1


def test_the_raw_twin_answers_with_status_headers_meta_and_parse() -> None:
    seen: list[str] = []
    client = TrackingMore(
        api_key="k", base_url="https://api.test/v2", httpx_args={"transport": _recording_transport(seen)}
    )
    raw = client.trackings.with_raw_response.get("china-post", "RR123456789CN")
    assert raw.http_status == 200 and raw.headers["content-type"] == "application/json"
    assert (raw.meta.code, raw.meta.type, raw.meta.message) == (200, "Success", "Success")
    assert raw.parse().tracking_number == "RM121546236CN"
    assert json.loads(raw.content)["meta"]["code"] == 200
