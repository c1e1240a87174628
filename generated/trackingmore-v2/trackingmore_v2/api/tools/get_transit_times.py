from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.transit_time_query import TransitTimeQuery
from ...models.transit_times_envelope import TransitTimesEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: list[TransitTimeQuery],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/trackings/costtime",
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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ErrorEnvelope | TransitTimesEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TransitTimesEnvelope]
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
    body: list[TransitTimeQuery],
) -> ErrorEnvelope | ErrorEnvelope | TransitTimesEnvelope | None:
    """Transit-time statistics for carrier lanes

     For each (carrier, origin country, destination country) lane: the number of sampled
    shipments and the share (percent) delivered within 0–7 days (`range1`), 7–15 (`range3`),
    16–30 (`range4`), 31–60 (`range5`) and over 60 days (`range6`, *inferred*); there is no
    `range2`. At most 40 lanes.

    Args:
        body (list[TransitTimeQuery]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | TransitTimesEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TransitTimesEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[TransitTimeQuery],
) -> ErrorEnvelope | ErrorEnvelope | TransitTimesEnvelope | None:
    """Transit-time statistics for carrier lanes

     For each (carrier, origin country, destination country) lane: the number of sampled
    shipments and the share (percent) delivered within 0–7 days (`range1`), 7–15 (`range3`),
    16–30 (`range4`), 31–60 (`range5`) and over 60 days (`range6`, *inferred*); there is no
    `range2`. At most 40 lanes.

    Args:
        body (list[TransitTimeQuery]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | TransitTimesEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
