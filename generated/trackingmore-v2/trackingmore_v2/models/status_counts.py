from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusCounts")


@_attrs_define
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
        pending = self.pending

        notfound = self.notfound

        transit = self.transit

        pickup = self.pickup

        delivered = self.delivered

        undelivered = self.undelivered

        exception = self.exception

        expired = self.expired

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pending": pending,
                "notfound": notfound,
                "transit": transit,
                "pickup": pickup,
                "delivered": delivered,
                "undelivered": undelivered,
                "exception": exception,
                "expired": expired,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pending = d.pop("pending")

        notfound = d.pop("notfound")

        transit = d.pop("transit")

        pickup = d.pop("pickup")

        delivered = d.pop("delivered")

        undelivered = d.pop("undelivered")

        exception = d.pop("exception")

        expired = d.pop("expired")

        total = d.pop("total", UNSET)

        status_counts = cls(
            pending=pending,
            notfound=notfound,
            transit=transit,
            pickup=pickup,
            delivered=delivered,
            undelivered=undelivered,
            exception=exception,
            expired=expired,
            total=total,
        )

        status_counts.additional_properties = d
        return status_counts

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
