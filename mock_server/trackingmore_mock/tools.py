"""Deterministic data for the tool endpoints: remote areas, transit times and air cargo.

The values are pseudo-random but fixed by the inputs (and the seed), so tests can pin them.
"""

from __future__ import annotations

import hashlib
from typing import Any

from . import carriers, countries, numbers
from .codes import MockError
from .simulator import DAY, HOUR
from .timefmt import local_minutes

REMOTE_CARRIERS = ("dhl", "ups", "fedex", "tnt", "aramex")


def _h(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256(":".join(map(str, parts)).encode()).digest()[:8], "big")


def remote_areas(queries: list[dict[str, Any]], seed: int) -> dict[str, Any]:
    """An address is remote for a carrier in about one case out of four (fixed by the inputs); a
    postcode starting with `REMOTE` is remote for every carrier asked about."""
    remote: list[dict[str, str]] = []
    other: list[dict[str, Any]] = []
    for query in queries:
        country_text = str(query["country"]).strip()
        postcode = str(query["postcode"]).strip()
        country = countries.find(country_text)
        code = country.code if country else country_text[:2].upper()
        company = str(query.get("company") or "").strip().lower()
        asked = (company,) if company else REMOTE_CARRIERS
        hits = [
            carrier
            for carrier in asked
            if postcode.upper().startswith("REMOTE") or _h(seed, carrier, code, postcode.upper()) % 4 == 0
        ]
        for carrier in hits:
            remote.append(
                {
                    "far_express_company": carrier,
                    "two_code": code,
                    "far_country": country.name if country else country_text,
                    "far_city_postcode": postcode,
                }
            )
        if not hits:
            other.append(dict(query))
    return {"submitted": len(queries), "remote": remote, "other": other}


