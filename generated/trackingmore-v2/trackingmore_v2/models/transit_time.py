from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransitTime")


@_attrs_define
class TransitTime:
    """
    Attributes:
        carrier_code (str):
        original (str):
        destination (str):
        total (int | Unset): Shipments sampled.
        delivered (int | Unset): Of which delivered.
        range1 (float | Unset): Percent delivered within 0–7 days.
        range3 (float | Unset): Percent delivered within 7–15 days.
        range4 (float | Unset): Percent delivered within 16–30 days.
        range5 (float | Unset): Percent delivered within 31–60 days.
        range6 (float | Unset): Percent delivered after 60 days (*inferred*).
    """

    carrier_code: str
    original: str
    destination: str
    total: int | Unset = UNSET
    delivered: int | Unset = UNSET
    range1: float | Unset = UNSET
    range3: float | Unset = UNSET
    range4: float | Unset = UNSET
    range5: float | Unset = UNSET
    range6: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_code = self.carrier_code

        original = self.original

        destination = self.destination

        total = self.total

        delivered = self.delivered

        range1 = self.range1

        range3 = self.range3

        range4 = self.range4

        range5 = self.range5

        range6 = self.range6

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrier_code": carrier_code,
                "original": original,
                "destination": destination,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if range1 is not UNSET:
            field_dict["range1"] = range1
        if range3 is not UNSET:
            field_dict["range3"] = range3
        if range4 is not UNSET:
            field_dict["range4"] = range4
        if range5 is not UNSET:
            field_dict["range5"] = range5
        if range6 is not UNSET:
            field_dict["range6"] = range6

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        carrier_code = d.pop("carrier_code")

        original = d.pop("original")

        destination = d.pop("destination")

        total = d.pop("total", UNSET)

        delivered = d.pop("delivered", UNSET)

        range1 = d.pop("range1", UNSET)

        range3 = d.pop("range3", UNSET)

        range4 = d.pop("range4", UNSET)

        range5 = d.pop("range5", UNSET)

        range6 = d.pop("range6", UNSET)

        transit_time = cls(
            carrier_code=carrier_code,
            original=original,
            destination=destination,
            total=total,
            delivered=delivered,
            range1=range1,
            range3=range3,
            range4=range4,
            range5=range5,
            range6=range6,
        )

        transit_time.additional_properties = d
        return transit_time

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
