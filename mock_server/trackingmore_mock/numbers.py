"""Tracking-number formats: validity (4014), carrier detection (POST /carriers/detect) and AWBs."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import countries

# TrackingMore accepts letters, digits and dashes; anything else (spaces, symbols) is 4014.
_VALID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{3,49}\Z")  # \Z: `$` would accept a trailing newline

# UPU S10: service letters, 8 digits, check digit, ISO country. The check digit is not enforced:
# detection goes by format (the issue's own example RR123456789CN has a wrong one).
_S10 = re.compile(r"^([A-Z])([A-Z])(\d{8})(\d)([A-Z]{2})$")

_AWB = re.compile(r"^(\d{3})[- ]?(\d{8})\Z")


def is_valid_tracking_number(number: str) -> bool:
    return bool(_VALID.match(number))


def _s10(number: str) -> list[str]:
    match = _S10.match(number)
    if not match:
        return []
    service, _, _, _, origin = match.groups()
    country = countries.find(origin)
    if country is None:
        return []
    # E* items are EMS; China runs EMS as a separate carrier from China Post.
    if service == "E" and origin == "CN":
        return ["china-ems", "china-post"]
    return [country.postal_carrier]


def _pattern(regex: str, *codes: str) -> Callable[[str], list[str]]:
    compiled = re.compile(regex)

    def rule(number: str) -> list[str]:
        return list(codes) if compiled.match(number) else []

    return rule


# Ordered: the first rules are the most specific formats.
_RULES: tuple[Callable[[str], list[str]], ...] = (
    _pattern(r"^1Z[0-9A-Z]{16}$", "ups"),
    _s10,
    _pattern(r"^YT\d{16}$", "yunexpress"),
    _pattern(r"^SF\d{12}$", "sf-express"),
    _pattern(r"^(GM|LX|RX)\d{16,20}$", "dhlglobalmail"),
    _pattern(r"^9[2-5]\d{20}$", "usps"),
    _pattern(r"^(\d{12}|\d{15})$", "fedex"),
    _pattern(r"^\d{10}$", "dhl"),
    _pattern(r"^\d{14}$", "dpd"),
    _pattern(r"^\d{11}$", "gls"),
    _pattern(r"^\d{9}$", "tnt"),
)


def detect(number: str) -> list[str]:
    """Carrier codes whose number format matches, best first; empty when nothing matches (4032)."""
    text = number.strip().upper()
    found: list[str] = []
    for rule in _RULES:
        for code in rule(text):
            if code not in found:
                found.append(code)
    return found


def normalize_awb(value: str) -> str | None:
    """An air waybill is a 3-digit airline prefix and an 8-digit serial; returns `XXX-XXXXXXXX`."""
    match = _AWB.match(value.strip())
    return f"{match.group(1)}-{match.group(2)}" if match else None
