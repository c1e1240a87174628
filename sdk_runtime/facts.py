"""What the spec says about each operation, as the runtime reads it.

The generated ``trackingmore_v2.operations`` module builds one ``OperationFacts`` per operation
from the spec's vendor extensions (``x-sdk``, ``x-retry-safe``, ``x-credits``, the body's
``maxItems`` ...), and every generated request carries its operation's facts in
``httpx.Request.extensions[FACTS_EXTENSION]``, so transports (retries, and any later per-operation
policy) read them from the request without a table of their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["FACTS_EXTENSION", "Credits", "OperationFacts", "facts_of"]

# Key of httpx.Request.extensions under which generated code puts the operation's facts.
FACTS_EXTENSION = "trackingmore_operation"


@dataclass(frozen=True)
class Credits:
    """``x-credits``: ``amount`` tracking credits billed per ``per`` (``call`` or ``item``)."""

    amount: float
    per: str


@dataclass(frozen=True)
class OperationFacts:
    """One operation's facts, each written once in the spec.

    Attributes:
        operation_id: the spec's operationId.
        resource, method: ``x-sdk``: where the operation lives on ``TrackingMore`` (``trackings.create``).
        retry_safe: ``x-retry-safe``: repeating the request after a failure that may have reached the
            server cannot apply it twice or bill it twice.
        credits: ``x-credits``.
        max_items: ``maxItems`` of an array body (the batch size), else ``None``.
        min_items: ``minItems`` of an array body, else ``None``.
        query_limits: query parameter name -> its schema's ``minimum``/``maximum``/``pattern``
            (checked before sending by ``runtime.limits``).
        item_schema: the JSON Schema of one item of an array body ($refs inlined), else ``None``.
        extensions: every other ``x-`` extension of the operation, by name.
    """

    operation_id: str
    resource: str
    method: str
    retry_safe: bool
    credits: Credits
    max_items: int | None = None
    min_items: int | None = None
    query_limits: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, repr=False)
    item_schema: Mapping[str, Any] | None = field(default=None, repr=False)
    extensions: Mapping[str, Any] = field(default_factory=dict, repr=False)

    def batch_size(self) -> int:
        """``max_items``; ``ValueError`` for an operation whose body is not an array."""
        if self.max_items is None:
            raise ValueError(f"{self.operation_id} takes no array body")
        return self.max_items


def facts_of(extensions: Mapping[str, Any]) -> OperationFacts | None:
    """The facts a request carries (``request.extensions``), if generated code put them there."""
    facts = extensions.get(FACTS_EXTENSION)
    return facts if isinstance(facts, OperationFacts) else None
