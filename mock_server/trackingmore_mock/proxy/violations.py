"""What the proxy reports: one violation of the spec, at a place in a request or an answer, of a kind."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    TYPE = "type"
    REQUIRED = "missing required"
    ENUM = "unknown enum value"
    PATTERN = "pattern"
    CONSTRAINT = "constraint"  # min/max length, items or value
    FORMAT = "format"
    UNDOCUMENTED_FIELD = "undocumented field"
    UNDOCUMENTED_META_CODE = "undocumented meta.code"
    UNDOCUMENTED_STATUS = "undocumented HTTP status"
    UNDOCUMENTED_OPERATION = "undocumented operation"
    NOT_JSON = "not JSON"
    CHECK_FAILED = "check failed"  # a bug of the proxy, reported instead of crashing the exchange


@dataclass(frozen=True)
class Violation:
    """`where` is "request" or "response"; `path` names the place, with array indexes as `[*]`:
    `$.data.items[*].status` in a body, `query.limit`, `path.carrier_code`, `header.Lang`, `status`.

    `breaks_schema` is False for what the schema allows but does not document (an undeclared field
    where unknown fields are kept, a status outside the documented values of an open string, a
    `meta.code` missing from the spec's table): those never decide whether an `anyOf` branch matches.
    """

    where: str
    path: str
    kind: Kind
    detail: str
    breaks_schema: bool = True

    def label(self) -> str:
        return f"{self.where} {self.path} {self.kind}"

    def to_dict(self) -> dict[str, str]:
        return {"in": self.where, "path": self.path, "kind": str(self.kind), "detail": self.detail}
