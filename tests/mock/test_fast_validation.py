"""The compiled fast path of request validation never accepts what connexion's validator rejects.

The fake first checks a request body with a jsonschema_rs validator (`validation.fast_validator`)
and only runs connexion's jsonschema validator when that one refuses the body; so the fast one must
never accept a body connexion's validator rejects (whatever it rejects, the slow path decides the
code and message). Checked here over generated bodies of every operation of the spec: bodies that
follow the schema, bodies with wrong values anywhere (nulls, numbers as strings, NaN, huge
integers, Unicode digits, trailing newlines, lone surrogates, too many items, missing keys) and
arbitrary JSON. Also: the parameter validator that caches its jsonschema validators answers exactly
as connexion's.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from connexion.json_schema import Draft4RequestValidator
from connexion.spec import Specification
from connexion.validators import ParameterValidator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft4Validator  # type: ignore[import-untyped]
from trackingmore_mock import create_app, spec, validation
from trackingmore_mock.testing import InProcessClient

KEY = "k"
_METHODS = ("get", "put", "post", "delete", "patch")

Strategy = st.SearchStrategy[Any]


def _body_operations() -> list[tuple[str, str, str]]:
    document = spec.load(spec.locate())
    found = []
    for template, item in document["paths"].items():
        for method, operation in item.items():
            if method in _METHODS and "requestBody" in operation:
                path = template.replace("{carrier_code}", "dhl").replace("{tracking_number}", "RM121546236CN")
                found.append((operation["operationId"], method.upper(), path))
    return found


BODY_OPERATIONS = _body_operations()


@pytest.fixture(scope="module")
def body_schemas() -> Iterator[dict[str, dict[str, Any]]]:
    """Each operation's body schema exactly as connexion hands it to the body validator."""
    app = create_app(api_key=KEY, fast_pipeline=False)  # connexion hands every body to the validator
    seen: dict[str, dict[str, Any]] = {}
    original = validation.EnvelopeBodyValidator._validate
    current: list[str] = []

    def spy(self: Any, body: Any) -> Any:
        seen[current[0]] = self._schema
        return original(self, body)

    validation.EnvelopeBodyValidator._validate = spy  # type: ignore[method-assign]
    try:
        with InProcessClient(app, base_url="http://mock/v2", headers={"Trackingmore-Api-Key": KEY}) as client:
            for operation_id, method, path in BODY_OPERATIONS:
                current[:] = [operation_id]
                client.request(method, path, json={"probe": 1})
    finally:
        validation.EnvelopeBodyValidator._validate = original  # type: ignore[method-assign]
    assert set(seen) == {operation_id for operation_id, _, _ in BODY_OPERATIONS}
    yield seen


def slow_accepts(schema: dict[str, Any], body: Any) -> bool:
    """connexion's verdict (the validator its JSONRequestBodyValidator builds)."""
    validator = Draft4RequestValidator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
    try:
        return bool(validator.is_valid(body))
    except RecursionError:  # the fake answers 4012; not a body the fast path may accept either
        return False


# -- generated bodies ------------------------------------------------------------------------------

_TRICKY_STRINGS = [
    "",
    "\n",
    "RM121546236CN\n",
    "12345678\n",
    "\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663",  # Arabic-Indic digits: Python's \d matches them
    "\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18",  # fullwidth digits
    "172-28891936",
    "172 \u0662\u0668\u0668\u0669\u0661\u0669\u0663\u0666",
    "2017/8/27 16:51",
    "2017/8/27 16:51\n",
    "\ud800",  # a lone surrogate (json.loads makes them from "\\ud800")
    "RM\ud800456",
    "null",
    "true",
    "4",
    "dhl",
    "DHL",
    "us",
    "x" * 400,
    "\u00e9" * 256,
    "a,b",
]
_tricky_scalars: Strategy = st.sampled_from(
    [None, True, False, 0, 1, 4, 4.0, 7, 8, 9, -1, 1.5, 2**64, -(2**70), 1e308, math.nan, math.inf, -math.inf]
)
_json: Strategy = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
tricky: Strategy = st.one_of(
    _tricky_scalars,
    st.sampled_from(_TRICKY_STRINGS),
    st.text(max_size=30),
    st.just([]),
    st.just({}),
    _json,
)


def _maybe_wrong(conforming: Strategy, wild: bool) -> Strategy:
    """`conforming`; when wild, sometimes a wrong value instead."""
    return st.integers(0, 7).flatmap(lambda n: tricky if n == 0 else conforming) if wild else conforming


