from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AirCargoRequest")


@_attrs_define
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
        track_number: list[str] | str
        if isinstance(self.track_number, list):
            track_number = self.track_number

        else:
            track_number = self.track_number

        lang = self.lang

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "track_number": track_number,
            }
        )
        if lang is not UNSET:
            field_dict["lang"] = lang

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_track_number(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                track_number_type_1 = cast(list[str], data)

                return track_number_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        track_number = _parse_track_number(d.pop("track_number"))

        lang = d.pop("lang", UNSET)

        air_cargo_request = cls(
            track_number=track_number,
            lang=lang,
        )

        air_cargo_request.additional_properties = d
        return air_cargo_request

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
