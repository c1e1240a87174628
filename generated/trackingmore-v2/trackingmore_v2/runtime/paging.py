"""Iterate over every item of a paged list operation (``page``/``limit`` query, ``data.items``).

The endpoint template emits ``sync_iter``/``asyncio_iter`` for every operation with ``page`` and
``limit`` query parameters; they call these helpers with a ``fetch(page, limit)`` closure.
TrackingMore allows one list request per second: every page request goes through the client's
rate limiter (``runtime.ratelimit``, the spec's ``x-rate-limit``), which paces it; a
``PageSpacing`` adds a minimum interval of its own (e.g. for a client with ``rate_limits=False``).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import anyio

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "LIST_MIN_INTERVAL",
    "PageSpacing",
    "aiter_items",
    "iter_items",
    "unpack_page",
]

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 2000  # the API's maximum page size: fewest requests under the rate limit
LIST_MIN_INTERVAL = 1.0  # seconds between list requests (TrackingMore: 1 request/second)

Page = tuple[Sequence[T], int | None]


@dataclass
class PageSpacing:
    """Keeps successive page requests at least ``min_interval`` seconds apart.

    ``clock``, ``sleep`` and ``async_sleep`` are injectable for tests.
    """

    min_interval: float = LIST_MIN_INTERVAL
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=anyio.sleep, repr=False)
    _last: float | None = field(default=None, init=False, repr=False)

    def _wait_needed(self) -> float:
        if self._last is None:
            return 0.0
        return max(0.0, self._last + self.min_interval - self.clock())

    def wait(self) -> None:
        delay = self._wait_needed()
        if delay > 0:
            self.sleep(delay)
        self._last = self.clock()

    async def await_turn(self) -> None:
        delay = self._wait_needed()
        if delay > 0:
            await self.async_sleep(delay)
        self._last = self.clock()


def unpack_page(data: Any) -> tuple[list[Any], int | None]:
    """``(items, total)`` of a page model; tolerant of missing (UNSET) fields."""
    items = getattr(data, "items", None)
    total = getattr(data, "total", None)
    return (list(items) if isinstance(items, list) else []), (total if isinstance(total, int) else None)


def _is_last(page_size: int, count: int, seen: int, total: int | None) -> bool:
    # With a total, trust it over page sizes (a server may clamp ``limit``); without, a short page
    # is the last one. An empty page always ends the walk.
    if count == 0:
        return True
    return seen >= total if total is not None else count < page_size


def iter_items(
    fetch: Callable[[int, int], Page[T]],
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    start_page: int = 1,
    spacing: PageSpacing | None = None,
) -> Iterator[T]:
    """Yield every item, fetching page after page until a short or empty page or ``total``."""
    if page_size < 1:
        raise ValueError("page_size must be >= 1")
    page, seen = start_page, 0
    while True:
        if spacing is not None:
            spacing.wait()
        items, total = fetch(page, page_size)
        seen += len(items)
        yield from items
        if _is_last(page_size, len(items), seen, total):
            return
        page += 1


async def aiter_items(
    fetch: Callable[[int, int], Awaitable[Page[T]]],
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    start_page: int = 1,
    spacing: PageSpacing | None = None,
) -> AsyncIterator[T]:
    """Async twin of ``iter_items``."""
    if page_size < 1:
        raise ValueError("page_size must be >= 1")
    page, seen = start_page, 0
    while True:
        if spacing is not None:
            await spacing.await_turn()
        items, total = await fetch(page, page_size)
        seen += len(items)
        for item in items:
            yield item
        if _is_last(page_size, len(items), seen, total):
            return
        page += 1
