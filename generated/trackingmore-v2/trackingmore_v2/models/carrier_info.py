from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.coercion import (
    FieldError,
    not_an_object,
    read_list,
    read_model,
    read_str,
    without_gc,
)
from ..types import UNSET, Unset, repr_set_fields

if TYPE_CHECKING:
    from ..models.checkpoint import Checkpoint


T = TypeVar("T", bound="CarrierInfo")

_KEYS: frozenset[str] = frozenset(
    (
        "ItemReceived",
        "ItemDispatched",
        "DepartfromAirport",
        "ArrivalfromAbroad",
        "CustomsClearance",
        "DestinationArrived",
        "weblink",
        "phone",
        "carrier_code",
        "trackinfo",
    )
)


@_attrs_define(repr=False)
class CarrierInfo:
    """What one carrier (origin or destination leg) reports; null when there is no such leg.

    Attributes:
        item_received (None | str | Unset): A carrier-local time without time zone: `YYYY-MM-DD HH:MM[:SS]` (some
            carriers use `/` and
            one-digit months or days). Not ISO 8601: the SDK's date helpers parse it.
             Example: 2018-04-16 06:30.
        item_dispatched (None | str | Unset): A carrier-local time without time zone: `YYYY-MM-DD HH:MM[:SS]` (some
            carriers use `/` and
            one-digit months or days). Not ISO 8601: the SDK's date helpers parse it.
             Example: 2018-04-16 06:30.
        departfrom_airport (None | str | Unset): A carrier-local time without time zone: `YYYY-MM-DD HH:MM[:SS]` (some
            carriers use `/` and
            one-digit months or days). Not ISO 8601: the SDK's date helpers parse it.
             Example: 2018-04-16 06:30.
        arrivalfrom_abroad (None | str | Unset): A carrier-local time without time zone: `YYYY-MM-DD HH:MM[:SS]` (some
            carriers use `/` and
            one-digit months or days). Not ISO 8601: the SDK's date helpers parse it.
             Example: 2018-04-16 06:30.
        customs_clearance (None | str | Unset): A carrier-local time without time zone: `YYYY-MM-DD HH:MM[:SS]` (some
            carriers use `/` and
            one-digit months or days). Not ISO 8601: the SDK's date helpers parse it.
             Example: 2018-04-16 06:30.
        destination_arrived (None | str | Unset): A carrier-local time without time zone: `YYYY-MM-DD HH:MM[:SS]` (some
            carriers use `/` and
            one-digit months or days). Not ISO 8601: the SDK's date helpers parse it.
             Example: 2018-04-16 06:30.
        weblink (None | str | Unset):
        phone (None | str | Unset):
        carrier_code (None | str | Unset):
        trackinfo (list[Checkpoint] | None | Unset): Checkpoints, newest first.
    """

    item_received: None | str | Unset = UNSET
    item_dispatched: None | str | Unset = UNSET
    departfrom_airport: None | str | Unset = UNSET
    arrivalfrom_abroad: None | str | Unset = UNSET
    customs_clearance: None | str | Unset = UNSET
    destination_arrived: None | str | Unset = UNSET
    weblink: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    carrier_code: None | str | Unset = UNSET
    trackinfo: list[Checkpoint] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.item_received is not UNSET:
            field_dict["ItemReceived"] = self.item_received
        if self.item_dispatched is not UNSET:
            field_dict["ItemDispatched"] = self.item_dispatched
        if self.departfrom_airport is not UNSET:
            field_dict["DepartfromAirport"] = self.departfrom_airport
        if self.arrivalfrom_abroad is not UNSET:
            field_dict["ArrivalfromAbroad"] = self.arrivalfrom_abroad
        if self.customs_clearance is not UNSET:
            field_dict["CustomsClearance"] = self.customs_clearance
        if self.destination_arrived is not UNSET:
            field_dict["DestinationArrived"] = self.destination_arrived
        if self.weblink is not UNSET:
            field_dict["weblink"] = self.weblink
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.carrier_code is not UNSET:
            field_dict["carrier_code"] = self.carrier_code
        trackinfo = self.trackinfo
        if not isinstance(trackinfo, Unset):
            field_dict["trackinfo"] = (
                [item_0.to_dict() for item_0 in trackinfo] if isinstance(trackinfo, list) else trackinfo
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object into the declared types (tolerant, never wrong: see
        runtime/coercion.py); raises ``FieldError`` (a ValueError) naming the field otherwise."""
        return without_gc(cls._from_dict, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint import Checkpoint  # noqa: PLC0415

        try:
            get = src_dict.get
        except AttributeError:
            not_an_object(src_dict)
        obj = cls.__new__(cls)
        value = get("ItemReceived", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "ItemReceived", True)

        obj.item_received = value
        value = get("ItemDispatched", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "ItemDispatched", True)

        obj.item_dispatched = value
        value = get("DepartfromAirport", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "DepartfromAirport", True)

        obj.departfrom_airport = value
        value = get("ArrivalfromAbroad", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "ArrivalfromAbroad", True)

        obj.arrivalfrom_abroad = value
        value = get("CustomsClearance", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "CustomsClearance", True)

        obj.customs_clearance = value
        value = get("DestinationArrived", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "DestinationArrived", True)

        obj.destination_arrived = value
        value = get("weblink", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "weblink", True)

        obj.weblink = value
        value = get("phone", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "phone", True)

        obj.phone = value
        value = get("carrier_code", UNSET)
        if isinstance(value, str):
            if value == "null":
                value = None
        elif value is not None and value is not UNSET:
            value = read_str(value, "carrier_code", True)

        obj.carrier_code = value
        value = get("trackinfo", UNSET)
        if isinstance(value, list):
            out_10: list[Any] = []
            try:
                for item_10 in value:
                    if isinstance(item_10, dict):
                        item_10 = Checkpoint._from_dict(item_10)

                    else:
                        item_10 = read_model(item_10, Checkpoint, None, False)

                    out_10.append(item_10)
            except FieldError as error:
                raise error.within("trackinfo", len(out_10)) from None
            value = out_10

        elif value is not UNSET and value is not None:
            value = read_list(value, "trackinfo", True)

        obj.trackinfo = value
        obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return obj

    def __repr__(self) -> str:
        return repr_set_fields(
            self,
            (
                "item_received",
                "item_dispatched",
                "departfrom_airport",
                "arrivalfrom_abroad",
                "customs_clearance",
                "destination_arrived",
                "weblink",
                "phone",
                "carrier_code",
                "trackinfo",
            ),
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
