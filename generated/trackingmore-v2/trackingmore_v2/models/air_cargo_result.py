from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.air_cargo_details import AirCargoDetails
    from ..models.airline_info import AirlineInfo


T = TypeVar("T", bound="AirCargoResult")


@_attrs_define
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
        return_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.return_data, Unset):
            return_data = self.return_data.to_dict()

        airline_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.airline_info, Unset):
            airline_info = self.airline_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_data is not UNSET:
            field_dict["return_data"] = return_data
        if airline_info is not UNSET:
            field_dict["airline_info"] = airline_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.air_cargo_details import AirCargoDetails  # noqa: PLC0415
        from ..models.airline_info import AirlineInfo  # noqa: PLC0415

        d = dict(src_dict)
        _return_data = d.pop("return_data", UNSET)
        return_data: AirCargoDetails | Unset
        if isinstance(_return_data, Unset):
            return_data = UNSET
        else:
            return_data = AirCargoDetails.from_dict(_return_data)

        _airline_info = d.pop("airline_info", UNSET)
        airline_info: AirlineInfo | Unset
        if isinstance(_airline_info, Unset):
            airline_info = UNSET
        else:
            airline_info = AirlineInfo.from_dict(_airline_info)

        air_cargo_result = cls(
            return_data=return_data,
            airline_info=airline_info,
        )

        air_cargo_result.additional_properties = d
        return air_cargo_result

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
