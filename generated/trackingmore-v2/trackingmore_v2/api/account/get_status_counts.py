from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...meta_codes import ERROR_CLASSES
from ...models.error_envelope import ErrorEnvelope
from ...models.status_counts_envelope import StatusCountsEnvelope
from ...operations import OPERATIONS
from ...runtime.calls import PARSE_ERRORS, http_status, parse_success, send_async, send_sync
from ...runtime.facts import FACTS_EXTENSION
from ...runtime.retry import OPERATION_EXTENSION
from ...types import UNSET, Response, Unset

OPERATION_ID = "getStatusCounts"
# What the spec says about this operation (x-sdk, x-retry-safe, x-credits, batch size ...).
FACTS = OPERATIONS[OPERATION_ID]


def _get_kwargs(
    *,
    created_at_min: int | Unset = UNSET,
    created_at_max: int | Unset = UNSET,
    order_created_time_min: int | Unset = UNSET,
    order_created_time_max: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["created_at_min"] = created_at_min

    params["created_at_max"] = created_at_max

    params["order_created_time_min"] = order_created_time_min

    params["order_created_time_max"] = order_created_time_max

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/trackings/getstatusnumber",
        "params": params,
        "extensions": {OPERATION_EXTENSION: OPERATION_ID, FACTS_EXTENSION: FACTS},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | StatusCountsEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | StatusCountsEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = StatusCountsEnvelope.from_dict(data)

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
) -> ErrorEnvelope | ErrorEnvelope | StatusCountsEnvelope | None:
    # A body that is not JSON or not the documented shape gives parsed=None; content keeps it.
    try:
        return _parse_response(client=client, response=response)
    except PARSE_ERRORS:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ErrorEnvelope | StatusCountsEnvelope]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_quietly(client=client, response=response),
    )


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StatusCountsEnvelope:
    return parse_success(OPERATION_ID, response, StatusCountsEnvelope, ERROR_CLASSES)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    created_at_min: int | Unset = UNSET,
    created_at_max: int | Unset = UNSET,
    order_created_time_min: int | Unset = UNSET,
    order_created_time_max: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | StatusCountsEnvelope]:
    """Count trackings per status

     How many of the account's trackings are in each package status, within the optional
    creation and order-time windows (unix seconds; a `*_max` bound defaults to now).

    Args:
        created_at_min (int | Unset):
        created_at_max (int | Unset):
        order_created_time_min (int | Unset):
        order_created_time_max (int | Unset):

    Raises:
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout). Error answers of the API do not raise: inspect status_code and parsed.
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | StatusCountsEnvelope]
    """

    kwargs = _get_kwargs(
        created_at_min=created_at_min,
        created_at_max=created_at_max,
        order_created_time_min=order_created_time_min,
        order_created_time_max=order_created_time_max,
    )

    response = send_sync(client, OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    created_at_min: int | Unset = UNSET,
    created_at_max: int | Unset = UNSET,
    order_created_time_min: int | Unset = UNSET,
    order_created_time_max: int | Unset = UNSET,
) -> StatusCountsEnvelope:
    """Count trackings per status

     How many of the account's trackings are in each package status, within the optional
    creation and order-time windows (unix seconds; a `*_max` bound defaults to now).

    Args:
        created_at_min (int | Unset):
        created_at_max (int | Unset):
        order_created_time_min (int | Unset):
        order_created_time_max (int | Unset):

    Raises:
        errors.APIError: If TrackingMore answered with an error (meta.code other than 200/201/202, or
            an HTTP error status); the subclass tells which (AuthenticationError, NotFoundError,
            AlreadyExistsError, InvalidRequestError, QuotaExceededError, RateLimitError, ServerError).
        errors.InvalidResponseError: If a successful answer is not JSON or not the documented shape.
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout).

    Returns:
        StatusCountsEnvelope
    """

    kwargs = _get_kwargs(
        created_at_min=created_at_min,
        created_at_max=created_at_max,
        order_created_time_min=order_created_time_min,
        order_created_time_max=order_created_time_max,
    )

    response = send_sync(client, OPERATION_ID, kwargs)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    created_at_min: int | Unset = UNSET,
    created_at_max: int | Unset = UNSET,
    order_created_time_min: int | Unset = UNSET,
    order_created_time_max: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | StatusCountsEnvelope]:
    """Count trackings per status

     How many of the account's trackings are in each package status, within the optional
    creation and order-time windows (unix seconds; a `*_max` bound defaults to now).

    Args:
        created_at_min (int | Unset):
        created_at_max (int | Unset):
        order_created_time_min (int | Unset):
        order_created_time_max (int | Unset):

    Raises:
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout). Error answers of the API do not raise: inspect status_code and parsed.
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | StatusCountsEnvelope]
    """

    kwargs = _get_kwargs(
        created_at_min=created_at_min,
        created_at_max=created_at_max,
        order_created_time_min=order_created_time_min,
        order_created_time_max=order_created_time_max,
    )

    response = await send_async(client, OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    created_at_min: int | Unset = UNSET,
    created_at_max: int | Unset = UNSET,
    order_created_time_min: int | Unset = UNSET,
    order_created_time_max: int | Unset = UNSET,
) -> StatusCountsEnvelope:
    """Count trackings per status

     How many of the account's trackings are in each package status, within the optional
    creation and order-time windows (unix seconds; a `*_max` bound defaults to now).

    Args:
        created_at_min (int | Unset):
        created_at_max (int | Unset):
        order_created_time_min (int | Unset):
        order_created_time_max (int | Unset):

    Raises:
        errors.APIError: If TrackingMore answered with an error (meta.code other than 200/201/202, or
            an HTTP error status); the subclass tells which (AuthenticationError, NotFoundError,
            AlreadyExistsError, InvalidRequestError, QuotaExceededError, RateLimitError, ServerError).
        errors.InvalidResponseError: If a successful answer is not JSON or not the documented shape.
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout).

    Returns:
        StatusCountsEnvelope
    """

    kwargs = _get_kwargs(
        created_at_min=created_at_min,
        created_at_max=created_at_max,
        order_created_time_min=order_created_time_min,
        order_created_time_max=order_created_time_max,
    )

    response = await send_async(client, OPERATION_ID, kwargs)

    return _parse_success(client=client, response=response)
