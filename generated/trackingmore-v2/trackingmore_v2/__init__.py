"""A client library for accessing TrackingMore API v2"""

from .client import AuthenticatedClient, Client
from .runtime.batching import BatchFailure, BatchResult
from .runtime.dates import format_carrier_time, from_unix, parse_carrier_time, to_unix
from .runtime.paging import PageSpacing
from .runtime.ratelimit import RateLimit, RateLimiter
from .runtime.retry import RetryPolicy
from .runtime.webhooks import WebhookEvent, parse_webhook, verify_webhook

__all__ = (
    "AuthenticatedClient",
    "BatchFailure",
    "BatchResult",
    "Client",
    "PageSpacing",
    "RateLimit",
    "RateLimiter",
    "RetryPolicy",
    "WebhookEvent",
    "format_carrier_time",
    "from_unix",
    "parse_carrier_time",
    "parse_webhook",
    "to_unix",
    "verify_webhook",
)
