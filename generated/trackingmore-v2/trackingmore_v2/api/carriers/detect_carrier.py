from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...meta_codes import ERROR_CLASSES
from ...models.detect_carrier_request import DetectCarrierRequest
from ...models.detected_carriers_envelope import DetectedCarriersEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...operations import OPERATIONS
from ...runtime.calls import PARSE_ERRORS, http_status, parse_success, send_async, send_sync
from ...runtime.facts import FACTS_EXTENSION
from ...runtime.retry import OPERATION_EXTENSION
from ...types import Response

OPERATION_ID = "detectCarrier"
# What the spec says about this operation (x-sdk, x-retry-safe, x-credits, batch size ...).
FACTS = OPERATIONS[OPERATION_ID]


def _get_kwargs(
    *,
    body: DetectCarrierRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/carriers/detect",
        "extensions": {OPERATION_EXTENSION: OPERATION_ID, FACTS_EXTENSION: FACTS},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetectedCarriersEnvelope | ErrorEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DetectedCarriersEnvelope | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DetectedCarriersEnvelope.from_dict(data)

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
) -> DetectedCarriersEnvelope | ErrorEnvelope | ErrorEnvelope | None:
    # A body that is not JSON or not the documented shape gives parsed=None; content keeps it.
    try:
        return _parse_response(client=client, response=response)
    except PARSE_ERRORS:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DetectedCarriersEnvelope | ErrorEnvelope | ErrorEnvelope]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_quietly(client=client, response=response),
    )


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DetectedCarriersEnvelope:
    return parse_success(OPERATION_ID, response, DetectedCarriersEnvelope, ERROR_CLASSES)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DetectCarrierRequest,
) -> Response[DetectedCarriersEnvelope | ErrorEnvelope | ErrorEnvelope]:
    """Detect the carrier of a tracking number

     The carriers whose number format matches, most likely first. 4032 when no carrier can be
    detected. Billing: 1 credit per 5 calls.

    Args:
        body (DetectCarrierRequest):

    Raises:
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout). Error answers of the API do not raise: inspect status_code and parsed.
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True.

    Returns:
        Response[DetectedCarriersEnvelope | ErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send_sync(client, OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DetectCarrierRequest,
) -> DetectedCarriersEnvelope:
    """Detect the carrier of a tracking number

     The carriers whose number format matches, most likely first. 4032 when no carrier can be
    detected. Billing: 1 credit per 5 calls.

    Args:
        body (DetectCarrierRequest):

    Raises:
        errors.APIError: If TrackingMore answered with an error (meta.code other than 200/201/202, or
            an HTTP error status); the subclass tells which (AuthenticationError, NotFoundError,
            AlreadyExistsError, InvalidRequestError, QuotaExceededError, RateLimitError, ServerError).
        errors.InvalidResponseError: If a successful answer is not JSON or not the documented shape.
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout).

    Returns:
        DetectedCarriersEnvelope
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send_sync(client, OPERATION_ID, kwargs)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DetectCarrierRequest,
) -> Response[DetectedCarriersEnvelope | ErrorEnvelope | ErrorEnvelope]:
    """Detect the carrier of a tracking number

     The carriers whose number format matches, most likely first. 4032 when no carrier can be
    detected. Billing: 1 credit per 5 calls.

    Args:
        body (DetectCarrierRequest):

    Raises:
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout). Error answers of the API do not raise: inspect status_code and parsed.
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True.

    Returns:
        Response[DetectedCarriersEnvelope | ErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DetectCarrierRequest,
) -> DetectedCarriersEnvelope:
    """Detect the carrier of a tracking number

     The carriers whose number format matches, most likely first. 4032 when no carrier can be
    detected. Billing: 1 credit per 5 calls.

    Args:
        body (DetectCarrierRequest):

    Raises:
        errors.APIError: If TrackingMore answered with an error (meta.code other than 200/201/202, or
            an HTTP error status); the subclass tells which (AuthenticationError, NotFoundError,
            AlreadyExistsError, InvalidRequestError, QuotaExceededError, RateLimitError, ServerError).
        errors.InvalidResponseError: If a successful answer is not JSON or not the documented shape.
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout).

    Returns:
        DetectedCarriersEnvelope
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, OPERATION_ID, kwargs)

    return _parse_success(client=client, response=response)
