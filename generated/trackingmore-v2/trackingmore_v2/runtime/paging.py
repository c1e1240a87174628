"""Iterate over every item of a paged list operation (``page``/``limit`` query, ``data.items``).

The endpoint template emits ``sync_iter``/``asyncio_iter`` for every operation with ``page`` and
``limit`` query parameters; they call these helpers with a ``fetch(page, limit)`` closure.
``TrackingMore``'s list methods return a ``Paginator``/``AsyncPaginator``: iterate it for every
item (lazily, page after page) or ask for ``first_page()``. TrackingMore allows one list request
per second: every page request goes through the client's rate limiter (``runtime.ratelimit``, the
spec's ``x-rate-limit``); a ``PageSpacing`` adds a minimum interval of its own (e.g. for a client
with ``rate_limits=False``).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import anyio

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "LIST_MIN_INTERVAL",
    "AsyncPaginator",
    "Page",
    "PageSpacing",
    "Paginator",
    "aiter_items",
    "iter_items",
    "unpack_page",
]

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 2000  # the API's maximum page size: fewest requests under the rate limit
LIST_MIN_INTERVAL = 1.0  # seconds between list requests (TrackingMore: 1 request/second)

_PageTuple = tuple[Sequence[T], int | None]


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
    fetch: Callable[[int, int], _PageTuple[T]],
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
    fetch: Callable[[int, int], Awaitable[_PageTuple[T]]],
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


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its ``items``, the ``total`` over all pages, its number and size."""

    items: list[T]
    total: int | None
    page: int
    limit: int


def _page(data: Any, page: int, limit: int) -> Page[Any]:
    items, total = unpack_page(data)
    number = getattr(data, "page", None)
    size = getattr(data, "limit", None)
    return Page(
        items=items,
        total=total,
        page=number if isinstance(number, int) else page,
        limit=size if isinstance(size, int) else limit,
    )


class Paginator(Generic[T]):
    """Every item of a list, lazily: ``for item in paginator`` walks the pages; ``first_page()``."""

    def __init__(
        self,
        fetch: Callable[[int, int], Any],
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        spacing: PageSpacing | None = None,
    ) -> None:
        self._fetch = fetch  # (page, limit) -> the page model (``items``, ``total``, ...)
        self._page_size = page_size
        self._start_page = start_page
        self._spacing = spacing

    def first_page(self) -> Page[T]:
        """The first requested page only (one request)."""
        return _page(self._fetch(self._start_page, self._page_size), self._start_page, self._page_size)

    def __iter__(self) -> Iterator[T]:
        return iter_items(
            lambda page, limit: unpack_page(self._fetch(page, limit)),
            page_size=self._page_size,
            start_page=self._start_page,
            spacing=self._spacing,
        )


class AsyncPaginator(Generic[T]):
    """Async ``Paginator``: ``async for item in paginator``; ``await paginator.first_page()``."""

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[Any]],
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        spacing: PageSpacing | None = None,
    ) -> None:
        self._fetch = fetch
        self._page_size = page_size
        self._start_page = start_page
        self._spacing = spacing

    async def first_page(self) -> Page[T]:
        """The first requested page only (one request)."""
        return _page(await self._fetch(self._start_page, self._page_size), self._start_page, self._page_size)

    def __aiter__(self) -> AsyncIterator[T]:
        async def fetch(page: int, limit: int) -> tuple[list[Any], int | None]:
            return unpack_page(await self._fetch(page, limit))

        return aiter_items(fetch, page_size=self._page_size, start_page=self._start_page, spacing=self._spacing)
