from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.remote_area_envelope import RemoteAreaEnvelope
from ...models.remote_area_query import RemoteAreaQuery
from ...types import Response


def _get_kwargs(
    *,
    body: list[RemoteAreaQuery],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/trackings/remote",
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
) -> ErrorEnvelope | ErrorEnvelope | RemoteAreaEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | RemoteAreaEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = RemoteAreaEnvelope.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | RemoteAreaEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[RemoteAreaQuery],
) -> Response[ErrorEnvelope | ErrorEnvelope | RemoteAreaEnvelope]:
    """Check whether addresses are in remote areas

     For each address (country name or 2-letter code, postcode or city), lists the carriers that
    treat it as a remote area in `data.remote`; the addresses no carrier treats as remote are in
    `data.other` (*inferred*). At most 40 addresses. Billing: 1 credit per 5 calls.

    Args:
        body (list[RemoteAreaQuery]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | RemoteAreaEnvelope]
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
    body: list[RemoteAreaQuery],
) -> ErrorEnvelope | ErrorEnvelope | RemoteAreaEnvelope | None:
    """Check whether addresses are in remote areas

     For each address (country name or 2-letter code, postcode or city), lists the carriers that
    treat it as a remote area in `data.remote`; the addresses no carrier treats as remote are in
    `data.other` (*inferred*). At most 40 addresses. Billing: 1 credit per 5 calls.

    Args:
        body (list[RemoteAreaQuery]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | RemoteAreaEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[RemoteAreaQuery],
) -> Response[ErrorEnvelope | ErrorEnvelope | RemoteAreaEnvelope]:
    """Check whether addresses are in remote areas

     For each address (country name or 2-letter code, postcode or city), lists the carriers that
    treat it as a remote area in `data.remote`; the addresses no carrier treats as remote are in
    `data.other` (*inferred*). At most 40 addresses. Billing: 1 credit per 5 calls.

    Args:
        body (list[RemoteAreaQuery]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | RemoteAreaEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[RemoteAreaQuery],
) -> ErrorEnvelope | ErrorEnvelope | RemoteAreaEnvelope | None:
    """Check whether addresses are in remote areas

     For each address (country name or 2-letter code, postcode or city), lists the carriers that
    treat it as a remote area in `data.remote`; the addresses no carrier treats as remote are in
    `data.other` (*inferred*). At most 40 addresses. Billing: 1 credit per 5 calls.

    Args:
        body (list[RemoteAreaQuery]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | RemoteAreaEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
