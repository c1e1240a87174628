from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_item_error import BatchItemError
    from ..models.tracking import Tracking


T = TypeVar("T", bound="BatchUpdateResult")


@_attrs_define
class BatchUpdateResult:
    """
    Attributes:
        submitted (int):
        updated (int):
        trackings (list[Tracking]):
        errors (list[BatchItemError]):
    """

    submitted: int
    updated: int
    trackings: list[Tracking]
    errors: list[BatchItemError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submitted = self.submitted

        updated = self.updated

        trackings = []
        for trackings_item_data in self.trackings:
            trackings_item = trackings_item_data.to_dict()
            trackings.append(trackings_item)

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submitted": submitted,
                "updated": updated,
                "trackings": trackings,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_item_error import BatchItemError  # noqa: PLC0415
        from ..models.tracking import Tracking  # noqa: PLC0415

        d = dict(src_dict)
        submitted = d.pop("submitted")

        updated = d.pop("updated")

        trackings = []
        _trackings = d.pop("trackings")
        for trackings_item_data in _trackings:
            trackings_item = Tracking.from_dict(trackings_item_data)

            trackings.append(trackings_item)

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = BatchItemError.from_dict(errors_item_data)

            errors.append(errors_item)

        batch_update_result = cls(
            submitted=submitted,
            updated=updated,
            trackings=trackings,
            errors=errors,
        )

        batch_update_result.additional_properties = d
        return batch_update_result

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
