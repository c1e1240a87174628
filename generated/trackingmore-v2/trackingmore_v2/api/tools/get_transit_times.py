from collections.abc import Sequence
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...meta_codes import ERROR_CLASSES
from ...models.error_envelope import ErrorEnvelope
from ...models.transit_time import TransitTime
from ...models.transit_time_query import TransitTimeQuery
from ...models.transit_times_envelope import TransitTimesEnvelope
from ...operations import OPERATIONS
from ...runtime.batching import DEFAULT_CONCURRENCY, BatchResult, arun_batch, run_batch
from ...runtime.calls import PARSE_ERRORS, http_status, parse_success, send_async, send_sync
from ...runtime.facts import FACTS_EXTENSION
from ...runtime.retry import OPERATION_EXTENSION
from ...types import Response

OPERATION_ID = "getTransitTimes"
# What the spec says about this operation (x-sdk, x-retry-safe, x-credits, batch size ...).
FACTS = OPERATIONS[OPERATION_ID]


def _get_kwargs(
    *,
    body: list[TransitTimeQuery],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/trackings/costtime",
        "extensions": {OPERATION_EXTENSION: OPERATION_ID, FACTS_EXTENSION: FACTS},
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | TransitTimesEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | TransitTimesEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TransitTimesEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorEnvelope.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_quietly(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | TransitTimesEnvelope | None:
    # A body that is not JSON or not the documented shape gives parsed=None; content keeps it.
    try:
        return _parse_response(client=client, response=response)
    except PARSE_ERRORS:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ErrorEnvelope | TransitTimesEnvelope]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_quietly(client=client, response=response),
    )


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TransitTimesEnvelope:
    return parse_success(OPERATION_ID, response, TransitTimesEnvelope, ERROR_CLASSES)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[TransitTimeQuery],
) -> Response[ErrorEnvelope | ErrorEnvelope | TransitTimesEnvelope]:
    """Transit-time statistics for carrier lanes

     For each (carrier, origin country, destination country) lane: the number of sampled
    shipments and the share (percent) delivered within 0–7 days (`range1`), 7–15 (`range3`),
    16–30 (`range4`), 31–60 (`range5`) and over 60 days (`range6`, *inferred*); there is no
    `range2`. At most 40 lanes.

    Args:
        body (list[TransitTimeQuery]):

    Raises:
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout). Error answers of the API do not raise: inspect status_code and parsed.
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TransitTimesEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send_sync(client, OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[TransitTimeQuery],
) -> TransitTimesEnvelope:
    """Transit-time statistics for carrier lanes

     For each (carrier, origin country, destination country) lane: the number of sampled
    shipments and the share (percent) delivered within 0–7 days (`range1`), 7–15 (`range3`),
    16–30 (`range4`), 31–60 (`range5`) and over 60 days (`range6`, *inferred*); there is no
    `range2`. At most 40 lanes.

    Args:
        body (list[TransitTimeQuery]):

    Raises:
        errors.APIError: If TrackingMore answered with an error (meta.code other than 200/201/202, or
            an HTTP error status); the subclass tells which (AuthenticationError, NotFoundError,
            AlreadyExistsError, InvalidRequestError, QuotaExceededError, RateLimitError, ServerError).
        errors.InvalidResponseError: If a successful answer is not JSON or not the documented shape.
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout).

    Returns:
        TransitTimesEnvelope
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send_sync(client, OPERATION_ID, kwargs)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[TransitTimeQuery],
) -> Response[ErrorEnvelope | ErrorEnvelope | TransitTimesEnvelope]:
    """Transit-time statistics for carrier lanes

     For each (carrier, origin country, destination country) lane: the number of sampled
    shipments and the share (percent) delivered within 0–7 days (`range1`), 7–15 (`range3`),
    16–30 (`range4`), 31–60 (`range5`) and over 60 days (`range6`, *inferred*); there is no
    `range2`. At most 40 lanes.

    Args:
        body (list[TransitTimeQuery]):

    Raises:
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout). Error answers of the API do not raise: inspect status_code and parsed.
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TransitTimesEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[TransitTimeQuery],
) -> TransitTimesEnvelope:
    """Transit-time statistics for carrier lanes

     For each (carrier, origin country, destination country) lane: the number of sampled
    shipments and the share (percent) delivered within 0–7 days (`range1`), 7–15 (`range3`),
    16–30 (`range4`), 31–60 (`range5`) and over 60 days (`range6`, *inferred*); there is no
    `range2`. At most 40 lanes.

    Args:
        body (list[TransitTimeQuery]):

    Raises:
        errors.APIError: If TrackingMore answered with an error (meta.code other than 200/201/202, or
            an HTTP error status); the subclass tells which (AuthenticationError, NotFoundError,
            AlreadyExistsError, InvalidRequestError, QuotaExceededError, RateLimitError, ServerError).
        errors.InvalidResponseError: If a successful answer is not JSON or not the documented shape.
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout).

    Returns:
        TransitTimesEnvelope
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, OPERATION_ID, kwargs)

    return _parse_success(client=client, response=response)


def sync_batch(
    *,
    client: AuthenticatedClient,
    body: Sequence[TransitTimeQuery],
    chunk_size: int = FACTS.batch_size(),
) -> BatchResult[TransitTimeQuery, list[TransitTime]]:
    """Send any number of items, ``chunk_size`` (at most the body's ``maxItems``) per request, one at a time.

    Returns the merged ``data`` of all chunks (counts summed, lists concatenated, per-item errors
    included) and, in ``failures``, the chunks whose request raised.
    """
    return run_batch(
        lambda chunk: sync(client=client, body=chunk).data, body, chunk_size=chunk_size, max_size=FACTS.batch_size()
    )


async def asyncio_batch(
    *,
    client: AuthenticatedClient,
    body: Sequence[TransitTimeQuery],
    chunk_size: int = FACTS.batch_size(),
    max_concurrency: int = DEFAULT_CONCURRENCY,
) -> BatchResult[TransitTimeQuery, list[TransitTime]]:
    """Async ``sync_batch`` with up to ``max_concurrency`` chunk requests in flight."""

    async def call(chunk: list[TransitTimeQuery]) -> list[TransitTime]:
        return (await asyncio(client=client, body=chunk)).data

    return await arun_batch(
        call, body, chunk_size=chunk_size, max_size=FACTS.batch_size(), max_concurrency=max_concurrency
    )
