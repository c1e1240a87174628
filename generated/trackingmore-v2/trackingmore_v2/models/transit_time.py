from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    missing,
    not_an_object,
    read_float,
    read_int,
    read_str,
    without_gc,
)
from ..types import UNSET, Unset, repr_set_fields

T = TypeVar("T", bound="TransitTime")

_KEYS: frozenset[str] = frozenset(
    (
        "carrier_code",
        "original",
        "destination",
        "total",
        "delivered",
        "range1",
        "range3",
        "range4",
        "range5",
        "range6",
    )
)


@_attrs_define(repr=False)
class TransitTime:
    """
    Attributes:
        carrier_code (str):
        original (str):
        destination (str):
        total (int | Unset): Shipments sampled.
        delivered (int | Unset): Of which delivered.
        range1 (float | Unset): Percent delivered within 0–7 days.
        range3 (float | Unset): Percent delivered within 7–15 days.
        range4 (float | Unset): Percent delivered within 16–30 days.
        range5 (float | Unset): Percent delivered within 31–60 days.
        range6 (float | Unset): Percent delivered after 60 days (*inferred*).
    """

    carrier_code: str
    original: str
    destination: str
    total: int | Unset = UNSET
    delivered: int | Unset = UNSET
    range1: float | Unset = UNSET
    range3: float | Unset = UNSET
    range4: float | Unset = UNSET
    range5: float | Unset = UNSET
    range6: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["carrier_code"] = self.carrier_code
        field_dict["original"] = self.original
        field_dict["destination"] = self.destination
        if self.total is not UNSET:
            field_dict["total"] = self.total
        if self.delivered is not UNSET:
            field_dict["delivered"] = self.delivered
        if self.range1 is not UNSET:
            field_dict["range1"] = self.range1
        if self.range3 is not UNSET:
            field_dict["range3"] = self.range3
        if self.range4 is not UNSET:
            field_dict["range4"] = self.range4
        if self.range5 is not UNSET:
            field_dict["range5"] = self.range5
        if self.range6 is not UNSET:
            field_dict["range6"] = self.range6
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
        value = get("total", UNSET)
        if value.__class__ is not int and value is not UNSET:
            value = read_int(value, "total", False)

        obj.total = value
        value = get("delivered", UNSET)
        if value.__class__ is not int and value is not UNSET:
            value = read_int(value, "delivered", False)

        obj.delivered = value
        value = get("range1", UNSET)
        if not isinstance(value, float) and value is not UNSET:
            value = read_float(value, "range1", False)

        obj.range1 = value
        value = get("range3", UNSET)
        if not isinstance(value, float) and value is not UNSET:
            value = read_float(value, "range3", False)

        obj.range3 = value
        value = get("range4", UNSET)
        if not isinstance(value, float) and value is not UNSET:
            value = read_float(value, "range4", False)

        obj.range4 = value
        value = get("range5", UNSET)
        if not isinstance(value, float) and value is not UNSET:
            value = read_float(value, "range5", False)

        obj.range5 = value
        value = get("range6", UNSET)
        if not isinstance(value, float) and value is not UNSET:
            value = read_float(value, "range6", False)

        obj.range6 = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(
            self,
            (
                "carrier_code",
                "original",
                "destination",
                "total",
                "delivered",
                "range1",
                "range3",
                "range4",
                "range5",
                "range6",
            ),
        )

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
