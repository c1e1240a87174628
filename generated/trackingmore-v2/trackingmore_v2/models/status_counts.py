from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    missing,
    not_an_object,
    read_int,
    without_gc,
)
from ..types import UNSET, Unset, repr_set_fields

T = TypeVar("T", bound="StatusCounts")

_KEYS: frozenset[str] = frozenset(
    (
        "pending",
        "notfound",
        "transit",
        "pickup",
        "delivered",
        "undelivered",
        "exception",
        "expired",
        "total",
    )
)


@_attrs_define(repr=False)
class StatusCounts:
    """
    Attributes:
        pending (int):
        notfound (int):
        transit (int):
        pickup (int):
        delivered (int):
        undelivered (int):
        exception (int):
        expired (int):
        total (int | Unset): Sum of all statuses (*inferred*).
    """

    pending: int
    notfound: int
    transit: int
    pickup: int
    delivered: int
    undelivered: int
    exception: int
    expired: int
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["pending"] = self.pending
        field_dict["notfound"] = self.notfound
        field_dict["transit"] = self.transit
        field_dict["pickup"] = self.pickup
        field_dict["delivered"] = self.delivered
        field_dict["undelivered"] = self.undelivered
        field_dict["exception"] = self.exception
        field_dict["expired"] = self.expired
        if self.total is not UNSET:
            field_dict["total"] = self.total
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object into the declared types (tolerant, never wrong: see
        runtime/coercion.py); raises ``FieldError`` (a ValueError) naming the field otherwise."""
        return without_gc(cls._from_dict, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            get = src_dict.get
        except AttributeError:
            not_an_object(src_dict)
        obj = cls.__new__(cls)
        value = get("pending", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("pending", "integer")

            value = read_int(value, "pending", False)

        obj.pending = value
        value = get("notfound", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("notfound", "integer")

            value = read_int(value, "notfound", False)

        obj.notfound = value
        value = get("transit", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("transit", "integer")

            value = read_int(value, "transit", False)

        obj.transit = value
        value = get("pickup", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("pickup", "integer")

            value = read_int(value, "pickup", False)

        obj.pickup = value
        value = get("delivered", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("delivered", "integer")

            value = read_int(value, "delivered", False)

        obj.delivered = value
        value = get("undelivered", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("undelivered", "integer")

            value = read_int(value, "undelivered", False)

        obj.undelivered = value
        value = get("exception", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("exception", "integer")

            value = read_int(value, "exception", False)

        obj.exception = value
        value = get("expired", UNSET)
        if value.__class__ is not int:
            if value is UNSET:
                missing("expired", "integer")

            value = read_int(value, "expired", False)

        obj.expired = value
        value = get("total", UNSET)
        if value.__class__ is not int and value is not UNSET:
            value = read_int(value, "total", False)

        obj.total = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(
            self,
            ("pending", "notfound", "transit", "pickup", "delivered", "undelivered", "exception", "expired", "total"),
        )

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
