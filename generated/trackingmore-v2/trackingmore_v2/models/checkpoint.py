from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Checkpoint")


@_attrs_define
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
        date = self.date

        status_description = self.status_description

        details: None | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        else:
            details = self.details

        checkpoint_status: None | str | Unset
        if isinstance(self.checkpoint_status, Unset):
            checkpoint_status = UNSET
        else:
            checkpoint_status = self.checkpoint_status

        substatus: None | str | Unset
        if isinstance(self.substatus, Unset):
            substatus = UNSET
        else:
            substatus = self.substatus

        item_node: None | str | Unset
        if isinstance(self.item_node, Unset):
            item_node = UNSET
        else:
            item_node = self.item_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Date": date,
                "StatusDescription": status_description,
            }
        )
        if details is not UNSET:
            field_dict["Details"] = details
        if checkpoint_status is not UNSET:
            field_dict["checkpoint_status"] = checkpoint_status
        if substatus is not UNSET:
            field_dict["substatus"] = substatus
        if item_node is not UNSET:
            field_dict["ItemNode"] = item_node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("Date")

        status_description = d.pop("StatusDescription")

        details = cast("None | str | Unset", d.pop("Details", UNSET))

        checkpoint_status = cast("None | str | Unset", d.pop("checkpoint_status", UNSET))

        substatus = cast("None | str | Unset", d.pop("substatus", UNSET))

        item_node = cast("None | str | Unset", d.pop("ItemNode", UNSET))

        checkpoint = cls(
            date=date,
            status_description=status_description,
            details=details,
            checkpoint_status=checkpoint_status,
            substatus=substatus,
            item_node=item_node,
        )

        checkpoint.additional_properties = d
        return checkpoint

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
