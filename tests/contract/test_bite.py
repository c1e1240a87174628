"""The contract tests bite: deliberately broken variants of the mock, each caught by the right check.

Every variant is the real mock with one fault planted from here (mock_server/ is not touched): a
patched store, or an ASGI wrapper that rewrites requests or answers. schemathesis' engine (what
`st run` drives) runs the phases that can reach the fault over the operations involved, in-process,
with the CI profile; the test asserts the expected check reports a failure.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from contract import trackingmore_hooks
from contract.engine_run import failing_checks
from contract.mockserver import MOCK_API_KEY, make_app
from contract.trackingmore_checks import API_KEY_HEADER

assert trackingmore_hooks.POPULAR_CARRIERS  # imported for its registrations (checks and hooks)

Body = Any
Rewrite = Callable[[str, int, Body], tuple[int, Body]]


class Rewriting:
    """An ASGI wrapper: `on_request` may change the request headers, `on_answer` the JSON answer."""

    def __init__(
        self,
        app: ASGIApp,
        on_answer: Rewrite | None = None,
        on_request: Callable[[Scope], Scope] | None = None,
    ) -> None:
        self.app, self.on_answer, self.on_request = app, on_answer, on_request

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.on_request is not None:
            scope = self.on_request(scope)
        if self.on_answer is None:
            await self.app(scope, receive, send)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def buffer(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            else:
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, buffer)
        status, payload = self.on_answer(scope["path"], start["status"], json.loads(b"".join(chunks)))
        content = json.dumps(payload).encode()
        headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": content})


def on_path(suffix: str, change: Callable[[int, Body], tuple[int, Body]]) -> Rewrite:
    def rewrite(path: str, status: int, body: Body) -> tuple[int, Body]:
        return change(status, body) if path.endswith(suffix) else (status, body)

    return rewrite


def code_of(body: Body) -> int | None:
    meta = body.get("meta") if isinstance(body, dict) else None
    code = meta.get("code") if isinstance(meta, dict) else None
    return code if isinstance(code, int) else None


# --------------------------------------------------------------------------------- the faults


def delete_does_not_delete() -> Any:
    app = make_app()
    app.mock.store.delete = lambda key: None  # answers "deleted", keeps the tracking
    return app


def update_is_lost() -> Any:
    app = make_app()
    store = app.mock.store
    real_update = store.update

    def answer_without_storing(key: Any, apply: Callable[[Any], None]) -> Any:
        # 4017 for a missing tracking as before; the answer shows the change, the store never gets it.
        record = copy.deepcopy(real_update(key, lambda record: None))
        apply(record)
        return record

    store.update = answer_without_storing
    return app


def created_is_not_found() -> Any:
    app = make_app()
    app.mock.store.get = lambda key: None  # every read says 4031 "never created"
    return app


def meta_code_is_a_string() -> Any:
    def change(status: int, body: Body) -> tuple[int, Body]:
        body["meta"]["code"] = str(body["meta"]["code"])
        return status, body

    return Rewriting(make_app(), on_path("/trackings/getuserinfo", change))


def envelope_is_missing() -> Any:
    return Rewriting(make_app(), on_path("/carriers", lambda status, body: (status, body.get("data", body))))


def missing_key_is_accepted() -> Any:
    def add_key(scope: Scope) -> Scope:
        headers = list(scope["headers"])
        if not any(name.lower() == API_KEY_HEADER.lower().encode() for name, _ in headers):
            headers.append((API_KEY_HEADER.lower().encode(), MOCK_API_KEY.encode()))
        return {**scope, "headers": headers}

    return Rewriting(make_app(), on_request=add_key)


def wrong_key_is_accepted() -> Any:
    return make_app(api_key=None)  # any non-empty key passes


def invalid_input_is_accepted() -> Any:
    def change(status: int, body: Body) -> tuple[int, Body]:
        if code_of(body) in (4012, 4013, 4014, 4015):
            empty_page = {"page": 1, "limit": 100, "total": 0, "items": []}
            return 200, {"meta": {"code": 200, "type": "Success", "message": "Success"}, "data": empty_page}
        return status, body

    return Rewriting(make_app(), on_path("/trackings/get", change))


def valid_input_is_refused() -> Any:
    def change(status: int, body: Body) -> tuple[int, Body]:
        message = "The value of tracking_number is invalid."
        return 200, {"meta": {"code": 4014, "type": "Bad Request", "message": message}, "data": []}

    return Rewriting(make_app(), on_path("/carriers/detect", change))


def meta_type_is_wrong() -> Any:
    def change(status: int, body: Body) -> tuple[int, Body]:
        if code_of(body) == 200:
            body["meta"]["type"] = "OK"
        return status, body

    return Rewriting(make_app(), on_path("/trackings/getstatusnumber", change))


def server_error() -> Any:
    app = make_app()
    store = app.mock.store

    class CrashingStore(type(store)):  # type: ignore[misc]
        @property
        def remaining(self) -> int:
            raise RuntimeError("planted fault")

    store.__class__ = CrashingStore  # this app only
    return app


@dataclass(frozen=True)
class Fault:
    name: str
    build: Callable[[], Any]
    operations: tuple[str, ...]
    phases: tuple[str, ...]
    expected: tuple[str, ...]  # check names that must report it


FAULTS = (
    Fault(
        "DELETE that does not delete",
        delete_does_not_delete,
        ("createTracking", "deleteTracking", "getTracking"),
        ("stateful",),
        ("deleted_tracking_stays_deleted",),
    ),
    Fault(
        "batch delete that does not delete",
        delete_does_not_delete,
        ("batchCreateTrackings", "batchDeleteTrackings", "getTracking", "listTrackings"),
        ("stateful",),
        ("deleted_tracking_stays_deleted",),
    ),
    Fault(
        "update answered but not stored (lost update)",
        update_is_lost,
        ("createTracking", "updateTracking", "getTracking"),
        ("stateful",),
        ("updates_are_not_lost",),
    ),
    Fault(
        "created tracking reported never created",
        created_is_not_found,
        ("createTracking", "getTracking"),
        ("stateful",),
        ("created_tracking_is_available",),
    ),
    Fault(
        "meta.code sent as a string",
        meta_code_is_a_string,
        ("getUserInfo",),
        ("examples", "fuzzing"),
        ("envelope_conformance", "response_schema_conformance"),
    ),
    Fault(
        "answer without the envelope",
        envelope_is_missing,
        ("listCarriers",),
        ("examples", "fuzzing"),
        ("envelope_conformance",),
    ),
    Fault(
        "request without a key succeeds",
        missing_key_is_accepted,
        ("getUserInfo",),
        ("coverage", "fuzzing"),
        ("api_key_enforced",),
    ),
    Fault(
        "request with a wrong key succeeds",
        wrong_key_is_accepted,
        ("getUserInfo",),
        ("fuzzing",),
        ("api_key_enforced",),
    ),
    Fault(
        "invalid input answered with success",
        invalid_input_is_accepted,
        ("listTrackings",),
        ("coverage",),
        ("invalid_input_rejected",),
    ),
    Fault(
        "valid input refused as invalid",
        valid_input_is_refused,
        ("detectCarrier",),
        ("examples", "fuzzing"),
        ("valid_input_accepted",),
    ),
    Fault(
        "meta.type that does not match meta.code",
        meta_type_is_wrong,
        ("getStatusCounts",),
        ("examples", "fuzzing"),
        ("meta_type_matches_code",),
    ),
    Fault(
        "server error",
        server_error,
        ("getUserInfo",),
        ("fuzzing",),
        ("not_a_server_error",),
    ),
)


@pytest.mark.parametrize("fault", FAULTS, ids=[fault.name for fault in FAULTS])
def test_planted_fault_is_reported(fault: Fault) -> None:
    failures = failing_checks(fault.build(), fault.operations, fault.phases)
    missing = [name for name in fault.expected if not failures.get(name)]
    assert not missing, f"{fault.name}: {missing} did not fire; failures seen: {failures}"
