from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_tracking_request_archived import UpdateTrackingRequestArchived
from ..models.update_tracking_request_status import UpdateTrackingRequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchUpdateItem")


@_attrs_define
class BatchUpdateItem:
    """One tracking of a batch update and the fields to change.

    Attributes:
        tracking_number (str): A tracking number, 4 to 50 letters, digits or hyphens. Example: RM121546236CN.
        carrier_code (str): A carrier code from `listCarriers` (lowercase slug), e.g. `china-post`, `4px`. Example:
            china-post.
        title (str | Unset):
        logistics_channel (str | Unset):
        customer_name (str | Unset):
        customer_email (list[str] | None | str | Unset): One e-mail address or a list of them (the API returns either
            form), or null. Example: jane@example.com.
        customer_phone (str | Unset):
        order_id (str | Unset):
        destination_code (str | Unset): ISO 3166-1 alpha-2 country code. Example: US.
        archived (UpdateTrackingRequestArchived | Unset): Archive ("true") or unarchive ("false") the tracking.
        status (UpdateTrackingRequestStatus | Unset): 4 marks the tracking delivered, 7 exception, 8 restores its own
            status.
    """

    tracking_number: str
    carrier_code: str
    title: str | Unset = UNSET
    logistics_channel: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    customer_email: list[str] | None | str | Unset = UNSET
    customer_phone: str | Unset = UNSET
    order_id: str | Unset = UNSET
    destination_code: str | Unset = UNSET
    archived: UpdateTrackingRequestArchived | Unset = UNSET
    status: UpdateTrackingRequestStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tracking_number = self.tracking_number

        carrier_code = self.carrier_code

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

        destination_code = self.destination_code

        archived: str | Unset = UNSET
        if not isinstance(self.archived, Unset):
            archived = self.archived.value

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tracking_number": tracking_number,
                "carrier_code": carrier_code,
            }
        )
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
        if destination_code is not UNSET:
            field_dict["destination_code"] = destination_code
        if archived is not UNSET:
            field_dict["archived"] = archived
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tracking_number = d.pop("tracking_number")

        carrier_code = d.pop("carrier_code")

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

        destination_code = d.pop("destination_code", UNSET)

        _archived = d.pop("archived", UNSET)
        archived: UpdateTrackingRequestArchived | Unset
        if isinstance(_archived, Unset):
            archived = UNSET
        else:
            archived = UpdateTrackingRequestArchived(_archived)

        _status = d.pop("status", UNSET)
        status: UpdateTrackingRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UpdateTrackingRequestStatus(_status)

        batch_update_item = cls(
            tracking_number=tracking_number,
            carrier_code=carrier_code,
            title=title,
            logistics_channel=logistics_channel,
            customer_name=customer_name,
            customer_email=customer_email,
            customer_phone=customer_phone,
            order_id=order_id,
            destination_code=destination_code,
            archived=archived,
            status=status,
        )

        batch_update_item.additional_properties = d
        return batch_update_item

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
