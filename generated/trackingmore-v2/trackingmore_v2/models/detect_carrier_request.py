from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DetectCarrierRequest")


@_attrs_define
class DetectCarrierRequest:
    """
    Attributes:
        tracking_number (str): A tracking number, 4 to 50 letters, digits or hyphens. Example: RM121546236CN.
        lang (str | Unset): Two-letter language code, e.g. `en`, `cn`. Example: en.
    """

    tracking_number: str
    lang: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tracking_number = self.tracking_number

        lang = self.lang

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tracking_number": tracking_number,
            }
        )
        if lang is not UNSET:
            field_dict["lang"] = lang

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tracking_number = d.pop("tracking_number")

        lang = d.pop("lang", UNSET)

        detect_carrier_request = cls(
            tracking_number=tracking_number,
            lang=lang,
        )

        detect_carrier_request.additional_properties = d
        return detect_carrier_request

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
