from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    FieldError,
    missing,
    not_an_object,
    read_bool,
    read_datetime,
    read_int,
    read_model,
    read_str,
    without_gc,
)
from ..types import UNSET, Unset, repr_set_fields

if TYPE_CHECKING:
    from ..models.carrier_info import CarrierInfo


T = TypeVar("T", bound="Tracking")

_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "tracking_number",
        "carrier_code",
        "status",
        "substatus",
        "created_at",
        "updated_at",
        "order_create_time",
        "customer_email",
        "customer_name",
        "customer_phone",
        "title",
        "order_id",
        "comment",
        "logistics_channel",
        "destination",
        "destination_code",
        "archived",
        "original_country",
        "destination_country",
        "singed_by",
        "itemTimeLength",
        "stayTimeLength",
        "service_code",
        "status_info",
        "weight",
        "packageStatus",
        "track_update",
        "last_mile_tracking_supported",
        "lastEvent",
        "lastUpdateTime",
        "origin_info",
        "destination_info",
    )
)


@_attrs_define(repr=False)
class Tracking:
    """A tracking. Create, update and batch answers carry a summary (the first fields); get,
    list and realtime answers carry everything. Unknown fields are kept.

        Attributes:
            id (str): TrackingMore's id of the tracking (32 hex digits).
            tracking_number (str):
            carrier_code (str):
            status (str): Package status. Known values: `pending` (new, not yet tracked), `notfound` (no
                information yet), `transit`, `pickup` (out for delivery or ready for pick-up),
                `delivered`, `undelivered` (failed attempt), `exception`, `expired` (no delivery after 30
                days for express, 60 for postal). A plain string so that a new value still parses.
                 Example: transit.
            substatus (None | str | Unset): Sub-status code, e.g. `notfound001`/`notfound002`, `transit001`–`transit005`,
                `delivered001`–`delivered004`, `exception004`–`exception011` (older: `exception001`–
                `exception003`). A plain string so that a new code still parses.
                 Example: transit001.
            created_at (datetime.datetime | Unset): ISO 8601 with offset.
            updated_at (datetime.datetime | None | Unset): Last refresh, ISO 8601 with offset.
            order_create_time (None | str | Unset): A carrier-local time without time zone: `YYYY-MM-DD HH:MM[:SS]` (some
                carriers use `/` and
                one-digit months or days). Not ISO 8601: the SDK's date helpers parse it.
                 Example: 2018-04-16 06:30.
            customer_email (list[str] | None | str | Unset): One e-mail address or a list of them (the API returns either
                form), or null. Example: jane@example.com.
            customer_name (None | str | Unset):
            customer_phone (None | str | Unset):
            title (None | str | Unset):
            order_id (None | str | Unset):
            comment (None | str | Unset):
            logistics_channel (None | str | Unset):
            destination (None | str | Unset): Destination country code (create answers).
            destination_code (None | str | Unset): Destination country code (update answers).
            archived (bool | None | Unset):
            original_country (None | str | Unset): Origin country name, e.g. "China".
            destination_country (None | str | Unset):
            singed_by (None | str | Unset): Who signed for the parcel (the API's spelling).
            item_time_length (int | None | Unset): Days in transit so far.
            stay_time_length (int | None | Unset): Days since the last event.
            service_code (None | str | Unset):
            status_info (None | str | Unset):
            weight (None | str | Unset):
            package_status (None | str | Unset):
            track_update (bool | None | Unset):
            last_mile_tracking_supported (bool | None | Unset):
            last_event (None | str | Unset): Newest checkpoint as "description,details,date".
            last_update_time (None | str | Unset): A carrier-local time without time zone: `YYYY-MM-DD HH:MM[:SS]` (some
                carriers use `/` and
                one-digit months or days). Not ISO 8601: the SDK's date helpers parse it.
                 Example: 2018-04-16 06:30.
            origin_info (CarrierInfo | None | Unset): What one carrier (origin or destination leg) reports; null when there
                is no such leg.
            destination_info (CarrierInfo | None | Unset): What one carrier (origin or destination leg) reports; null when
                there is no such leg.
    """

    id: str
    tracking_number: str
    carrier_code: str
    status: str
    substatus: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    order_create_time: None | str | Unset = UNSET
    customer_email: list[str] | None | str | Unset = UNSET
    customer_name: None | str | Unset = UNSET
    customer_phone: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    logistics_channel: None | str | Unset = UNSET
    destination: None | str | Unset = UNSET
    destination_code: None | str | Unset = UNSET
    archived: bool | None | Unset = UNSET
    original_country: None | str | Unset = UNSET
    destination_country: None | str | Unset = UNSET
    singed_by: None | str | Unset = UNSET
    item_time_length: int | None | Unset = UNSET
    stay_time_length: int | None | Unset = UNSET
    service_code: None | str | Unset = UNSET
    status_info: None | str | Unset = UNSET
    weight: None | str | Unset = UNSET
    package_status: None | str | Unset = UNSET
    track_update: bool | None | Unset = UNSET
    last_mile_tracking_supported: bool | None | Unset = UNSET
    last_event: None | str | Unset = UNSET
    last_update_time: None | str | Unset = UNSET
    origin_info: CarrierInfo | None | Unset = UNSET
    destination_info: CarrierInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.carrier_info import CarrierInfo  # noqa: PLC0415

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["tracking_number"] = self.tracking_number
        field_dict["carrier_code"] = self.carrier_code
        field_dict["status"] = self.status
        if self.substatus is not UNSET:
            field_dict["substatus"] = self.substatus
        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = created_at.isoformat()
        updated_at = self.updated_at
        if not isinstance(updated_at, Unset):
            field_dict["updated_at"] = (
                updated_at.isoformat() if isinstance(updated_at, datetime.datetime) else updated_at
            )
        if self.order_create_time is not UNSET:
            field_dict["order_create_time"] = self.order_create_time
        if self.customer_email is not UNSET:
            field_dict["customer_email"] = self.customer_email
        if self.customer_name is not UNSET:
            field_dict["customer_name"] = self.customer_name
        if self.customer_phone is not UNSET:
            field_dict["customer_phone"] = self.customer_phone
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.order_id is not UNSET:
            field_dict["order_id"] = self.order_id
        if self.comment is not UNSET:
            field_dict["comment"] = self.comment
        if self.logistics_channel is not UNSET:
            field_dict["logistics_channel"] = self.logistics_channel
        if self.destination is not UNSET:
            field_dict["destination"] = self.destination
        if self.destination_code is not UNSET:
            field_dict["destination_code"] = self.destination_code
        if self.archived is not UNSET:
            field_dict["archived"] = self.archived
        if self.original_country is not UNSET:
            field_dict["original_country"] = self.original_country
        if self.destination_country is not UNSET:
            field_dict["destination_country"] = self.destination_country
        if self.singed_by is not UNSET:
            field_dict["singed_by"] = self.singed_by
        if self.item_time_length is not UNSET:
            field_dict["itemTimeLength"] = self.item_time_length
        if self.stay_time_length is not UNSET:
            field_dict["stayTimeLength"] = self.stay_time_length
        if self.service_code is not UNSET:
            field_dict["service_code"] = self.service_code
        if self.status_info is not UNSET:
            field_dict["status_info"] = self.status_info
        if self.weight is not UNSET:
            field_dict["weight"] = self.weight
        if self.package_status is not UNSET:
            field_dict["packageStatus"] = self.package_status
        if self.track_update is not UNSET:
            field_dict["track_update"] = self.track_update
        if self.last_mile_tracking_supported is not UNSET:
            field_dict["last_mile_tracking_supported"] = self.last_mile_tracking_supported
        if self.last_event is not UNSET:
            field_dict["lastEvent"] = self.last_event
        if self.last_update_time is not UNSET:
            field_dict["lastUpdateTime"] = self.last_update_time
        origin_info = self.origin_info
        if not isinstance(origin_info, Unset):
            field_dict["origin_info"] = origin_info.to_dict() if isinstance(origin_info, CarrierInfo) else origin_info
        destination_info = self.destination_info
        if not isinstance(destination_info, Unset):
            field_dict["destination_info"] = (
                destination_info.to_dict() if isinstance(destination_info, CarrierInfo) else destination_info
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object into the declared types (tolerant, never wrong: see
        runtime/coercion.py); raises ``FieldError`` (a ValueError) naming the field otherwise."""
        return without_gc(cls._from_dict, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.carrier_info import CarrierInfo  # noqa: PLC0415

        try:
            get = src_dict.get
        except AttributeError:
            not_an_object(src_dict)
        obj = cls.__new__(cls)
        value = get("id", UNSET)
        if not isinstance(value, str):
            if value is UNSET:
                missing("id", "string")

            value = read_str(value, "id", False)

        obj.id = value
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
        value = get("status", UNSET)
        if not isinstance(value, str):
            if value is UNSET:
                missing("status", "string")

            value = read_str(value, "status", False)

        obj.status = value
        value = get("substatus", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "substatus", True)

        obj.substatus = value
        value = get("created_at", UNSET)
        if value is not UNSET:
            value = read_datetime(value, "created_at", False)

        obj.created_at = value
        value = get("updated_at", UNSET)
        if value is not UNSET and value is not None:
            value = read_datetime(value, "updated_at", True)

        obj.updated_at = value
        value = get("order_create_time", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "order_create_time", True)

        obj.order_create_time = value
        value = get("customer_email", UNSET)
        if isinstance(value, list):
            out_9: list[Any] = []
            try:
                for item_9 in value:
                    if not isinstance(item_9, str):
                        item_9 = read_str(item_9, None, False)

                    out_9.append(item_9)
            except FieldError as error:
                raise error.within("customer_email", len(out_9)) from None
            value = out_9

        elif isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "customer_email", True)

        obj.customer_email = value
        value = get("customer_name", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "customer_name", True)

        obj.customer_name = value
        value = get("customer_phone", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "customer_phone", True)

        obj.customer_phone = value
        value = get("title", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "title", True)

        obj.title = value
        value = get("order_id", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "order_id", True)

        obj.order_id = value
        value = get("comment", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "comment", True)

        obj.comment = value
        value = get("logistics_channel", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "logistics_channel", True)

        obj.logistics_channel = value
        value = get("destination", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "destination", True)

        obj.destination = value
        value = get("destination_code", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "destination_code", True)

        obj.destination_code = value
        value = get("archived", UNSET)
        if value is not None and not isinstance(value, bool) and value is not UNSET:
            value = read_bool(value, "archived", True)

        obj.archived = value
        value = get("original_country", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "original_country", True)

        obj.original_country = value
        value = get("destination_country", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "destination_country", True)

        obj.destination_country = value
        value = get("singed_by", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "singed_by", True)

        obj.singed_by = value
        value = get("itemTimeLength", UNSET)
        if value is not None and value.__class__ is not int and value is not UNSET:
            value = read_int(value, "itemTimeLength", True)

        obj.item_time_length = value
        value = get("stayTimeLength", UNSET)
        if value is not None and value.__class__ is not int and value is not UNSET:
            value = read_int(value, "stayTimeLength", True)

        obj.stay_time_length = value
        value = get("service_code", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "service_code", True)

        obj.service_code = value
        value = get("status_info", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "status_info", True)

        obj.status_info = value
        value = get("weight", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "weight", True)

        obj.weight = value
        value = get("packageStatus", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "packageStatus", True)

        obj.package_status = value
        value = get("track_update", UNSET)
        if value is not None and not isinstance(value, bool) and value is not UNSET:
            value = read_bool(value, "track_update", True)

        obj.track_update = value
        value = get("last_mile_tracking_supported", UNSET)
        if value is not None and not isinstance(value, bool) and value is not UNSET:
            value = read_bool(value, "last_mile_tracking_supported", True)

        obj.last_mile_tracking_supported = value
        value = get("lastEvent", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "lastEvent", True)

        obj.last_event = value
        value = get("lastUpdateTime", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "lastUpdateTime", True)

        obj.last_update_time = value
        value = get("origin_info", UNSET)
        if isinstance(value, dict):
            try:
                value = CarrierInfo._from_dict(value)
            except FieldError as error:
                raise error.within("origin_info") from None

        elif value is not UNSET and value is not None:
            value = read_model(value, CarrierInfo, "origin_info", True)

        obj.origin_info = value
        value = get("destination_info", UNSET)
        if isinstance(value, dict):
            try:
                value = CarrierInfo._from_dict(value)
            except FieldError as error:
                raise error.within("destination_info") from None

        elif value is not UNSET and value is not None:
            value = read_model(value, CarrierInfo, "destination_info", True)

        obj.destination_info = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(
            self,
            (
                "id",
                "tracking_number",
                "carrier_code",
                "status",
                "substatus",
                "created_at",
                "updated_at",
                "order_create_time",
                "customer_email",
                "customer_name",
                "customer_phone",
                "title",
                "order_id",
                "comment",
                "logistics_channel",
                "destination",
                "destination_code",
                "archived",
                "original_country",
                "destination_country",
                "singed_by",
                "item_time_length",
                "stay_time_length",
                "service_code",
                "status_info",
                "weight",
                "package_status",
                "track_update",
                "last_mile_tracking_supported",
                "last_event",
                "last_update_time",
                "origin_info",
                "destination_info",
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
