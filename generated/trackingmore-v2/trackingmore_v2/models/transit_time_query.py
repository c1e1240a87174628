from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransitTimeQuery")


@_attrs_define
class TransitTimeQuery:
    """
    Attributes:
        carrier_code (str): A carrier code from `listCarriers` (lowercase slug), e.g. `china-post`, `4px`. Example:
            china-post.
        original (str): ISO 3166-1 alpha-2 country code. Example: US.
        destination (str): ISO 3166-1 alpha-2 country code. Example: US.
    """

    carrier_code: str
    original: str
    destination: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_code = self.carrier_code

        original = self.original

        destination = self.destination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrier_code": carrier_code,
                "original": original,
                "destination": destination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        carrier_code = d.pop("carrier_code")

        original = d.pop("original")

        destination = d.pop("destination")

        transit_time_query = cls(
            carrier_code=carrier_code,
            original=original,
            destination=destination,
        )

        transit_time_query.additional_properties = d
        return transit_time_query

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