def transit_times(queries: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """Sample counts and the percent delivered per delay bucket; 4015 for an unknown carrier."""
    result = []
    for query in queries:
        code = str(query["carrier_code"])
        carrier = carriers.get(code)
        if carrier is None:
            raise MockError(4015)
        original, destination = str(query["original"]).upper(), str(query["destination"]).upper()
        h = _h(seed, code, original, destination)
        total = 200 + h % 4800
        delivered = total * (85 + (h >> 16) % 14) // 100
        # Express lanes deliver mostly within a week, postal lanes within two to four weeks.
        base = (60, 30, 7, 2, 1) if not carrier.is_postal else (8, 42, 35, 12, 3)
        weights = [b * (80 + (h >> (20 + 4 * i)) % 41) for i, b in enumerate(base)]
        shares = [round(100 * w / sum(weights), 2) for w in weights]
        shares[-1] = round(100 - sum(shares[:-1]), 2)
        result.append(
            {
                "carrier_code": code,
                "original": original,
                "destination": destination,
                "total": total,
                "delivered": delivered,
                "range1": shares[0],
                "range3": shares[1],
                "range4": shares[2],
                "range5": shares[3],
                "range6": max(shares[4], 0.0),
            }
        )
    return result


AIRLINES: dict[str, tuple[str, str, str]] = {
    "001": ("American Airlines Cargo", "https://www.aacargo.com", "AA"),
    "006": ("Delta Cargo", "https://www.deltacargo.com", "DL"),
    "016": ("United Cargo", "https://www.unitedcargo.com", "UA"),
    "020": ("Lufthansa Cargo", "https://www.lufthansa-cargo.com", "LH"),
    "057": ("Air France Cargo", "https://www.afklcargo.com", "AF"),
    "074": ("KLM Cargo", "https://www.afklcargo.com", "KL"),
    "112": ("China Cargo Airlines", "https://www.ckair.com", "CK"),
    "125": ("IAG Cargo", "https://www.iagcargo.com", "BA"),
    "157": ("Qatar Airways Cargo", "https://www.qrcargo.com", "QR"),
    "160": ("Cathay Cargo", "https://www.cathaycargo.com", "CX"),
    "172": ("Cargolux", "https://www.cargolux.com", "CV"),
    "176": ("Emirates SkyCargo", "https://www.skycargo.com", "EK"),
    "180": ("Korean Air Cargo", "https://cargo.koreanair.com", "KE"),
    "205": ("ANA Cargo", "https://www.anacargo.jp", "NH"),
    "235": ("Turkish Cargo", "https://www.turkishcargo.com", "TK"),
    "297": ("China Airlines Cargo", "https://cargo.china-airlines.com", "CI"),
    "618": ("Singapore Airlines Cargo", "https://www.siacargo.com", "SQ"),
    "784": ("China Southern Cargo", "https://tang.csair.com", "CZ"),
    "999": ("Air China Cargo", "https://www.airchinacargo.com", "CA"),
}
AIRPORTS = ("HKG", "PVG", "PEK", "CAN", "ICN", "NRT", "SIN", "DXB", "DOH", "IST", "FRA", "LUX", "AMS",
            "CDG", "LHR", "ORD", "JFK", "LAX", "ANC", "MIA")  # fmt: skip


def air_cargo(track_numbers: list[str], now: float, seed: int, anchor: float) -> dict[str, Any]:
    """Results keyed by `XXX-XXXXXXXX`; 4014 for a number that is not 3 digits + 8 digits.

    Each AWB is booked one to four days before the day of `anchor` (the mock's start), so its plan
    is fixed; events planned after the mock's clock have no `actual_date` yet."""
    result: dict[str, Any] = {}
    for raw in track_numbers:
        awb = numbers.normalize_awb(raw)
        if awb is None:
            raise MockError(4014, "track_number must be an air waybill: 3 digits and 8 digits.")
        result[awb] = _awb_result(awb, now, seed, anchor)
    return result


def _awb_result(awb: str, now: float, seed: int, anchor: float) -> dict[str, Any]:
    prefix = awb[:3]
    name, url, iata = AIRLINES.get(prefix, (f"Airline {prefix}", "", "XX"))
    h = _h(seed, awb)
    origin = AIRPORTS[h % len(AIRPORTS)]
    destination = AIRPORTS[(h // 7 + 1 + AIRPORTS.index(origin)) % len(AIRPORTS)]
    if destination == origin:
        destination = AIRPORTS[(AIRPORTS.index(origin) + 1) % len(AIRPORTS)]
    pieces = 1 + (h >> 8) % 20
    weight = f"{pieces * (5 + (h >> 16) % 60)}.{(h >> 24) % 10}"
    flight = f"{iata}{100 + (h >> 32) % 900}"
    booked = (anchor // DAY) * DAY - (1 + (h >> 40) % 4) * DAY + 8 * HOUR
    depart, arrive = booked + 30 * HOUR, booked + 30 * HOUR + (6 + (h >> 44) % 8) * HOUR
    plan = (
        ("BKD", "Booked", origin, booked),
        ("RCS", "Received from shipper", origin, booked + 20 * HOUR),
        ("DEP", "Departed", origin, depart),
        ("ARR", "Arrived", destination, arrive),
        ("RCF", "Received from flight", destination, arrive + 2 * HOUR),
        ("NFD", "Consignee notified", destination, arrive + 6 * HOUR),
        ("DLV", "Delivered to consignee", destination, arrive + 26 * HOUR),
    )
    track_info = []
    last_event = None
    for status, event, station, at in plan:
        happened = at <= now
        track_info.append(
            {
                "plan_date": local_minutes(at),
                "actual_date": local_minutes(at + 10 * 60) if happened else None,
                "event": event,
                "station": station,
                "flight_number": flight if status in ("DEP", "ARR", "RCF") else None,
                "status": status,
                "piece": pieces,
                "weight": weight,
            }
        )
        if happened:
            last_event = f"{event} at {station}"
    return {
        "return_data": {
            "weight": weight,
            "piece": pieces,
            "origin": origin,
            "destination": destination,
            "last_event": last_event,
            "track_info": track_info,
            "flight_info": {
                flight: {
                    "depart_station": origin,
                    "depart_time": local_minutes(depart),
                    "arrival_station": destination,
                    "arrival_time": local_minutes(arrive),
                }
            },
        },
        "airline_info": {"name": name, "url": url or None, "track_url": f"{url}/track" if url else None},
    }
