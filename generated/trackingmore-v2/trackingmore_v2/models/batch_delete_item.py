from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_item_meta import BatchItemMeta


T = TypeVar("T", bound="BatchDeleteItem")


@_attrs_define
class BatchDeleteItem:
    """
    Attributes:
        meta (BatchItemMeta): The outcome for one item of a batch delete.
    """

    meta: BatchItemMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_item_meta import BatchItemMeta  # noqa: PLC0415

        d = dict(src_dict)
        meta = BatchItemMeta.from_dict(d.pop("meta"))

        batch_delete_item = cls(
            meta=meta,
        )

        batch_delete_item.additional_properties = d
        return batch_delete_item

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
