from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlightInfo")


@_attrs_define
class FlightInfo:
    """
    Attributes:
        depart_station (None | str | Unset):
        depart_time (None | str | Unset): A carrier-local time without time zone: `YYYY-MM-DD HH:MM[:SS]` (some carriers
            use `/` and
            one-digit months or days). Not ISO 8601: the SDK's date helpers parse it.
             Example: 2018-04-16 06:30.
        arrival_station (None | str | Unset):
        arrival_time (None | str | Unset): A carrier-local time without time zone: `YYYY-MM-DD HH:MM[:SS]` (some
            carriers use `/` and
            one-digit months or days). Not ISO 8601: the SDK's date helpers parse it.
             Example: 2018-04-16 06:30.
    """

    depart_station: None | str | Unset = UNSET
    depart_time: None | str | Unset = UNSET
    arrival_station: None | str | Unset = UNSET
    arrival_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        depart_station: None | str | Unset
        if isinstance(self.depart_station, Unset):
            depart_station = UNSET
        else:
            depart_station = self.depart_station

        depart_time: None | str | Unset
        if isinstance(self.depart_time, Unset):
            depart_time = UNSET
        else:
            depart_time = self.depart_time

        arrival_station: None | str | Unset
        if isinstance(self.arrival_station, Unset):
            arrival_station = UNSET
        else:
            arrival_station = self.arrival_station

        arrival_time: None | str | Unset
        if isinstance(self.arrival_time, Unset):
            arrival_time = UNSET
        else:
            arrival_time = self.arrival_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if depart_station is not UNSET:
            field_dict["depart_station"] = depart_station
        if depart_time is not UNSET:
            field_dict["depart_time"] = depart_time
        if arrival_station is not UNSET:
            field_dict["arrival_station"] = arrival_station
        if arrival_time is not UNSET:
            field_dict["arrival_time"] = arrival_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        depart_station = cast("None | str | Unset", d.pop("depart_station", UNSET))

        depart_time = cast("None | str | Unset", d.pop("depart_time", UNSET))

        arrival_station = cast("None | str | Unset", d.pop("arrival_station", UNSET))

        arrival_time = cast("None | str | Unset", d.pop("arrival_time", UNSET))

        flight_info = cls(
            depart_station=depart_station,
            depart_time=depart_time,
            arrival_station=arrival_station,
            arrival_time=arrival_time,
        )

        flight_info.additional_properties = d
        return flight_info

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
