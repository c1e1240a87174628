"""Operation handlers, one class per tag of the spec; `resolve` maps an operationId to a handler."""

from __future__ import annotations

import re
from collections.abc import Callable
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
                return handler  # type: ignore[no-any-return]
        raise LookupError(f"no handler for operationId {operation_id!r}")

    return resolve
