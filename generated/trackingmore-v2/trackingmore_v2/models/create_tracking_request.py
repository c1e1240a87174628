from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_tracking_request_auto_correct import CreateTrackingRequestAutoCorrect
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTrackingRequest")


@_attrs_define
class CreateTrackingRequest:
    """A tracking to create.

    Attributes:
        tracking_number (str): A tracking number, 4 to 50 letters, digits or hyphens. Example: RM121546236CN.
        carrier_code (str): A carrier code from `listCarriers` (lowercase slug), e.g. `china-post`, `4px`. Example:
            china-post.
        destination_code (str | Unset): ISO 3166-1 alpha-2 country code. Example: US.
        title (str | Unset): Title of the item, e.g. the product.
        logistics_channel (str | Unset):
        customer_name (str | Unset):
        customer_email (list[str] | None | str | Unset): One e-mail address or a list of them (the API returns either
            form), or null. Example: jane@example.com.
        customer_phone (str | Unset):
        order_id (str | Unset):
        order_create_time (str | Unset): Order time in the documented form `2017/8/27 16:51` (`YYYY/M/D HH:MM`, no time
            zone). Example: 2017/8/27 16:51.
        tracking_ship_date (str | Unset): Ship date `YYYYMMDD`, needed by some carriers. Example: 20180908.
        tracking_postal_code (str | Unset): Destination postal code, needed by some carriers.
        tracking_account_number (str | Unset): Account number, needed by some carriers.
        tracking_destination_country (str | Unset): Destination country, needed by some carriers.
        special_number_destination (str | Unset):
        lang (str | Unset): Two-letter language code, e.g. `en`, `cn`. Example: en.
        auto_correct (CreateTrackingRequestAutoCorrect | Unset): 1 forbids TrackingMore to correct a wrong carrier code
            automatically.
        comment (str | Unset):
    """

    tracking_number: str
    carrier_code: str
    destination_code: str | Unset = UNSET
    title: str | Unset = UNSET
    logistics_channel: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    customer_email: list[str] | None | str | Unset = UNSET
    customer_phone: str | Unset = UNSET
    order_id: str | Unset = UNSET
    order_create_time: str | Unset = UNSET
    tracking_ship_date: str | Unset = UNSET
    tracking_postal_code: str | Unset = UNSET
    tracking_account_number: str | Unset = UNSET
    tracking_destination_country: str | Unset = UNSET
    special_number_destination: str | Unset = UNSET
    lang: str | Unset = UNSET
    auto_correct: CreateTrackingRequestAutoCorrect | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tracking_number = self.tracking_number

        carrier_code = self.carrier_code

        destination_code = self.destination_code

        title = self.title

        logistics_channel = self.logistics_channel

        customer_name = self.customer_name

        customer_email: list[str] | None | str | Unset
        if isinstance(self.customer_email, Unset):
            customer_email = UNSET
        elif isinstance(self.customer_email, list):
            customer_email = self.customer_email

        else:
            customer_email = self.customer_email

        customer_phone = self.customer_phone

        order_id = self.order_id

        order_create_time = self.order_create_time

        tracking_ship_date = self.tracking_ship_date

        tracking_postal_code = self.tracking_postal_code

        tracking_account_number = self.tracking_account_number

        tracking_destination_country = self.tracking_destination_country

        special_number_destination = self.special_number_destination

        lang = self.lang

        auto_correct: int | Unset = UNSET
        if not isinstance(self.auto_correct, Unset):
            auto_correct = self.auto_correct.value

        comment = self.comment

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
        if title is not UNSET:
            field_dict["title"] = title
        if logistics_channel is not UNSET:
            field_dict["logistics_channel"] = logistics_channel
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if customer_phone is not UNSET:
            field_dict["customer_phone"] = customer_phone
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order_create_time is not UNSET:
            field_dict["order_create_time"] = order_create_time
        if tracking_ship_date is not UNSET:
            field_dict["tracking_ship_date"] = tracking_ship_date
        if tracking_postal_code is not UNSET:
            field_dict["tracking_postal_code"] = tracking_postal_code
        if tracking_account_number is not UNSET:
            field_dict["tracking_account_number"] = tracking_account_number
        if tracking_destination_country is not UNSET:
            field_dict["tracking_destination_country"] = tracking_destination_country
        if special_number_destination is not UNSET:
            field_dict["specialNumberDestination"] = special_number_destination
        if lang is not UNSET:
            field_dict["lang"] = lang
        if auto_correct is not UNSET:
            field_dict["auto_correct"] = auto_correct
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tracking_number = d.pop("tracking_number")

        carrier_code = d.pop("carrier_code")

        destination_code = d.pop("destination_code", UNSET)

        title = d.pop("title", UNSET)

        logistics_channel = d.pop("logistics_channel", UNSET)

        customer_name = d.pop("customer_name", UNSET)

        def _parse_customer_email(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_customer_email_type_1_type_0 = cast(list[str], data)

                return componentsschemas_customer_email_type_1_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        customer_email = _parse_customer_email(d.pop("customer_email", UNSET))

        customer_phone = d.pop("customer_phone", UNSET)

        order_id = d.pop("order_id", UNSET)

        order_create_time = d.pop("order_create_time", UNSET)

        tracking_ship_date = d.pop("tracking_ship_date", UNSET)

        tracking_postal_code = d.pop("tracking_postal_code", UNSET)

        tracking_account_number = d.pop("tracking_account_number", UNSET)

        tracking_destination_country = d.pop("tracking_destination_country", UNSET)

        special_number_destination = d.pop("specialNumberDestination", UNSET)

        lang = d.pop("lang", UNSET)

        _auto_correct = d.pop("auto_correct", UNSET)
        auto_correct: CreateTrackingRequestAutoCorrect | Unset
        if isinstance(_auto_correct, Unset):
            auto_correct = UNSET
        else:
            auto_correct = CreateTrackingRequestAutoCorrect(_auto_correct)

        comment = d.pop("comment", UNSET)

        create_tracking_request = cls(
            tracking_number=tracking_number,
            carrier_code=carrier_code,
            destination_code=destination_code,
            title=title,
            logistics_channel=logistics_channel,
            customer_name=customer_name,
            customer_email=customer_email,
            customer_phone=customer_phone,
            order_id=order_id,
            order_create_time=order_create_time,
            tracking_ship_date=tracking_ship_date,
            tracking_postal_code=tracking_postal_code,
            tracking_account_number=tracking_account_number,
            tracking_destination_country=tracking_destination_country,
            special_number_destination=special_number_destination,
            lang=lang,
            auto_correct=auto_correct,
            comment=comment,
        )

        create_tracking_request.additional_properties = d
        return create_tracking_request

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
