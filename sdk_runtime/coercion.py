"""The slow path of reading a response value into its declared type (tolerant, never wrong).

The generated ``from_dict`` methods (``generator-templates/model.py.jinja``) check each value's
class inline and call these functions only when it is not already the declared type. Each
function either turns the value losslessly into that type - the forms the real API is known to
send (the facts sheet): a numeric string for an integer or a number, ``"true"``/``"false"`` for a
boolean, the string ``"null"`` for null where the field is nullable, a number for a string - or
raises ``FieldError`` naming the field and the value's type. The endpoint functions turn a
``FieldError`` into ``InvalidResponseError`` (``calls.require``), whose message carries the path.

The callers handle a missing key (``UNSET``) themselves, so nothing here needs the generated types.
"""

from __future__ import annotations

import datetime
import gc
import math
import re
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, NoReturn, Protocol, TypeVar

__all__ = [
    "FieldError",
    "missing",
    "not_an_object",
    "read_bool",
    "read_date",
    "read_datetime",
    "read_enum",
    "read_float",
    "read_int",
    "read_list",
    "read_model",
    "read_str",
    "without_gc",
]

Key = str | int | None
E = TypeVar("E", bound=Enum)
M = TypeVar("M", bound="_Model")
S = TypeVar("S")
R = TypeVar("R")

_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_EXACT_FLOAT_INT = 2**53  # beyond it an int does not survive float()


class _Model(Protocol):
    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M: ...


def _describe(value: object) -> str:
    """The JSON type of a value (what the message names: never the value, which may be personal data)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


class FieldError(ValueError):
    """A response value that cannot be read as its declared type, or a missing required field.

    ``path`` names the field from the outermost model, e.g. ``["data", "items", 3, "status"]``
    (printed ``data.items[3].status``); ``expected`` is the declared type, ``got`` the JSON type
    of the value (``None`` for a missing field).
    """

    def __init__(self, key: Key, expected: str, got: str | None) -> None:
        super().__init__()
        self.path: list[str | int] = [] if key is None else [key]
        self.expected = expected
        self.got = got

    def within(self, *keys: str | int) -> FieldError:
        """Prefix the path with the keys of the enclosing objects (called while the error propagates)."""
        self.path[:0] = keys
        return self

    @property
    def where(self) -> str:
        text = ""
        for key in self.path:
            text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
        return text or "(the body)"

    def __str__(self) -> str:
        if self.got is None:
            return f"{self.where}: required field missing (expected {self.expected})"
        return f"{self.where}: expected {self.expected}, got {self.got}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.path, self.expected, self.got))


def _rebuild(path: list[str | int], expected: str, got: str | None) -> FieldError:
    return FieldError(None, expected, got).within(*path)


def _fail(value: object, key: Key, expected: str, nullable: bool) -> NoReturn:
    raise FieldError(key, f"{expected} or null" if nullable else expected, _describe(value))


def missing(key: str, expected: str) -> NoReturn:
    """A required field is absent."""
    raise FieldError(key, expected, None)


def not_an_object(value: object) -> NoReturn:
    """A model's source is not a JSON object (its parent adds the path)."""
    raise FieldError(None, "object", _describe(value))


def _null(value: object, nullable: bool) -> bool:
    return nullable and (value is None or value == "null")


def read_str(value: object, key: Key, nullable: bool) -> str | None:
    """A string; a number becomes its decimal text (ids sent as numbers)."""
    if _null(value, nullable):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    _fail(value, key, "string", nullable)


def read_int(value: object, key: Key, nullable: bool) -> int | None:
    """An integer; a decimal string (``"3"``) or an integral float (``3.0``) becomes the int."""
    if _null(value, nullable):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and _INTEGER.fullmatch(value):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    _fail(value, key, "integer", nullable)


def read_float(value: object, key: Key, nullable: bool) -> float | None:
    """A number as float; an int (exactly representable) or a decimal string becomes the float."""
    if _null(value, nullable):
        return None
    if isinstance(value, float) and math.isfinite(value):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) <= _EXACT_FLOAT_INT:
        return float(value)
    if isinstance(value, str) and _NUMBER.fullmatch(value):
        number = float(value)
        if math.isfinite(number):
            return number
    _fail(value, key, "number", nullable)


def read_bool(value: object, key: Key, nullable: bool) -> bool | None:
    """A boolean; ``"true"``/``"false"`` (any case) and the numbers 1/0 become the bool."""
    if _null(value, nullable):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    _fail(value, key, "boolean", nullable)


def read_datetime(value: object, key: Key, nullable: bool) -> datetime.datetime | None:
    """An ISO 8601 date-time string as ``datetime``."""
    if _null(value, nullable):
        return None
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
    _fail(value, key, "ISO 8601 date-time string", nullable)


def read_date(value: object, key: Key, nullable: bool) -> datetime.date | None:
    """An ISO 8601 date string as ``date``."""
    if _null(value, nullable):
        return None
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    _fail(value, key, "ISO 8601 date string", nullable)


def read_enum(value: object, enum: type[E], key: Key, nullable: bool) -> E | None:
    """A member of ``enum``; for an integer enum a numeric string is read as its number."""
    if _null(value, nullable):
        return None
    candidate = value
    if isinstance(value, str) and issubclass(enum, int) and _INTEGER.fullmatch(value):
        candidate = int(value)
    if not isinstance(candidate, bool):
        try:
            return enum(candidate)
        except ValueError:
            pass
    _fail(value, key, f"one of {', '.join(repr(m.value) for m in enum)}", nullable)


def read_model(value: object, model: type[M], key: Key, nullable: bool) -> M | None:
    """An object that is not a plain ``dict`` (another Mapping), or null where allowed."""
    if _null(value, nullable):
        return None
    if isinstance(value, Mapping):
        try:
            return model.from_dict(value)
        except FieldError as error:
            raise (error.within(key) if key is not None else error) from None
    _fail(value, key, "object", nullable)


def read_list(value: object, key: Key, nullable: bool) -> list[Any] | None:
    """The slow path of an array field whose value is not a list: null where allowed, else the error."""
    if _null(value, nullable):
        return None
    _fail(value, key, "array", nullable)


def without_gc(build: Callable[[S], R], source: S) -> R:
    """``build(source)`` with the cyclic garbage collector paused, then restored as it was.

    Reading a 2,000-tracking page creates ~66,000 model objects that all stay referenced; the
    collections their allocations would trigger (some of them full ones, over the whole heap) can
    free nothing of it and cost about half the parse. Only the time of the parse is affected: the
    collector runs again, as usual, once it is re-enabled.
    """
    if not gc.isenabled():
        return build(source)
    gc.disable()
    try:
        return build(source)
    finally:
        gc.enable()
