from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    FieldError,
    missing,
    not_an_object,
    read_int,
    read_list,
    read_model,
    without_gc,
)
from ..types import UNSET, repr_set_fields

if TYPE_CHECKING:
    from ..models.batch_delete_item import BatchDeleteItem


T = TypeVar("T", bound="BatchDeleteResult")

_KEYS: frozenset[str] = frozenset(
    (
        "submitted",
        "delete",
        "trackings",
    )
)


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["submitted"] = self.submitted
        field_dict["delete"] = self.delete
        trackings = self.trackings
        field_dict["trackings"] = [item_0.to_dict() for item_0 in trackings]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object into the declared types (tolerant, never wrong: see
        runtime/coercion.py); raises ``FieldError`` (a ValueError) naming the field otherwise."""
        return without_gc(cls._from_dict, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_delete_item import BatchDeleteItem  # noqa: PLC0415

        try:
            get = src_dict.get
        except AttributeError:
            not_an_object(src_dict)
        obj = cls.__new__(cls)
        value = get("submitted", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("submitted", "integer")

            value = read_int(value, "submitted", False)

        obj.submitted = value
        value = get("delete", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("delete", "integer")

            value = read_int(value, "delete", False)

        obj.delete = value
        value = get("trackings", UNSET)
        if isinstance(value, list):
            out_3: list[Any] = []
            try:
                for item_3 in value:
                    if isinstance(item_3, dict):
                        item_3 = BatchDeleteItem._from_dict(item_3)

                    else:
                        item_3 = read_model(item_3, BatchDeleteItem, None, False)

                    out_3.append(item_3)
            except FieldError as error:
                raise error.within("trackings", len(out_3)) from None
            value = out_3

        else:
            if value is UNSET:
                missing("trackings", "array")

            value = read_list(value, "trackings", False)

        obj.trackings = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(self, ("submitted", "delete", "trackings"))

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
