"""Check what a call sends against the limits the spec states, before sending it.

The table (operationId -> query parameter ``minimum``/``maximum``/``pattern``, array body
``minItems``/``maxItems``) is generated from the spec into the package (``spec_limits.py``) and
handed over by the client, so the runtime imports nothing generated. A call over a limit raises
``InvalidArgumentError`` naming the argument, instead of costing a request answered 4012/4020.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from .errors import InvalidArgumentError

__all__ = ["check_request"]


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _check_query(operation_id: str, name: str, value: Any, limits: Mapping[str, Any]) -> None:
    if isinstance(value, int) and not isinstance(value, bool):
        if "maximum" in limits and value > limits["maximum"]:
            raise InvalidArgumentError(
                f"{operation_id}: {name}={value} is above the spec's maximum of {limits['maximum']}"
            )
        if "minimum" in limits and value < limits["minimum"]:
            raise InvalidArgumentError(
                f"{operation_id}: {name}={value} is below the spec's minimum of {limits['minimum']}"
            )
    elif isinstance(value, str) and "pattern" in limits and not _compiled(limits["pattern"]).search(value):
        count = f" ({value.count(',') + 1} comma-separated values)" if "," in value else ""
        raise InvalidArgumentError(
            f"{operation_id}: {name}{count} does not match the spec's pattern {limits['pattern']!r}"
        )


def check_request(operation_id: str, kwargs: Mapping[str, Any], table: Mapping[str, Mapping[str, Any]]) -> None:
    """Raise ``InvalidArgumentError`` if the request ``kwargs`` break a limit of ``table``."""
    limits = table.get(operation_id)
    if not limits:
        return
    params = kwargs.get("params") or {}
    for name, query_limits in limits.get("query", {}).items():
        if name in params:
            _check_query(operation_id, name, params[name], query_limits)
    body_limits = limits.get("body")
    body = kwargs.get("json")
    if body_limits and isinstance(body, list):
        if "maxItems" in body_limits and len(body) > body_limits["maxItems"]:
            raise InvalidArgumentError(
                f"{operation_id}: body has {len(body)} items, the spec allows at most {body_limits['maxItems']}"
                " per request (sync_batch/asyncio_batch send any number in chunks)"
            )
        if "minItems" in body_limits and len(body) < body_limits["minItems"]:
            raise InvalidArgumentError(
                f"{operation_id}: body has {len(body)} items, the spec requires at least {body_limits['minItems']}"
            )
