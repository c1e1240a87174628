from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    FieldError,
    missing,
    not_an_object,
    read_model,
    without_gc,
)
from ..types import UNSET, repr_set_fields

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.remote_area_result import RemoteAreaResult


T = TypeVar("T", bound="RemoteAreaEnvelope")

_KEYS: frozenset[str] = frozenset(
    (
        "meta",
        "data",
    )
)


@_attrs_define(repr=False)
class RemoteAreaEnvelope:
    """
    Attributes:
        meta (Meta): Status of the call. Check `code`, not the HTTP status.
        data (RemoteAreaResult):
    """

    meta: Meta
    data: RemoteAreaResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        meta = self.meta
        field_dict["meta"] = meta.to_dict()
        data = self.data
        field_dict["data"] = data.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object into the declared types (tolerant, never wrong: see
        runtime/coercion.py); raises ``FieldError`` (a ValueError) naming the field otherwise."""
        return without_gc(cls._from_dict, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta import Meta  # noqa: PLC0415
        from ..models.remote_area_result import RemoteAreaResult  # noqa: PLC0415

        try:
            get = src_dict.get
        except AttributeError:
            not_an_object(src_dict)
        obj = cls.__new__(cls)
        value = get("meta", UNSET)
        if isinstance(value, dict):
            try:
                value = Meta._from_dict(value)
            except FieldError as error:
                raise error.within("meta") from None

        else:
            if value is UNSET:
                missing("meta", "object")

            value = read_model(value, Meta, "meta", False)

        obj.meta = value
        value = get("data", UNSET)
        if isinstance(value, dict):
            try:
                value = RemoteAreaResult._from_dict(value)
            except FieldError as error:
                raise error.within("data") from None

        else:
            if value is UNSET:
                missing("data", "object")

            value = read_model(value, RemoteAreaResult, "data", False)

        obj.data = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(self, ("meta", "data"))

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
