"""What happens to API traffic around the handlers: latency, faults, the journal, webhook triggers.

An ASGI middleware outside connexion. For every request to a spec operation it waits the global
latency (and any latency fault), lets a firing fault answer instead of the handlers, records the
exchange in the journal (key redacted), and tells the webhooks that state may have changed. The
control API (`/_mock/...`) never passes here.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from typing import TYPE_CHECKING

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .codes import error
from .faults import FaultAction
from .journal import BODY_LIMIT, JournalEntry, headers_of, redact, redact_bytes
from .operations import OperationTable

if TYPE_CHECKING:
    from .backend import MockBackend

CONTROL_PREFIX = "/_mock"
_META_CODE = re.compile(rb'"meta"\s*:\s*\{\s*"code"\s*:\s*(\d+)')
_HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
# The start of a success envelope: what a cut or stalled answer shows before it stops.
_PARTIAL = b'{"meta": {"code": 200, "type": "Success", "message": "Success"}, "data": {"items": [{"id": "'
_REALTIME = "getRealtimeTracking"


def is_control(path: str) -> bool:
    return path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/")


class TrafficMiddleware:
    def __init__(self, app: ASGIApp, backend: MockBackend, operations: OperationTable, key_header: str) -> None:
        self.app = app
        self.backend = backend
        self.operations = operations
        self.key_header = key_header.lower().encode("latin-1")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or is_control(scope["path"]):
            await self.app(scope, receive, send)
            return
        backend = self.backend
        operation = self.operations.find(scope["method"], scope["path"])
        started, arrived, mock_time = time.perf_counter(), time.time(), backend.now()
        body = bytearray()
        answer: dict[str, int | None] = {"status": None, "meta_code": None}

        async def tee_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request" and len(body) < BODY_LIMIT:
                body.extend(message.get("body", b"")[: BODY_LIMIT - len(body)])
            return message

        fault_id: str | None = None
        recorded = False

        def record() -> None:
            nonlocal recorded
            if not recorded:
                recorded = True
                self._record(scope, operation, bytes(body), answer, fault_id, started, arrived, mock_time)

        async def capture_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
            elif message["type"] == "http.response.body":
                if answer["meta_code"] is None:
                    match = _META_CODE.search(message.get("body", b"")[:200])
                    answer["meta_code"] = int(match.group(1)) if match else -1
                if not message.get("more_body", False):
                    # Journaled (and changes detected) before the client has the whole answer:
                    # a client that reads the journal right after its call finds the call there.
                    record()
            await send(message)

        try:
            delay = backend.latency.draw()
            actions = backend.faults.pick(operation) if operation is not None and backend.faults else []
            for action in actions:
                delay += action.delay
                fault_id = action.fault_id
            if delay:
                await asyncio.sleep(delay)
            answering = next((a for a in actions if a.kind != "latency"), None)
            if answering is None:
                await self.app(scope, tee_receive, capture_send)
            else:
                await _drain(tee_receive)
                await answer_fault(answering, receive, capture_send)
        finally:
            record()  # an answer cut or never completed (faults), or a failure before any answer

    def _record(
        self,
        scope: Scope,
        operation: str | None,
        raw_body: bytes,
        answer: dict[str, int | None],
        fault_id: str | None,
        started: float,
        arrived: float,
        mock_time: float,
    ) -> None:
        backend = self.backend
        if operation is not None and backend.webhooks.subscriptions():
            key = _realtime_key(raw_body) if operation == _REALTIME else None
            backend.webhooks.notify(realtime=key)
        journal = backend.journal
        if not journal.enabled:
            return
        secrets = tuple(v.decode("latin-1") for k, v in scope["headers"] if k.lower() == self.key_header and v)
        if backend.options.api_key:
            secrets += (backend.options.api_key,)
        meta_code = answer["meta_code"]
        journal.record(
            JournalEntry(
                id=journal.next_id(),
                at=arrived,
                mock_time=mock_time,
                method=scope["method"],
                path=redact(scope["path"], secrets),
                query=redact(scope.get("query_string", b"").decode("latin-1"), secrets),
                headers=headers_of(scope["headers"], secrets),
                raw_body=redact_bytes(raw_body, secrets),
                operation=operation,
                status=answer["status"],
                meta_code=meta_code if meta_code is not None and meta_code >= 0 else None,
                fault=fault_id,
                duration_ms=(time.perf_counter() - started) * 1000,
            )
        )


def _realtime_key(raw_body: bytes) -> tuple[str, str] | None:
    try:
        document = json.loads(raw_body)
        return str(document["carrier_code"]), str(document["tracking_number"])
    except (ValueError, KeyError, TypeError):
        return None


async def _drain(receive: Receive) -> None:
    """Read the request body (for the journal) before a fault answers instead of the handlers."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


async def _start(send: Send, status: int, content_type: bytes, length: int, extra: list[tuple[bytes, bytes]]) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(length).encode()), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})


async def answer_fault(action: FaultAction, receive: Receive, send: Send) -> None:
    """Answer one call as the fault says (every kind but `latency`)."""
    json_type = b"application/json"
    if action.kind == "rate-limit":
        payload = json.dumps(error(429)).encode()
        await _start(send, 429, json_type, len(payload), [(b"retry-after", str(action.retry_after).encode())])
        await send({"type": "http.response.body", "body": payload})
    elif action.kind == "status":
        payload = json.dumps(error(action.status)).encode()
        await _start(send, action.status, json_type, len(payload), [])
        await send({"type": "http.response.body", "body": payload})
    elif action.kind == "meta":
        payload = json.dumps(error(action.code or 4012)).encode()
        await _start(send, 200, json_type, len(payload), [])
        await send({"type": "http.response.body", "body": payload})
    elif action.kind == "html":
        await _start(send, action.status, b"text/html", len(_HTML_502), [])
        await send({"type": "http.response.body", "body": _HTML_502})
    elif action.kind in ("close", "hang"):
        # Announce a longer body than is sent: the client sees a truncated answer.
        await _start(send, 200, json_type, len(_PARTIAL) * 4, [])
        await send({"type": "http.response.body", "body": _PARTIAL, "more_body": True})
        if action.kind == "hang":
            while (await receive())["type"] != "http.disconnect":
                pass
        # Returning without the last body part makes the server close the connection.
