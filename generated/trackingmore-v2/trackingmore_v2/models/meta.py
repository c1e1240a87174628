from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    missing,
    not_an_object,
    read_int,
    read_str,
    without_gc,
)
from ..types import UNSET, Unset, repr_set_fields

T = TypeVar("T", bound="Meta")

_KEYS: frozenset[str] = frozenset(
    (
        "code",
        "type",
        "message",
    )
)


@_attrs_define(repr=False)
class Meta:
    """Status of the call. Check `code`, not the HTTP status.

    Attributes:
        code (int): Outcome of the call. Errors come with HTTP 200 and a 4xxx code; every code, its `type`,
            message and meaning are listed once, machine-readable, in the top-level `x-meta-codes`
            table of this document.

            New codes may appear: treat any code other than 200, 201 and 202 as an error.
             Example: 200.
        type_name (str | Unset): Short name of the code, e.g. `Success`, `Created`, `Bad Request`, `Unauthorized`.
            Example: Success.
        message (str | Unset): Human-readable explanation. Example: Success.
    """

    code: int
    type_name: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        if self.type_name is not UNSET:
            field_dict["type"] = self.type_name
        if self.message is not UNSET:
            field_dict["message"] = self.message
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
        value = get("code", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("code", "integer")

            value = read_int(value, "code", False)

        obj.code = value
        value = get("type", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "type", False)

        obj.type_name = value
        value = get("message", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            value = read_str(value, "message", False)

        obj.message = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(self, ("code", "type_name", "message"))

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
