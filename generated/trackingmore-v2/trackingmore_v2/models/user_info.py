from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """
    Attributes:
        email (str):
        track_number (int): Tracking credits left.
        regtime (str | Unset): Registration time in unix seconds (a string).
        phone (None | str | Unset):
        money (float | Unset): Account balance.
    """

    email: str
    track_number: int
    regtime: str | Unset = UNSET
    phone: None | str | Unset = UNSET
    money: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        track_number = self.track_number

        regtime = self.regtime

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        money = self.money

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "track_number": track_number,
            }
        )
        if regtime is not UNSET:
            field_dict["regtime"] = regtime
        if phone is not UNSET:
            field_dict["phone"] = phone
        if money is not UNSET:
            field_dict["money"] = money

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        track_number = d.pop("track_number")

        regtime = d.pop("regtime", UNSET)

        phone = cast("None | str | Unset", d.pop("phone", UNSET))

        money = d.pop("money", UNSET)

        user_info = cls(
            email=email,
            track_number=track_number,
            regtime=regtime,
            phone=phone,
            money=money,
        )

        user_info.additional_properties = d
        return user_info

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
