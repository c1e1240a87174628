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
    from ..models.tracking import Tracking


T = TypeVar("T", bound="TrackingPage")

_KEYS: frozenset[str] = frozenset(
    (
        "page",
        "limit",
        "total",
        "items",
    )
)


@_attrs_define(repr=False)
class TrackingPage:
    """
    Attributes:
        page (int):
        limit (int):
        total (int): Trackings matching the filter, over all pages.
        items (list[Tracking]):
    """

    page: int
    limit: int
    total: int
    items: list[Tracking]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["page"] = self.page
        field_dict["limit"] = self.limit
        field_dict["total"] = self.total
        items = self.items
        field_dict["items"] = [item_0.to_dict() for item_0 in items]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object into the declared types (tolerant, never wrong: see
        runtime/coercion.py); raises ``FieldError`` (a ValueError) naming the field otherwise."""
        return without_gc(cls._from_dict, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tracking import Tracking  # noqa: PLC0415

        try:
            get = src_dict.get
        except AttributeError:
            not_an_object(src_dict)
        obj = cls.__new__(cls)
        value = get("page", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("page", "integer")

            value = read_int(value, "page", False)

        obj.page = value
        value = get("limit", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("limit", "integer")

            value = read_int(value, "limit", False)

        obj.limit = value
        value = get("total", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("total", "integer")

            value = read_int(value, "total", False)

        obj.total = value
        value = get("items", UNSET)
        if isinstance(value, list):
            out_4: list[Any] = []
            try:
                for item_4 in value:
                    if isinstance(item_4, dict):
                        item_4 = Tracking._from_dict(item_4)

                    else:
                        item_4 = read_model(item_4, Tracking, None, False)

                    out_4.append(item_4)
            except FieldError as error:
                raise error.within("items", len(out_4)) from None
            value = out_4

        else:
            if value is UNSET:
                missing("items", "array")

            value = read_list(value, "items", False)

        obj.items = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(self, ("page", "limit", "total", "items"))

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
