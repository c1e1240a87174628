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

T = TypeVar("T", bound="Checkpoint")

_KEYS: frozenset[str] = frozenset(
    (
        "Date",
        "StatusDescription",
        "Details",
        "checkpoint_status",
        "substatus",
        "ItemNode",
    )
)


@_attrs_define(repr=False)
class Checkpoint:
    """
    Attributes:
        date (str): Carrier-local time `YYYY-MM-DD HH:MM[:SS]`, no time zone.
        status_description (str):
        details (None | str | Unset): Location, may be empty.
        checkpoint_status (None | str | Unset): A package status (see `PackageStatus`).
        substatus (None | str | Unset): Sub-status code, e.g. `notfound001`/`notfound002`, `transit001`–`transit005`,
            `delivered001`–`delivered004`, `exception004`–`exception011` (older: `exception001`–
            `exception003`). A plain string so that a new code still parses.
             Example: transit001.
        item_node (None | str | Unset): Milestone of this checkpoint, e.g. `ItemReceived`.
    """

    date: str
    status_description: str
    details: None | str | Unset = UNSET
    checkpoint_status: None | str | Unset = UNSET
    substatus: None | str | Unset = UNSET
    item_node: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["Date"] = self.date
        field_dict["StatusDescription"] = self.status_description
        if self.details is not UNSET:
            field_dict["Details"] = self.details
        if self.checkpoint_status is not UNSET:
            field_dict["checkpoint_status"] = self.checkpoint_status
        if self.substatus is not UNSET:
            field_dict["substatus"] = self.substatus
        if self.item_node is not UNSET:
            field_dict["ItemNode"] = self.item_node
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
        value = get("Date", UNSET)
        if not isinstance(value, str):
            if value is UNSET:
                missing("Date", "string")

            value = read_str(value, "Date", False)

        obj.date = value
        value = get("StatusDescription", UNSET)
        if not isinstance(value, str):
            if value is UNSET:
                missing("StatusDescription", "string")

            value = read_str(value, "StatusDescription", False)

        obj.status_description = value
        value = get("Details", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "Details", True)

        obj.details = value
        value = get("checkpoint_status", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "checkpoint_status", True)

        obj.checkpoint_status = value
        value = get("substatus", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "substatus", True)

        obj.substatus = value
        value = get("ItemNode", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "ItemNode", True)

        obj.item_node = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(
            self, ("date", "status_description", "details", "checkpoint_status", "substatus", "item_node")
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
