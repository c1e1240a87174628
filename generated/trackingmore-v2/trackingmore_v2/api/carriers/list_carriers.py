from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.carrier_list_envelope import CarrierListEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.list_carriers_lang import ListCarriersLang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    lang: ListCarriersLang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(lang, Unset):
        headers["Lang"] = str(lang)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/carriers",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CarrierListEnvelope | ErrorEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CarrierListEnvelope | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CarrierListEnvelope.from_dict(data)

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
) -> Response[CarrierListEnvelope | ErrorEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    lang: ListCarriersLang | Unset = UNSET,
) -> Response[CarrierListEnvelope | ErrorEnvelope | ErrorEnvelope]:
    """List all carriers

     Every carrier TrackingMore supports, with the `code` to use in every other call. Names
    are localised with the `Lang` header. Free of charge. The real API may send `meta` with
    only `code` here.

    Args:
        lang (ListCarriersLang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CarrierListEnvelope | ErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    lang: ListCarriersLang | Unset = UNSET,
) -> CarrierListEnvelope | ErrorEnvelope | ErrorEnvelope | None:
    """List all carriers

     Every carrier TrackingMore supports, with the `code` to use in every other call. Names
    are localised with the `Lang` header. Free of charge. The real API may send `meta` with
    only `code` here.

    Args:
        lang (ListCarriersLang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CarrierListEnvelope | ErrorEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    lang: ListCarriersLang | Unset = UNSET,
) -> Response[CarrierListEnvelope | ErrorEnvelope | ErrorEnvelope]:
    """List all carriers

     Every carrier TrackingMore supports, with the `code` to use in every other call. Names
    are localised with the `Lang` header. Free of charge. The real API may send `meta` with
    only `code` here.

    Args:
        lang (ListCarriersLang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CarrierListEnvelope | ErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    lang: ListCarriersLang | Unset = UNSET,
) -> CarrierListEnvelope | ErrorEnvelope | ErrorEnvelope | None:
    """List all carriers

     Every carrier TrackingMore supports, with the `code` to use in every other call. Names
    are localised with the `Lang` header. Free of charge. The real API may send `meta` with
    only `code` here.

    Args:
        lang (ListCarriersLang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CarrierListEnvelope | ErrorEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            lang=lang,
        )
    ).parsed
