"""Check a parsed model against the types its generated class declares.

The generated ``from_dict`` methods trust the document: ``Tracking.from_dict({"tracking_number":
2})`` builds a ``Tracking`` whose ``tracking_number`` is an int. The class's annotations are the
spec's schema as the generator wrote it (``tracking_number: str``, ``origin_info: TrackingOriginInfo
| Unset``, ``trackinfo: list[Checkpoint] | Unset``), so checking an instance against them checks
the document against the spec, without importing any generated module: the instance is the input.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

__all__ = ["check_declared_types"]

_SCALARS: dict[str, Any] = {
    "str": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "None": lambda v: v is None,
    "Unset": lambda v: type(v).__name__ == "Unset",
    "datetime.datetime": lambda v: isinstance(v, dt.datetime),
    "datetime.date": lambda v: isinstance(v, dt.date),
}


def _split_union(annotation: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in annotation:
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return parts


def _describe(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _matches(value: object, annotation: str, path: str, problems: list[str]) -> bool:
    """Whether ``value`` fits one member of ``annotation``; nested problems go to ``problems``."""
    for member in _split_union(annotation):
        if member in _SCALARS:
            if _SCALARS[member](value):
                return True
        elif member.startswith("list[") and member.endswith("]"):
            if isinstance(value, list):
                inner = member[5:-1]
                for index, item in enumerate(value):
                    if not _matches(item, inner, f"{path}[{index}]", problems):
                        problems.append(f"{path}[{index}] is {_describe(item)}, expected {inner}")
                return True
        elif member.startswith(("dict[", "Any", "Mapping[")):
            return True
        elif member.isidentifier():
            if any(cls.__name__ == member for cls in type(value).__mro__):
                if attrs.has(type(value)):
                    problems.extend(_problems(value, path))
                return True
        else:  # a form this checker does not know: do not refuse what it cannot read
            return True
    return False


def _problems(instance: object, path: str) -> list[str]:
    problems: list[str] = []
    cls = type(instance)
    if not attrs.has(cls):
        return problems
    for attribute in attrs.fields(cls):
        if attribute.name == "additional_properties" or not isinstance(attribute.type, str):
            continue
        value = getattr(instance, attribute.name)
        where = f"{path}.{attribute.name}"
        if not _matches(value, attribute.type, where, problems):
            problems.append(f"{where} is {_describe(value)}, expected {attribute.type.replace(' | Unset', '')}")
    return problems


def check_declared_types(instance: object, path: str) -> None:
    """Raise ``TypeError`` naming every field of ``instance`` (an attrs model, recursively) whose
    value does not have the declared type; ``path`` prefixes the field names (e.g. ``"data"``)."""
    problems = _problems(instance, path)
    if problems:
        raise TypeError("; ".join(problems))
