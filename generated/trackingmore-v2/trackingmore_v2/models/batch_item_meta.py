from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchItemMeta")


@_attrs_define
class BatchItemMeta:
    """The outcome for one item of a batch delete.

    Attributes:
        tracking_number (str):
        code (int):
        carrier_code (str | Unset):
        type_ (str | Unset):
        message (str | Unset):
    """

    tracking_number: str
    code: int
    carrier_code: str | Unset = UNSET
    type_: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tracking_number = self.tracking_number

        code = self.code

        carrier_code = self.carrier_code

        type_ = self.type_

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tracking_number": tracking_number,
                "code": code,
            }
        )
        if carrier_code is not UNSET:
            field_dict["carrier_code"] = carrier_code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tracking_number = d.pop("tracking_number")

        code = d.pop("code")

        carrier_code = d.pop("carrier_code", UNSET)

        type_ = d.pop("type", UNSET)

        message = d.pop("message", UNSET)

        batch_item_meta = cls(
            tracking_number=tracking_number,
            code=code,
            carrier_code=carrier_code,
            type_=type_,
            message=message,
        )

        batch_item_meta.additional_properties = d
        return batch_item_meta

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
