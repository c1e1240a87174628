"""Issue 10, defects 7-10: one pool per client however many threads start together, one async
pool per event loop, ``with_options`` copies share the parent's pool, and a transport of the
wrong kind is refused with a clear error. Stub servers on 127.0.0.1, sync and async."""

from __future__ import annotations

import asyncio
import gc
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from support.stub_server import StubServer, envelope_bytes, respond
from trackingmore_v2 import AuthenticatedClient, errors
from trackingmore_v2.api.trackings import get_tracking

from sdk.helpers import API_KEY, TRACKING
from sdk.modes import MODES, stub_client

OK = envelope_bytes(200, TRACKING)


# --- defect 7 ---------------------------------------------------------------------------------


def test_threads_making_their_first_call_together_share_one_pool() -> None:
    with StubServer(respond(200, OK)) as server:
        client = stub_client(server.base_url)
        barrier = threading.Barrier(16)

        def first_call(_: int) -> int:
            barrier.wait()
            get_tracking.sync("china-post", "RM1", client=client)
            return id(client.get_httpx_client())

        with ThreadPoolExecutor(16) as pool:
            pools = set(pool.map(first_call, range(16)))
        shared = client.get_httpx_client()
        client.close()
    assert pools == {id(shared)}
    assert shared.is_closed  # close() closed the one pool there is


def test_tasks_making_their_first_call_together_share_one_pool() -> None:
    async def main(client: AuthenticatedClient) -> set[int]:
        async def first_call() -> int:
            await get_tracking.asyncio("china-post", "RM1", client=client)
            return id(client.get_async_httpx_client())

        try:
            return set(await asyncio.gather(*(first_call() for _ in range(16))))
        finally:
            await client.aclose()

    with StubServer(respond(200, OK)) as server:
        assert len(asyncio.run(main(stub_client(server.base_url)))) == 1


# --- defect 8 ---------------------------------------------------------------------------------


def test_one_async_client_serves_two_asyncio_run_calls() -> None:
    async def call(client: AuthenticatedClient) -> str:
        return (await get_tracking.asyncio("china-post", "RM1", client=client)).data.tracking_number

    with StubServer(respond(200, OK)) as server:
        client = stub_client(server.base_url)
        first = asyncio.run(call(client))
        second = asyncio.run(call(client))  # a new loop: the first loop's pool is not reused
        assert first == second == "RM121546236CN"

        async def scoped() -> str:
            async with client:
                return await call(client)

        assert asyncio.run(scoped()) == "RM121546236CN"  # after `async with` closed the previous one
        assert asyncio.run(scoped()) == "RM121546236CN"


def test_one_sync_client_serves_calls_after_its_with_block() -> None:
    with StubServer(respond(200, OK)) as server:
        client = stub_client(server.base_url)
        with client:
            get_tracking.sync("china-post", "RM1", client=client)
        assert get_tracking.sync("china-post", "RM1", client=client).data.tracking_number == "RM121546236CN"
        client.close()


# --- defect 9 ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_per_call_copies_share_the_parents_pool(mode: str) -> None:
    with StubServer(respond(200, OK)) as server, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client = stub_client(server.base_url)
        copies = [client.with_options(timeout=5.0 + n, max_retries=n % 3) for n in range(25)]
        copies += [client.with_timeout(httpx.Timeout(7.0)) for _ in range(25)]
        if mode == "sync":
            for copy in copies:
                get_tracking.sync("china-post", "RM1", client=copy)
            assert all(copy.get_httpx_client() is client.get_httpx_client() for copy in copies)
            client.close()
        else:

            async def main() -> None:
                for copy in copies:
                    await get_tracking.asyncio("china-post", "RM1", client=copy)
                assert all(copy.get_async_httpx_client() is client.get_async_httpx_client() for copy in copies)
                await client.aclose()

            asyncio.run(main())
        copies.clear()
        gc.collect()
        assert len(server.requests) == 50
        assert server.connections == 1  # one keep-alive connection for the 50 calls
    assert not [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]


def test_a_copy_carries_its_own_options_over_the_shared_pool() -> None:
    with StubServer(respond(503, b"down")) as server:
        client = stub_client(server.base_url)  # 2 retries
        with pytest.raises(errors.ServiceUnavailableError):
            get_tracking.sync("china-post", "RM1", client=client.with_options(max_retries=0))
        assert len(server.requests) == 1
        with pytest.raises(errors.ServiceUnavailableError):
            get_tracking.sync("china-post", "RM1", client=client)
        assert len(server.requests) == 4
        client.close()


# --- defect 10 --------------------------------------------------------------------------------


async def _asgi_app(scope: Any, receive: Any, send: Any) -> None:
    raise AssertionError("never reached")


def _wsgi_app(environ: dict[str, object], start_response: object) -> list[bytes]:
    raise AssertionError("never reached")


def test_an_async_transport_for_sync_calls_is_refused_with_a_clear_error() -> None:
    transport = httpx.ASGITransport(app=_asgi_app)
    client = AuthenticatedClient(token=API_KEY, httpx_args={"transport": transport})
    refused = pytest.raises(errors.ClientConfigurationError, match=r"async transport \(ASGITransport\)")
    with refused as caught, client:  # __exit__ must not mask the error with its own
        get_tracking.sync("china-post", "RM1", client=client)
    assert "For sync calls pass a sync transport" in str(caught.value)
    assert caught.value.__context__ is None


def test_a_sync_transport_for_async_calls_is_refused_with_a_clear_error() -> None:
    transport = httpx.WSGITransport(app=_wsgi_app)
    client = AuthenticatedClient(token=API_KEY, httpx_args={"transport": transport})

    async def main() -> None:
        async with client:
            await get_tracking.asyncio("china-post", "RM1", client=client)

    with pytest.raises(errors.ClientConfigurationError, match=r"sync transport \(WSGITransport\)"):
        asyncio.run(main())


@pytest.mark.parametrize("transport", ["http://127.0.0.1:1", httpx.HTTPTransport, object()])
def test_something_that_is_no_transport_is_refused_at_construction(transport: object) -> None:
    with pytest.raises(errors.ClientConfigurationError, match="must be an httpx transport"):
        AuthenticatedClient(token=API_KEY, httpx_args={"transport": transport})
