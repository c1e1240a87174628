"""Check what a call sends against the limits the spec states, before sending it.

The limits (query parameter ``minimum``/``maximum``/``pattern``, array body ``minItems``/``maxItems``)
are the operation's ``OperationFacts`` (generated from the spec into ``trackingmore_v2.operations``),
which every generated request carries in its extensions, so the runtime imports nothing generated.
A call over a limit raises ``InvalidArgumentError`` naming the argument, instead of costing a
request answered 4012/4020.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from .errors import InvalidArgumentError
from .facts import OperationFacts

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


def check_request(operation_id: str, kwargs: Mapping[str, Any], facts: OperationFacts | None) -> None:
    """Raise ``InvalidArgumentError`` if the request ``kwargs`` break a limit of the operation's ``facts``."""
    if facts is None:
        return
    params = kwargs.get("params") or {}
    for name, query_limits in facts.query_limits.items():
        if name in params:
            _check_query(operation_id, name, params[name], query_limits)
    body = kwargs.get("json")
    if isinstance(body, list):
        if facts.max_items is not None and len(body) > facts.max_items:
            raise InvalidArgumentError(
                f"{operation_id}: body has {len(body)} items, the spec allows at most {facts.max_items}"
                " per request (sync_batch/asyncio_batch and the facade's *_many methods send any number in chunks)"
            )
        if facts.min_items is not None and len(body) < facts.min_items:
            raise InvalidArgumentError(
                f"{operation_id}: body has {len(body)} items, the spec requires at least {facts.min_items}"
            )
