from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTrackingRequest")


@_attrs_define
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
        tracking_number = self.tracking_number

        carrier_code = self.carrier_code

        destination_code = self.destination_code

        tracking_ship_date = self.tracking_ship_date

        tracking_postal_code = self.tracking_postal_code

        tracking_account_number = self.tracking_account_number

        special_number_destination = self.special_number_destination

        order = self.order

        order_create_time = self.order_create_time

        lang = self.lang

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tracking_number": tracking_number,
                "carrier_code": carrier_code,
            }
        )
        if destination_code is not UNSET:
            field_dict["destination_code"] = destination_code
        if tracking_ship_date is not UNSET:
            field_dict["tracking_ship_date"] = tracking_ship_date
        if tracking_postal_code is not UNSET:
            field_dict["tracking_postal_code"] = tracking_postal_code
        if tracking_account_number is not UNSET:
            field_dict["tracking_account_number"] = tracking_account_number
        if special_number_destination is not UNSET:
            field_dict["specialNumberDestination"] = special_number_destination
        if order is not UNSET:
            field_dict["order"] = order
        if order_create_time is not UNSET:
            field_dict["order_create_time"] = order_create_time
        if lang is not UNSET:
            field_dict["lang"] = lang

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tracking_number = d.pop("tracking_number")

        carrier_code = d.pop("carrier_code")

        destination_code = d.pop("destination_code", UNSET)

        tracking_ship_date = d.pop("tracking_ship_date", UNSET)

        tracking_postal_code = d.pop("tracking_postal_code", UNSET)

        tracking_account_number = d.pop("tracking_account_number", UNSET)

        special_number_destination = d.pop("specialNumberDestination", UNSET)

        order = d.pop("order", UNSET)

        order_create_time = d.pop("order_create_time", UNSET)

        lang = d.pop("lang", UNSET)

        realtime_tracking_request = cls(
            tracking_number=tracking_number,
            carrier_code=carrier_code,
            destination_code=destination_code,
            tracking_ship_date=tracking_ship_date,
            tracking_postal_code=tracking_postal_code,
            tracking_account_number=tracking_account_number,
            special_number_destination=special_number_destination,
            order=order,
            order_create_time=order_create_time,
            lang=lang,
        )

        realtime_tracking_request.additional_properties = d
        return realtime_tracking_request

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
