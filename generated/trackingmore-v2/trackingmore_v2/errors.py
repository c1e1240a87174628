"""Exceptions raised by the API functions.

Everything the SDK raises on purpose derives from ``TrackingMoreError``; which ``meta.code``/HTTP
status maps to which class is the spec's ``x-meta-codes`` table (``meta_codes.ERROR_CLASSES``).
"""

from .meta_codes import ERROR_CLASSES
from .runtime.errors import (
    SUCCESS_CODES,
    AlreadyExistsError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    ClientConfigurationError,
    InvalidAPIKeyError,
    InvalidArgumentError,
    InvalidRequestError,
    InvalidResponseError,
    MissingAPIKeyError,
    NotFoundError,
    QuotaExceededError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    TrackingMoreError,
    WebhookVerificationError,
)
from .runtime.errors import error_class_for as _error_class_for


def error_class_for(code: int) -> type[APIError]:
    """The exception class for a ``meta.code`` or an HTTP status; ``APIError`` when unknown."""
    return _error_class_for(code, ERROR_CLASSES)


class UnexpectedStatus(TrackingMoreError):
    """Raised by the ``*_detailed`` functions when the response status is not documented in the spec
    and ``Client.raise_on_unexpected_status`` is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = [
    "SUCCESS_CODES",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AlreadyExistsError",
    "AuthenticationError",
    "ClientConfigurationError",
    "InvalidAPIKeyError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "InvalidResponseError",
    "MissingAPIKeyError",
    "NotFoundError",
    "QuotaExceededError",
    "RateLimitError",
    "ServerError",
    "ServiceUnavailableError",
    "TrackingMoreError",
    "UnexpectedStatus",
    "WebhookVerificationError",
    "error_class_for",
]
