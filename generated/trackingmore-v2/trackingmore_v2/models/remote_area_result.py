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
    from ..models.remote_area import RemoteArea
    from ..models.remote_area_query import RemoteAreaQuery


T = TypeVar("T", bound="RemoteAreaResult")

_KEYS: frozenset[str] = frozenset(
    (
        "submitted",
        "remote",
        "other",
    )
)


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["submitted"] = self.submitted
        remote = self.remote
        field_dict["remote"] = [item_0.to_dict() for item_0 in remote]
        other = self.other
        field_dict["other"] = [item_0.to_dict() for item_0 in other]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object into the declared types (tolerant, never wrong: see
        runtime/coercion.py); raises ``FieldError`` (a ValueError) naming the field otherwise."""
        return without_gc(cls._from_dict, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remote_area import RemoteArea  # noqa: PLC0415
        from ..models.remote_area_query import RemoteAreaQuery  # noqa: PLC0415

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
        value = get("remote", UNSET)
        if isinstance(value, list):
            out_2: list[Any] = []
            try:
                for item_2 in value:
                    if isinstance(item_2, dict):
                        item_2 = RemoteArea._from_dict(item_2)

                    else:
                        item_2 = read_model(item_2, RemoteArea, None, False)

                    out_2.append(item_2)
            except FieldError as error:
                raise error.within("remote", len(out_2)) from None
            value = out_2

        else:
            if value is UNSET:
                missing("remote", "array")

            value = read_list(value, "remote", False)

        obj.remote = value
        value = get("other", UNSET)
        if isinstance(value, list):
            out_3: list[Any] = []
            try:
                for item_3 in value:
                    if isinstance(item_3, dict):
                        item_3 = RemoteAreaQuery._from_dict(item_3)

                    else:
                        item_3 = read_model(item_3, RemoteAreaQuery, None, False)

                    out_3.append(item_3)
            except FieldError as error:
                raise error.within("other", len(out_3)) from None
            value = out_3

        else:
            if value is UNSET:
                missing("other", "array")

            value = read_list(value, "other", False)

        obj.other = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(self, ("submitted", "remote", "other"))

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
