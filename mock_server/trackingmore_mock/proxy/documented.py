"""What the spec documents in prose: the values of open strings and the table of `meta.code`s.

Statuses are open strings (a new value must not break clients), so the spec lists their values in
the description instead of an `enum`:

- a named schema of type string without `enum`, `pattern` or `format` whose description says
  `Known values:` or `e.g.` documents the backquoted words after it (`PackageStatus`: `pending`,
  ...; `Substatus`: `transit001`\u2013`transit005` (an en dash) is a range and stands for the five codes);
- a string property whose description says ``see `PackageStatus` `` has the values of that schema
  (`Checkpoint.checkpoint_status`).

`meta.code`s come from the table in the description of `Meta.code` (`| 4016 | Bad Request | ... |`)
and, where the spec has one, the machine-readable `x-meta-codes` (a mapping keyed by code, or a
list of objects with a `code`). The codes whose meaning starts with "OK" are the successes.
"""

from __future__ import annotations

import re
from typing import Any

_INTRO = re.compile(r"Known values:|e\.g\.")
_TOKEN = re.compile(r"`([A-Za-z0-9_.-]+)`(?:\s*[\u2013-]\s*`([A-Za-z0-9_.-]+)`)?")
_SEE = re.compile(r"see `([A-Za-z0-9_]+)`")
_FALLBACK_SUCCESS = frozenset({200, 201, 202})  # "treat any code other than 200, 201 and 202 as an error"


def _expand(first: str, last: str | None) -> list[str]:
    """`transit001` to `transit005` -> transit001 ... transit005; anything else stays as written."""
    if last is None:
        return [first]
    a, b = re.fullmatch(r"(.*?)(\d+)", first), re.fullmatch(r"(.*?)(\d+)", last)
    if not a or not b or a.group(1) != b.group(1) or int(b.group(2)) < int(a.group(2)):
        return [first, last]
    width = len(a.group(2))
    return [f"{a.group(1)}{n:0{width}d}" for n in range(int(a.group(2)), int(b.group(2)) + 1)]


def values_in(description: str) -> frozenset[str] | None:
    """The documented values of a description (see the module docstring), or None if it lists none."""
    intro = _INTRO.search(description)
    if intro is None:
        return None
    found: list[str] = []
    for match in _TOKEN.finditer(description, intro.end()):
        found += _expand(match.group(1), match.group(2))
    return frozenset(found) or None


def documented_values(document: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Schema name -> its documented values, for the named open-string schemas of the spec."""
    table: dict[str, frozenset[str]] = {}
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        if not isinstance(schema, dict) or schema.get("type") != "string":
            continue
        if any(key in schema for key in ("enum", "pattern", "format")):
            continue
        values = values_in(str(schema.get("description") or ""))
        if values:
            table[name] = values
    return table


def referenced_values(description: str, table: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """The values of the schema a property's description points at (``see `PackageStatus` ``)."""
    match = _SEE.search(description)
    return table.get(match.group(1)) if match else None


def meta_codes(document: dict[str, Any]) -> tuple[frozenset[int], frozenset[int]]:
    """(every documented `meta.code`, the success codes among them), from the spec's `x-meta-codes`."""
    codes: set[int] = set()
    success: set[int] = set()
    extension = document.get("x-meta-codes")
    if isinstance(extension, dict):
        codes |= {int(key) for key in extension if str(key).isdigit()}
    elif isinstance(extension, list):
        for item in extension:
            if isinstance(item, dict) and "code" in item:
                codes.add(int(item["code"]))
                if item.get("category") == "success":
                    success.add(int(item["code"]))
    return frozenset(codes), frozenset(success) or _FALLBACK_SUCCESS
