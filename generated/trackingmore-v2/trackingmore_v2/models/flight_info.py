from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    not_an_object,
    read_str,
    without_gc,
)
from ..types import UNSET, Unset, repr_set_fields

T = TypeVar("T", bound="FlightInfo")

_KEYS: frozenset[str] = frozenset(
    (
        "depart_station",
        "depart_time",
        "arrival_station",
        "arrival_time",
    )
)


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.depart_station is not UNSET:
            field_dict["depart_station"] = self.depart_station
        if self.depart_time is not UNSET:
            field_dict["depart_time"] = self.depart_time
        if self.arrival_station is not UNSET:
            field_dict["arrival_station"] = self.arrival_station
        if self.arrival_time is not UNSET:
            field_dict["arrival_time"] = self.arrival_time
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
        value = get("depart_station", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "depart_station", True)

        obj.depart_station = value
        value = get("depart_time", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "depart_time", True)

        obj.depart_time = value
        value = get("arrival_station", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "arrival_station", True)

        obj.arrival_station = value
        value = get("arrival_time", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "arrival_time", True)

        obj.arrival_time = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(self, ("depart_station", "depart_time", "arrival_station", "arrival_time"))

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
