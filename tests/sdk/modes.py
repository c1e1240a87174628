"""Run one SDK operation the sync or the async way, against a stub server or the fake."""

from __future__ import annotations

import asyncio
from typing import Any

from trackingmore_v2 import AuthenticatedClient, RetryPolicy

from sdk.helpers import API_KEY

MODES = ("sync", "async")
# Real but short waits between attempts: stub-server tests run in real time.
FAST_RETRIES = RetryPolicy(initial_delay=0.01, max_delay=0.02)


def stub_client(base_url: str, **options: Any) -> AuthenticatedClient:
    options.setdefault("token", API_KEY)
    options.setdefault("retry_policy", FAST_RETRIES)
    return AuthenticatedClient(base_url=base_url, **options)


def run(
    mode: str, operation: Any, *args: Any, client: AuthenticatedClient, detailed: bool = False, **kwargs: Any
) -> Any:
    """``operation.sync(...)`` or ``asyncio.run(operation.asyncio(...))`` (``*_detailed`` if asked);
    the async way closes the loop's pool before the loop ends."""
    suffix = "_detailed" if detailed else ""
    if mode == "sync":
        return getattr(operation, "sync" + suffix)(*args, client=client, **kwargs)

    async def main() -> Any:
        try:
            return await getattr(operation, "asyncio" + suffix)(*args, client=client, **kwargs)
        finally:
            await client.aclose()

    return asyncio.run(main())
