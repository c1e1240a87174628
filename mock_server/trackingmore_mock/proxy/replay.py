"""Serve recorded cassettes: the same answers, without the upstream.

A request is matched by method, path, query (in any order) and body (as JSON), after the same
scrubbing as at recording (so its key and e-mail addresses do not stop it from matching). Answers
recorded for the same request are served in their recorded order, the last one again once they are
used up (a GET before and after a delete). A request nothing was recorded for gets HTTP 404 with an
envelope error (`meta.code` 404) naming it. Any API key is accepted: the cassettes hold none.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from .. import spec
from . import cassettes
from .scrub import Scrubber

logger = logging.getLogger("trackingmore_mock.replay")
# Recomputed for the body served now, or added by the server in front (Date, Server).
_NOT_REPLAYED = frozenset({"content-length", "content-encoding", "transfer-encoding", "date", "server"})


class ReplayApp:
    def __init__(self, directory: Path, spec_path: str | Path | None = None) -> None:
        self.directory = directory
        self._key_header = spec.api_key_header(spec.load(spec.locate(spec_path)))
        self._answers: dict[str, deque[dict[str, Any]]] = {}
        loaded = cassettes.load(directory)
        for cassette in loaded:
            self._answers.setdefault(cassettes.request_key(cassette["request"]), deque()).append(cassette["response"])
        self.cassettes = len(loaded)
        self.misses: list[str] = []  # "METHOD path?query" of requests nothing was recorded for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":  # startup: nothing to prepare
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] == "http":  # any method: what was recorded decides
            response = await self._serve(Request(scope, receive))
            await response(scope, receive, send)

    async def _serve(self, request: Request) -> Response:
        body = await request.body()
        scrubber = Scrubber([request.headers.get(self._key_header)])
        query = request.scope.get("query_string", b"").decode("latin-1")
        fields = cassettes.request_fields(
            scrubber, method=request.method, path=request.scope["path"], query=query, headers=(), body=body
        )
        answers = self._answers.get(cassettes.request_key(fields))
        if not answers:
            shown = f"{request.method} {fields['path']}" + (f"?{scrubber.text(query)}" if query else "")
            self.misses.append(shown)
            logger.warning("replay: nothing recorded for %s", shown)
            message = f"No cassette in {self.directory.name} matches {shown}."
            return JSONResponse(
                {"meta": {"code": 404, "type": "Not Found", "message": message}, "data": []}, status_code=404
            )
        answer = answers.popleft() if len(answers) > 1 else answers[0]
        if "json" in answer:
            content = json.dumps(answer["json"], ensure_ascii=False).encode()
        else:
            content = str(answer.get("text", "")).encode()
        response = Response(content=content, status_code=int(answer["status"]))
        response.raw_headers += [
            (str(name).lower().encode("latin-1"), str(value).encode("latin-1", "replace"))
            for name, value in answer.get("headers", [])
            if str(name).lower() not in _NOT_REPLAYED
        ]
        return response


def create_replay_app(directory: str | Path, spec_path: str | Path | None = None) -> ReplayApp:
    return ReplayApp(Path(directory), spec_path)
