"""Builds the retrying transport of a client from its httpx arguments.

httpx applies ``verify``, ``cert``, ``limits``, ``http2``, ``proxy`` and the proxy environment
variables only to the transport it builds itself; once a transport is passed (ours wraps one for
retries) they must be given to that transport instead. ``HTTP(S)_PROXY``/``ALL_PROXY``/``NO_PROXY``
are resolved once for the client's base URL, the only host it talks to. The transports built
here get ``DeadlineBackend`` sockets (``runtime.deadlines``) so that ``timeout`` bounds an attempt
as a whole; a transport passed in ``httpx_args`` is checked and wrapped as it is.
"""

from __future__ import annotations

import ssl
import urllib.request
from typing import Any

import httpx

from .deadlines import install_deadline_backend
from .errors import ClientConfigurationError
from .ratelimit import AsyncRateLimitedTransport, RateLimitedTransport, RateLimiter
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

__all__ = ["build_async_transport", "build_transport", "check_transport"]

_SYNC_EXAMPLES = "httpx.HTTPTransport, httpx.WSGITransport or httpx.MockTransport"
_ASYNC_EXAMPLES = "httpx.AsyncHTTPTransport, httpx.ASGITransport or httpx.MockTransport"


def check_transport(transport: object, *, mode: str = "any") -> None:
    """Fail early, saying what is wrong, when ``httpx_args["transport"]`` cannot serve ``mode``
    (``"sync"``, ``"async"`` or ``"any"``: at least one of them)."""
    if transport is None:
        return
    name = type(transport).__name__
    is_sync = isinstance(transport, httpx.BaseTransport)
    is_async = isinstance(transport, httpx.AsyncBaseTransport)
    if not (is_sync or is_async):
        hint = " (a class: pass an instance)" if isinstance(transport, type) else ""
        raise ClientConfigurationError(
            f"httpx_args['transport'] must be an httpx transport ({_SYNC_EXAMPLES};"
            f" {_ASYNC_EXAMPLES}), not {name}{hint}"
        )
    if mode == "sync" and not is_sync:
        raise ClientConfigurationError(
            f"httpx_args['transport'] is an async transport ({name}): it serves only the async calls"
            f" (asyncio, asyncio_detailed, ...). For sync calls pass a sync transport ({_SYNC_EXAMPLES})."
        )
    if mode == "async" and not is_async:
        raise ClientConfigurationError(
            f"httpx_args['transport'] is a sync transport ({name}): it serves only the sync calls"
            f" (sync, sync_detailed, ...). For async calls pass an async transport ({_ASYNC_EXAMPLES})."
        )


_TRANSPORT_ARGS = ("cert", "http1", "http2", "limits", "proxy")


def _bypassed(host: str, no_proxy: str) -> bool:
    """``NO_PROXY`` matching as curl does it: ``*``, exact hosts and domain suffixes."""
    host = host.lower()
    for entry in no_proxy.split(","):
        name = entry.strip().lower().lstrip(".").split(":")[0]
        if name == "*" or (name and (host == name or host.endswith("." + name))):
            return True
    return False


def _environment_proxy(base_url: str) -> str | None:
    url = httpx.URL(base_url)
    proxies = urllib.request.getproxies_environment()
    if not url.host or _bypassed(url.host, proxies.get("no", "")):
        return None
    return proxies.get(url.scheme) or proxies.get("all")


def _split(
    base_url: str, httpx_args: dict[str, Any], verify: str | bool | ssl.SSLContext
) -> tuple[dict[str, Any], dict[str, Any], Any]:
    client_args = dict(httpx_args)
    given = client_args.pop("transport", None)
    transport_args = {name: client_args.pop(name) for name in _TRANSPORT_ARGS if name in client_args}
    transport_args["verify"] = verify
    transport_args["trust_env"] = client_args.get("trust_env", True)  # SSL_CERT_FILE & co.
    if "proxy" not in transport_args and transport_args["trust_env"]:
        transport_args["proxy"] = _environment_proxy(base_url)
    return client_args, transport_args, given


def build_transport(
    *,
    base_url: str,
    httpx_args: dict[str, Any],
    verify: str | bool | ssl.SSLContext,
    max_retries: int,
    policy: RetryPolicy,
    rate_limiter: RateLimiter | None = None,
) -> tuple[RetryTransport, dict[str, Any]]:
    """The retry transport for ``httpx.Client`` and the remaining ``httpx.Client`` arguments.

    With a ``rate_limiter``, every attempt the retry transport makes first waits for its turn.
    """
    client_args, transport_args, given = _split(base_url, httpx_args, verify)
    check_transport(given, mode="sync")
    if given is None:
        given = httpx.HTTPTransport(**transport_args)
        install_deadline_backend(given)
    wrapped: httpx.BaseTransport = given
    if rate_limiter is not None:
        wrapped = RateLimitedTransport(wrapped, rate_limiter)
    return RetryTransport(wrapped, max_retries=max_retries, policy=policy), client_args


def build_async_transport(
    *,
    base_url: str,
    httpx_args: dict[str, Any],
    verify: str | bool | ssl.SSLContext,
    max_retries: int,
    policy: RetryPolicy,
    rate_limiter: RateLimiter | None = None,
) -> tuple[AsyncRetryTransport, dict[str, Any]]:
    """The retry transport for ``httpx.AsyncClient`` and the remaining arguments."""
    client_args, transport_args, given = _split(base_url, httpx_args, verify)
    check_transport(given, mode="async")
    wrapped: httpx.AsyncBaseTransport = given if given is not None else httpx.AsyncHTTPTransport(**transport_args)
    if rate_limiter is not None:
        wrapped = AsyncRateLimitedTransport(wrapped, rate_limiter)
    return AsyncRetryTransport(wrapped, max_retries=max_retries, policy=policy), client_args
