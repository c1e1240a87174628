"""Operation handlers, one class per tag of the spec; `resolve` maps an operationId to a handler."""

from __future__ import annotations

import functools
import re
from collections.abc import Awaitable, Callable
from typing import Any

from ..backend import MockBackend
from .account import AccountHandlers
from .batch import BatchHandlers
from .carriers import CarrierHandlers
from .tools import ToolHandlers
from .trackings import TrackingHandlers


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def resolver(backend: MockBackend) -> Callable[[str], Callable[..., Any]]:
    groups = (
        TrackingHandlers(backend),
        BatchHandlers(backend),
        AccountHandlers(backend),
        ToolHandlers(backend),
        CarrierHandlers(backend),
    )

    def resolve(operation_id: str) -> Callable[..., Any]:
        name = _snake(operation_id)
        for group in groups:
            handler = getattr(group, name, None)
            if callable(handler):
                if operation_id in backend.declared_limits:
                    return _rate_limited(backend, operation_id, handler)
                return handler  # type: ignore[no-any-return]
        raise LookupError(f"no handler for operationId {operation_id!r}")

    return resolve


def _rate_limited(
    backend: MockBackend, operation_id: str, handler: Callable[..., Awaitable[Any]]
) -> Callable[..., Awaitable[Any]]:
    """The handler, counted first by the operation's rate limit (a no-op while limits are off).

    `functools.wraps` keeps the handler's signature visible (`__wrapped__`), from which connexion
    and the fast pipeline pick the arguments to pass."""

    @functools.wraps(handler)
    async def limited(*args: Any, **kwargs: Any) -> Any:
        backend.limiter.check(operation_id)
        return await handler(*args, **kwargs)

    return limited
