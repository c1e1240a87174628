from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.carrier_info import CarrierInfo


T = TypeVar("T", bound="Tracking")


@_attrs_define
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

        id = self.id

        tracking_number = self.tracking_number

        carrier_code = self.carrier_code

        status = self.status

        substatus: None | str | Unset
        if isinstance(self.substatus, Unset):
            substatus = UNSET
        else:
            substatus = self.substatus

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        order_create_time: None | str | Unset
        if isinstance(self.order_create_time, Unset):
            order_create_time = UNSET
        else:
            order_create_time = self.order_create_time

        customer_email: list[str] | None | str | Unset
        if isinstance(self.customer_email, Unset):
            customer_email = UNSET
        elif isinstance(self.customer_email, list):
            customer_email = self.customer_email

        else:
            customer_email = self.customer_email

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        customer_phone: None | str | Unset
        if isinstance(self.customer_phone, Unset):
            customer_phone = UNSET
        else:
            customer_phone = self.customer_phone

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        logistics_channel: None | str | Unset
        if isinstance(self.logistics_channel, Unset):
            logistics_channel = UNSET
        else:
            logistics_channel = self.logistics_channel

        destination: None | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination

        destination_code: None | str | Unset
        if isinstance(self.destination_code, Unset):
            destination_code = UNSET
        else:
            destination_code = self.destination_code

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        original_country: None | str | Unset
        if isinstance(self.original_country, Unset):
            original_country = UNSET
        else:
            original_country = self.original_country

        destination_country: None | str | Unset
        if isinstance(self.destination_country, Unset):
            destination_country = UNSET
        else:
            destination_country = self.destination_country

        singed_by: None | str | Unset
        if isinstance(self.singed_by, Unset):
            singed_by = UNSET
        else:
            singed_by = self.singed_by

        item_time_length: int | None | Unset
        if isinstance(self.item_time_length, Unset):
            item_time_length = UNSET
        else:
            item_time_length = self.item_time_length

        stay_time_length: int | None | Unset
        if isinstance(self.stay_time_length, Unset):
            stay_time_length = UNSET
        else:
            stay_time_length = self.stay_time_length

        service_code: None | str | Unset
        if isinstance(self.service_code, Unset):
            service_code = UNSET
        else:
            service_code = self.service_code

        status_info: None | str | Unset
        if isinstance(self.status_info, Unset):
            status_info = UNSET
        else:
            status_info = self.status_info

        weight: None | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        package_status: None | str | Unset
        if isinstance(self.package_status, Unset):
            package_status = UNSET
        else:
            package_status = self.package_status

        track_update: bool | None | Unset
        if isinstance(self.track_update, Unset):
            track_update = UNSET
        else:
            track_update = self.track_update

        last_mile_tracking_supported: bool | None | Unset
        if isinstance(self.last_mile_tracking_supported, Unset):
            last_mile_tracking_supported = UNSET
        else:
            last_mile_tracking_supported = self.last_mile_tracking_supported

        last_event: None | str | Unset
        if isinstance(self.last_event, Unset):
            last_event = UNSET
        else:
            last_event = self.last_event

        last_update_time: None | str | Unset
        if isinstance(self.last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = self.last_update_time

        origin_info: dict[str, Any] | None | Unset
        if isinstance(self.origin_info, Unset):
            origin_info = UNSET
        elif isinstance(self.origin_info, CarrierInfo):
            origin_info = self.origin_info.to_dict()
        else:
            origin_info = self.origin_info

        destination_info: dict[str, Any] | None | Unset
        if isinstance(self.destination_info, Unset):
            destination_info = UNSET
        elif isinstance(self.destination_info, CarrierInfo):
            destination_info = self.destination_info.to_dict()
        else:
            destination_info = self.destination_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tracking_number": tracking_number,
                "carrier_code": carrier_code,
                "status": status,
            }
        )
        if substatus is not UNSET:
            field_dict["substatus"] = substatus
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if order_create_time is not UNSET:
            field_dict["order_create_time"] = order_create_time
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if customer_phone is not UNSET:
            field_dict["customer_phone"] = customer_phone
        if title is not UNSET:
            field_dict["title"] = title
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if logistics_channel is not UNSET:
            field_dict["logistics_channel"] = logistics_channel
        if destination is not UNSET:
            field_dict["destination"] = destination
        if destination_code is not UNSET:
            field_dict["destination_code"] = destination_code
        if archived is not UNSET:
            field_dict["archived"] = archived
        if original_country is not UNSET:
            field_dict["original_country"] = original_country
        if destination_country is not UNSET:
            field_dict["destination_country"] = destination_country
        if singed_by is not UNSET:
            field_dict["singed_by"] = singed_by
        if item_time_length is not UNSET:
            field_dict["itemTimeLength"] = item_time_length
        if stay_time_length is not UNSET:
            field_dict["stayTimeLength"] = stay_time_length
        if service_code is not UNSET:
            field_dict["service_code"] = service_code
        if status_info is not UNSET:
            field_dict["status_info"] = status_info
        if weight is not UNSET:
            field_dict["weight"] = weight
        if package_status is not UNSET:
            field_dict["packageStatus"] = package_status
        if track_update is not UNSET:
            field_dict["track_update"] = track_update
        if last_mile_tracking_supported is not UNSET:
            field_dict["last_mile_tracking_supported"] = last_mile_tracking_supported
        if last_event is not UNSET:
            field_dict["lastEvent"] = last_event
        if last_update_time is not UNSET:
            field_dict["lastUpdateTime"] = last_update_time
        if origin_info is not UNSET:
            field_dict["origin_info"] = origin_info
        if destination_info is not UNSET:
            field_dict["destination_info"] = destination_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.carrier_info import CarrierInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        tracking_number = d.pop("tracking_number")

        carrier_code = d.pop("carrier_code")

        status = d.pop("status")

        substatus = cast("None | str | Unset", d.pop("substatus", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        order_create_time = cast("None | str | Unset", d.pop("order_create_time", UNSET))

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

        customer_name = cast("None | str | Unset", d.pop("customer_name", UNSET))

        customer_phone = cast("None | str | Unset", d.pop("customer_phone", UNSET))

        title = cast("None | str | Unset", d.pop("title", UNSET))

        order_id = cast("None | str | Unset", d.pop("order_id", UNSET))

        comment = cast("None | str | Unset", d.pop("comment", UNSET))

        logistics_channel = cast("None | str | Unset", d.pop("logistics_channel", UNSET))

        destination = cast("None | str | Unset", d.pop("destination", UNSET))

        destination_code = cast("None | str | Unset", d.pop("destination_code", UNSET))

        archived = cast("bool | None | Unset", d.pop("archived", UNSET))

        original_country = cast("None | str | Unset", d.pop("original_country", UNSET))

        destination_country = cast("None | str | Unset", d.pop("destination_country", UNSET))

        singed_by = cast("None | str | Unset", d.pop("singed_by", UNSET))

        item_time_length = cast("int | None | Unset", d.pop("itemTimeLength", UNSET))

        stay_time_length = cast("int | None | Unset", d.pop("stayTimeLength", UNSET))

        service_code = cast("None | str | Unset", d.pop("service_code", UNSET))

        status_info = cast("None | str | Unset", d.pop("status_info", UNSET))

        weight = cast("None | str | Unset", d.pop("weight", UNSET))

        package_status = cast("None | str | Unset", d.pop("packageStatus", UNSET))

        track_update = cast("bool | None | Unset", d.pop("track_update", UNSET))

        last_mile_tracking_supported = cast("bool | None | Unset", d.pop("last_mile_tracking_supported", UNSET))

        last_event = cast("None | str | Unset", d.pop("lastEvent", UNSET))

        last_update_time = cast("None | str | Unset", d.pop("lastUpdateTime", UNSET))

        def _parse_origin_info(data: object) -> CarrierInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_carrier_info_type_0 = CarrierInfo.from_dict(data)

                return componentsschemas_carrier_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CarrierInfo | None | Unset, data)

        origin_info = _parse_origin_info(d.pop("origin_info", UNSET))

        def _parse_destination_info(data: object) -> CarrierInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_carrier_info_type_0 = CarrierInfo.from_dict(data)

                return componentsschemas_carrier_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CarrierInfo | None | Unset, data)

        destination_info = _parse_destination_info(d.pop("destination_info", UNSET))

        tracking = cls(
            id=id,
            tracking_number=tracking_number,
            carrier_code=carrier_code,
            status=status,
            substatus=substatus,
            created_at=created_at,
            updated_at=updated_at,
            order_create_time=order_create_time,
            customer_email=customer_email,
            customer_name=customer_name,
            customer_phone=customer_phone,
            title=title,
            order_id=order_id,
            comment=comment,
            logistics_channel=logistics_channel,
            destination=destination,
            destination_code=destination_code,
            archived=archived,
            original_country=original_country,
            destination_country=destination_country,
            singed_by=singed_by,
            item_time_length=item_time_length,
            stay_time_length=stay_time_length,
            service_code=service_code,
            status_info=status_info,
            weight=weight,
            package_status=package_status,
            track_update=track_update,
            last_mile_tracking_supported=last_mile_tracking_supported,
            last_event=last_event,
            last_update_time=last_update_time,
            origin_info=origin_info,
            destination_info=destination_info,
        )

        tracking.additional_properties = d
        return tracking

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
