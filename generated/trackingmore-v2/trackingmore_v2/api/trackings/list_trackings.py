from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_trackings_archived import ListTrackingsArchived
from ...models.status_filter import StatusFilter
from ...models.tracking_page_envelope import TrackingPageEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 100,
    status: StatusFilter | Unset = UNSET,
    created_at_min: int | Unset = UNSET,
    created_at_max: int | Unset = UNSET,
    update_time_min: int | Unset = UNSET,
    update_time_max: int | Unset = UNSET,
    order_created_time_min: int | Unset = UNSET,
    order_created_time_max: int | Unset = UNSET,
    lang: str | Unset = UNSET,
    numbers: str | Unset = UNSET,
    orders: str | Unset = UNSET,
    archived: ListTrackingsArchived | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["created_at_min"] = created_at_min

    params["created_at_max"] = created_at_max

    params["update_time_min"] = update_time_min

    params["update_time_max"] = update_time_max

    params["order_created_time_min"] = order_created_time_min

    params["order_created_time_max"] = order_created_time_max

    params["lang"] = lang

    params["numbers"] = numbers

    params["orders"] = orders

    json_archived: str | Unset = UNSET
    if not isinstance(archived, Unset):
        json_archived = archived.value

    params["archived"] = json_archived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/trackings/get",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | TrackingPageEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | TrackingPageEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TrackingPageEnvelope.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | TrackingPageEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 100,
    status: StatusFilter | Unset = UNSET,
    created_at_min: int | Unset = UNSET,
    created_at_max: int | Unset = UNSET,
    update_time_min: int | Unset = UNSET,
    update_time_max: int | Unset = UNSET,
    order_created_time_min: int | Unset = UNSET,
    order_created_time_max: int | Unset = UNSET,
    lang: str | Unset = UNSET,
    numbers: str | Unset = UNSET,
    orders: str | Unset = UNSET,
    archived: ListTrackingsArchived | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | TrackingPageEnvelope]:
    """List trackings

     One page of the account's trackings, filtered. Times are unix seconds; a `*_max` bound
    defaults to now. Order is stable across pages (creation order). `limit` is 100 by default
    and 2000 at most. Rate limit: 1 request per second (429 beyond it).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.
        status (StatusFilter | Unset): A package status to filter by.
        created_at_min (int | Unset):
        created_at_max (int | Unset):
        update_time_min (int | Unset):
        update_time_max (int | Unset):
        order_created_time_min (int | Unset):
        order_created_time_max (int | Unset):
        lang (str | Unset):
        numbers (str | Unset):  Example: RM121546236CN,LK894734223CN.
        orders (str | Unset):  Example: #1234,#1235.
        archived (ListTrackingsArchived | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TrackingPageEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        status=status,
        created_at_min=created_at_min,
        created_at_max=created_at_max,
        update_time_min=update_time_min,
        update_time_max=update_time_max,
        order_created_time_min=order_created_time_min,
        order_created_time_max=order_created_time_max,
        lang=lang,
        numbers=numbers,
        orders=orders,
        archived=archived,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 100,
    status: StatusFilter | Unset = UNSET,
    created_at_min: int | Unset = UNSET,
    created_at_max: int | Unset = UNSET,
    update_time_min: int | Unset = UNSET,
    update_time_max: int | Unset = UNSET,
    order_created_time_min: int | Unset = UNSET,
    order_created_time_max: int | Unset = UNSET,
    lang: str | Unset = UNSET,
    numbers: str | Unset = UNSET,
    orders: str | Unset = UNSET,
    archived: ListTrackingsArchived | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | TrackingPageEnvelope | None:
    """List trackings

     One page of the account's trackings, filtered. Times are unix seconds; a `*_max` bound
    defaults to now. Order is stable across pages (creation order). `limit` is 100 by default
    and 2000 at most. Rate limit: 1 request per second (429 beyond it).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.
        status (StatusFilter | Unset): A package status to filter by.
        created_at_min (int | Unset):
        created_at_max (int | Unset):
        update_time_min (int | Unset):
        update_time_max (int | Unset):
        order_created_time_min (int | Unset):
        order_created_time_max (int | Unset):
        lang (str | Unset):
        numbers (str | Unset):  Example: RM121546236CN,LK894734223CN.
        orders (str | Unset):  Example: #1234,#1235.
        archived (ListTrackingsArchived | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | TrackingPageEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        status=status,
        created_at_min=created_at_min,
        created_at_max=created_at_max,
        update_time_min=update_time_min,
        update_time_max=update_time_max,
        order_created_time_min=order_created_time_min,
        order_created_time_max=order_created_time_max,
        lang=lang,
        numbers=numbers,
        orders=orders,
        archived=archived,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 100,
    status: StatusFilter | Unset = UNSET,
    created_at_min: int | Unset = UNSET,
    created_at_max: int | Unset = UNSET,
    update_time_min: int | Unset = UNSET,
    update_time_max: int | Unset = UNSET,
    order_created_time_min: int | Unset = UNSET,
    order_created_time_max: int | Unset = UNSET,
    lang: str | Unset = UNSET,
    numbers: str | Unset = UNSET,
    orders: str | Unset = UNSET,
    archived: ListTrackingsArchived | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | TrackingPageEnvelope]:
    """List trackings

     One page of the account's trackings, filtered. Times are unix seconds; a `*_max` bound
    defaults to now. Order is stable across pages (creation order). `limit` is 100 by default
    and 2000 at most. Rate limit: 1 request per second (429 beyond it).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.
        status (StatusFilter | Unset): A package status to filter by.
        created_at_min (int | Unset):
        created_at_max (int | Unset):
        update_time_min (int | Unset):
        update_time_max (int | Unset):
        order_created_time_min (int | Unset):
        order_created_time_max (int | Unset):
        lang (str | Unset):
        numbers (str | Unset):  Example: RM121546236CN,LK894734223CN.
        orders (str | Unset):  Example: #1234,#1235.
        archived (ListTrackingsArchived | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TrackingPageEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        status=status,
        created_at_min=created_at_min,
        created_at_max=created_at_max,
        update_time_min=update_time_min,
        update_time_max=update_time_max,
        order_created_time_min=order_created_time_min,
        order_created_time_max=order_created_time_max,
        lang=lang,
        numbers=numbers,
        orders=orders,
        archived=archived,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 100,
    status: StatusFilter | Unset = UNSET,
    created_at_min: int | Unset = UNSET,
    created_at_max: int | Unset = UNSET,
    update_time_min: int | Unset = UNSET,
    update_time_max: int | Unset = UNSET,
    order_created_time_min: int | Unset = UNSET,
    order_created_time_max: int | Unset = UNSET,
    lang: str | Unset = UNSET,
    numbers: str | Unset = UNSET,
    orders: str | Unset = UNSET,
    archived: ListTrackingsArchived | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | TrackingPageEnvelope | None:
    """List trackings

     One page of the account's trackings, filtered. Times are unix seconds; a `*_max` bound
    defaults to now. Order is stable across pages (creation order). `limit` is 100 by default
    and 2000 at most. Rate limit: 1 request per second (429 beyond it).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.
        status (StatusFilter | Unset): A package status to filter by.
        created_at_min (int | Unset):
        created_at_max (int | Unset):
        update_time_min (int | Unset):
        update_time_max (int | Unset):
        order_created_time_min (int | Unset):
        order_created_time_max (int | Unset):
        lang (str | Unset):
        numbers (str | Unset):  Example: RM121546236CN,LK894734223CN.
        orders (str | Unset):  Example: #1234,#1235.
        archived (ListTrackingsArchived | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | TrackingPageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            status=status,
            created_at_min=created_at_min,
            created_at_max=created_at_max,
            update_time_min=update_time_min,
            update_time_max=update_time_max,
            order_created_time_min=order_created_time_min,
            order_created_time_max=order_created_time_max,
            lang=lang,
            numbers=numbers,
            orders=orders,
            archived=archived,
        )
    ).parsed
