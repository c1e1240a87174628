from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...meta_codes import ERROR_CLASSES
from ...models.error_envelope import ErrorEnvelope
from ...models.list_trackings_archived import ListTrackingsArchived
from ...models.status_filter import StatusFilter
from ...models.tracking import Tracking
from ...models.tracking_page_envelope import TrackingPageEnvelope
from ...operations import OPERATIONS
from ...runtime.calls import PARSE_ERRORS, http_status, parse_success, send_async, send_sync
from ...runtime.facts import FACTS_EXTENSION
from ...runtime.paging import DEFAULT_PAGE_SIZE, PageSpacing, aiter_items, iter_items, unpack_page
from ...runtime.retry import OPERATION_EXTENSION
from ...types import UNSET, Response, Unset

OPERATION_ID = "listTrackings"
# What the spec says about this operation (x-sdk, x-retry-safe, x-credits, batch size ...).
FACTS = OPERATIONS[OPERATION_ID]


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
        "extensions": {OPERATION_EXTENSION: OPERATION_ID, FACTS_EXTENSION: FACTS},
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


def _parse_quietly(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | TrackingPageEnvelope | None:
    # A body that is not JSON or not the documented shape gives parsed=None; content keeps it.
    try:
        return _parse_response(client=client, response=response)
    except PARSE_ERRORS:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ErrorEnvelope | TrackingPageEnvelope]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_quietly(client=client, response=response),
    )


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TrackingPageEnvelope:
    return parse_success(OPERATION_ID, response, TrackingPageEnvelope, ERROR_CLASSES)


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
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout). Error answers of the API do not raise: inspect status_code and parsed.
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True.

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

    response = send_sync(client, OPERATION_ID, kwargs)

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
) -> TrackingPageEnvelope:
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
        errors.APIError: If TrackingMore answered with an error (meta.code other than 200/201/202, or
            an HTTP error status); the subclass tells which (AuthenticationError, NotFoundError,
            AlreadyExistsError, InvalidRequestError, QuotaExceededError, RateLimitError, ServerError).
        errors.InvalidResponseError: If a successful answer is not JSON or not the documented shape.
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout).

    Returns:
        TrackingPageEnvelope
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

    response = send_sync(client, OPERATION_ID, kwargs)

    return _parse_success(client=client, response=response)


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
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout). Error answers of the API do not raise: inspect status_code and parsed.
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True.

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

    response = await send_async(client, OPERATION_ID, kwargs)

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
) -> TrackingPageEnvelope:
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
        errors.APIError: If TrackingMore answered with an error (meta.code other than 200/201/202, or
            an HTTP error status); the subclass tells which (AuthenticationError, NotFoundError,
            AlreadyExistsError, InvalidRequestError, QuotaExceededError, RateLimitError, ServerError).
        errors.InvalidResponseError: If a successful answer is not JSON or not the documented shape.
        errors.APIConnectionError: If no HTTP answer arrived, after retries (errors.APITimeoutError on a
            timeout).

    Returns:
        TrackingPageEnvelope
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

    response = await send_async(client, OPERATION_ID, kwargs)

    return _parse_success(client=client, response=response)


def sync_iter(
    *,
    client: AuthenticatedClient,
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
    page_size: int = DEFAULT_PAGE_SIZE,
    start_page: int = 1,
    spacing: PageSpacing | None = None,
) -> Iterator[Tracking]:
    """Every item matching the filters, fetched page after page (``page_size`` per request).

    Each page request is paced by the client's rate limiter (the operation's ``x-rate-limit``);
    ``spacing`` adds a minimum interval between pages of its own. Raises like ``sync`` when a
    page fails.
    """

    def fetch(page: int, limit: int) -> tuple[Sequence[Tracking], int | None]:
        envelope = sync(
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
        return unpack_page(envelope.data)

    return iter_items(fetch, page_size=page_size, start_page=start_page, spacing=spacing)


def asyncio_iter(
    *,
    client: AuthenticatedClient,
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
    page_size: int = DEFAULT_PAGE_SIZE,
    start_page: int = 1,
    spacing: PageSpacing | None = None,
) -> AsyncIterator[Tracking]:
    """Async twin of ``sync_iter``: ``async for item in asyncio_iter(client=...)``."""

    async def fetch(page: int, limit: int) -> tuple[Sequence[Tracking], int | None]:
        envelope = await asyncio(
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
        return unpack_page(envelope.data)

    return aiter_items(fetch, page_size=page_size, start_page=start_page, spacing=spacing)
