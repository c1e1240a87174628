from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.realtime_envelope import RealtimeEnvelope
from ...models.realtime_tracking_request import RealtimeTrackingRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RealtimeTrackingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/trackings/realtime",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | RealtimeEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | RealtimeEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = RealtimeEnvelope.from_dict(data)

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ErrorEnvelope | RealtimeEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RealtimeTrackingRequest,
) -> Response[ErrorEnvelope | ErrorEnvelope | RealtimeEnvelope]:
    """Track a number in real time

     Asks the carrier now and returns the result in `data.items`, without creating the tracking
    first. Rate limit: 3 requests per second per account (429 beyond it, then pause ~120 s);
    the same number at most once per 2 hours. Billed like a created tracking.

    Args:
        body (RealtimeTrackingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | RealtimeEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RealtimeTrackingRequest,
) -> ErrorEnvelope | ErrorEnvelope | RealtimeEnvelope | None:
    """Track a number in real time

     Asks the carrier now and returns the result in `data.items`, without creating the tracking
    first. Rate limit: 3 requests per second per account (429 beyond it, then pause ~120 s);
    the same number at most once per 2 hours. Billed like a created tracking.

    Args:
        body (RealtimeTrackingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | RealtimeEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RealtimeTrackingRequest,
) -> Response[ErrorEnvelope | ErrorEnvelope | RealtimeEnvelope]:
    """Track a number in real time

     Asks the carrier now and returns the result in `data.items`, without creating the tracking
    first. Rate limit: 3 requests per second per account (429 beyond it, then pause ~120 s);
    the same number at most once per 2 hours. Billed like a created tracking.

    Args:
        body (RealtimeTrackingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | RealtimeEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RealtimeTrackingRequest,
) -> ErrorEnvelope | ErrorEnvelope | RealtimeEnvelope | None:
    """Track a number in real time

     Asks the carrier now and returns the result in `data.items`, without creating the tracking
    first. Rate limit: 3 requests per second per account (429 beyond it, then pause ~120 s);
    the same number at most once per 2 hours. Billed like a created tracking.

    Args:
        body (RealtimeTrackingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | RealtimeEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
