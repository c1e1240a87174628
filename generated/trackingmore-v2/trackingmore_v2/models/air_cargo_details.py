from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    FieldError,
    not_an_object,
    read_int,
    read_list,
    read_model,
    read_str,
    without_gc,
)
from ..types import UNSET, Unset, repr_set_fields

if TYPE_CHECKING:
    from ..models.air_cargo_details_flight_info import AirCargoDetailsFlightInfo
    from ..models.air_cargo_event import AirCargoEvent


T = TypeVar("T", bound="AirCargoDetails")

_KEYS: frozenset[str] = frozenset(
    (
        "weight",
        "piece",
        "origin",
        "destination",
        "last_event",
        "track_info",
        "flight_info",
    )
)


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.weight is not UNSET:
            field_dict["weight"] = self.weight
        if self.piece is not UNSET:
            field_dict["piece"] = self.piece
        if self.origin is not UNSET:
            field_dict["origin"] = self.origin
        if self.destination is not UNSET:
            field_dict["destination"] = self.destination
        if self.last_event is not UNSET:
            field_dict["last_event"] = self.last_event
        track_info = self.track_info
        if not isinstance(track_info, Unset):
            field_dict["track_info"] = [item_0.to_dict() for item_0 in track_info]
        flight_info = self.flight_info
        if not isinstance(flight_info, Unset):
            field_dict["flight_info"] = flight_info.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object into the declared types (tolerant, never wrong: see
        runtime/coercion.py); raises ``FieldError`` (a ValueError) naming the field otherwise."""
        return without_gc(cls._from_dict, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.air_cargo_details_flight_info import AirCargoDetailsFlightInfo  # noqa: PLC0415
        from ..models.air_cargo_event import AirCargoEvent  # noqa: PLC0415

        try:
            get = src_dict.get
        except AttributeError:
            not_an_object(src_dict)
        obj = cls.__new__(cls)
        value = get("weight", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "weight", True)

        obj.weight = value
        value = get("piece", UNSET)
        if value is not None and value.__class__ is not int and value is not UNSET:
            value = read_int(value, "piece", True)

        obj.piece = value
        value = get("origin", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "origin", True)

        obj.origin = value
        value = get("destination", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "destination", True)

        obj.destination = value
        value = get("last_event", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "last_event", True)

        obj.last_event = value
        value = get("track_info", UNSET)
        if isinstance(value, list):
            out_6: list[Any] = []
            try:
                for item_6 in value:
                    if isinstance(item_6, dict):
                        item_6 = AirCargoEvent._from_dict(item_6)

                    else:
                        item_6 = read_model(item_6, AirCargoEvent, None, False)

                    out_6.append(item_6)
            except FieldError as error:
                raise error.within("track_info", len(out_6)) from None
            value = out_6

        elif value is not UNSET:
            value = read_list(value, "track_info", False)

        obj.track_info = value
        value = get("flight_info", UNSET)
        if isinstance(value, dict):
            try:
                value = AirCargoDetailsFlightInfo._from_dict(value)
            except FieldError as error:
                raise error.within("flight_info") from None

        elif value is not UNSET:
            value = read_model(value, AirCargoDetailsFlightInfo, "flight_info", False)

        obj.flight_info = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(
            self, ("weight", "piece", "origin", "destination", "last_event", "track_info", "flight_info")
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
