"""Models read what the real API sends: tolerant, but never wrong (issue 13).

Hypothesis takes every response example of the spec and loosens it the ways the real API is known
to (the facts sheet): numbers as numeric strings, booleans as ``"true"``/``"false"``, nullable
fields as null or the string ``"null"``, optional fields left out, unknown fields and unknown
status values added. Each mutated body must parse into exactly the declared Python types (checked
against the attrs annotations, recursively). Mutated further with values of the wrong type, a body
either still parses into the declared types or the call raises ``InvalidResponseError`` naming
the field - nothing else, and never a value of another type than its annotation.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import json
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any

import attrs
import httpx
import pytest
import trackingmore_v2.models
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import component_values
from support.spec import inline_refs, load_canonical_spec, operations, resolve
from trackingmore_v2 import AuthenticatedClient
from trackingmore_v2.errors import SUCCESS_CODES, APIError, InvalidResponseError
from trackingmore_v2.models import CarrierInfo, Checkpoint, Meta, Tracking, TrackingEnvelope, TrackingPageEnvelope
from trackingmore_v2.runtime.coercion import FieldError
from trackingmore_v2.types import UNSET, Unset

SPEC = load_canonical_spec()  # what the generator reads
MODELS = vars(trackingmore_v2.models)
# String fields whose values TrackingMore extends over time: a new value must still parse.
OPEN_STRINGS = {"status", "substatus", "checkpoint_status", "type", "packageStatus", "ItemNode"}
HYPOTHESIS = settings(
    max_examples=40, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


# ------------------------------------------------------------------------------ the examples


@dataclass(frozen=True)
class ResponseExample:
    where: str
    module: str  # the endpoint module, e.g. trackingmore_v2.api.trackings.get_tracking
    component: str  # the envelope model the example is
    value: Any

    @property
    def schema(self) -> dict[str, Any]:
        return component_schema(self.component)

    @property
    def success(self) -> bool:
        return self.value["meta"]["code"] in SUCCESS_CODES


@cache
def component_schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = inline_refs(SPEC, {"$ref": f"#/components/schemas/{name}"})
    return schema


def _snake(camel: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in camel)


def response_examples() -> list[ResponseExample]:
    found = []
    for op in operations(SPEC):
        module = f"trackingmore_v2.api.{op.operation['tags'][0]}.{_snake(op.operation_id)}"
        for status, response in op.operation["responses"].items():
            for media in resolve(SPEC, response).get("content", {}).values():
                for name, example in media.get("examples", {}).items():
                    value = resolve(SPEC, example)["value"]
                    ((component, _),) = component_values(media["schema"], value)
                    where = f"{op.method.upper()} {op.path} {status} {name}"
                    found.append(ResponseExample(where, module, component, value))
    return found


EXAMPLES = response_examples()
SUCCESSES = [example for example in EXAMPLES if example.success]


def test_every_operation_has_a_success_example() -> None:
    assert {example.module for example in SUCCESSES} == {example.module for example in EXAMPLES}
    assert len({example.module for example in EXAMPLES}) == len(list(operations(SPEC)))


# ------------------------------------------------------------------------------ mutations

JSON_SCALARS = st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.floats(-1e6, 1e6) | st.text(max_size=8)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def _nullable(schema: dict[str, Any]) -> bool:
    return bool(schema.get("nullable")) or any(_nullable(branch) for branch in schema.get("anyOf", []))


def _branch(schema: dict[str, Any], value: Any) -> dict[str, Any]:
    """The anyOf branch a value belongs to (by JSON type), or the schema itself."""
    for branch in schema.get("anyOf", []):
        kind = branch.get("type")
        if (kind == "array") == isinstance(value, list) and (kind == "object") == isinstance(value, dict):
            return dict(branch)
    return schema


def loosen(draw: st.DrawFn, schema: dict[str, Any], value: Any, key: str | None, *, wrong: bool) -> Any:
    """``value`` (valid for ``schema``) as the real API might send it; with ``wrong``, also values
    of the wrong type and missing required fields."""
    if wrong and draw(st.integers(0, 14)) == 0:
        return draw(JSON_VALUES)
    schema = _branch(schema, value)
    if _nullable(schema) and draw(st.integers(0, 3)) == 0:
        return draw(st.sampled_from([None, "null"]))
    kind = schema.get("type")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        out = {}
        for name, item in value.items():
            if (name not in required or wrong) and draw(st.integers(0, 4)) == 0:
                continue  # left out
            extra = schema.get("additionalProperties")
            sub = properties.get(name, extra if isinstance(extra, dict) else {})
            out[name] = loosen(draw, sub, item, name, wrong=wrong)
        if not isinstance(schema.get("additionalProperties"), dict) and draw(st.booleans()):
            unknown = draw(st.text(min_size=1, max_size=12).filter(lambda k: k not in properties))
            out[unknown] = draw(JSON_VALUES)
        return out
    if isinstance(value, list):
        return [loosen(draw, schema.get("items", {}), item, None, wrong=wrong) for item in value]
    if kind == "integer" and isinstance(value, int):
        return draw(st.sampled_from([value, str(value), float(value)]))
    if kind == "number" and isinstance(value, int | float):
        return draw(st.sampled_from([value, str(value), float(value)]))
    if kind == "boolean" and isinstance(value, bool):
        return draw(st.sampled_from([value, str(value).lower(), str(value).upper(), int(value)]))
    if kind == "string" and isinstance(value, str):
        if key in OPEN_STRINGS and draw(st.booleans()):
            return draw(st.text(min_size=1, max_size=20).filter(lambda text: text != "null"))
        if value.isdigit() and value.isascii() and value[0] != "0" and draw(st.booleans()):
            return int(value)  # an id sent as a number
    return value


@st.composite
def loosened(draw: st.DrawFn, example: ResponseExample, wrong: bool = False) -> Any:
    return loosen(draw, example.schema, example.value, None, wrong=wrong)


# ------------------------------------------------------------------------------ the type check


def conforms(value: Any, hint: Any, path: str = "") -> str | None:
    """``None`` when ``value`` is of the type ``hint`` says (recursively), else where it is not."""
    origin = typing.get_origin(hint)
    if hint is Any:
        return None
    if origin in (types.UnionType, typing.Union):
        problems = [conforms(value, arg, path) for arg in typing.get_args(hint)]
        return None if None in problems else f"{path}: {type(value).__name__} is not {hint}"
    if hint is type(None):
        return None if value is None else f"{path}: {value!r} is not None"
    if origin is list:
        if type(value) is not list:
            return f"{path}: {type(value).__name__} is not a list"
        (item_hint,) = typing.get_args(hint)
        return next((p for i, item in enumerate(value) if (p := conforms(item, item_hint, f"{path}[{i}]"))), None)
    if origin is dict:
        _, value_hint = typing.get_args(hint)
        if type(value) is not dict:
            return f"{path}: {type(value).__name__} is not a dict"
        return next((p for k, item in value.items() if (p := conforms(item, value_hint, f"{path}[{k!r}]"))), None)
    if attrs.has(hint):
        if type(value) is not hint:
            return f"{path}: {type(value).__name__} is not {hint.__name__}"
        hints = typing.get_type_hints(hint, localns=MODELS)
        for field in attrs.fields(hint):
            problem = conforms(getattr(value, field.name), hints[field.name], f"{path}.{field.name}")
            if problem:
                return problem
        return None
    if isinstance(hint, type) and issubclass(hint, enum.Enum | Unset | datetime.date):
        return None if isinstance(value, hint) else f"{path}: {value!r} is not {hint.__name__}"
    if hint in (str, int, float, bool):
        return None if type(value) is hint else f"{path}: {value!r} ({type(value).__name__}) is not {hint.__name__}"
    raise AssertionError(f"conforms() does not know {hint!r}")


def assert_declared_types(parsed: Any, model: type[Any]) -> None:
    problem = conforms(parsed, model, model.__name__)
    assert problem is None, problem


# ------------------------------------------------------------------------------ properties


@pytest.mark.parametrize("example", EXAMPLES, ids=[example.where for example in EXAMPLES])
@HYPOTHESIS
@given(data=st.data())
def test_loosened_example_parses_into_the_declared_types(example: ResponseExample, data: st.DataObject) -> None:
    model = MODELS[example.component]
    body = data.draw(loosened(example))
    assert_declared_types(model.from_dict(body), model)


@pytest.mark.parametrize("example", EXAMPLES, ids=[example.where for example in EXAMPLES])
@HYPOTHESIS
@given(data=st.data())
def test_wrong_values_parse_into_the_declared_types_or_raise_field_error(
    example: ResponseExample, data: st.DataObject
) -> None:
    model = MODELS[example.component]
    body = data.draw(loosened(example, wrong=True))
    try:
        parsed = model.from_dict(body)
    except FieldError as error:
        assert str(error).startswith(error.where)
        assert error.expected
    else:
        assert_declared_types(parsed, model)


@pytest.fixture(scope="module")
def client() -> typing.Iterator[AuthenticatedClient]:
    transport = httpx.MockTransport(lambda request: httpx.Response(500))  # never sent: parsing only
    with AuthenticatedClient(
        base_url="https://api.trackingmore.test/v2", token="k", httpx_args={"transport": transport}
    ) as c:
        yield c


@pytest.mark.parametrize("example", SUCCESSES, ids=[example.where for example in SUCCESSES])
@HYPOTHESIS
@given(data=st.data())
def test_the_call_returns_the_declared_types_or_raises_invalid_response_error(
    client: AuthenticatedClient, example: ResponseExample, data: st.DataObject
) -> None:
    """What ``sync()`` does with the answer (the endpoint's ``_parse_success``), on wrong values too."""
    module = importlib.import_module(example.module)
    body = data.draw(loosened(example, wrong=data.draw(st.booleans())))
    response = httpx.Response(200, content=json.dumps(body).encode(), headers={"content-type": "application/json"})
    try:
        parsed = module._parse_success(client=client, response=response)
    except InvalidResponseError as error:
        assert error.operation_id == module.OPERATION_ID
    except APIError:
        meta = body.get("meta") if isinstance(body, dict) else None
        code = meta.get("code") if isinstance(meta, dict) else None
        assert isinstance(code, int) and code not in SUCCESS_CODES, "only an error meta.code may raise another error"
    else:
        assert_declared_types(parsed, MODELS[example.component])


# ------------------------------------------------------------------------------ the rules, one by one

TRACKING = {"id": "9a2f", "tracking_number": "RM1", "carrier_code": "china-post", "status": "transit"}


def page(**data: Any) -> dict[str, Any]:
    return {"meta": {"code": 200}, "data": {"page": 1, "limit": 100, "total": 1, "items": [TRACKING], **data}}


def test_numeric_strings_become_ints() -> None:
    parsed = TrackingPageEnvelope.from_dict(page(total="3", page=1.0))
    assert (parsed.data.total, parsed.data.page) == (3, 1)
    assert type(parsed.data.total) is int
    assert parsed.data.total + 1 == 4


def test_boolean_strings_and_null_strings() -> None:
    tracking = Tracking.from_dict({**TRACKING, "archived": "false", "track_update": "TRUE", "customer_name": "null"})
    assert (tracking.archived, tracking.track_update, tracking.customer_name) == (False, True, None)
    assert Tracking.from_dict({**TRACKING, "itemTimeLength": "null", "origin_info": "null"}).origin_info is None


def test_numbers_become_strings_for_string_fields() -> None:
    tracking = Tracking.from_dict({**TRACKING, "id": 17, "tracking_number": 1234567890})
    assert (tracking.id, tracking.tracking_number) == ("17", "1234567890")


def test_missing_optional_fields_stay_unset_and_unknown_fields_are_kept() -> None:
    tracking = Tracking.from_dict({**TRACKING, "carbon": {"kg": 1}})
    assert tracking.substatus is UNSET and tracking.origin_info is UNSET
    assert tracking["carbon"] == {"kg": 1}
    assert tracking.to_dict() == {**TRACKING, "carbon": {"kg": 1}}


@pytest.mark.parametrize(
    ("body", "where", "got"),
    [
        (page(total="three"), "data.total", "string"),
        (page(total=True), "data.total", "boolean"),
        (page(items=[TRACKING, {**TRACKING, "status": None}]), "data.items[1].status", "null"),
        (page(items=[{**TRACKING, "origin_info": {"trackinfo": [{"Date": "x", "StatusDescription": {}}]}}]),
         "data.items[0].origin_info.trackinfo[0].StatusDescription", "object"),
        (page(items=[{**TRACKING, "origin_info": {"trackinfo": ["x"]}}]),
         "data.items[0].origin_info.trackinfo[0]", "string"),
        (page(items=[{**TRACKING, "updated_at": "yesterday"}]), "data.items[0].updated_at", "string"),
        (page(items=[{**TRACKING, "customer_email": ["a@b.c", []]}]), "data.items[0].customer_email[1]", "array"),
    ],
)  # fmt: skip
def test_wrong_types_raise_field_error_naming_the_path(body: dict[str, Any], where: str, got: str) -> None:
    with pytest.raises(FieldError) as raised:
        TrackingPageEnvelope.from_dict(body)
    assert (raised.value.where, raised.value.got) == (where, got)
    assert str(raised.value).startswith(f"{where}: expected ")


def test_a_missing_required_field_is_named() -> None:
    with pytest.raises(FieldError, match=r"^data\.items\[0\]\.status: required field missing"):
        TrackingPageEnvelope.from_dict(page(items=[{k: v for k, v in TRACKING.items() if k != "status"}]))


def test_the_call_raises_invalid_response_error_naming_the_path(client: AuthenticatedClient) -> None:
    from trackingmore_v2.api.trackings import get_tracking

    body = {"meta": {"code": 200}, "data": {**TRACKING, "status": {"code": 4}}}
    response = httpx.Response(200, json=body)
    with pytest.raises(InvalidResponseError, match=r"data\.status: expected string, got object") as raised:
        get_tracking._parse_success(client=client, response=response)
    assert raised.value.operation_id == "getTracking"


def test_unset_and_model_reprs() -> None:
    assert repr(UNSET) == "UNSET"
    meta = Meta.from_dict({"code": 200, "type": "Success"})
    assert repr(meta) == "Meta(code=200, type_name='Success')"
    checkpoint = Checkpoint.from_dict({"Date": "2018-04-16 06:30", "StatusDescription": "In", "geo": 1})
    assert (
        repr(checkpoint)
        == "Checkpoint(date='2018-04-16 06:30', status_description='In', additional_properties={'geo': 1})"
    )
    assert repr(CarrierInfo()) == "CarrierInfo()"


def test_readable_names_from_the_spec() -> None:
    from trackingmore_v2.models import Carrier, CreateTrackingRequestAutoCorrect, UpdateTrackingRequestStatus

    assert [m.name for m in UpdateTrackingRequestStatus] == ["MARK_DELIVERED", "MARK_EXCEPTION", "RESTORE_STATUS"]
    assert [m.name for m in CreateTrackingRequestAutoCorrect] == ["CORRECT_CARRIER", "KEEP_CARRIER"]
    assert Carrier.from_dict({"name": "DHL", "code": "dhl", "type": "express"}).carrier_type == "express"
    assert Meta(code=200, type_name="Success").to_dict() == {"code": 200, "type": "Success"}


def test_the_envelope_of_an_example_parses_unchanged() -> None:
    (example,) = [e for e in EXAMPLES if e.where.startswith("GET /trackings/{carrier_code}/{tracking_number} 200 del")]
    parsed = TrackingEnvelope.from_dict(example.value)
    assert_declared_types(parsed, TrackingEnvelope)
    assert parsed.to_dict() == example.value
