"""A synchronous in-process client for the mock, for tests that do not want an event loop or a port.

    client = InProcessClient(create_app(api_key="k"), headers={"Trackingmore-Api-Key": "k"})
    client.get("/trackings/getuserinfo").json()

It has the request methods of `httpx.Client` (request/get/post/put/delete) and calls the ASGI app
directly through `httpx.ASGITransport` on a private event loop. (starlette's TestClient would do too,
but warns under starlette 1.x without httpx2.)
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx


class InProcessClient:
    def __init__(self, app: Any, base_url: str = "http://mock/v2", headers: dict[str, str] | None = None) -> None:
        self._loop = asyncio.new_event_loop()
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url, headers=headers)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self._loop.run_until_complete(self._client.request(method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def put(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", url, **kwargs)

    def delete(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", url, **kwargs)

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()

    def __enter__(self) -> InProcessClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# The other in-process helpers of the package, importable from here too.
from .inprocess import InProcessTransport  # noqa: E402
from .receiver import ReceivedWebhook, WebhookReceiver  # noqa: E402

__all__ = ["InProcessClient", "InProcessTransport", "ReceivedWebhook", "WebhookReceiver"]
