"""A request body read from an ASGI `receive`, and a `receive` that hands it on again.

Middlewares that must look at a body before connexion does (the guard's chunked uploads, the
tolerated GET body, the fast pipeline) read it with `read_body` and pass the app `replay(body, ...)`.
"""

from __future__ import annotations

from starlette.types import Message, Receive

from .codes import MockError


class BodyTooLarge(MockError):
    def __init__(self) -> None:
        super().__init__(413, http_status=413)


async def read_body(receive: Receive, limit: int | None = None) -> bytes:
    """Every chunk of the body; `BodyTooLarge` once more than `limit` bytes arrived."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if limit is not None and size > limit:
            raise BodyTooLarge()
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` whose first message is the whole `body`; later calls go to `receive`."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed
