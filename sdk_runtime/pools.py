"""The connection pools of one SDK client, shared with its ``with_options`` copies.

* Lazy and thread-safe: threads making their first call together on a new client build one
  ``httpx.Client``, not one each (the others would leak, and ``close()`` would close only one).
* One ``httpx.AsyncClient`` per event loop: its connections belong to the loop that opened them,
  so a client used from two ``asyncio.run()`` calls gets a fresh pool in the second loop instead
  of ``RuntimeError: Event loop is closed``. An asyncio loop's pool is closed when the loop shuts
  down (``asyncio.run`` finalizes async generators before closing the loop: a suspended one
  closes the pool), so forgetting ``aclose()`` leaks no sockets.
* Closing releases the connections; the next call opens a new pool (like ``requests.Session``).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncGenerator, Callable

import httpx
import sniffio

__all__ = ["Pools"]


def _loop_key() -> object:
    """The running event loop (asyncio), the library's name (trio), or None outside a loop."""
    try:
        library = sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        return None
    if library == "asyncio":
        return asyncio.get_running_loop()
    return library


async def _close_with_the_loop(pool: httpx.AsyncClient) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await pool.aclose()


async def _start(finalizer: AsyncGenerator[None, None]) -> None:
    await anext(finalizer, None)


def _is_closed(key: object) -> bool:
    return isinstance(key, asyncio.AbstractEventLoop) and key.is_closed()


class Pools:
    """Holds the sync pool and the async pools (one per event loop) of a client."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        self._async: dict[object, httpx.AsyncClient] = {}
        self._finalizers: dict[object, AsyncGenerator[None, None]] = {}

    def __repr__(self) -> str:
        return f"Pools(sync={'open' if self._sync is not None else 'none'}, async_loops={len(self._async)})"

    def sync(self, build: Callable[[], httpx.Client]) -> httpx.Client:
        pool = self._sync
        if pool is not None and not pool.is_closed:
            return pool
        with self._lock:  # double-checked: only the first of concurrent first calls builds
            if self._sync is None or self._sync.is_closed:
                self._sync = build()
            return self._sync

    def set_sync(self, pool: httpx.Client) -> None:
        with self._lock:
            self._sync = pool

    def async_(self, build: Callable[[], httpx.AsyncClient]) -> httpx.AsyncClient:
        key = _loop_key()
        pool = self._async.get(key)
        if pool is not None and not pool.is_closed:
            return pool
        with self._lock:
            for stale in [k for k in self._async if _is_closed(k)]:
                del self._async[stale]
                self._finalizers.pop(stale, None)
            pool = self._async.get(key)
            if pool is None or pool.is_closed:
                pool = self._async[key] = build()
                if isinstance(key, asyncio.AbstractEventLoop):
                    finalizer = self._finalizers[key] = _close_with_the_loop(pool)
                    # Started in a task so the loop registers it (and finalizes it at shutdown).
                    key.create_task(_start(finalizer))
            return pool

    def set_async(self, pool: httpx.AsyncClient) -> None:
        with self._lock:
            self._async[_loop_key()] = pool

    def close(self) -> None:
        with self._lock:
            pool, self._sync = self._sync, None
        if pool is not None:
            pool.close()

    async def aclose(self) -> None:
        """Close the pool of the running loop (other loops' pools can only be closed in them)."""
        key = _loop_key()
        with self._lock:
            pool = self._async.pop(key, None)
        if pool is not None:
            await pool.aclose()
