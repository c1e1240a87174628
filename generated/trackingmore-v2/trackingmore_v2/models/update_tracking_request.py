from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_tracking_request_archived import UpdateTrackingRequestArchived
from ..models.update_tracking_request_status import UpdateTrackingRequestStatus
from ..runtime.coercion import (
    FieldError,
    not_an_object,
    read_enum,
    read_str,
    without_gc,
)
from ..types import UNSET, Unset, repr_set_fields

T = TypeVar("T", bound="UpdateTrackingRequest")

_KEYS: frozenset[str] = frozenset(
    (
        "title",
        "logistics_channel",
        "customer_name",
        "customer_email",
        "customer_phone",
        "order_id",
        "destination_code",
        "archived",
        "status",
    )
)


@_attrs_define(repr=False)
class UpdateTrackingRequest:
    """The fields to change; absent fields are left as they are.

    Attributes:
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
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
        if self.destination_code is not UNSET:
            field_dict["destination_code"] = self.destination_code
        archived = self.archived
        if not isinstance(archived, Unset):
            field_dict["archived"] = archived.value
        status = self.status
        if not isinstance(status, Unset):
            field_dict["status"] = status.value
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
            out_4: list[Any] = []
            try:
                for item_4 in value:
                    if not isinstance(item_4, str):
                        item_4 = read_str(item_4, None, False)

                    out_4.append(item_4)
            except FieldError as error:
                raise error.within("customer_email", len(out_4)) from None
            value = out_4

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
        value = get("destination_code", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "destination_code", False)

        obj.destination_code = value
        value = get("archived", UNSET)
        if value is not UNSET:
            value = read_enum(value, UpdateTrackingRequestArchived, "archived", False)

        obj.archived = value
        value = get("status", UNSET)
        if value is not UNSET:
            value = read_enum(value, UpdateTrackingRequestStatus, "status", False)

        obj.status = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(
            self,
            (
                "title",
                "logistics_channel",
                "customer_name",
                "customer_email",
                "customer_phone",
                "order_id",
                "destination_code",
                "archived",
                "status",
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
