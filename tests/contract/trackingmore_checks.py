"""schemathesis checks for an API whose errors are HTTP 200 with a 4xxx `meta.code`.

TrackingMore answers invalid input and bad credentials with HTTP 200 and an error code in the
`{"meta": {...}, "data": []}` envelope. schemathesis' built-in `negative_data_rejection`,
`positive_data_acceptance`, `missing_required_header`, `ignored_auth`, `use_after_free` and
`ensure_resource_availability` read the HTTP status only, so here they are either blind or always
wrong. The checks below enforce the same intent through `meta.code`; they are registered with
schemathesis' own mechanism (`@schemathesis.check`) when this module is imported, by pytest (the
tests import it) and by the CLI (`hooks = "contract.trackingmore_hooks"`, which imports it).

| check | built-in counterpart | what it asserts |
|---|---|---|
| `envelope_conformance` | response_schema_conformance | every answer is the envelope; a success |
|   |   | matches the success branch of its schema, an error matches `ErrorEnvelope` |
| `meta_type_matches_code` | - | `meta.type` is the spec's name of `meta.code`; a real HTTP |
|   |   | error status is repeated in `meta.code` |
| `invalid_input_rejected` | negative_data_rejection | schema-violating input gets an error `meta.code` |
| `valid_input_accepted` | positive_data_acceptance | schema-valid input is not refused as invalid (4012-4015, 4033) |
| `api_key_enforced` | ignored_auth, missing_required_header | no key: `meta.code` 401; wrong key: 4001 |
| `deleted_tracking_stays_deleted` | use_after_free | a deleted tracking cannot be read, updated or deleted again |
| `created_tracking_is_available` | ensure_resource_availability | a created tracking can be read, updated and deleted |
| `updates_are_not_lost` | - | a read shows the fields the last successful create/update set |
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import schemathesis
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from schemathesis.core.failures import AcceptedNegativeData
from schemathesis.core.transport import Response
from schemathesis.generation.meta import REQUEST_SHAPE_PROBES, coverage_scenario

# schemathesis' own helpers for auth probes (the ones `ignored_auth` uses); the version is pinned
# in pyproject.toml, so these private imports are stable for this project.
from schemathesis.specs.openapi._auth_retry import get_security_parameters, remove_auth, send_probe
from schemathesis.specs.openapi.checks import negative_data_rejection
from support.spec import inline_refs, load_spec, resolve

if TYPE_CHECKING:
    from schemathesis import Case
    from schemathesis.checks import CheckContext

API_KEY_HEADER = "Trackingmore-Api-Key"
# Sent by the wrong-key probe. It is not anybody's key.
WRONG_API_KEY = "schemathesis-wrong-key-0000"

# The spec's `x-meta-codes` table (one source with the SDK's exceptions and the fake's envelopes).
_META_CODES: list[dict[str, Any]] = load_spec()["x-meta-codes"]


def _codes(category: str) -> frozenset[int]:
    return frozenset(int(entry["code"]) for entry in _META_CODES if entry.get("category") == category)


SUCCESS_CODES = _codes("success")
(MISSING_KEY_CODE,) = _codes("missing-key")
WRONG_KEY_CODES = _codes("wrong-key")
# "Your request is malformed": what valid input must never get.
INVALID_INPUT_CODES = _codes("invalid-input")
CARRIER_FIELDS = ("carrier_code", "update_carrier_code")

# What a REST API would have said with its HTTP status, per TrackingMore `meta.code` (the table's
# `http_status`). It lets the built-in negative-data logic (with all its serialisation heuristics)
# judge a 200-with-4xxx answer.
_EQUIVALENT_HTTP_STATUS = {int(entry["code"]): int(entry["http_status"]) for entry in _META_CODES}


# ------------------------------------------------------------------------------------------ spec


def _resolve(node: Any) -> Any:
    return resolve(load_spec(), node)


def _inline(node: Any) -> Any:
    return inline_refs(load_spec(), node)


@functools.cache
def meta_types() -> dict[int, str]:
    """`meta.code` -> `meta.type`, read from the spec's `x-meta-codes` table."""
    return {int(entry["code"]): str(entry["type"]) for entry in _META_CODES}


