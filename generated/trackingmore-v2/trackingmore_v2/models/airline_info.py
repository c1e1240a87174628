from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AirlineInfo")


@_attrs_define
class AirlineInfo:
    """
    Attributes:
        name (None | str | Unset):
        url (None | str | Unset):
        track_url (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    track_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        track_url: None | str | Unset
        if isinstance(self.track_url, Unset):
            track_url = UNSET
        else:
            track_url = self.track_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if track_url is not UNSET:
            field_dict["track_url"] = track_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast("None | str | Unset", d.pop("name", UNSET))

        url = cast("None | str | Unset", d.pop("url", UNSET))

        track_url = cast("None | str | Unset", d.pop("track_url", UNSET))

        airline_info = cls(
            name=name,
            url=url,
            track_url=track_url,
        )

        airline_info.additional_properties = d
        return airline_info

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
