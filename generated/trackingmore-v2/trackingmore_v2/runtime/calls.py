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

from .deadlines import TimeLimitExceeded
from .errors import APIConnectionError, APIError, APITimeoutError, InvalidResponseError, error_for_response
from .facts import facts_of
from .limits import check_request
from .options import OPTIONS_EXTENSION, RequestOptions
from .redaction import REDACTED, redact_text, sanitized_transport_error, secret_values

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


class SDKClient(Protocol):
    """What the generated clients offer to the calls (the runtime imports nothing generated)."""

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...

    def request_options(self) -> RequestOptions: ...


class _Model(Protocol):
    """What a generated attrs model offers: ``from_dict``."""

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M: ...


# What the generated model parsers raise on a body of the wrong shape (json errors are ValueError).
PARSE_ERRORS = (ValueError, TypeError, KeyError, AttributeError)


_EMPTY_MESSAGES = {
    httpx.ConnectTimeout: "timed out while connecting",
    httpx.ReadTimeout: "timed out waiting for the answer",
    httpx.WriteTimeout: "timed out while sending the request",
    httpx.PoolTimeout: "timed out waiting for a free pooled connection",
}


def _transport_error(error: httpx.TransportError, operation_id: str) -> tuple[APIConnectionError, httpx.TransportError]:
    """The SDK exception for ``error`` and the sanitized copy of ``error`` to chain to it.

    The original stays out of the chain: its request headers hold the key in clear and its
    traceback runs through httpcore frames whose locals hold the raw header lines.
    """
    cause = sanitized_transport_error(error)
    text = str(cause) or next((m for cls, m in _EMPTY_MESSAGES.items() if isinstance(error, cls)), "no detail")
    message = f"{type(error).__name__}: {text}"
    if isinstance(error, TimeLimitExceeded):
        return APITimeoutError(message, operation_id=operation_id, limit=error.limit), cause
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(message, operation_id=operation_id, limit="timeout"), cause
    return APIConnectionError(message, operation_id=operation_id), cause


def _prepare(client: SDKClient, operation_id: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    """Check the spec's limits (from the operation's facts the request carries), and add the
    client's per-call options (time limits, retry budget, extra headers) to a request."""
    check_request(operation_id, kwargs, facts_of(kwargs.get("extensions") or {}))
    options_of = getattr(client, "request_options", None)
    if options_of is None:  # a client built by other means: httpx's own settings apply
        return kwargs
    options: RequestOptions = options_of()
    prepared = dict(kwargs)
    prepared["timeout"] = options.timeout
    prepared["extensions"] = {**kwargs.get("extensions", {}), OPTIONS_EXTENSION: options.call}
    if options.headers:
        prepared["headers"] = {**options.headers, **kwargs.get("headers", {})}
    return prepared


def send_sync(client: SDKClient, operation_id: str, kwargs: dict[str, Any]) -> httpx.Response:
    try:
        return client.get_httpx_client().request(**_prepare(client, operation_id, kwargs))
    except httpx.TransportError as error:
        failure, cause = _transport_error(error, operation_id)
    # Raised outside the except block so the original error is not the __context__ either.
    raise failure from cause


async def send_async(client: SDKClient, operation_id: str, kwargs: dict[str, Any]) -> httpx.Response:
    try:
        return await client.get_async_httpx_client().request(**_prepare(client, operation_id, kwargs))
    except httpx.TransportError as error:
        failure, cause = _transport_error(error, operation_id)
    raise failure from cause


def _redact_api_error(error: APIError, response: httpx.Response) -> APIError:
    """Remove the key from an error built from an answer that echoes it (message, body, headers)."""
    try:
        secrets = secret_values(response.request)
    except RuntimeError:  # a response built without a request
        return error
    if not secrets:
        return error
    redacted = redact_text(error.message, secrets)
    if redacted != error.message:
        error.message = redacted
        error.args = (error._describe(),)
    for secret in secrets:
        error.body = error.body.replace(secret.encode("utf-8", errors="ignore"), REDACTED.encode())
    error.headers = {name: redact_text(value, secrets) for name, value in error.headers.items()}
    return error


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
        del document  # an answer echoing the key must not stay a local of the traceback's frame
        raise _redact_api_error(error, response)
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
