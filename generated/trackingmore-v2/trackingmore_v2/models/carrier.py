from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    missing,
    not_an_object,
    read_str,
    without_gc,
)
from ..types import UNSET, Unset, repr_set_fields

T = TypeVar("T", bound="Carrier")

_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "code",
        "phone",
        "homepage",
        "type",
        "picture",
        "track_url",
        "country_code",
    )
)


@_attrs_define(repr=False)
class Carrier:
    """
    Attributes:
        name (str):
        code (str):
        phone (None | str | Unset):
        homepage (None | str | Unset):
        carrier_type (None | str | Unset): `express` or `globalpost` (more may come).
        picture (None | str | Unset): Logo URL, protocol-relative.
        track_url (None | str | Unset):
        country_code (None | str | Unset):
    """

    name: str
    code: str
    phone: None | str | Unset = UNSET
    homepage: None | str | Unset = UNSET
    carrier_type: None | str | Unset = UNSET
    picture: None | str | Unset = UNSET
    track_url: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["code"] = self.code
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.homepage is not UNSET:
            field_dict["homepage"] = self.homepage
        if self.carrier_type is not UNSET:
            field_dict["type"] = self.carrier_type
        if self.picture is not UNSET:
            field_dict["picture"] = self.picture
        if self.track_url is not UNSET:
            field_dict["track_url"] = self.track_url
        if self.country_code is not UNSET:
            field_dict["country_code"] = self.country_code
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
        value = get("name", UNSET)
        if not isinstance(value, str):
            if value is UNSET:
                missing("name", "string")

            value = read_str(value, "name", False)

        obj.name = value
        value = get("code", UNSET)
        if not isinstance(value, str):
            if value is UNSET:
                missing("code", "string")

            value = read_str(value, "code", False)

        obj.code = value
        value = get("phone", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "phone", True)

        obj.phone = value
        value = get("homepage", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "homepage", True)

        obj.homepage = value
        value = get("type", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "type", True)

        obj.carrier_type = value
        value = get("picture", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "picture", True)

        obj.picture = value
        value = get("track_url", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "track_url", True)

        obj.track_url = value
        value = get("country_code", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "country_code", True)

        obj.country_code = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(
            self, ("name", "code", "phone", "homepage", "carrier_type", "picture", "track_url", "country_code")
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