def _string(schema: dict[str, Any], wild: bool) -> Strategy:
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    pattern = schema.get("pattern")
    if not wild:
        text = st.from_regex(pattern, fullmatch=True) if pattern else st.text(min_size=low, max_size=high or 20)
        return text.filter(lambda s: low <= len(s) <= (high or len(s)))
    # fullmatch=False: anchored patterns also give strings with a final newline (which Python's `$`
    # accepts), and any pattern Unicode digits for `\d`. Lengths: mostly within bounds, some beyond.
    text = st.from_regex(pattern) if pattern else st.text(min_size=low, max_size=(high or 20) + 2)
    return text.filter(lambda s: low <= len(s) <= (high or len(s)) or len(s) % 5 == 0)


def _sized(item: Strategy, low: int, high: int, wild: bool) -> Strategy:
    """Lists of `item`: short ones, and (cheaply, by repeating items) ones at and beyond the bounds."""
    short = st.lists(item, min_size=max(low - (1 if wild else 0), 0), max_size=min(high, 4))
    sizes = [high - 1, high, high + 1] if wild else [high]

    def pad(args: tuple[list[Any], int]) -> list[Any]:
        items, size = args
        return (items * size)[:size] if items else items

    return short | st.tuples(st.lists(item, min_size=1, max_size=3), st.sampled_from(sizes)).map(pad)


def values_for(schema: dict[str, Any], wild: bool) -> Strategy:
    """Values of `schema` (the subset of Draft 4 + OpenAPI the spec's bodies use).

    Not wild: values that follow the schema (up to regex dialects). Wild: any node may be a wrong
    value, an unknown field or a missing required one, a string beyond its pattern or bounds, a list
    beyond its size.
    """
    if "anyOf" in schema:
        strategy = st.one_of([values_for(sub, wild) for sub in schema["anyOf"]])
    elif "allOf" in schema:
        strategy = st.tuples(*(values_for(sub, wild) for sub in schema["allOf"])).map(_merge)
    elif "enum" in schema:
        strategy = st.sampled_from(schema["enum"])
    else:
        kind = schema.get("type")
        if kind == "object":
            properties = schema.get("properties", {})
            required = [name for name in schema.get("required", []) if name in properties]
            fields = {name: _maybe_wrong(values_for(sub, wild), wild) for name, sub in properties.items()}
            extra = {"unknown_field": tricky} if wild else {}
            mandatory = {name: fields[name] for name in required}
            optional = {name: value for name, value in fields.items() if name not in required} | extra
            strategy = st.fixed_dictionaries(mandatory, optional=optional)
            if wild and required:  # and without one of the required fields
                strategy |= st.fixed_dictionaries({}, optional=fields)
        elif kind == "array":
            item = _maybe_wrong(values_for(schema.get("items", {}), wild), wild)
            strategy = _sized(item, schema.get("minItems", 0), schema.get("maxItems", 5), wild)
        elif kind == "string":
            strategy = _string(schema, wild)
        elif kind == "integer":
            strategy = st.integers(-10, 10)
        else:
            strategy = tricky
    if schema.get("nullable"):
        strategy = st.none() | strategy
    return strategy


def _merge(parts: tuple[Any, ...]) -> Any:
    merged: dict[str, Any] = {}
    for part in parts:
        if not isinstance(part, dict):
            return part
        merged.update(part)
    return merged


def _round_trip(body: Any) -> Any:
    """What the fake's `_parse` gets from the wire (json.loads), e.g. NaN kept, tuples as lists."""
    return json.loads(json.dumps(body))


