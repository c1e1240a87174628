"""Send any number of items through an operation whose body is a bounded JSON array.

Two layers. ``run_batch``/``arun_batch`` (behind the low-level ``sync_batch``/``asyncio_batch``)
split items into chunks of at most the body's ``maxItems`` (from the spec, via the operation's
facts), send them (sequentially, or with bounded concurrency in async code) and merge the
per-chunk ``data`` into one object of the same model: counts are summed, lists (created
trackings, per-item errors ...) concatenated. A chunk that raises does not stop the others; its
items and exception are kept in ``BatchResult.failures``.

``send_items``/``asend_items`` (behind ``TrackingMore``'s ``create_many`` & co.) add what a caller
of a list of items needs: every item is checked against the spec's item schema first and a bad
one is reported without being sent, and every per-item problem -- refused locally, refused by the
API in ``data.errors`` or in an item's ``meta``, or lost with a failed chunk -- becomes an
``ItemError`` whose ``index`` is the item's position in the caller's list.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar, cast

import anyio
import attrs

from .errors import SUCCESS_CODES, APIError, TrackingMoreError
from .validation import schema_problem

__all__ = [
    "DEFAULT_CONCURRENCY",
    "BatchFailure",
    "BatchResult",
    "ItemError",
    "ItemsOutcome",
    "arun_batch",
    "asend_items",
    "merge_data",
    "run_batch",
    "send_items",
]

ItemT = TypeVar("ItemT")
DataT = TypeVar("DataT")
M = TypeVar("M", bound="_RequestModel")

DEFAULT_CONCURRENCY = 4
# Plain values a merged field may hold; anything else (the generated ``Unset``) counts as absent.
_PLAIN = (bool, int, float, str, list, dict)


class _RequestModel(Protocol):
    """What a generated request model offers: ``to_dict``/``from_dict``."""

    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M: ...


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


def chunked(items: Sequence[ItemT], size: int, max_size: int) -> list[list[ItemT]]:
    if not 1 <= size <= max_size:
        raise ValueError(f"chunk_size must be between 1 and {max_size}")
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def _merge_values(values: list[Any]) -> Any:
    present = [v for v in values if v is not None and (isinstance(v, _PLAIN) or attrs.has(type(v)))]
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
    call: Callable[[list[ItemT]], DataT], items: Sequence[ItemT], *, chunk_size: int, max_size: int
) -> BatchResult[ItemT, DataT]:
    """Send ``items`` chunk after chunk through ``call`` (which returns one chunk's ``data``)."""
    outcomes: list[DataT | BatchFailure[ItemT] | None] = []
    for index, chunk in enumerate(chunked(items, chunk_size, max_size)):
        try:
            outcomes.append(call(chunk))
        except TrackingMoreError as error:
            outcomes.append(BatchFailure(index, chunk, error))
    return _result(outcomes)


async def arun_batch(
    call: Callable[[list[ItemT]], Awaitable[DataT]],
    items: Sequence[ItemT],
    *,
    chunk_size: int,
    max_size: int,
    max_concurrency: int = DEFAULT_CONCURRENCY,
) -> BatchResult[ItemT, DataT]:
    """Send the chunks with at most ``max_concurrency`` requests in flight; results keep input order."""
    if max_concurrency < 1:
        raise ValueError("max_concurrency must be >= 1")
    chunks = chunked(items, chunk_size, max_size)
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


# ------------------------------------------------------------------ items with caller positions


@dataclass(frozen=True)
class ItemError:
    """Why one item of a ``*_many`` call was not applied.

    Attributes:
        index: the item's position in the list the caller passed (-1 for a per-item error whose
            tracking number matches no item of its request: the API named an item it was not sent).
        tracking_number, carrier_code: the item's, when it has them.
        code: the API's ``meta.code`` for the item (or for its whole chunk); ``None`` when the SDK
            refused the item before sending it.
        message: what went wrong.
        sent: False when the item broke the spec's schema and was never sent.
        error: the exception of a chunk that failed as a whole (connection lost, quota ...).
    """

    index: int
    tracking_number: str | None
    code: int | None
    message: str
    carrier_code: str | None = None
    sent: bool = True
    error: TrackingMoreError | None = field(default=None, repr=False, compare=False)


@dataclass
class ItemsOutcome(Generic[DataT]):
    """What ``send_items`` hands to the generated result class: the merged data and the errors."""

    data: DataT | None
    errors: list[ItemError]


@dataclass(frozen=True)
class _Prepared(Generic[M]):
    index: int
    model: M
    document: Mapping[str, Any]


def _text(document: Mapping[str, Any], name: str) -> str | None:
    value = document.get(name)
    return value if isinstance(value, str) else None


def _prepare(
    items: Sequence[M | Mapping[str, Any]], model: type[M], schema: Mapping[str, Any] | None
) -> tuple[list[_Prepared[M]], list[ItemError]]:
    ready: list[_Prepared[M]] = []
    refused: list[ItemError] = []
    for index, item in enumerate(items):
        if isinstance(item, model):
            document: Mapping[str, Any] = item.to_dict()
        elif isinstance(item, Mapping):
            document = item
        else:
            problem = f"expected a {model.__name__} or a dict, got {type(item).__name__}"
            refused.append(ItemError(index, None, None, problem, sent=False))
            continue
        problem_text = schema_problem(document, schema) if schema is not None else None
        built: M | None = item if isinstance(item, model) else None
        if problem_text is None and built is None:
            try:
                built = model.from_dict(document)
            except (ValueError, TypeError, KeyError, AttributeError) as error:
                problem_text = f"{type(error).__name__}: {error}"
        if problem_text is not None or built is None:
            refused.append(
                ItemError(
                    index,
                    _text(document, "tracking_number"),
                    None,
                    problem_text or "not a valid item",
                    _text(document, "carrier_code"),
                    sent=False,
                )
            )
            continue
        ready.append(_Prepared(index, built, document))
    return ready, refused


def _reported(data: object) -> list[tuple[Any, int, str]]:
    """``(entry, code, message)`` of every per-item error in a chunk's ``data`` (duck-typed)."""
    found: list[tuple[Any, int, str]] = []
    for entry in getattr(data, "errors", None) or []:
        code = getattr(entry, "code", None)
        if isinstance(code, int):
            message = getattr(entry, "message", None)
            found.append((entry, code, message if isinstance(message, str) else ""))
    for entry in getattr(data, "trackings", None) or []:  # batch delete: a meta per item
        meta = getattr(entry, "meta", None)
        code = getattr(meta, "code", None)
        if isinstance(code, int) and code not in SUCCESS_CODES:
            message = getattr(meta, "message", None)
            found.append((meta, code, message if isinstance(message, str) else ""))
    return found


def _chunk_errors(chunk: list[_Prepared[Any]], data: object) -> list[ItemError]:
    """Map the API's per-item errors of one chunk back to the caller's positions."""
    unmatched = list(chunk)
    errors: list[ItemError] = []
    for entry, code, message in _reported(data):
        number = getattr(entry, "tracking_number", None)
        carrier = getattr(entry, "carrier_code", None)
        number = number if isinstance(number, str) else None
        carrier = carrier if isinstance(carrier, str) else None
        match = next(
            (
                p
                for p in unmatched
                if _text(p.document, "tracking_number") == number
                and (carrier is None or _text(p.document, "carrier_code") == carrier)
            ),
            None,
        )
        if match is not None:
            unmatched.remove(match)
        index = match.index if match is not None else -1
        errors.append(ItemError(index, number, code, message, carrier))
    return errors


def _failed_chunk(chunk: list[_Prepared[Any]], error: TrackingMoreError) -> list[ItemError]:
    code = error.code if isinstance(error, APIError) else None
    message = error.message if isinstance(error, APIError) else str(error)
    return [
        ItemError(
            p.index,
            _text(p.document, "tracking_number"),
            code,
            message,
            _text(p.document, "carrier_code"),
            error=error,
        )
        for p in chunk
    ]


def _outcome(
    chunks: list[list[_Prepared[M]]],
    answers: list[DataT | TrackingMoreError | None],
    refused: list[ItemError],
) -> ItemsOutcome[DataT]:
    datas: list[DataT] = []
    errors = list(refused)
    failures: list[TrackingMoreError] = []
    for chunk, answer in zip(chunks, answers, strict=True):
        if isinstance(answer, TrackingMoreError):
            failures.append(answer)
            errors.extend(_failed_chunk(chunk, answer))
        elif answer is not None:
            datas.append(answer)
            errors.extend(_chunk_errors(chunk, answer))
    if failures and not datas:
        # Nothing was applied: the call failed as a whole (wrong key, quota, network) -- raise it.
        raise failures[0]
    errors.sort(key=lambda e: e.index)
    return ItemsOutcome(merge_data(datas) if datas else None, errors)


def _split(ready: list[_Prepared[M]], size: int) -> list[list[_Prepared[M]]]:
    return [ready[start : start + size] for start in range(0, len(ready), size)]


def send_items(
    call: Callable[[list[M]], DataT],
    items: Sequence[M | Mapping[str, Any]],
    *,
    model: type[M],
    max_items: int,
    schema: Mapping[str, Any] | None,
) -> ItemsOutcome[DataT]:
    """Check, chunk (``max_items`` per request) and send ``items``; merge the answers."""
    ready, refused = _prepare(items, model, schema)
    chunks = _split(ready, max_items)
    answers: list[DataT | TrackingMoreError | None] = []
    for chunk in chunks:
        try:
            answers.append(call([p.model for p in chunk]))
        except TrackingMoreError as error:
            answers.append(error)
    return _outcome(chunks, answers, refused)


async def asend_items(
    call: Callable[[list[M]], Awaitable[DataT]],
    items: Sequence[M | Mapping[str, Any]],
    *,
    model: type[M],
    max_items: int,
    schema: Mapping[str, Any] | None,
    max_concurrency: int = DEFAULT_CONCURRENCY,
) -> ItemsOutcome[DataT]:
    """Async ``send_items`` with at most ``max_concurrency`` chunk requests in flight."""
    if max_concurrency < 1:
        raise ValueError("max_concurrency must be >= 1")
    ready, refused = _prepare(items, model, schema)
    chunks = _split(ready, max_items)
    answers: list[DataT | TrackingMoreError | None] = [None] * len(chunks)
    limiter = anyio.Semaphore(max_concurrency)

    async def send(position: int, chunk: list[_Prepared[M]]) -> None:
        async with limiter:
            try:
                answers[position] = await call([p.model for p in chunk])
            except TrackingMoreError as error:
                answers[position] = error

    async with anyio.create_task_group() as group:
        for position, chunk in enumerate(chunks):
            group.start_soon(send, position, chunk)
    return _outcome(chunks, answers, refused)
