"""Send any number of items through an operation whose body is a bounded JSON array.

The endpoint template emits ``sync_batch``/``asyncio_batch`` for every operation whose request
body is an array; they split the items into chunks of at most ``MAX_BATCH_SIZE`` (TrackingMore's
per-call limit), send them (sequentially, or with bounded concurrency in async code) and merge
the per-chunk ``data`` into one object of the same model: counts are summed, lists (created
trackings, per-item errors ...) concatenated. A chunk that raises does not stop the others; its
items and exception are kept in ``BatchResult.failures``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

import anyio
import attrs

from ..types import Unset
from .errors import TrackingMoreError

__all__ = ["DEFAULT_CONCURRENCY", "MAX_BATCH_SIZE", "BatchFailure", "BatchResult", "arun_batch", "run_batch"]

ItemT = TypeVar("ItemT")
DataT = TypeVar("DataT")

MAX_BATCH_SIZE = 40
DEFAULT_CONCURRENCY = 4


@dataclass(frozen=True)
class BatchFailure(Generic[ItemT]):
    """A chunk whose request failed as a whole: its position, its items and why."""

    index: int
    items: list[ItemT]
    error: TrackingMoreError


@dataclass
class BatchResult(Generic[ItemT, DataT]):
    """Outcome of a batched call.

    ``data`` is the merge of every successful chunk's ``data`` (``None`` when no chunk
    succeeded); ``chunks`` holds each successful chunk's own ``data`` in input order.
    """

    data: DataT | None
    chunks: list[DataT] = field(default_factory=list)
    failures: list[BatchFailure[ItemT]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every chunk was answered (items may still carry per-item errors in ``data``)."""
        return not self.failures

    def raise_on_failure(self) -> None:
        """Raise the first chunk failure, if any."""
        if self.failures:
            raise self.failures[0].error


def chunked(items: Sequence[ItemT], size: int) -> list[list[ItemT]]:
    if not 1 <= size <= MAX_BATCH_SIZE:
        raise ValueError(f"chunk_size must be between 1 and {MAX_BATCH_SIZE}")
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def _merge_values(values: list[Any]) -> Any:
    present = [v for v in values if v is not None and not isinstance(v, Unset)]
    if not present:
        return values[0]
    if all(isinstance(v, bool) for v in present):
        return all(present)
    if all(isinstance(v, int) for v in present):
        return sum(present)
    if all(isinstance(v, list) for v in present):
        return [item for v in present for item in v]
    if all(isinstance(v, dict) for v in present):
        return {k: x for v in present for k, x in v.items()}
    if all(attrs.has(type(v)) for v in present):
        return merge_data(present)
    return present[0]


def merge_data(chunks: list[DataT]) -> DataT:
    """Merge same-typed chunk results: ints summed, lists concatenated, models merged field-wise."""
    if len(chunks) == 1:
        return chunks[0]
    first: Any = chunks[0]
    if isinstance(first, list):
        return cast(DataT, _merge_values(list(chunks)))
    if not attrs.has(type(first)):
        return chunks[0]
    init_values: dict[str, Any] = {}
    later_values: dict[str, Any] = {}
    for attribute in attrs.fields(type(first)):
        merged = _merge_values([getattr(chunk, attribute.name) for chunk in chunks])
        if attribute.init:
            init_values[attribute.alias or attribute.name] = merged
        else:  # e.g. the models' additional_properties
            later_values[attribute.name] = merged
    result = attrs.evolve(first, **init_values)
    for name, value in later_values.items():
        setattr(result, name, value)
    return cast(DataT, result)


def _result(outcomes: list[DataT | BatchFailure[ItemT] | None]) -> BatchResult[ItemT, DataT]:
    chunks = [o for o in outcomes if o is not None and not isinstance(o, BatchFailure)]
    failures = [o for o in outcomes if isinstance(o, BatchFailure)]
    return BatchResult(data=merge_data(chunks) if chunks else None, chunks=chunks, failures=failures)


def run_batch(
    call: Callable[[list[ItemT]], DataT], items: Sequence[ItemT], *, chunk_size: int = MAX_BATCH_SIZE
) -> BatchResult[ItemT, DataT]:
    """Send ``items`` chunk after chunk through ``call`` (which returns one chunk's ``data``)."""
    outcomes: list[DataT | BatchFailure[ItemT] | None] = []
    for index, chunk in enumerate(chunked(items, chunk_size)):
        try:
            outcomes.append(call(chunk))
        except TrackingMoreError as error:
            outcomes.append(BatchFailure(index, chunk, error))
    return _result(outcomes)


async def arun_batch(
    call: Callable[[list[ItemT]], Awaitable[DataT]],
    items: Sequence[ItemT],
    *,
    chunk_size: int = MAX_BATCH_SIZE,
    max_concurrency: int = DEFAULT_CONCURRENCY,
) -> BatchResult[ItemT, DataT]:
    """Send the chunks with at most ``max_concurrency`` requests in flight; results keep input order."""
    if max_concurrency < 1:
        raise ValueError("max_concurrency must be >= 1")
    chunks = chunked(items, chunk_size)
    outcomes: list[DataT | BatchFailure[ItemT] | None] = [None] * len(chunks)
    limiter = anyio.Semaphore(max_concurrency)

    async def send(index: int, chunk: list[ItemT]) -> None:
        async with limiter:
            try:
                outcomes[index] = await call(chunk)
            except TrackingMoreError as error:
                outcomes[index] = BatchFailure(index, chunk, error)

    async with anyio.create_task_group() as group:
        for index, chunk in enumerate(chunks):
            group.start_soon(send, index, chunk)
    return _result(outcomes)
