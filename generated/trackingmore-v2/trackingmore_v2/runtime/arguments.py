"""Turn a facade method's arguments into the operation's request model.

``client.trackings.create(tracking_number=..., carrier_code=...)`` and
``client.trackings.create(CreateTrackingRequest(...))`` send the same body; the generated method
hands its positional and keyword arguments here with the model class and the names of the fields
it accepts positionally (``x-sdk.positional`` in the spec).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any, TypeVar

__all__ = ["as_enum", "build_body"]

M = TypeVar("M")


def as_enum(cls: type[Enum], value: Any) -> Any:
    """``value`` as a member of ``cls`` when it is one of its plain values (``"delivered"``).

    Anything else (a member, the generated ``UNSET``) is returned as it is.
    """
    if isinstance(value, str | int) and not isinstance(value, cls):
        try:
            return cls(value)
        except ValueError:
            allowed = ", ".join(repr(member.value) for member in cls)
            raise ValueError(f"{value!r} is not a valid {cls.__name__} (one of {allowed})") from None
    return value


def build_body(
    model: type[M],
    args: Sequence[Any],
    fields: dict[str, Any],
    *,
    positional: Sequence[str] = (),
    enums: Mapping[str, type[Enum]] | None = None,
    method: str,
) -> M:
    """The model instance passed alone, or ``model(**fields)`` with positional fields named and
    plain enum values turned into members."""
    if len(args) == 1 and not fields and isinstance(args[0], model):
        return args[0]
    if len(args) > len(positional):
        raise TypeError(
            f"{method}() takes a {model.__name__} or keyword arguments"
            + (f" (positionally: {', '.join(positional)})" if positional else "")
        )
    for name, value in zip(positional, args, strict=False):
        if name in fields:
            raise TypeError(f"{method}() got multiple values for argument {name!r}")
        fields[name] = value
    for name, cls in (enums or {}).items():
        if name in fields:
            fields[name] = as_enum(cls, fields[name])
    factory: Callable[..., M] = model
    return factory(**fields)
