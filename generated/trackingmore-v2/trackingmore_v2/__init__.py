"""A client library for accessing TrackingMore API v2"""

from .client import VERSION as __version__
from .client import AuthenticatedClient, Client
from .runtime.batching import BatchFailure, BatchResult
from .runtime.dates import format_carrier_time, from_unix, parse_carrier_time, to_unix
from .runtime.paging import PageSpacing
from .runtime.retry import RetryPolicy
from .runtime.webhooks import WebhookEvent, parse_webhook, verify_webhook

__all__ = (
    "AuthenticatedClient",
    "BatchFailure",
    "BatchResult",
    "Client",
    "PageSpacing",
    "RetryPolicy",
    "WebhookEvent",
    "format_carrier_time",
    "from_unix",
    "parse_carrier_time",
    "parse_webhook",
    "to_unix",
    "__version__",
    "verify_webhook",
)
