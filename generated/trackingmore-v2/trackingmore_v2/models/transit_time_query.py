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

T = TypeVar("T", bound="TransitTimeQuery")

_KEYS: frozenset[str] = frozenset(
    (
        "carrier_code",
        "original",
        "destination",
    )
)


@_attrs_define(repr=False)
class TransitTimeQuery:
    """
    Attributes:
        carrier_code (str): A carrier code from `listCarriers` (lowercase slug), e.g. `china-post`, `4px`. Example:
            china-post.
        original (str): ISO 3166-1 alpha-2 country code. Example: US.
        destination (str): ISO 3166-1 alpha-2 country code. Example: US.
    """

    carrier_code: str
    original: str
    destination: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["carrier_code"] = self.carrier_code
        field_dict["original"] = self.original
        field_dict["destination"] = self.destination
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
        value = get("carrier_code", UNSET)
        if not isinstance(value, str):
            if value is UNSET:
                missing("carrier_code", "string")

            value = read_str(value, "carrier_code", False)

        obj.carrier_code = value
        value = get("original", UNSET)
        if not isinstance(value, str):
            if value is UNSET:
                missing("original", "string")

            value = read_str(value, "original", False)

        obj.original = value
        value = get("destination", UNSET)
        if not isinstance(value, str):
            if value is UNSET:
                missing("destination", "string")

            value = read_str(value, "destination", False)

        obj.destination = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(self, ("carrier_code", "original", "destination"))

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
