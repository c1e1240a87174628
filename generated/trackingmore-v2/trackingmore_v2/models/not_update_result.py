from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_item_error import BatchItemError
    from ..models.tracking_key import TrackingKey


T = TypeVar("T", bound="NotUpdateResult")


@_attrs_define
class NotUpdateResult:
    """
    Attributes:
        submitted (int):
        change (int): How many trackings stopped being refreshed.
        trackings (list[TrackingKey]):
        errors (list[BatchItemError] | Unset):
    """

    submitted: int
    change: int
    trackings: list[TrackingKey]
    errors: list[BatchItemError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submitted = self.submitted

        change = self.change

        trackings = []
        for trackings_item_data in self.trackings:
            trackings_item = trackings_item_data.to_dict()
            trackings.append(trackings_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submitted": submitted,
                "change": change,
                "trackings": trackings,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_item_error import BatchItemError  # noqa: PLC0415
        from ..models.tracking_key import TrackingKey  # noqa: PLC0415

        d = dict(src_dict)
        submitted = d.pop("submitted")

        change = d.pop("change")

        trackings = []
        _trackings = d.pop("trackings")
        for trackings_item_data in _trackings:
            trackings_item = TrackingKey.from_dict(trackings_item_data)

            trackings.append(trackings_item)

        _errors = d.pop("errors", UNSET)
        errors: list[BatchItemError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = BatchItemError.from_dict(errors_item_data)

                errors.append(errors_item)

        not_update_result = cls(
            submitted=submitted,
            change=change,
            trackings=trackings,
            errors=errors,
        )

        not_update_result.additional_properties = d
        return not_update_result

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
