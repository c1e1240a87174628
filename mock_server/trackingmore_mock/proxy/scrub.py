"""Scrub secrets and personal data from what the proxy writes down (cassettes, report details).

The API key is known only while its request is handled: every occurrence of it (header, query,
body, answer) becomes `[redacted]`, and the headers that carry credentials are redacted whatever
their value. Every e-mail address becomes `redacted@example.com`, in keys and values alike. The same
scrubbing is applied to an incoming request before replay matches it, so a recorded request with an
address in its body still matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

REDACTED = "[redacted]"
EMAIL_PLACEHOLDER = "redacted@example.com"
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
# A shorter "key" would be replaced inside unrelated words; such a key is still redacted in its header.
MIN_SECRET_LENGTH = 6


class Scrubber:
    def __init__(self, secrets: Iterable[str | None] = (), secret_headers: Iterable[str] = ()) -> None:
        self._secrets = sorted({s for s in secrets if s and len(s) >= MIN_SECRET_LENGTH}, key=len, reverse=True)
        self._secret_headers = CREDENTIAL_HEADERS | {name.lower() for name in secret_headers}

    def text(self, value: str) -> str:
        for secret in self._secrets:
            value = value.replace(secret, REDACTED)
        return EMAIL.sub(EMAIL_PLACEHOLDER, value)

    def value(self, value: Any) -> Any:
        """A JSON value with every string (object keys included) scrubbed."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(item) for item in value]
        if isinstance(value, dict):
            return {self.text(str(key)): self.value(item) for key, item in value.items()}
        return value

    def headers(self, headers: Iterable[tuple[str, str]]) -> list[list[str]]:
        """Header pairs, in order, credentials redacted (the header stays: it shows one was sent)."""
        return [
            [name, REDACTED if name.lower() in self._secret_headers else self.text(value)] for name, value in headers
        ]
