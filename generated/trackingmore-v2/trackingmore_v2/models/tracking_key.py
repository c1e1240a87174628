from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    missing,
    not_an_object,
    read_str,
    without_gc,
)
from ..types import UNSET, repr_set_fields

T = TypeVar("T", bound="TrackingKey")

_KEYS: frozenset[str] = frozenset(
    (
        "tracking_number",
        "carrier_code",
    )
)


@_attrs_define(repr=False)
class TrackingKey:
    """Identifies one tracking.

    Attributes:
        tracking_number (str): A tracking number, 4 to 50 letters, digits or hyphens. Example: RM121546236CN.
        carrier_code (str): A carrier code from `listCarriers` (lowercase slug), e.g. `china-post`, `4px`. Example:
            china-post.
    """

    tracking_number: str
    carrier_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["tracking_number"] = self.tracking_number
        field_dict["carrier_code"] = self.carrier_code
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object into the declared types (tolerant, never wrong: see
        runtime/coercion.py); raises ``FieldError`` (a ValueError) naming the field otherwise."""
        return without_gc(cls._from_dict, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            get = src_dict.get
        except AttributeError:
            not_an_object(src_dict)
        obj = cls.__new__(cls)
        value = get("tracking_number", UNSET)
        if not isinstance(value, str):
            if value is UNSET:
                missing("tracking_number", "string")

            value = read_str(value, "tracking_number", False)

        obj.tracking_number = value
        value = get("carrier_code", UNSET)
        if not isinstance(value, str):
            if value is UNSET:
                missing("carrier_code", "string")

            value = read_str(value, "carrier_code", False)

        obj.carrier_code = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(self, ("tracking_number", "carrier_code"))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
