"""A client library for accessing TrackingMore API v2"""

from . import errors
from .client import VERSION as __version__
from .client import AuthenticatedClient, Client
from .runtime.batching import BatchFailure, BatchResult, ItemError
from .runtime.dates import format_carrier_time, from_unix, parse_carrier_time, to_unix
from .runtime.paging import AsyncPaginator, Page, PageSpacing, Paginator
from .runtime.ratelimit import RateLimit, RateLimiter
from .runtime.raw import RawMeta, RawResponse
from .runtime.retry import RetryPolicy
from .trackingmore import AsyncTrackingMore, TrackingMore
from .webhooks import WebhookEvent, parse_webhook, verify_webhook

__all__ = (
    "AsyncPaginator",
    "AsyncTrackingMore",
    "AuthenticatedClient",
    "BatchFailure",
    "BatchResult",
    "Client",
    "ItemError",
    "Page",
    "PageSpacing",
    "Paginator",
    "RateLimit",
    "RateLimiter",
    "RawMeta",
    "RawResponse",
    "RetryPolicy",
    "TrackingMore",
    "WebhookEvent",
    "errors",
    "format_carrier_time",
    "from_unix",
    "parse_carrier_time",
    "parse_webhook",
    "to_unix",
    "__version__",
    "verify_webhook",
)