_ERROR_REF = "#/components/schemas/ErrorEnvelope"


@functools.cache
def _schemas_of(path: str, method: str, status: str) -> tuple[Any, Any] | None:
    """(success schema, error schema) of one documented response, inlined; None if undocumented."""
    responses = load_spec()["paths"][path][method]["responses"]
    response = _resolve(responses.get(status))
    if response is None:
        return None
    schema = response["content"]["application/json"]["schema"]
    error = _inline({"$ref": _ERROR_REF})
    branches = schema.get("anyOf")
    if branches:
        success = [b for b in branches if b.get("$ref") != _ERROR_REF]
        return _inline(success[0]), error
    # deleteTracking's EmptyEnvelope and the 429/5XX ErrorEnvelope serve success and error alike.
    return _inline(schema), _inline(schema)


@dataclass(frozen=True)
class RequestSchemas:
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any


@functools.cache
def _request_schemas(path: str, method: str) -> RequestSchemas:
    """The schemas of an operation's path and query parameters and JSON body, inlined."""
    item = load_spec()["paths"][path]
    operation = item[method]
    parameters = [_resolve(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
    body = _resolve(operation.get("requestBody"))
    return RequestSchemas(
        path={p["name"]: _inline(p["schema"]) for p in parameters if p["in"] == "path"},
        query={p["name"]: _inline(p["schema"]) for p in parameters if p["in"] == "query"},
        body=_inline(body["content"]["application/json"]["schema"]) if body else None,
    )


def path_is_valid(case: Case[Any]) -> bool:
    """Whether the path parameters sent satisfy the spec (else the request may miss the route)."""
    schemas = _request_schemas(case.operation.path, case.operation.method.lower())
    for name, schema in schemas.path.items():
        value = (case.path_parameters or {}).get(name)
        # Over HTTP schemathesis keeps path parameters percent-encoded, in-process as they are.
        if not isinstance(value, str) or _validation_errors(schema, unquote(value)):
            return False
    return True


def _wire_value(schema: Any, value: Any) -> Any:
    """A query value as the server reads it: integers arrive as text."""
    if schema.get("type") == "integer" and isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return value


def sent_values_are_valid(case: Case[Any]) -> bool:
    """Whether the path and query parameters and the JSON body really sent satisfy the spec.

    A stateful step can inherit an invalid value through a link from a negative step, e.g.
    changeCarrier with `update_carrier_code: 0.08` -> GET /trackings/0.08/..., or a batch delete of
    `tracking_number: ""` -> GET /trackings/get?numbers=.
    """
    schemas = _request_schemas(case.operation.path, case.operation.method.lower())
    if not path_is_valid(case):
        return False
    query = case.query if isinstance(case.query, dict) else {}
    for name, value in query.items():
        schema = schemas.query.get(name)
        if schema is not None and _validation_errors(schema, _wire_value(schema, value)):
            return False
    if schemas.body is not None and isinstance(case.body, (dict, list)):
        return not _validation_errors(schemas.body, case.body)
    return True


def _documented_status(path: str, method: str, status_code: int) -> str | None:
    responses = load_spec()["paths"][path][method]["responses"]
    for key in (str(status_code), f"{str(status_code)[0]}XX"):
        if key in responses:
            return key
    return None


def _validation_errors(schema: Any, instance: Any) -> list[str]:
    validator = OAS30Validator(schema, format_checker=oas30_format_checker)
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    return [f"at /{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in errors[:5]]


@functools.cache
def known_carriers() -> frozenset[str]:
    """Carrier codes of `GET /carriers` (the mock's copy of TrackingMore's v2 table)."""
    from trackingmore_mock import carriers

    return frozenset(carriers.table())


# ---------------------------------------------------------------------------------------- helpers


@dataclass(frozen=True)
class Envelope:
    code: int
    type: str | None
    message: str | None
    data: Any


def read_envelope(response: Response) -> Envelope | None:
    """The `{meta, data}` envelope of an answer, or None when the body is not one."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    if not isinstance(body, dict) or not isinstance(body.get("meta"), dict) or "data" not in body:
        return None
    meta = body["meta"]
    code = meta.get("code")
    if not isinstance(code, int) or isinstance(code, bool):
        return None
    kind, message = meta.get("type"), meta.get("message")
    return Envelope(
        code=code,
        type=kind if isinstance(kind, str) else None,
        message=message if isinstance(message, str) else None,
        data=body["data"],
    )


def is_success(code: int) -> bool:
    return code in SUCCESS_CODES


def _is_shape_probe(case: Case[Any]) -> bool:
    """Coverage probes with an undeclared method or content type: only a 5xx says anything there."""
    return coverage_scenario(case) in REQUEST_SHAPE_PROBES


def _summary(response: Response) -> str:
    text = response.content[:300].decode("utf-8", errors="replace")
    return f"HTTP {response.status_code}: {text}"


def _sent_key(response: Response) -> str | None:
    value = response.request.headers.get(API_KEY_HEADER)
    return None if value is None else str(value)


def _body(case: Case[Any]) -> Any:
    body = case.body
    return body if isinstance(body, (dict, list)) else None


def _sent_carrier_codes(case: Case[Any]) -> Iterator[str]:
    path_carrier = (case.path_parameters or {}).get("carrier_code")
    if isinstance(path_carrier, str):
        yield path_carrier
    body = _body(case)
    items = body if isinstance(body, list) else [body]
    for item in items:
        if isinstance(item, dict):
            for name in CARRIER_FIELDS:
                value = item.get(name)
                if isinstance(value, str):
                    yield value


_ORDER_TIME = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


def is_real_order_time(value: str) -> bool:
    """Whether an `order_create_time` the pattern admits is a real time (unix seconds always are)."""
    if value.isdigit():
        return True
    match = _ORDER_TIME.match(value)
    if match is None:
        return True  # not the date form: the schema decides, not this helper
    year, month, day, hour, minute, second = (int(part) if part else 0 for part in match.groups())
    try:
        datetime.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return False
    return True


def _sent_order_times(case: Case[Any]) -> Iterator[str]:
    body = _body(case)
    for item in body if isinstance(body, list) else [body]:
        if isinstance(item, dict) and isinstance(item.get("order_create_time"), str):
            yield item["order_create_time"]


def equivalent_http_status(response: Response) -> int:
    """The HTTP status a REST API would have used for this answer (the real one when it is not 200)."""
    if response.status_code != 200:
        return response.status_code
    envelope = read_envelope(response)
    if envelope is None or is_success(envelope.code):
        return response.status_code
    if envelope.code in _EQUIVALENT_HTTP_STATUS:
        return _EQUIVALENT_HTTP_STATUS[envelope.code]
    return 500 if 500 <= envelope.code < 600 else 400


def _with_status(response: Response, status: int) -> Response:
    return Response(
        status_code=status,
        headers=response.headers,
        content=response.content,
        request=response.request,
        elapsed=response.elapsed,
        verify=response.verify,
        message=response.message,
        http_version=response.http_version,
        encoding=response.encoding,
    )


# ----------------------------------------------------------------------------- response checks


@schemathesis.check
def envelope_conformance(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every answer is `{meta: {code: int, ...}, data}`; its data matches the branch its code selects.

    The spec's 200 schemas are `anyOf: [XEnvelope, ErrorEnvelope]`, which lets a success with
    `data: []` or an error with a full `data` pass `response_schema_conformance`; this check does not.
    """
    envelope = read_envelope(response)
    if envelope is None:
        raise AssertionError(f"The answer is not the {{meta: {{code: int}}, data}} envelope.\n{_summary(response)}")
    operation = case.operation
    status = _documented_status(operation.path, operation.method.lower(), response.status_code)
    if status is None:
        # Routing answers (404/405/413) are undocumented statuses; the envelope is all they promise.
        return None
    schemas = _schemas_of(operation.path, operation.method.lower(), status)
    if schemas is None:
        return None
    success, error = schemas
    body = json.loads(response.content)
    expected, branch = (success, "success") if is_success(envelope.code) else (error, "error")
    problems = _validation_errors(expected, body)
    if problems:
        raise AssertionError(
            f"meta.code {envelope.code} is a{'n' if branch == 'error' else ''} {branch}, but the body does "
            f"not match the {branch} schema of {operation.label} ({status}):\n  "
            + "\n  ".join(problems)
            + f"\n{_summary(response)}"
        )
    return None


@schemathesis.check
def meta_type_matches_code(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """`meta.type` names `meta.code` as the spec's table does; a real HTTP error status is repeated in `meta.code`."""
    envelope = read_envelope(response)
    if envelope is None:
        return None  # envelope_conformance reports it
    if response.status_code != 200 and envelope.code != response.status_code:
        raise AssertionError(
            f"HTTP {response.status_code} carries meta.code {envelope.code}; they must agree.\n{_summary(response)}"
        )
    expected = meta_types().get(envelope.code)
    # `type` is optional (listCarriers may send `meta: {code}` only) and new codes may appear.
    if expected is not None and envelope.type is not None and envelope.type != expected:
        raise AssertionError(
            f"meta.code {envelope.code} must have meta.type {expected!r} (spec, Meta.code), "
            f"got {envelope.type!r}.\n{_summary(response)}"
        )
    return None


@schemathesis.check
def invalid_input_rejected(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Schema-violating input must get an error `meta.code` (TrackingMore's ST201).

    The answer is translated to the HTTP status a REST API would have sent (4012 -> 400, 4017 -> 404,
    ...) and judged by schemathesis' own `negative_data_rejection`, which knows when a negative value
    becomes valid on the wire (serialisation) and must not count.
    """
    if case.meta is None or not case.meta.generation.mode.is_negative:
        return None
    try:
        negative_data_rejection(ctx, _with_status(response, equivalent_http_status(response)), case)
    except AcceptedNegativeData as exc:
        envelope = read_envelope(response)
        code = envelope.code if envelope else "none"
        raise AssertionError(
            f"Invalid input was accepted with meta.code {code}; expected an error code "
            f"(4012-4015, 4033, ...).\n{exc.message}\n{_summary(response)}"
        ) from None
    return None


@schemathesis.check
def valid_input_accepted(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Schema-valid input must not be refused as malformed (4012-4015, 4033).

    Two refusals stay legitimate because the schema (a pattern) cannot express them: 4015 when a
    carrier code is well formed but not in the carrier table, and 4012 when `order_create_time` is
    well formed but no real time (`0000/00/0`, `2019-02-31`).
    """
    if case.meta is None or not case.meta.generation.mode.is_positive or _is_shape_probe(case):
        return None
    envelope = read_envelope(response)
    if envelope is None or envelope.code not in INVALID_INPUT_CODES:
        return None
    if not sent_values_are_valid(case):
        return None  # not valid input after all (a value inherited through a link)
    if envelope.code == 4015 and any(code not in known_carriers() for code in _sent_carrier_codes(case)):
        return None
    if envelope.code == 4012 and any(not is_real_order_time(value) for value in _sent_order_times(case)):
        return None
    raise AssertionError(
        f"Valid input was refused as invalid with meta.code {envelope.code} "
        f"({envelope.message or 'no message'}).\n{_summary(response)}"
    )


def _rate_limited(response: Response, envelope: Envelope | None) -> bool:
    """A probe answered 429 (the live API limits calls): it proves nothing either way."""
    return response.status_code == 429 or (envelope is not None and envelope.code == 429)


@schemathesis.check
def api_key_enforced(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """No key: `meta.code` 401. Wrong key: 4001. Probed once per operation and run, like `ignored_auth`."""
    envelope = read_envelope(response)
    if envelope is None or response.status_code in (404, 405, 413):
        return None  # no envelope: envelope_conformance; routing errors come before authentication
    operation = case.operation
    if not get_security_parameters(operation):
        return None
    if _sent_key(response) in (None, ""):
        # The coverage phase drops the key on purpose ("missing Trackingmore-Api-Key header").
        if envelope.code != MISSING_KEY_CODE:
            raise AssertionError(
                f"A request without {API_KEY_HEADER} got meta.code {envelope.code}, expected "
                f"{MISSING_KEY_CODE}.\n{_summary(response)}"
            )
        return None
    if not is_success(envelope.code):
        return None
    enforced = ctx.auth_enforced_operations
    if enforced is not None and operation.label in enforced:
        return None
    parameters = get_security_parameters(operation)
    no_key = remove_auth(case, parameters)
    answer = send_probe(ctx, case, no_key)
    got = read_envelope(answer)
    if _rate_limited(answer, got):
        return None  # inconclusive: probed again after a later success
    if got is None or got.code != MISSING_KEY_CODE:
        raise AssertionError(
            f"{operation.label} answered a request without {API_KEY_HEADER} with meta.code "
            f"{got.code if got else 'none'}, expected {MISSING_KEY_CODE}.\n{_summary(answer)}"
        )
    wrong_key = remove_auth(case, parameters)
    wrong_key.headers[API_KEY_HEADER] = WRONG_API_KEY
    answer = send_probe(ctx, case, wrong_key)
    got = read_envelope(answer)
    if _rate_limited(answer, got):
        return None
    if got is None or got.code not in WRONG_KEY_CODES:
        raise AssertionError(
            f"{operation.label} answered a wrong {API_KEY_HEADER} with meta.code "
            f"{got.code if got else 'none'}, expected 4001.\n{_summary(answer)}"
        )
    if enforced is not None:
        enforced.add(operation.label)
    return None


# ------------------------------------------------------------------------------ stateful checks

Key = tuple[str, str]  # (carrier_code, tracking_number)
# Fields a read must show as the last create/update set them; "" and null are the same "unset".
TRACKED_FIELDS = ("title", "customer_name", "customer_phone", "order_id", "logistics_channel")
_MANUAL_STATUS = {4: "delivered", 7: "exception"}


@dataclass
class Known:
    """What the scenario so far proves about one tracking."""

    exists: bool
    # Where that was learnt, for the failure message.
    because: str
    fields: dict[str, Any] = field(default_factory=dict)


def _key(item: Any) -> Key | None:
    if not isinstance(item, dict):
        return None
    carrier, number = item.get("carrier_code"), item.get("tracking_number")
    if isinstance(carrier, str) and isinstance(number, str):
        return (carrier, number)
    return None


def _path_key(case: Case[Any]) -> Key | None:
    return _key(case.path_parameters or {})


def _expected_fields(item: dict[str, Any], *, create: bool) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name in TRACKED_FIELDS:
        if name in item and item[name] is not None and not (create and item[name] == ""):
            fields[name] = item[name]
    archived = item.get("archived")
    if not create and archived in ("true", "false"):
        fields["archived"] = archived == "true"
    status = item.get("status")
    if not create and status in (4, 7, 8):
        fields["status"] = _MANUAL_STATUS.get(status)  # 8: back to the computed status (None: unknown)
    return fields


class TrackingModel:
    """Replays a scenario's successful (and failed-for-a-reason) calls into what must hold now."""

    def __init__(self) -> None:
        self.known: dict[Key, Known] = {}

    def _exists(self, key: Key, because: str, fields: dict[str, Any] | None = None) -> None:
        entry = self.known.get(key)
        if entry is None or not entry.exists:
            entry = Known(True, because)
            self.known[key] = entry
        if fields:
            entry.fields.update(fields)
            entry.because = because

    def _gone(self, key: Key, because: str) -> None:
        self.known[key] = Known(False, because)

    def apply(self, case: Case[Any], response: Response) -> None:
        envelope = read_envelope(response)
        if envelope is None or response.status_code != 200:
            return
        op = case.operation.definition.raw.get("operationId")
        code, data, body = envelope.code, envelope.data, _body(case)
        label = f"{case.method} {case.formatted_path} -> meta.code {code}"
        ok = is_success(code)
        if op == "createTracking" and isinstance(body, dict):
            key = _key(data) if ok else _key(body)
            if key and ok:
                self.known.pop(key, None)
                self._exists(key, label, _expected_fields(body, create=True))
            elif key and code == 4016:
                self._exists(key, label)
        elif op in ("getTracking", "getTrackingInLanguage"):
            key = _path_key(case)
            if key and ok:
                self._exists(key, label)
            elif key and code == 4031:
                self._gone(key, label)
        elif op in ("updateTracking", "deleteTracking"):
            key = _path_key(case)
            if key and ok and op == "updateTracking" and isinstance(body, dict):
                self._exists(key, label, _expected_fields(body, create=False))
            elif key and (ok or code == 4017):
                self._gone(key, label)
        elif op == "changeCarrier" and isinstance(body, dict):
            old = _key(body)
            new_carrier = body.get("update_carrier_code")
            if old and ok and isinstance(new_carrier, str):
                moved = self.known.pop(old, None)
                if new_carrier != old[0]:
                    self._gone(old, label)
                fields = dict(moved.fields) if moved and moved.exists else {}
                self._exists((new_carrier, old[1]), label, fields)
            elif old and code == 4017:
                self._gone(old, label)
        elif ok and isinstance(data, dict) and isinstance(body, list):
            self._apply_batch(op, body, data, label)

    def _apply_batch(self, op: Any, body: list[Any], data: dict[str, Any], label: str) -> None:
        keys = [_key(item) for item in body]
        # A tracking named twice in one batch gets two outcomes: expect no field values for it.
        by_key = {key: item for key, item in zip(keys, body, strict=True) if key is not None and keys.count(key) == 1}
        if op == "batchCreateTrackings":
            for tracking in data.get("trackings") or []:
                key = _key(tracking)
                if key:
                    self.known.pop(key, None)
                    self._exists(key, label, _expected_fields(by_key.get(key, {}), create=True))
            for error in data.get("errors") or []:
                key = _key(error)
                if key and isinstance(error, dict) and error.get("code") == 4016:
                    self._exists(key, label)
        elif op == "batchUpdateTrackings":
            for tracking in data.get("trackings") or []:
                key = _key(tracking)
                if key:
                    self._exists(key, label, _expected_fields(by_key.get(key, {}), create=False))
            self._gone_on_4017(data.get("errors") or [], label)
        elif op == "batchDeleteTrackings":
            for item in data.get("trackings") or []:
                meta = item.get("meta") if isinstance(item, dict) else None
                key = _key(meta)
                if key and isinstance(meta, dict) and meta.get("code") in (200, 4017):
                    self._gone(key, label)
        elif op == "stopUpdatingTrackings":
            for tracking in data.get("trackings") or []:
                key = _key(tracking)
                if key:
                    self._exists(key, label)
            self._gone_on_4017(data.get("errors") or [], label)

    def _gone_on_4017(self, errors: Iterable[Any], label: str) -> None:
        for error in errors:
            key = _key(error)
            if key and isinstance(error, dict) and error.get("code") == 4017:
                self._gone(key, label)


def _model_before(ctx: CheckContext, case: Case[Any]) -> TrackingModel | None:
    """The model of everything this scenario did before `case`; None outside recorded scenarios."""
    internals = ctx.internals
    if internals.recorder is None:
        return None
    model = TrackingModel()
    for earlier in internals.find_all_cases():
        if earlier.id == case.id:
            return model
        answer = internals.find_response(case_id=earlier.id)
        if answer is not None:
            model.apply(earlier, answer)
    return model


def _single_key_target(case: Case[Any]) -> tuple[str, Key] | None:
    """(operationId, key) of a call that acts on one existing tracking."""
    op = case.operation.definition.raw.get("operationId")
    if op in ("getTracking", "getTrackingInLanguage", "updateTracking", "deleteTracking"):
        key = _path_key(case)
    elif op == "changeCarrier":
        key = _key(_body(case))
    else:
        return None
    return (op, key) if key else None


_NOT_FOUND = {"getTracking": 4031, "getTrackingInLanguage": 4031}
# Query parameters of listTrackings that keep every tracking whose number is in `numbers`.
_NEUTRAL_LIST_QUERY = frozenset({"numbers", "lang", "page", "limit"})


def _listed(case: Case[Any], envelope: Envelope) -> list[Key] | None:
    """The trackings a successful listTrackings answer shows; None for any other answer."""
    if case.operation.definition.raw.get("operationId") != "listTrackings" or not is_success(envelope.code):
        return None
    items = envelope.data.get("items") if isinstance(envelope.data, dict) else None
    if not isinstance(items, list):
        return None
    return [key for item in items if (key := _key(item)) is not None]


def _must_be_listed(case: Case[Any], listed: list[Key]) -> set[str] | None:
    """Numbers every existing tracking of which must be in this page: `numbers` filters alone, page 1."""
    query = case.query or {}
    if not isinstance(query, dict) or not set(query) <= _NEUTRAL_LIST_QUERY or "numbers" not in query:
        return None
    page, limit = str(query.get("page", 1)), str(query.get("limit", 100))
    if page != "1" or not limit.isdigit() or len(listed) >= int(limit):
        return None
    return {number.strip() for number in str(query["numbers"]).split(",")}


@schemathesis.check
def deleted_tracking_stays_deleted(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """use-after-free through `meta.code`: after a successful delete (single, batch, or a carrier change
    away), reading, updating, deleting or moving the tracking must fail (4031 / 4017), and no list
    may show it."""
    envelope = read_envelope(response)
    if envelope is None or not is_success(envelope.code) or response.status_code != 200:
        return None
    listed = _listed(case, envelope)
    if listed:
        model = _model_before(ctx, case)
        for key in listed:
            known = model.known.get(key) if model else None
            if known is not None and not known.exists:
                raise AssertionError(
                    f"The tracking {key[0]}/{key[1]} was deleted ({known.because}), yet "
                    f"{case.method} {case.formatted_path} lists it.\n{_summary(response)}"
                )
        return None
    target = _single_key_target(case)
    if target is None:
        return None
    model = _model_before(ctx, case)
    known = model.known.get(target[1]) if model else None
    if known is not None and not known.exists:
        raise AssertionError(
            f"The tracking {target[1][0]}/{target[1][1]} was deleted ({known.because}), yet "
            f"{case.method} {case.formatted_path} succeeded with meta.code {envelope.code}.\n{_summary(response)}"
        )
    return None


@schemathesis.check
def created_tracking_is_available(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """ensure_resource_availability through `meta.code`: a tracking this scenario created (and did not
    delete) must not be reported missing (4031 / 4017), nor left out of a list filtered by its number."""
    envelope = read_envelope(response)
    if envelope is None:
        return None
    listed = _listed(case, envelope)
    numbers = _must_be_listed(case, listed) if listed is not None else None
    if listed is not None and numbers:
        model = _model_before(ctx, case)
        for known_key, fact in model.known.items() if model else ():
            if fact.exists and known_key[1] in numbers and known_key not in listed:
                raise AssertionError(
                    f"The tracking {known_key[0]}/{known_key[1]} exists ({fact.because}), yet "
                    f"{case.method} {case.formatted_path} does not list it.\n{_summary(response)}"
                )
        return None
    target = _single_key_target(case)
    if target is None:
        return None
    op, key = target
    if envelope.code != _NOT_FOUND.get(op, 4017):
        return None
    model = _model_before(ctx, case)
    known = model.known.get(key) if model else None
    if known is not None and known.exists:
        raise AssertionError(
            f"The tracking {key[0]}/{key[1]} exists ({known.because}), yet {case.method} "
            f"{case.formatted_path} says it does not (meta.code {envelope.code}).\n{_summary(response)}"
        )
    return None


@schemathesis.check
def updates_are_not_lost(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A read shows what the last successful create, update or batch update set (lost updates)."""
    target = _single_key_target(case)
    envelope = read_envelope(response)
    if target is None or target[0] not in _NOT_FOUND or envelope is None or not is_success(envelope.code):
        return None
    data = envelope.data
    model = _model_before(ctx, case)
    known = model.known.get(target[1]) if model else None
    if known is None or not known.exists or not isinstance(data, dict):
        return None
    lost = []
    for name, expected in known.fields.items():
        if name == "status" and expected is None:
            continue
        actual = data.get(name)
        if (expected in ("", None) and actual in ("", None)) or actual == expected:
            continue
        lost.append(f"{name}: expected {expected!r}, got {actual!r}")
    if lost:
        raise AssertionError(
            f"{case.method} {case.formatted_path} lost what {known.because} set:\n  "
            + "\n  ".join(lost)
            + f"\n{_summary(response)}"
        )
    return None


CHECK_NAMES = (
    "envelope_conformance",
    "meta_type_matches_code",
    "invalid_input_rejected",
    "valid_input_accepted",
    "api_key_enforced",
    "deleted_tracking_stays_deleted",
    "created_tracking_is_available",
    "updates_are_not_lost",
)