@pytest.mark.parametrize("operation_id", [operation_id for operation_id, _, _ in BODY_OPERATIONS])
def test_fast_validator_never_accepts_what_connexion_rejects(
    operation_id: str, body_schemas: dict[str, dict[str, Any]]
) -> None:
    schema = body_schemas[operation_id]
    fast = validation.fast_validator(schema)
    if fast is None:
        pytest.skip(f"{operation_id}: no fast validator (its schema uses a keyword fast_schema leaves alone)")
    verdicts = {"fast+slow": 0, "slow only": 0, "neither": 0}

    @settings(max_examples=250, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(body=values_for(schema, wild=False) | values_for(schema, wild=True) | _json)
    def check(body: Any) -> None:
        body = _round_trip(body)
        slow = slow_accepts(schema, body)
        if validation.fast_accepts(fast, body):
            assert slow, f"{operation_id}: the fast validator accepts what connexion rejects: {body!r}"
            verdicts["fast+slow"] += 1
        else:
            verdicts["slow only" if slow else "neither"] += 1

    check()
    # Both sides of the question were asked: valid bodies (the fast path taken) and invalid ones.
    assert verdicts["fast+slow"] > 0, verdicts
    assert verdicts["neither"] > 0, verdicts


@pytest.mark.parametrize(
    ("operation_id", "body"),
    [
        ("createTracking", {"tracking_number": "RM121546236CN\n", "carrier_code": "dhl"}),
        ("createTracking", {"tracking_number": "RM121546236CN", "carrier_code": "dhl", "customer_email": None}),
        ("createTracking", {"tracking_number": "RM121546236CN", "carrier_code": "dhl", "title": None}),
        ("createTracking", {"tracking_number": "RM121546236CN", "carrier_code": "dhl", "order_create_time": "1\n"}),
        ("createTracking", {"tracking_number": "RM\ud800", "carrier_code": "dhl"}),
        ("createTracking", {"tracking_number": "RM121546236CN", "carrier_code": "dhl", "title": math.nan}),
        ("updateTracking", {"status": 4.0}),
        ("updateTracking", {"status": True}),
        ("updateTracking", {"status": None}),
        ("updateTracking", {"status": 2**70}),
        ("updateTracking", {"status": "7"}),
        ("updateTracking", {"status": "7\n"}),
        ("updateTracking", {"status": "\u0667"}),
        ("createTracking", {"tracking_number": "RM121546236CN", "carrier_code": "dhl", "tracking_ship_date": 2**70}),
        ("createTracking", {"tracking_number": "RM121546236CN", "carrier_code": "dhl", "tracking_ship_date": -1}),
        ("createTracking", {"tracking_number": "RM121546236CN", "carrier_code": "dhl", "tracking_ship_date": True}),
        ("createTracking", {"tracking_number": "RM121546236CN", "carrier_code": "dhl", "tracking_ship_date": 1.5}),
        ("createTracking", {"tracking_number": "RM121546236CN", "carrier_code": "dhl", "order_create_time": "\u0661"}),
        ("trackAirCargo", {"track_number": "\u0661\u0667\u0662-28891936"}),
        ("trackAirCargo", {"track_number": ["172-28891936", "172-28891936\n"]}),
        ("getRealtimeTracking", {"tracking_number": "RM121546236CN", "carrier_code": "dhl", "lang": "EN"}),
        ("batchCreateTrackings", [{"tracking_number": "RM121546236CN", "carrier_code": "dhl"}] * 41),
        ("batchCreateTrackings", []),
    ],
)
def test_edge_cases_agree_with_connexion(operation_id: str, body: Any, body_schemas: dict[str, dict[str, Any]]) -> None:
    schema = body_schemas[operation_id]
    fast = validation.fast_validator(schema)
    assert fast is not None
    if validation.fast_accepts(fast, body):
        assert slow_accepts(schema, body)


def test_the_hot_operations_take_the_fast_path(body_schemas: dict[str, dict[str, Any]]) -> None:
    for operation_id in ("createTracking", "batchCreateTrackings"):
        fast = validation.fast_validator(body_schemas[operation_id])
        assert fast is not None, f"{operation_id}: its schema left the subset fast_schema translates"
    body = [{"tracking_number": f"RM{n:09d}CN", "carrier_code": "dhl", "customer_email": None} for n in range(40)]
    assert validation.fast_accepts(validation.fast_validator(body_schemas["batchCreateTrackings"]), body)


@pytest.mark.parametrize(
    ("schema", "translated"),
    [
        ({"type": "string", "nullable": True}, {"type": ["string", "null"]}),
        ({"type": "integer", "enum": [4, 7], "nullable": True}, {"type": ["integer", "null"], "enum": [4, 7, None]}),
        ({"type": "string", "x-nullable": True, "maxLength": 3}, {"type": ["string", "null"], "maxLength": 3}),
        ({"type": "string", "description": "d", "example": 1}, {"type": "string"}),
        ({"type": "integer", "enum": [4, 7], "x-enum-varnames": ["A", "B"]}, {"type": "integer", "enum": [4, 7]}),
        ({"type": "string", "x-python-name": "type_name"}, {"type": "string"}),
        ({"type": "string", "format": "int64"}, {"type": "string", "format": "int64"}),
        ({"type": "string", "format": "date-time"}, None),  # jsonschema checks it: not translated
        ({"type": "integer", "minimum": 1}, {"type": "integer", "minimum": 1}),
        ({"type": "integer", "maximum": 2**53}, None),  # beyond exact float comparison
        ({"type": "number", "maximum": 1.5}, None),
        ({"type": "integer", "minimum": 1, "exclusiveMinimum": True}, None),
        ({"oneOf": [{"type": "string"}]}, None),
        ({"not": {"type": "string"}}, None),
        ({"$ref": "#/components/schemas/X"}, None),
        ({"type": "array", "items": [{"type": "string"}]}, None),
        ({"enum": [True]}, None),
        ({"type": "file"}, None),
        ({"type": "object", "properties": {"a": {"type": "string"}}, "components": {"x": 1}}, None),
    ],
)
def test_fast_schema_translation(schema: dict[str, Any], translated: dict[str, Any] | None) -> None:
    if "components" in schema:  # dropped at the top level only (connexion's addition)
        assert validation.fast_schema(schema) == {"type": "object", "properties": {"a": {"type": "string"}}}
        assert validation.fast_schema({"properties": {"a": schema}}) is None
        return
    assert validation.fast_schema(schema) == translated


def test_a_pattern_beyond_the_linear_regex_engine_keeps_connexions_validator() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string", "pattern": "^(?=x)xy$"}}}
    assert validation.fast_schema(schema) is not None
    assert validation.fast_validator(schema) is None


def test_a_refused_body_still_gets_connexions_error_and_code() -> None:
    app = create_app(api_key=KEY)
    with InProcessClient(app, base_url="http://mock/v2", headers={"Trackingmore-Api-Key": KEY}) as client:
        answer = client.post("/trackings/batch", json=[{"tracking_number": "RM121546236CN\n", "carrier_code": "dhl"}])
        # Python's `$` accepts the final newline, jsonschema_rs does not: connexion's validator decides
        # (the body passes) and the handler refuses the number, as before.
        assert answer.json()["meta"]["code"] == 200
        assert [error["code"] for error in answer.json()["data"]["errors"]] == [4014]
        answer = client.post("/trackings/batch", json=[{"tracking_number": "R!", "carrier_code": "dhl"}])
        assert answer.json()["meta"] == {
            "code": 4014,
            "type": "Bad Request",
            "message": "The value of tracking_number is invalid (at 0/tracking_number): pattern check failed.",
        }


# -- parameters ------------------------------------------------------------------------------------


def _parameters() -> list[dict[str, Any]]:
    resolved = Specification.load(spec.locate())
    found: dict[str, dict[str, Any]] = {}
    for item in resolved["paths"].values():
        for param in item.get("parameters", []):
            found[f"{param['in']}:{param['name']}"] = param
        for method, operation in item.items():
            if method in _METHODS:
                for param in operation.get("parameters", []):
                    found[f"{param['in']}:{param['name']}"] = param
    return list(found.values())


PARAMETERS = _parameters()
_param_values: Strategy = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=30),
    st.sampled_from([*_TRICKY_STRINGS, "None", " null ", "2018-01-01", "1", "-1", "200000000000", "2000"]),
    st.lists(st.text(max_size=8), max_size=3),
)


@pytest.mark.parametrize("param", PARAMETERS, ids=[f"{p['in']}:{p['name']}" for p in PARAMETERS])
def test_parameter_validation_answers_like_connexion(param: dict[str, Any]) -> None:
    original: Callable[..., Any] = ParameterValidator.validate_parameter
    cached: Callable[..., Any] = validation.EnvelopeParameterValidator.validate_parameter

    @settings(max_examples=100, deadline=None, derandomize=True)
    @given(value=_param_values)
    def check(value: Any) -> None:
        assert cached(param["in"], value, param) == original(param["in"], value, param)

    check()


def test_the_served_fake_still_answers_through_the_fast_path() -> None:
    app = create_app(api_key=KEY)
    with InProcessClient(app, base_url="http://mock/v2", headers={"Trackingmore-Api-Key": KEY}) as client:
        body = [{"tracking_number": f"RM{n:09d}CN", "carrier_code": "dhl"} for n in range(40)]
        answer = client.post("/trackings/batch", json=body)
        assert isinstance(answer, httpx.Response)
        assert answer.json()["data"]["added"] == 40
