"""What every generated operation does around the HTTP exchange.

The endpoint template calls ``send_sync``/``send_async`` (transport failures become
``APIConnectionError``/``APITimeoutError``) and, in the plain ``sync``/``asyncio`` functions,
``parse_success`` (or ``raise_for_error`` before parsing, for operations with several success
models), so TrackingMore's HTTP-200 errors, HTTP errors and non-JSON bodies all surface as typed
exceptions. The ``*_detailed`` functions skip both and catch ``PARSE_ERRORS``: they never raise
because of what the API answered.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, Protocol, TypeVar

import httpx

from .errors import APIConnectionError, APIError, APITimeoutError, InvalidResponseError, error_for_response

__all__ = [
    "PARSE_ERRORS",
    "http_status",
    "parse_success",
    "raise_for_error",
    "require",
    "send_async",
    "send_sync",
]

# The spec's meta-code table, ``code -> exception class`` (generated: ``trackingmore_v2.meta_codes``).
ErrorClasses = Mapping[int, type[APIError]]

T = TypeVar("T")
M = TypeVar("M", bound="_Model")


class _Model(Protocol):
    """What a generated attrs model offers: ``from_dict``."""

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M: ...


class HttpxClients(Protocol):
    """What the generated ``Client``/``AuthenticatedClient`` offer the runtime: their pooled httpx clients."""

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


# What the generated model parsers raise on a body of the wrong shape (json errors are ValueError).
PARSE_ERRORS = (ValueError, TypeError, KeyError, AttributeError)


def _transport_error(error: httpx.TransportError, operation_id: str) -> APIConnectionError:
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    # str(error) comes from the socket layer / h11: it names the failure, never request headers.
    return cls(f"{type(error).__name__}: {error}", operation_id=operation_id)


def send_sync(client: HttpxClients, operation_id: str, kwargs: dict[str, Any]) -> httpx.Response:
    try:
        return client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as error:
        raise _transport_error(error, operation_id) from error


async def send_async(client: HttpxClients, operation_id: str, kwargs: dict[str, Any]) -> httpx.Response:
    try:
        return await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as error:
        raise _transport_error(error, operation_id) from error


def http_status(code: int) -> HTTPStatus | int:
    """``HTTPStatus`` when the code is a standard one, else the plain int (no ValueError on a 520)."""
    return HTTPStatus(code) if code in HTTPStatus._value2member_map_ else code


def raise_for_error(operation_id: str, response: httpx.Response, classes: ErrorClasses) -> object:
    """Raise the typed exception ``response`` stands for; on success return the decoded JSON body."""
    try:
        document: object = json.loads(response.content)
        is_json = True
    except ValueError:  # also UnicodeDecodeError
        document, is_json = None, False
    error = error_for_response(
        operation_id=operation_id,
        http_status=response.status_code,
        headers=response.headers,
        body=response.content,
        document=document,
        is_json=is_json,
        content_type=response.headers.get("content-type", ""),
        classes=classes,
    )
    if error is not None:
        raise error
    return document


def parse_success(operation_id: str, response: httpx.Response, model: type[M], classes: ErrorClasses) -> M:
    """The success model of ``response``, or the typed exception it stands for.

    The body is decoded once: the model is built from the document ``raise_for_error`` read (a
    2,000-tracking list page is 15 MB of JSON, so a second decode would cost as much as the first).
    """
    document = raise_for_error(operation_id, response, classes)

    def build() -> M:
        if not isinstance(document, Mapping):
            raise TypeError(f"expected a JSON object, got {type(document).__name__}")
        return model.from_dict(document)

    return require(operation_id, response, build, model)


def require(operation_id: str, response: httpx.Response, parse: Callable[[], object], expected: type[T]) -> T:
    """Parse a success response and check it is the success model, else ``InvalidResponseError``."""
    try:
        parsed = parse()
    except PARSE_ERRORS as error:
        problem = f"{type(error).__name__}: {error}"
    else:
        if isinstance(parsed, expected):
            return parsed
        problem = f"parsed as {type(parsed).__name__}"
        # The union parser hides why the success model failed; ask the model itself.
        from_dict = getattr(expected, "from_dict", None)
        if from_dict is not None:
            try:
                from_dict(json.loads(response.content))
            except PARSE_ERRORS as error:
                problem = f"{type(error).__name__}: {error}"
    raise InvalidResponseError(
        f"the body does not match {expected.__name__} ({problem})",
        http_status=response.status_code,
        operation_id=operation_id,
        headers=response.headers,
        body=response.content,
    )
