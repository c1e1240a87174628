from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...meta_codes import ERROR_CLASSES
from ...models.carrier_change_envelope import CarrierChangeEnvelope
from ...models.change_carrier_request import ChangeCarrierRequest
from ...models.error_envelope import ErrorEnvelope
from ...operations import OPERATIONS
from ...runtime.calls import PARSE_ERRORS, http_status, parse_success, send_async, send_sync
from ...runtime.facts import FACTS_EXTENSION
from ...runtime.retry import OPERATION_EXTENSION
from ...types import Response

OPERATION_ID = "changeCarrier"
# What the spec says about this operation (x-sdk, x-retry-safe, x-credits, batch size ...).
FACTS = OPERATIONS[OPERATION_ID]


def _get_kwargs(
    *,
    body: ChangeCarrierRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/trackings/update",
        "extensions": {OPERATION_EXTENSION: OPERATION_ID, FACTS_EXTENSION: FACTS},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CarrierChangeEnvelope | ErrorEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CarrierChangeEnvelope | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CarrierChangeEnvelope.from_dict(data)

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
) -> CarrierChangeEnvelope | ErrorEnvelope | ErrorEnvelope | None:
    # A body that is not JSON or not the documented shape gives parsed=None; content keeps it.
    try:
        return _parse_response(client=client, response=response)
    except PARSE_ERRORS:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CarrierChangeEnvelope | ErrorEnvelope | ErrorEnvelope]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_quietly(client=client, response=response),
    )


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CarrierChangeEnvelope:
    return parse_success(OPERATION_ID, response, CarrierChangeEnvelope, ERROR_CLASSES)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangeCarrierRequest,
) -> Response[CarrierChangeEnvelope | ErrorEnvelope | ErrorEnvelope]:
    """Change the carrier of a tracking

     Moves the tracking from `carrier_code` to `update_carrier_code` (keeping its order data).
    Errors (HTTP 200): 4017 no tracking under the old carrier, 4016 the number already exists
    under the new carrier, 4015 a carrier code is invalid.

    Args:
        body (ChangeCarrierRequest):

    Raises:
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout). Error answers of the API do not raise: inspect status_code and parsed.
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True.

    Returns:
        Response[CarrierChangeEnvelope | ErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send_sync(client, OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ChangeCarrierRequest,
) -> CarrierChangeEnvelope:
    """Change the carrier of a tracking

     Moves the tracking from `carrier_code` to `update_carrier_code` (keeping its order data).
    Errors (HTTP 200): 4017 no tracking under the old carrier, 4016 the number already exists
    under the new carrier, 4015 a carrier code is invalid.

    Args:
        body (ChangeCarrierRequest):

    Raises:
        errors.APIError: If TrackingMore answered with an error (meta.code other than 200/201/202, or
            an HTTP error status); the subclass tells which (AuthenticationError, NotFoundError,
            AlreadyExistsError, InvalidRequestError, QuotaExceededError, RateLimitError, ServerError).
        errors.InvalidResponseError: If a successful answer is not JSON or not the documented shape.
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout).

    Returns:
        CarrierChangeEnvelope
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send_sync(client, OPERATION_ID, kwargs)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangeCarrierRequest,
) -> Response[CarrierChangeEnvelope | ErrorEnvelope | ErrorEnvelope]:
    """Change the carrier of a tracking

     Moves the tracking from `carrier_code` to `update_carrier_code` (keeping its order data).
    Errors (HTTP 200): 4017 no tracking under the old carrier, 4016 the number already exists
    under the new carrier, 4015 a carrier code is invalid.

    Args:
        body (ChangeCarrierRequest):

    Raises:
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout). Error answers of the API do not raise: inspect status_code and parsed.
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True.

    Returns:
        Response[CarrierChangeEnvelope | ErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ChangeCarrierRequest,
) -> CarrierChangeEnvelope:
    """Change the carrier of a tracking

     Moves the tracking from `carrier_code` to `update_carrier_code` (keeping its order data).
    Errors (HTTP 200): 4017 no tracking under the old carrier, 4016 the number already exists
    under the new carrier, 4015 a carrier code is invalid.

    Args:
        body (ChangeCarrierRequest):

    Raises:
        errors.APIError: If TrackingMore answered with an error (meta.code other than 200/201/202, or
            an HTTP error status); the subclass tells which (AuthenticationError, NotFoundError,
            AlreadyExistsError, InvalidRequestError, QuotaExceededError, RateLimitError, ServerError).
        errors.InvalidResponseError: If a successful answer is not JSON or not the documented shape.
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout).

    Returns:
        CarrierChangeEnvelope
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, OPERATION_ID, kwargs)

    return _parse_success(client=client, response=response)
