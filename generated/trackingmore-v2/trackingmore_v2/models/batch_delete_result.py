from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_delete_item import BatchDeleteItem


T = TypeVar("T", bound="BatchDeleteResult")


@_attrs_define
class BatchDeleteResult:
    """
    Attributes:
        submitted (int):
        delete (int): How many were deleted.
        trackings (list[BatchDeleteItem]):
    """

    submitted: int
    delete: int
    trackings: list[BatchDeleteItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submitted = self.submitted

        delete = self.delete

        trackings = []
        for trackings_item_data in self.trackings:
            trackings_item = trackings_item_data.to_dict()
            trackings.append(trackings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submitted": submitted,
                "delete": delete,
                "trackings": trackings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_delete_item import BatchDeleteItem  # noqa: PLC0415

        d = dict(src_dict)
        submitted = d.pop("submitted")

        delete = d.pop("delete")

        trackings = []
        _trackings = d.pop("trackings")
        for trackings_item_data in _trackings:
            trackings_item = BatchDeleteItem.from_dict(trackings_item_data)

            trackings.append(trackings_item)

        batch_delete_result = cls(
            submitted=submitted,
            delete=delete,
            trackings=trackings,
        )

        batch_delete_result.additional_properties = d
        return batch_delete_result

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
