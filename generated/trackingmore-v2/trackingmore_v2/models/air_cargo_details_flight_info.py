from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    FieldError,
    missing,
    not_an_object,
    read_model,
    without_gc,
)
from ..types import UNSET, repr_set_fields

if TYPE_CHECKING:
    from ..models.flight_info import FlightInfo


T = TypeVar("T", bound="AirCargoDetailsFlightInfo")

_KEYS: frozenset[str] = frozenset(())


@_attrs_define(repr=False)
class AirCargoDetailsFlightInfo:
    """Flights keyed by flight number."""

    additional_properties: dict[str, FlightInfo] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: value.to_dict() for key, value in self.additional_properties.items()}
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object into the declared types (tolerant, never wrong: see
        runtime/coercion.py); raises ``FieldError`` (a ValueError) naming the field otherwise."""
        return without_gc(cls._from_dict, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flight_info import FlightInfo  # noqa: PLC0415

        try:
            get = src_dict.get
        except AttributeError:
            not_an_object(src_dict)
        obj = cls.__new__(cls)
        additional_properties: dict[str, Any] = {}
        for key, value in src_dict.items():
            if key in _KEYS:
                continue
            if isinstance(value, dict):
                try:
                    value = FlightInfo._from_dict(value)
                except FieldError as error:
                    raise error.within(key) from None

            else:
                if value is UNSET:
                    missing(key, "object")

                value = read_model(value, FlightInfo, key, False)

            additional_properties[key] = value
        obj.additional_properties = additional_properties
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(self, ())

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FlightInfo:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FlightInfo) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
