from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.remote_area import RemoteArea
    from ..models.remote_area_query import RemoteAreaQuery


T = TypeVar("T", bound="RemoteAreaResult")


@_attrs_define
class RemoteAreaResult:
    """
    Attributes:
        submitted (int):
        remote (list[RemoteArea]):
        other (list[RemoteAreaQuery]): The addresses no carrier treats as remote (*inferred*).
    """

    submitted: int
    remote: list[RemoteArea]
    other: list[RemoteAreaQuery]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submitted = self.submitted

        remote = []
        for remote_item_data in self.remote:
            remote_item = remote_item_data.to_dict()
            remote.append(remote_item)

        other = []
        for other_item_data in self.other:
            other_item = other_item_data.to_dict()
            other.append(other_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submitted": submitted,
                "remote": remote,
                "other": other,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remote_area import RemoteArea  # noqa: PLC0415
        from ..models.remote_area_query import RemoteAreaQuery  # noqa: PLC0415

        d = dict(src_dict)
        submitted = d.pop("submitted")

        remote = []
        _remote = d.pop("remote")
        for remote_item_data in _remote:
            remote_item = RemoteArea.from_dict(remote_item_data)

            remote.append(remote_item)

        other = []
        _other = d.pop("other")
        for other_item_data in _other:
            other_item = RemoteAreaQuery.from_dict(other_item_data)

            other.append(other_item)

        remote_area_result = cls(
            submitted=submitted,
            remote=remote,
            other=other,
        )

        remote_area_result.additional_properties = d
        return remote_area_result

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
