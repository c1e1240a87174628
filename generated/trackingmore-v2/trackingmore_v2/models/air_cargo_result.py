from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    FieldError,
    not_an_object,
    read_model,
    without_gc,
)
from ..types import UNSET, Unset, repr_set_fields

if TYPE_CHECKING:
    from ..models.air_cargo_details import AirCargoDetails
    from ..models.airline_info import AirlineInfo


T = TypeVar("T", bound="AirCargoResult")

_KEYS: frozenset[str] = frozenset(
    (
        "return_data",
        "airline_info",
    )
)


@_attrs_define(repr=False)
class AirCargoResult:
    """
    Attributes:
        return_data (AirCargoDetails | Unset):
        airline_info (AirlineInfo | Unset):
    """

    return_data: AirCargoDetails | Unset = UNSET
    airline_info: AirlineInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        return_data = self.return_data
        if not isinstance(return_data, Unset):
            field_dict["return_data"] = return_data.to_dict()
        airline_info = self.airline_info
        if not isinstance(airline_info, Unset):
            field_dict["airline_info"] = airline_info.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object into the declared types (tolerant, never wrong: see
        runtime/coercion.py); raises ``FieldError`` (a ValueError) naming the field otherwise."""
        return without_gc(cls._from_dict, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.air_cargo_details import AirCargoDetails  # noqa: PLC0415
        from ..models.airline_info import AirlineInfo  # noqa: PLC0415

        try:
            get = src_dict.get
        except AttributeError:
            not_an_object(src_dict)
        obj = cls.__new__(cls)
        value = get("return_data", UNSET)
        if isinstance(value, dict):
            try:
                value = AirCargoDetails._from_dict(value)
            except FieldError as error:
                raise error.within("return_data") from None

        elif value is not UNSET:
            value = read_model(value, AirCargoDetails, "return_data", False)

        obj.return_data = value
        value = get("airline_info", UNSET)
        if isinstance(value, dict):
            try:
                value = AirlineInfo._from_dict(value)
            except FieldError as error:
                raise error.within("airline_info") from None

        elif value is not UNSET:
            value = read_model(value, AirlineInfo, "airline_info", False)

        obj.airline_info = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(self, ("return_data", "airline_info"))

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
