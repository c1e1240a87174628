from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.air_cargo_details_flight_info import AirCargoDetailsFlightInfo
    from ..models.air_cargo_event import AirCargoEvent


T = TypeVar("T", bound="AirCargoDetails")


@_attrs_define
class AirCargoDetails:
    """
    Attributes:
        weight (None | str | Unset):
        piece (int | None | Unset):
        origin (None | str | Unset): IATA airport code.
        destination (None | str | Unset): IATA airport code.
        last_event (None | str | Unset):
        track_info (list[AirCargoEvent] | Unset):
        flight_info (AirCargoDetailsFlightInfo | Unset): Flights keyed by flight number.
    """

    weight: None | str | Unset = UNSET
    piece: int | None | Unset = UNSET
    origin: None | str | Unset = UNSET
    destination: None | str | Unset = UNSET
    last_event: None | str | Unset = UNSET
    track_info: list[AirCargoEvent] | Unset = UNSET
    flight_info: AirCargoDetailsFlightInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        weight: None | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        piece: int | None | Unset
        if isinstance(self.piece, Unset):
            piece = UNSET
        else:
            piece = self.piece

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        destination: None | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination

        last_event: None | str | Unset
        if isinstance(self.last_event, Unset):
            last_event = UNSET
        else:
            last_event = self.last_event

        track_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.track_info, Unset):
            track_info = []
            for track_info_item_data in self.track_info:
                track_info_item = track_info_item_data.to_dict()
                track_info.append(track_info_item)

        flight_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flight_info, Unset):
            flight_info = self.flight_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if weight is not UNSET:
            field_dict["weight"] = weight
        if piece is not UNSET:
            field_dict["piece"] = piece
        if origin is not UNSET:
            field_dict["origin"] = origin
        if destination is not UNSET:
            field_dict["destination"] = destination
        if last_event is not UNSET:
            field_dict["last_event"] = last_event
        if track_info is not UNSET:
            field_dict["track_info"] = track_info
        if flight_info is not UNSET:
            field_dict["flight_info"] = flight_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.air_cargo_details_flight_info import AirCargoDetailsFlightInfo  # noqa: PLC0415
        from ..models.air_cargo_event import AirCargoEvent  # noqa: PLC0415

        d = dict(src_dict)
        weight = cast("None | str | Unset", d.pop("weight", UNSET))

        piece = cast("int | None | Unset", d.pop("piece", UNSET))

        origin = cast("None | str | Unset", d.pop("origin", UNSET))

        destination = cast("None | str | Unset", d.pop("destination", UNSET))

        last_event = cast("None | str | Unset", d.pop("last_event", UNSET))

        _track_info = d.pop("track_info", UNSET)
        track_info: list[AirCargoEvent] | Unset = UNSET
        if _track_info is not UNSET:
            track_info = []
            for track_info_item_data in _track_info:
                track_info_item = AirCargoEvent.from_dict(track_info_item_data)

                track_info.append(track_info_item)

        _flight_info = d.pop("flight_info", UNSET)
        flight_info: AirCargoDetailsFlightInfo | Unset
        if isinstance(_flight_info, Unset):
            flight_info = UNSET
        else:
            flight_info = AirCargoDetailsFlightInfo.from_dict(_flight_info)

        air_cargo_details = cls(
            weight=weight,
            piece=piece,
            origin=origin,
            destination=destination,
            last_event=last_event,
            track_info=track_info,
            flight_info=flight_info,
        )

        air_cargo_details.additional_properties = d
        return air_cargo_details

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
