from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Carrier")


@_attrs_define
class Carrier:
    """
    Attributes:
        name (str):
        code (str):
        phone (None | str | Unset):
        homepage (None | str | Unset):
        type_ (None | str | Unset): `express` or `globalpost` (more may come).
        picture (None | str | Unset): Logo URL, protocol-relative.
        track_url (None | str | Unset):
        country_code (None | str | Unset):
    """

    name: str
    code: str
    phone: None | str | Unset = UNSET
    homepage: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    picture: None | str | Unset = UNSET
    track_url: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code = self.code

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        homepage: None | str | Unset
        if isinstance(self.homepage, Unset):
            homepage = UNSET
        else:
            homepage = self.homepage

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        picture: None | str | Unset
        if isinstance(self.picture, Unset):
            picture = UNSET
        else:
            picture = self.picture

        track_url: None | str | Unset
        if isinstance(self.track_url, Unset):
            track_url = UNSET
        else:
            track_url = self.track_url

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "code": code,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if homepage is not UNSET:
            field_dict["homepage"] = homepage
        if type_ is not UNSET:
            field_dict["type"] = type_
        if picture is not UNSET:
            field_dict["picture"] = picture
        if track_url is not UNSET:
            field_dict["track_url"] = track_url
        if country_code is not UNSET:
            field_dict["country_code"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        code = d.pop("code")

        phone = cast("None | str | Unset", d.pop("phone", UNSET))

        homepage = cast("None | str | Unset", d.pop("homepage", UNSET))

        type_ = cast("None | str | Unset", d.pop("type", UNSET))

        picture = cast("None | str | Unset", d.pop("picture", UNSET))

        track_url = cast("None | str | Unset", d.pop("track_url", UNSET))

        country_code = cast("None | str | Unset", d.pop("country_code", UNSET))

        carrier = cls(
            name=name,
            code=code,
            phone=phone,
            homepage=homepage,
            type_=type_,
            picture=picture,
            track_url=track_url,
            country_code=country_code,
        )

        carrier.additional_properties = d
        return carrier

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
