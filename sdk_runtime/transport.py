"""Builds the retrying transport of a client from its httpx arguments.

httpx applies ``verify``, ``cert``, ``limits``, ``http2``, ``proxy`` and the proxy environment
variables only to the transport it builds itself; once a transport is passed (ours wraps one for
retries) they must be given to that transport instead. ``HTTP(S)_PROXY``/``ALL_PROXY``/``NO_PROXY``
are resolved once for the client's base URL, the only host it talks to.
"""

from __future__ import annotations

import ssl
import urllib.request
from typing import Any

import httpx

from .ratelimit import AsyncRateLimitedTransport, RateLimitedTransport, RateLimiter
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

__all__ = ["build_async_transport", "build_transport"]

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
    wrapped: httpx.BaseTransport = given if given is not None else httpx.HTTPTransport(**transport_args)
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
    wrapped: httpx.AsyncBaseTransport = given if given is not None else httpx.AsyncHTTPTransport(**transport_args)
    if rate_limiter is not None:
        wrapped = AsyncRateLimitedTransport(wrapped, rate_limiter)
    return AsyncRetryTransport(wrapped, max_retries=max_retries, policy=policy), client_args
