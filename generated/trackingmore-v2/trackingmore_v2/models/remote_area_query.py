from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteAreaQuery")


@_attrs_define
class RemoteAreaQuery:
    """
    Attributes:
        country (str): Country name or 2-letter code.
        postcode (str): Postcode, or the city name where the country has no postcodes.
        company (str | Unset): Only this carrier (optional), e.g. `dhl`.
    """

    country: str
    postcode: str
    company: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        postcode = self.postcode

        company = self.company

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "postcode": postcode,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        postcode = d.pop("postcode")

        company = d.pop("company", UNSET)

        remote_area_query = cls(
            country=country,
            postcode=postcode,
            company=company,
        )

        remote_area_query.additional_properties = d
        return remote_area_query

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
