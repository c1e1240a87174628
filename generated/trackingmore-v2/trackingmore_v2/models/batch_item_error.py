from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchItemError")


@_attrs_define
class BatchItemError:
    """Why one item of a batch failed.

    Attributes:
        tracking_number (str):
        carrier_code (str):
        code (int): A `meta.code`, e.g. 4016.
        message (str | Unset):
    """

    tracking_number: str
    carrier_code: str
    code: int
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tracking_number = self.tracking_number

        carrier_code = self.carrier_code

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tracking_number": tracking_number,
                "carrier_code": carrier_code,
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tracking_number = d.pop("tracking_number")

        carrier_code = d.pop("carrier_code")

        code = d.pop("code")

        message = d.pop("message", UNSET)

        batch_item_error = cls(
            tracking_number=tracking_number,
            carrier_code=carrier_code,
            code=code,
            message=message,
        )

        batch_item_error.additional_properties = d
        return batch_item_error

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
