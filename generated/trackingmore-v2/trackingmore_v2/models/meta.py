from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Meta")


@_attrs_define
class Meta:
    """Status of the call. Check `code`, not the HTTP status.

    Attributes:
        code (int): Outcome of the call. Errors come with HTTP 200 and a 4xxx code; every code, its `type`,
            message and meaning are listed once, machine-readable, in the top-level `x-meta-codes`
            table of this document.

            New codes may appear: treat any code other than 200, 201 and 202 as an error.
             Example: 200.
        type_ (str | Unset): Short name of the code, e.g. `Success`, `Created`, `Bad Request`, `Unauthorized`. Example:
            Success.
        message (str | Unset): Human-readable explanation. Example: Success.
    """

    code: int
    type_: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        type_ = self.type_

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        type_ = d.pop("type", UNSET)

        message = d.pop("message", UNSET)

        meta = cls(
            code=code,
            type_=type_,
            message=message,
        )

        meta.additional_properties = d
        return meta

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
