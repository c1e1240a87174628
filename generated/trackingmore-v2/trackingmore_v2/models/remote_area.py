from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteArea")


@_attrs_define
class RemoteArea:
    """One carrier that treats an address as remote.

    Attributes:
        far_express_company (str | Unset): Carrier code.
        two_code (str | Unset): 2-letter country code.
        far_country (str | Unset):
        far_city_postcode (str | Unset):
    """

    far_express_company: str | Unset = UNSET
    two_code: str | Unset = UNSET
    far_country: str | Unset = UNSET
    far_city_postcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        far_express_company = self.far_express_company

        two_code = self.two_code

        far_country = self.far_country

        far_city_postcode = self.far_city_postcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if far_express_company is not UNSET:
            field_dict["far_express_company"] = far_express_company
        if two_code is not UNSET:
            field_dict["two_code"] = two_code
        if far_country is not UNSET:
            field_dict["far_country"] = far_country
        if far_city_postcode is not UNSET:
            field_dict["far_city_postcode"] = far_city_postcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        far_express_company = d.pop("far_express_company", UNSET)

        two_code = d.pop("two_code", UNSET)

        far_country = d.pop("far_country", UNSET)

        far_city_postcode = d.pop("far_city_postcode", UNSET)

        remote_area = cls(
            far_express_company=far_express_company,
            two_code=two_code,
            far_country=far_country,
            far_city_postcode=far_city_postcode,
        )

        remote_area.additional_properties = d
        return remote_area

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
