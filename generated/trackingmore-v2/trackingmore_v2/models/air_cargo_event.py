from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AirCargoEvent")


@_attrs_define
class AirCargoEvent:
    """
    Attributes:
        plan_date (None | str | Unset): A carrier-local time without time zone: `YYYY-MM-DD HH:MM[:SS]` (some carriers
            use `/` and
            one-digit months or days). Not ISO 8601: the SDK's date helpers parse it.
             Example: 2018-04-16 06:30.
        actual_date (None | str | Unset): A carrier-local time without time zone: `YYYY-MM-DD HH:MM[:SS]` (some carriers
            use `/` and
            one-digit months or days). Not ISO 8601: the SDK's date helpers parse it.
             Example: 2018-04-16 06:30.
        event (None | str | Unset):
        station (None | str | Unset):
        flight_number (None | str | Unset):
        status (None | str | Unset):
        piece (int | None | Unset):
        weight (None | str | Unset):
    """

    plan_date: None | str | Unset = UNSET
    actual_date: None | str | Unset = UNSET
    event: None | str | Unset = UNSET
    station: None | str | Unset = UNSET
    flight_number: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    piece: int | None | Unset = UNSET
    weight: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_date: None | str | Unset
        if isinstance(self.plan_date, Unset):
            plan_date = UNSET
        else:
            plan_date = self.plan_date

        actual_date: None | str | Unset
        if isinstance(self.actual_date, Unset):
            actual_date = UNSET
        else:
            actual_date = self.actual_date

        event: None | str | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        else:
            event = self.event

        station: None | str | Unset
        if isinstance(self.station, Unset):
            station = UNSET
        else:
            station = self.station

        flight_number: None | str | Unset
        if isinstance(self.flight_number, Unset):
            flight_number = UNSET
        else:
            flight_number = self.flight_number

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        piece: int | None | Unset
        if isinstance(self.piece, Unset):
            piece = UNSET
        else:
            piece = self.piece

        weight: None | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan_date is not UNSET:
            field_dict["plan_date"] = plan_date
        if actual_date is not UNSET:
            field_dict["actual_date"] = actual_date
        if event is not UNSET:
            field_dict["event"] = event
        if station is not UNSET:
            field_dict["station"] = station
        if flight_number is not UNSET:
            field_dict["flight_number"] = flight_number
        if status is not UNSET:
            field_dict["status"] = status
        if piece is not UNSET:
            field_dict["piece"] = piece
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_date = cast("None | str | Unset", d.pop("plan_date", UNSET))

        actual_date = cast("None | str | Unset", d.pop("actual_date", UNSET))

        event = cast("None | str | Unset", d.pop("event", UNSET))

        station = cast("None | str | Unset", d.pop("station", UNSET))

        flight_number = cast("None | str | Unset", d.pop("flight_number", UNSET))

        status = cast("None | str | Unset", d.pop("status", UNSET))

        piece = cast("int | None | Unset", d.pop("piece", UNSET))

        weight = cast("None | str | Unset", d.pop("weight", UNSET))

        air_cargo_event = cls(
            plan_date=plan_date,
            actual_date=actual_date,
            event=event,
            station=station,
            flight_number=flight_number,
            status=status,
            piece=piece,
            weight=weight,
        )

        air_cargo_event.additional_properties = d
        return air_cargo_event

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
