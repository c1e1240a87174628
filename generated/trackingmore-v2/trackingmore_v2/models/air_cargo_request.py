from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    FieldError,
    missing,
    not_an_object,
    read_str,
    without_gc,
)
from ..types import UNSET, Unset, repr_set_fields

T = TypeVar("T", bound="AirCargoRequest")

_KEYS: frozenset[str] = frozenset(
    (
        "track_number",
        "lang",
    )
)


@_attrs_define(repr=False)
class AirCargoRequest:
    """
    Attributes:
        track_number (list[str] | str): One AWB number or a list of them.
        lang (str | Unset): Two-letter language code, e.g. `en`, `cn`. Example: en.
    """

    track_number: list[str] | str
    lang: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["track_number"] = self.track_number
        if self.lang is not UNSET:
            field_dict["lang"] = self.lang
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
        value = get("track_number", UNSET)
        if isinstance(value, list):
            out_1: list[Any] = []
            try:
                for item_1 in value:
                    if not isinstance(item_1, str):
                        item_1 = read_str(item_1, None, False)

                    out_1.append(item_1)
            except FieldError as error:
                raise error.within("track_number", len(out_1)) from None
            value = out_1

        elif not isinstance(value, str):
            if value is UNSET:
                missing("track_number", "string")

            value = read_str(value, "track_number", False)

        obj.track_number = value
        value = get("lang", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "lang", False)

        obj.lang = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(self, ("track_number", "lang"))

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
