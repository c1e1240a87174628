from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...meta_codes import ERROR_CLASSES
from ...models.error_envelope import ErrorEnvelope
from ...models.tracking_envelope import TrackingEnvelope
from ...operations import OPERATIONS
from ...runtime.calls import PARSE_ERRORS, http_status, parse_success, send_async, send_sync
from ...runtime.facts import FACTS_EXTENSION
from ...runtime.retry import OPERATION_EXTENSION
from ...types import Response

OPERATION_ID = "getTracking"
# What the spec says about this operation (x-sdk, x-retry-safe, x-credits, batch size ...).
FACTS = OPERATIONS[OPERATION_ID]


def _get_kwargs(
    carrier_code: str,
    tracking_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/trackings/{carrier_code}/{tracking_number}".format(
            carrier_code=quote(str(carrier_code), safe=""),
            tracking_number=quote(str(tracking_number), safe=""),
        ),
        "extensions": {OPERATION_EXTENSION: OPERATION_ID, FACTS_EXTENSION: FACTS},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | TrackingEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | TrackingEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TrackingEnvelope.from_dict(data)

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
) -> ErrorEnvelope | ErrorEnvelope | TrackingEnvelope | None:
    # A body that is not JSON or not the documented shape gives parsed=None; content keeps it.
    try:
        return _parse_response(client=client, response=response)
    except PARSE_ERRORS:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ErrorEnvelope | TrackingEnvelope]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_quietly(client=client, response=response),
    )


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TrackingEnvelope:
    return parse_success(OPERATION_ID, response, TrackingEnvelope, ERROR_CLASSES)


def sync_detailed(
    carrier_code: str,
    tracking_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | ErrorEnvelope | TrackingEnvelope]:
    """Get one tracking

     The tracking with its checkpoints (`origin_info.trackinfo`, newest first). Free of charge.

    Errors (HTTP 200): 4031 the number was never created (create it first), 4021 quota
    exhausted.

    Args:
        carrier_code (str): A carrier code from `listCarriers` (lowercase slug), e.g. `china-
            post`, `4px`. Example: china-post.
        tracking_number (str): A tracking number, 4 to 50 letters, digits or hyphens. Example:
            RM121546236CN.

    Raises:
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout). Error answers of the API do not raise: inspect status_code and parsed.
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TrackingEnvelope]
    """

    kwargs = _get_kwargs(
        carrier_code=carrier_code,
        tracking_number=tracking_number,
    )

    response = send_sync(client, OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    carrier_code: str,
    tracking_number: str,
    *,
    client: AuthenticatedClient,
) -> TrackingEnvelope:
    """Get one tracking

     The tracking with its checkpoints (`origin_info.trackinfo`, newest first). Free of charge.

    Errors (HTTP 200): 4031 the number was never created (create it first), 4021 quota
    exhausted.

    Args:
        carrier_code (str): A carrier code from `listCarriers` (lowercase slug), e.g. `china-
            post`, `4px`. Example: china-post.
        tracking_number (str): A tracking number, 4 to 50 letters, digits or hyphens. Example:
            RM121546236CN.

    Raises:
        errors.APIError: If TrackingMore answered with an error (meta.code other than 200/201/202, or
            an HTTP error status); the subclass tells which (AuthenticationError, NotFoundError,
            AlreadyExistsError, InvalidRequestError, QuotaExceededError, RateLimitError, ServerError).
        errors.InvalidResponseError: If a successful answer is not JSON or not the documented shape.
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout).

    Returns:
        TrackingEnvelope
    """

    kwargs = _get_kwargs(
        carrier_code=carrier_code,
        tracking_number=tracking_number,
    )

    response = send_sync(client, OPERATION_ID, kwargs)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    carrier_code: str,
    tracking_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | ErrorEnvelope | TrackingEnvelope]:
    """Get one tracking

     The tracking with its checkpoints (`origin_info.trackinfo`, newest first). Free of charge.

    Errors (HTTP 200): 4031 the number was never created (create it first), 4021 quota
    exhausted.

    Args:
        carrier_code (str): A carrier code from `listCarriers` (lowercase slug), e.g. `china-
            post`, `4px`. Example: china-post.
        tracking_number (str): A tracking number, 4 to 50 letters, digits or hyphens. Example:
            RM121546236CN.

    Raises:
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout). Error answers of the API do not raise: inspect status_code and parsed.
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TrackingEnvelope]
    """

    kwargs = _get_kwargs(
        carrier_code=carrier_code,
        tracking_number=tracking_number,
    )

    response = await send_async(client, OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    carrier_code: str,
    tracking_number: str,
    *,
    client: AuthenticatedClient,
) -> TrackingEnvelope:
    """Get one tracking

     The tracking with its checkpoints (`origin_info.trackinfo`, newest first). Free of charge.

    Errors (HTTP 200): 4031 the number was never created (create it first), 4021 quota
    exhausted.

    Args:
        carrier_code (str): A carrier code from `listCarriers` (lowercase slug), e.g. `china-
            post`, `4px`. Example: china-post.
        tracking_number (str): A tracking number, 4 to 50 letters, digits or hyphens. Example:
            RM121546236CN.

    Raises:
        errors.APIError: If TrackingMore answered with an error (meta.code other than 200/201/202, or
            an HTTP error status); the subclass tells which (AuthenticationError, NotFoundError,
            AlreadyExistsError, InvalidRequestError, QuotaExceededError, RateLimitError, ServerError).
        errors.InvalidResponseError: If a successful answer is not JSON or not the documented shape.
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout).

    Returns:
        TrackingEnvelope
    """

    kwargs = _get_kwargs(
        carrier_code=carrier_code,
        tracking_number=tracking_number,
    )

    response = await send_async(client, OPERATION_ID, kwargs)

    return _parse_success(client=client, response=response)
