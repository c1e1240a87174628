from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    not_an_object,
    read_int,
    read_str,
    without_gc,
)
from ..types import UNSET, Unset, repr_set_fields

T = TypeVar("T", bound="AirCargoEvent")

_KEYS: frozenset[str] = frozenset(
    (
        "plan_date",
        "actual_date",
        "event",
        "station",
        "flight_number",
        "status",
        "piece",
        "weight",
    )
)


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.plan_date is not UNSET:
            field_dict["plan_date"] = self.plan_date
        if self.actual_date is not UNSET:
            field_dict["actual_date"] = self.actual_date
        if self.event is not UNSET:
            field_dict["event"] = self.event
        if self.station is not UNSET:
            field_dict["station"] = self.station
        if self.flight_number is not UNSET:
            field_dict["flight_number"] = self.flight_number
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.piece is not UNSET:
            field_dict["piece"] = self.piece
        if self.weight is not UNSET:
            field_dict["weight"] = self.weight
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
        value = get("plan_date", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "plan_date", True)

        obj.plan_date = value
        value = get("actual_date", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "actual_date", True)

        obj.actual_date = value
        value = get("event", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "event", True)

        obj.event = value
        value = get("station", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "station", True)

        obj.station = value
        value = get("flight_number", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "flight_number", True)

        obj.flight_number = value
        value = get("status", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "status", True)

        obj.status = value
        value = get("piece", UNSET)
        if value is not None and value.__class__ is not int and value is not UNSET:
            value = read_int(value, "piece", True)

        obj.piece = value
        value = get("weight", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "weight", True)

        obj.weight = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(
            self, ("plan_date", "actual_date", "event", "station", "flight_number", "status", "piece", "weight")
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
