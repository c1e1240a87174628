from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_tracking_request_auto_correct import CreateTrackingRequestAutoCorrect
from ..runtime.coercion import (
    FieldError,
    missing,
    not_an_object,
    read_enum,
    read_str,
    without_gc,
)
from ..types import UNSET, Unset, repr_set_fields

T = TypeVar("T", bound="CreateTrackingRequest")

_KEYS: frozenset[str] = frozenset(
    (
        "tracking_number",
        "carrier_code",
        "destination_code",
        "title",
        "logistics_channel",
        "customer_name",
        "customer_email",
        "customer_phone",
        "order_id",
        "order_create_time",
        "tracking_ship_date",
        "tracking_postal_code",
        "tracking_account_number",
        "tracking_destination_country",
        "specialNumberDestination",
        "lang",
        "auto_correct",
        "comment",
    )
)


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["tracking_number"] = self.tracking_number
        field_dict["carrier_code"] = self.carrier_code
        if self.destination_code is not UNSET:
            field_dict["destination_code"] = self.destination_code
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.logistics_channel is not UNSET:
            field_dict["logistics_channel"] = self.logistics_channel
        if self.customer_name is not UNSET:
            field_dict["customer_name"] = self.customer_name
        if self.customer_email is not UNSET:
            field_dict["customer_email"] = self.customer_email
        if self.customer_phone is not UNSET:
            field_dict["customer_phone"] = self.customer_phone
        if self.order_id is not UNSET:
            field_dict["order_id"] = self.order_id
        if self.order_create_time is not UNSET:
            field_dict["order_create_time"] = self.order_create_time
        if self.tracking_ship_date is not UNSET:
            field_dict["tracking_ship_date"] = self.tracking_ship_date
        if self.tracking_postal_code is not UNSET:
            field_dict["tracking_postal_code"] = self.tracking_postal_code
        if self.tracking_account_number is not UNSET:
            field_dict["tracking_account_number"] = self.tracking_account_number
        if self.tracking_destination_country is not UNSET:
            field_dict["tracking_destination_country"] = self.tracking_destination_country
        if self.special_number_destination is not UNSET:
            field_dict["specialNumberDestination"] = self.special_number_destination
        if self.lang is not UNSET:
            field_dict["lang"] = self.lang
        auto_correct = self.auto_correct
        if not isinstance(auto_correct, Unset):
            field_dict["auto_correct"] = auto_correct.value
        if self.comment is not UNSET:
            field_dict["comment"] = self.comment
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
        value = get("title", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "title", False)

        obj.title = value
        value = get("logistics_channel", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "logistics_channel", False)

        obj.logistics_channel = value
        value = get("customer_name", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "customer_name", False)

        obj.customer_name = value
        value = get("customer_email", UNSET)
        if isinstance(value, list):
            out_7: list[Any] = []
            try:
                for item_7 in value:
                    if not isinstance(item_7, str):
                        item_7 = read_str(item_7, None, False)

                    out_7.append(item_7)
            except FieldError as error:
                raise error.within("customer_email", len(out_7)) from None
            value = out_7

        elif isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "customer_email", True)

        obj.customer_email = value
        value = get("customer_phone", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "customer_phone", False)

        obj.customer_phone = value
        value = get("order_id", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "order_id", False)

        obj.order_id = value
        value = get("order_create_time", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "order_create_time", False)

        obj.order_create_time = value
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
        value = get("tracking_destination_country", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "tracking_destination_country", False)

        obj.tracking_destination_country = value
        value = get("specialNumberDestination", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "specialNumberDestination", False)

        obj.special_number_destination = value
        value = get("lang", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "lang", False)

        obj.lang = value
        value = get("auto_correct", UNSET)
        if value is not UNSET:
            value = read_enum(value, CreateTrackingRequestAutoCorrect, "auto_correct", False)

        obj.auto_correct = value
        value = get("comment", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "comment", False)

        obj.comment = value
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
                "title",
                "logistics_channel",
                "customer_name",
                "customer_email",
                "customer_phone",
                "order_id",
                "order_create_time",
                "tracking_ship_date",
                "tracking_postal_code",
                "tracking_account_number",
                "tracking_destination_country",
                "special_number_destination",
                "lang",
                "auto_correct",
                "comment",
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
