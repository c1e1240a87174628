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

T = TypeVar("T", bound="RemoteArea")

_KEYS: frozenset[str] = frozenset(
    (
        "far_express_company",
        "two_code",
        "far_country",
        "far_city_postcode",
    )
)


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.far_express_company is not UNSET:
            field_dict["far_express_company"] = self.far_express_company
        if self.two_code is not UNSET:
            field_dict["two_code"] = self.two_code
        if self.far_country is not UNSET:
            field_dict["far_country"] = self.far_country
        if self.far_city_postcode is not UNSET:
            field_dict["far_city_postcode"] = self.far_city_postcode
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
        value = get("far_express_company", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "far_express_company", False)

        obj.far_express_company = value
        value = get("two_code", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "two_code", False)

        obj.two_code = value
        value = get("far_country", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "far_country", False)

        obj.far_country = value
        value = get("far_city_postcode", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "far_city_postcode", False)

        obj.far_city_postcode = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(self, ("far_express_company", "two_code", "far_country", "far_city_postcode"))

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
