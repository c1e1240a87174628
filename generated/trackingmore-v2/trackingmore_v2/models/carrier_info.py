from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkpoint import Checkpoint


T = TypeVar("T", bound="CarrierInfo")


@_attrs_define
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
        item_received: None | str | Unset
        if isinstance(self.item_received, Unset):
            item_received = UNSET
        else:
            item_received = self.item_received

        item_dispatched: None | str | Unset
        if isinstance(self.item_dispatched, Unset):
            item_dispatched = UNSET
        else:
            item_dispatched = self.item_dispatched

        departfrom_airport: None | str | Unset
        if isinstance(self.departfrom_airport, Unset):
            departfrom_airport = UNSET
        else:
            departfrom_airport = self.departfrom_airport

        arrivalfrom_abroad: None | str | Unset
        if isinstance(self.arrivalfrom_abroad, Unset):
            arrivalfrom_abroad = UNSET
        else:
            arrivalfrom_abroad = self.arrivalfrom_abroad

        customs_clearance: None | str | Unset
        if isinstance(self.customs_clearance, Unset):
            customs_clearance = UNSET
        else:
            customs_clearance = self.customs_clearance

        destination_arrived: None | str | Unset
        if isinstance(self.destination_arrived, Unset):
            destination_arrived = UNSET
        else:
            destination_arrived = self.destination_arrived

        weblink: None | str | Unset
        if isinstance(self.weblink, Unset):
            weblink = UNSET
        else:
            weblink = self.weblink

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        carrier_code: None | str | Unset
        if isinstance(self.carrier_code, Unset):
            carrier_code = UNSET
        else:
            carrier_code = self.carrier_code

        trackinfo: list[dict[str, Any]] | None | Unset
        if isinstance(self.trackinfo, Unset):
            trackinfo = UNSET
        elif isinstance(self.trackinfo, list):
            trackinfo = []
            for trackinfo_type_0_item_data in self.trackinfo:
                trackinfo_type_0_item = trackinfo_type_0_item_data.to_dict()
                trackinfo.append(trackinfo_type_0_item)

        else:
            trackinfo = self.trackinfo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_received is not UNSET:
            field_dict["ItemReceived"] = item_received
        if item_dispatched is not UNSET:
            field_dict["ItemDispatched"] = item_dispatched
        if departfrom_airport is not UNSET:
            field_dict["DepartfromAirport"] = departfrom_airport
        if arrivalfrom_abroad is not UNSET:
            field_dict["ArrivalfromAbroad"] = arrivalfrom_abroad
        if customs_clearance is not UNSET:
            field_dict["CustomsClearance"] = customs_clearance
        if destination_arrived is not UNSET:
            field_dict["DestinationArrived"] = destination_arrived
        if weblink is not UNSET:
            field_dict["weblink"] = weblink
        if phone is not UNSET:
            field_dict["phone"] = phone
        if carrier_code is not UNSET:
            field_dict["carrier_code"] = carrier_code
        if trackinfo is not UNSET:
            field_dict["trackinfo"] = trackinfo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint import Checkpoint  # noqa: PLC0415

        d = dict(src_dict)
        item_received = cast("None | str | Unset", d.pop("ItemReceived", UNSET))

        item_dispatched = cast("None | str | Unset", d.pop("ItemDispatched", UNSET))

        departfrom_airport = cast("None | str | Unset", d.pop("DepartfromAirport", UNSET))

        arrivalfrom_abroad = cast("None | str | Unset", d.pop("ArrivalfromAbroad", UNSET))

        customs_clearance = cast("None | str | Unset", d.pop("CustomsClearance", UNSET))

        destination_arrived = cast("None | str | Unset", d.pop("DestinationArrived", UNSET))

        weblink = cast("None | str | Unset", d.pop("weblink", UNSET))

        phone = cast("None | str | Unset", d.pop("phone", UNSET))

        carrier_code = cast("None | str | Unset", d.pop("carrier_code", UNSET))

        def _parse_trackinfo(data: object) -> list[Checkpoint] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trackinfo_type_0 = []
                _trackinfo_type_0 = data
                for trackinfo_type_0_item_data in _trackinfo_type_0:
                    trackinfo_type_0_item = Checkpoint.from_dict(trackinfo_type_0_item_data)

                    trackinfo_type_0.append(trackinfo_type_0_item)

                return trackinfo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Checkpoint] | None | Unset, data)

        trackinfo = _parse_trackinfo(d.pop("trackinfo", UNSET))

        carrier_info = cls(
            item_received=item_received,
            item_dispatched=item_dispatched,
            departfrom_airport=departfrom_airport,
            arrivalfrom_abroad=arrivalfrom_abroad,
            customs_clearance=customs_clearance,
            destination_arrived=destination_arrived,
            weblink=weblink,
            phone=phone,
            carrier_code=carrier_code,
            trackinfo=trackinfo,
        )

        carrier_info.additional_properties = d
        return carrier_info

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
