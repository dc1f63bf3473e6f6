"""Validators and converters shared by the model's attrs classes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from bilateral._values.errors import InvalidValueError

T = TypeVar("T")


def shown(value: object, limit: int = 80) -> str:
    """``repr(value)``, cut to ``limit`` characters, for error messages.

    A message names the bad value; a dataset passed where a date belongs
    should not put ten kilobytes of repr into it.
    """
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 3]}..."


_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")


def check_id(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    """Validate an identifier: lowercase letters, digits, ``.``, ``_`` and ``-``."""
    del instance
    if not isinstance(value, str) or _ID.fullmatch(value) is None:
        msg = f"expected an id of lowercase letters, digits, '.', '_' and '-', got {shown(value)}"
        raise InvalidValueError(msg, path=(attribute.name,))


def check_text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    """Validate a non-empty string."""
    del instance
    if not isinstance(value, str) or not value.strip():
        msg = f"expected a non-empty string, got {shown(value)}"
        raise InvalidValueError(msg, path=(attribute.name,))


def check_optional_text(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    """Validate ``None`` or a non-empty string."""
    if value is not None:
        check_text(instance, attribute, value)  # type: ignore[arg-type]


def check_day(instance: object, attribute: attrs.Attribute[dt.date], value: object) -> None:
    """Validate a plain :class:`datetime.date` (not a datetime)."""
    del instance
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        msg = f"expected a date, got {shown(value)}"
        raise InvalidValueError(msg, path=(attribute.name,))


def as_tuple(value: object, kind: type[T], name: str) -> tuple[T, ...]:
    """A list or tuple of ``kind`` as a tuple.

    Anything else (a string, a set, a generator, a wrong item) is an error
    naming the field and the position, never silently coerced. The model's
    converters are named functions around this one, so that mypy's attrs
    plugin can type the constructors.
    """
    if not isinstance(value, list | tuple):
        msg = f"expected a list or tuple of {kind.__name__}, got {shown(value)}"
        raise InvalidValueError(msg, path=(name,))
    for index, item in enumerate(value):
        if not isinstance(item, kind) or (isinstance(item, bool) and kind is not bool):
            msg = f"expected {kind.__name__}, got {shown(item)}"
            raise InvalidValueError(msg, path=(name, index))
    return tuple(value)


def is_a(*kinds: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator: the value is an instance of one of ``kinds``."""
    names = " or ".join(k.__name__ for k in kinds)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        del instance
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            msg = f"expected {names}, got {shown(value)}"
            raise InvalidValueError(msg, path=(attribute.name,))

    return check


def optional_a(*kinds: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator: the value is ``None`` or an instance of one of ``kinds``."""
    inner = is_a(*kinds)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            inner(instance, attribute, value)

    return check


def check_count(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    """Validate a non-negative integer (not a bool)."""
    del instance
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"expected a non-negative integer, got {shown(value)}"
        raise InvalidValueError(msg, path=(attribute.name,))
