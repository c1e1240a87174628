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
from ..types import UNSET, Unset, repr_set_fields

T = TypeVar("T", bound="RealtimeTrackingRequest")

_KEYS: frozenset[str] = frozenset(
    (
        "tracking_number",
        "carrier_code",
        "destination_code",
        "tracking_ship_date",
        "tracking_postal_code",
        "tracking_account_number",
        "specialNumberDestination",
        "order",
        "order_create_time",
        "lang",
    )
)


@_attrs_define(repr=False)
class RealtimeTrackingRequest:
    """
    Attributes:
        tracking_number (str): A tracking number, 4 to 50 letters, digits or hyphens. Example: RM121546236CN.
        carrier_code (str): A carrier code from `listCarriers` (lowercase slug), e.g. `china-post`, `4px`. Example:
            china-post.
        destination_code (str | Unset): ISO 3166-1 alpha-2 country code. Example: US.
        tracking_ship_date (str | Unset):  Example: 20180908.
        tracking_postal_code (str | Unset):
        tracking_account_number (str | Unset):
        special_number_destination (str | Unset):
        order (str | Unset):
        order_create_time (str | Unset): Order time in the documented form `2017/8/27 16:51` (`YYYY/M/D HH:MM`, no time
            zone). Example: 2017/8/27 16:51.
        lang (str | Unset): Two-letter language code, e.g. `en`, `cn`. Example: en.
    """

    tracking_number: str
    carrier_code: str
    destination_code: str | Unset = UNSET
    tracking_ship_date: str | Unset = UNSET
    tracking_postal_code: str | Unset = UNSET
    tracking_account_number: str | Unset = UNSET
    special_number_destination: str | Unset = UNSET
    order: str | Unset = UNSET
    order_create_time: str | Unset = UNSET
    lang: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["tracking_number"] = self.tracking_number
        field_dict["carrier_code"] = self.carrier_code
        if self.destination_code is not UNSET:
            field_dict["destination_code"] = self.destination_code
        if self.tracking_ship_date is not UNSET:
            field_dict["tracking_ship_date"] = self.tracking_ship_date
        if self.tracking_postal_code is not UNSET:
            field_dict["tracking_postal_code"] = self.tracking_postal_code
        if self.tracking_account_number is not UNSET:
            field_dict["tracking_account_number"] = self.tracking_account_number
        if self.special_number_destination is not UNSET:
            field_dict["specialNumberDestination"] = self.special_number_destination
        if self.order is not UNSET:
            field_dict["order"] = self.order
        if self.order_create_time is not UNSET:
            field_dict["order_create_time"] = self.order_create_time
        if self.lang is not UNSET:
            field_dict["lang"] = self.lang
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
        value = get("destination_code", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "destination_code", False)

        obj.destination_code = value
        value = get("tracking_ship_date", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "tracking_ship_date", False)

        obj.tracking_ship_date = value
        value = get("tracking_postal_code", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "tracking_postal_code", False)

        obj.tracking_postal_code = value
        value = get("tracking_account_number", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "tracking_account_number", False)

        obj.tracking_account_number = value
        value = get("specialNumberDestination", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "specialNumberDestination", False)

        obj.special_number_destination = value
        value = get("order", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "order", False)

        obj.order = value
        value = get("order_create_time", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "order_create_time", False)

        obj.order_create_time = value
        value = get("lang", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "lang", False)

        obj.lang = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(
            self,
            (
                "tracking_number",
                "carrier_code",
                "destination_code",
                "tracking_ship_date",
                "tracking_postal_code",
                "tracking_account_number",
                "special_number_destination",
                "order",
                "order_create_time",
                "lang",
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
