"""Helpers of the proxy tests: a drifted upstream, the SDK tour through a base URL.

Everything runs on 127.0.0.1: no real API is reachable from the tests.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from support.tour import load_tour
from trackingmore_v2 import TrackingMore

KEY = "proxy-test-key-5b1e9d7c"  # stands in for a real key: must reach the upstream and nothing else


@dataclass
class Drift:
    """Rewrite the `nth` answer (1-based) of `method path` with `change(body)`."""

    method: str
    path: str  # a regular expression over the request path
    nth: int
    change: Callable[[dict[str, Any]], None]


@dataclass
class DriftedUpstream:
    """The fake, with a few answers rewritten as a drifted TrackingMore could send them."""

    app: ASGIApp
    drifts: list[Drift]
    seen: dict[int, int] = field(default_factory=dict)
    keys_received: list[str | None] = field(default_factory=list)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        self.keys_received.append(headers.get("trackingmore-api-key"))
        drift = None
        for index, candidate in enumerate(self.drifts):
            if candidate.method == scope["method"] and re.fullmatch(candidate.path, scope["path"]):
                self.seen[index] = self.seen.get(index, 0) + 1
                if self.seen[index] == candidate.nth:
                    drift = candidate
        if drift is None:
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []

        async def keep(message: Message) -> None:
            messages.append(message)

        await self.app(scope, receive, keep)
        start = messages[0]
        body = json.loads(b"".join(m.get("body", b"") for m in messages[1:]))
        drift.change(body)
        payload = json.dumps(body).encode()
        start_headers = [(k, v) for k, v in start["headers"] if k != b"content-length"]
        start_headers.append((b"content-length", str(len(payload)).encode()))
        await send({**start, "headers": start_headers})
        await send({"type": "http.response.body", "body": payload})


def _unknown_status(body: dict[str, Any]) -> None:
    body["data"]["status"] = "in_customs"


def _wrong_type(body: dict[str, Any]) -> None:
    body["data"]["track_number"] = str(body["data"]["track_number"])


def _missing_field(body: dict[str, Any]) -> None:
    del body["data"]


def _undocumented_code(body: dict[str, Any]) -> None:
    body["meta"]["code"] = 4099


TRACKING = r"/v2/trackings/china-post/TMDELIVERED0001"
DRIFTS = [
    Drift("GET", TRACKING + "/en", 1, _unknown_status),  # getTrackingInLanguage
    Drift("GET", r"/v2/trackings/getuserinfo", 1, _wrong_type),  # getUserInfo
    Drift("GET", TRACKING, 2, _missing_field),  # getTracking after the delete: 4031 without `data`
    Drift("GET", TRACKING, 3, _undocumented_code),  # the same, read with sync_detailed: 4099
]
# What the report must say about them: (operation, where, path, kind).
EXPECTED_DRIFT = {
    ("getTrackingInLanguage", "response", "$.data.status", "unknown enum value"),
    ("getUserInfo", "response", "$.data.track_number", "type"),
    ("getTracking", "response", "$.data", "missing required"),
    ("getTracking", "response", "$.meta.code", "undocumented meta.code"),
}


@dataclass(frozen=True)
class Answer:
    operation: str
    method: str
    url: str
    status: int
    body: Any
    violations_header: str | None


@dataclass(frozen=True)
class TourRun:
    printed: str
    answers: list[Answer]


def run_tour(base_url: str, monkeypatch: pytest.MonkeyPatch, key: str = KEY) -> TourRun:
    """Drive `demo/tour.py` (every operation of the spec) through the SDK against `base_url`."""
    tour = load_tour()
    answers: list[Answer] = []
    original_send = httpx.Client.send

    def recording_send(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = original_send(self, request, **kwargs)
        answers.append(
            Answer(
                str(request.extensions.get("trackingmore_operation_id")),
                request.method,
                str(request.url.copy_with(scheme="http", host="x", port=None)),
                response.status_code,
                json.loads(response.content),
                response.headers.get("x-spec-violations"),
            )
        )
        return response

    with monkeypatch.context() as patch:
        patch.setattr(httpx.Client, "send", recording_send)
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed), TrackingMore(base_url=base_url, api_key=key) as client:
            tour.run_tour(client, live=False)
    return TourRun(printed.getvalue(), answers)


def all_files(directory: Path) -> list[Path]:
    return [path for path in directory.rglob("*") if path.is_file()]
