"""Countries the simulator ships between: ISO code, name, a fixed UTC offset (no DST) and a few cities.

Checkpoint dates are carrier-local, so each checkpoint is rendered in the offset of its country.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    utc_offset_hours: float
    cities: tuple[str, ...]
    postal_carrier: str  # carrier code of the national post in the carrier table


_ROWS: tuple[tuple[str, str, float, tuple[str, ...], str], ...] = (
    ("CN", "China", 8, ("Shenzhen", "Guangzhou", "Shanghai", "Yiwu", "Beijing"), "china-post"),
    ("HK", "Hong Kong [CN]", 8, ("Hong Kong", "Kowloon", "Tsuen Wan"), "hong-kong-post"),
    ("TW", "Taiwan", 8, ("Taipei", "Taoyuan", "Kaohsiung"), "taiwan-post"),
    ("JP", "Japan", 9, ("Tokyo", "Osaka", "Nagoya"), "japan-post"),
    ("KR", "Korea, Republic of", 9, ("Seoul", "Incheon", "Busan"), "korea-post"),
    ("SG", "Singapore", 8, ("Singapore",), "singapore-post"),
    ("TH", "Thailand", 7, ("Bangkok", "Chiang Mai"), "thailand-post"),
    ("VN", "Vietnam", 7, ("Hanoi", "Ho Chi Minh City"), "vietnam-post"),
    ("IN", "India", 5.5, ("Mumbai", "New Delhi", "Bengaluru"), "india-post"),
    ("AE", "United Arab Emirates", 4, ("Dubai", "Abu Dhabi"), "emirates-post"),
    ("TR", "Turkey", 3, ("Istanbul", "Ankara"), "turkey-post"),
    ("RU", "Russian Federation", 3, ("Moscow", "Saint Petersburg", "Novosibirsk"), "russian-post"),
    ("UA", "Ukraine", 2, ("Kyiv", "Lviv"), "ukraine-post"),
    ("IL", "Israel", 2, ("Tel Aviv", "Jerusalem"), "israel-post"),
    ("ZA", "South Africa", 2, ("Johannesburg", "Cape Town"), "south-africa-post"),
    ("DE", "Germany", 1, ("Berlin", "Frankfurt", "Leipzig", "Hamburg"), "deutsche-post"),
    ("FR", "France", 1, ("Paris", "Lyon", "Roissy"), "laposte"),
    ("IT", "Italy", 1, ("Milan", "Rome"), "poste-italiane"),
    ("ES", "Spain", 1, ("Madrid", "Barcelona"), "correos-spain"),
    ("NL", "Netherlands", 1, ("Amsterdam", "Rotterdam"), "netherlands-post"),
    ("BE", "Belgium", 1, ("Brussels", "Antwerp"), "belgium-post"),
    ("CH", "Switzerland", 1, ("Zurich", "Geneva"), "swiss-post"),
    ("AT", "Austria", 1, ("Vienna", "Graz"), "austria-post"),
    ("PL", "Poland", 1, ("Warsaw", "Krakow"), "poczta-polska"),
    ("SE", "Sweden", 1, ("Stockholm", "Gothenburg"), "sweden-posten"),
    ("NO", "Norway", 1, ("Oslo", "Bergen"), "posten-norge"),
    ("GB", "United Kingdom", 0, ("London", "Manchester", "Birmingham"), "royal-mail"),
    ("IE", "Ireland", 0, ("Dublin", "Cork"), "an-post"),
    ("BR", "Brazil", -3, ("Sao Paulo", "Rio de Janeiro", "Curitiba"), "brazil-correios"),
    ("US", "United States", -5, ("New York", "Chicago", "Los Angeles", "Memphis"), "usps"),
    ("CA", "Canada", -5, ("Toronto", "Montreal", "Vancouver"), "canada-post"),
    ("MX", "Mexico", -6, ("Mexico City", "Guadalajara"), "correos-mexico"),
    ("AU", "Australia", 10, ("Sydney", "Melbourne", "Brisbane"), "australia-post"),
    ("NZ", "New Zealand", 12, ("Auckland", "Wellington"), "new-zealand-post"),
)

COUNTRIES: dict[str, Country] = {row[0]: Country(*row) for row in _ROWS}
_BY_NAME: dict[str, Country] = {c.name.lower(): c for c in COUNTRIES.values()}
# The codes shipments are drawn between, in a fixed order so choices stay deterministic.
CODES: tuple[str, ...] = tuple(COUNTRIES)


def find(country: str) -> Country | None:
    """Look a country up by ISO code or by name, case-insensitively (TrackingMore accepts both)."""
    text = country.strip()
    return COUNTRIES.get(text.upper()) or _BY_NAME.get(text.lower())
