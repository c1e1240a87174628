"""The carrier table served by GET /carriers and used to validate `carrier_code`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Carrier:
    code: str
    name: str
    name_cn: str
    phone: str
    homepage: str
    type: str  # "express" or "globalpost"
    picture: str

    def as_json(self, lang: str | None = None) -> dict[str, Any]:
        # The real `Lang` header only localises the name; the table carries English and Chinese.
        name = self.name_cn if lang in ("cn", "tw") and self.name_cn else self.name
        return {
            "name": name,
            "code": self.code,
            "phone": self.phone,
            "homepage": self.homepage,
            "type": self.type,
            "picture": self.picture,
        }

    @property
    def is_postal(self) -> bool:
        return self.type == "globalpost"


@cache
def table() -> dict[str, Carrier]:
    """All carriers by code, in the order TrackingMore lists them."""
    raw = resources.files("trackingmore_mock").joinpath("data/carriers.json").read_text("utf-8")
    rows: list[dict[str, str]] = json.loads(raw)
    return {
        row["code"]: Carrier(
            code=row["code"],
            name=row["name"],
            name_cn=row.get("name_cn") or row["name"],
            phone=row.get("phone") or "",
            homepage=row.get("homepage") or "",
            type=row.get("type") or "express",
            picture=row.get("picture") or "",
        )
        for row in rows
    }


def get(code: str) -> Carrier | None:
    return table().get(code)
