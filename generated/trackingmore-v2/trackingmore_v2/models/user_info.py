from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    missing,
    not_an_object,
    read_float,
    read_int,
    read_str,
    without_gc,
)
from ..types import UNSET, Unset, repr_set_fields

T = TypeVar("T", bound="UserInfo")

_KEYS: frozenset[str] = frozenset(
    (
        "email",
        "track_number",
        "regtime",
        "phone",
        "money",
    )
)


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["email"] = self.email
        field_dict["track_number"] = self.track_number
        if self.regtime is not UNSET:
            field_dict["regtime"] = self.regtime
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.money is not UNSET:
            field_dict["money"] = self.money
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
        value = get("email", UNSET)
        if not isinstance(value, str):
            if value is UNSET:
                missing("email", "string")

            value = read_str(value, "email", False)

        obj.email = value
        value = get("track_number", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("track_number", "integer")

            value = read_int(value, "track_number", False)

        obj.track_number = value
        value = get("regtime", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "regtime", False)

        obj.regtime = value
        value = get("phone", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "phone", True)

        obj.phone = value
        value = get("money", UNSET)
        if not isinstance(value, float) and value is not UNSET:
            value = read_float(value, "money", False)

        obj.money = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(self, ("email", "track_number", "regtime", "phone", "money"))

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
