"""Validators and converters shared by the model's attrs classes."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import weakref
from collections.abc import Callable, Iterator, Mapping
from itertools import repeat
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


# The metadata key of a field's JSON Schema rule (see :class:`SchemaRule`).
SCHEMA = "bilateral.schema"


@attrs.frozen
class SchemaRule:
    """What a field's validator or converter adds to its type, for the JSON Schema.

    A field whose validator only checks its type needs none; any other rule
    on a field is said here, where ``bilateral._wire.schema`` reads it.

    Attributes:
        leaf: The name of the schema fragment (in ``$defs``) that the field's
            values narrow to, such as ``"Id"``; ``None`` to keep its type's.
        keywords: JSON Schema keywords added to the field's own schema.
    """

    leaf: str | None = None
    keywords: Mapping[str, Any] = attrs.field(factory=dict)


# The metadata key of a field that a document leaves out while it holds its default.
OMIT_AT_DEFAULT = "bilateral.omit_at_default"


def omitted_at_default(metadata: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Field metadata: the field is written to a document only when it is not at its default.

    For fields added after version 1 of the format, so that documents
    without them dump exactly as before.
    """
    return {**(metadata or {}), OMIT_AT_DEFAULT: True}


def schema_rule(leaf: str | None = None, **keywords: Any) -> dict[str, SchemaRule]:
    """Field metadata carrying a :class:`SchemaRule`: ``attrs.field(metadata=...)``."""
    return {SCHEMA: SchemaRule(leaf, keywords)}


class _Deferred(Mapping[str, Any]):
    """Keywords made by ``make`` when first read (from bundled tables), then kept."""

    def __init__(self, make: Callable[[], Mapping[str, Any]]) -> None:
        self._make = make
        self._made: Mapping[str, Any] | None = None

    def _keywords(self) -> Mapping[str, Any]:
        if self._made is None:
            self._made = self._make()
        return self._made

    def __getitem__(self, key: str) -> Any:
        return self._keywords()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keywords())

    def __len__(self) -> int:
        return len(self._keywords())

    def __repr__(self) -> str:
        return repr(dict(self._keywords()))


def deferred_schema_rule(
    keywords: Callable[[], Mapping[str, Any]], leaf: str | None = None
) -> dict[str, SchemaRule]:
    """Like :func:`schema_rule`, with keywords that ``keywords()`` makes when the schema first reads them.

    For keywords read from bundled tables (the PLOVER event types), which
    defining the class need not read.
    """
    return {SCHEMA: SchemaRule(leaf, _Deferred(keywords))}


_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
ID_PATTERN = _ID.pattern


def check_id(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    """Validate an identifier: lowercase letters, digits, ``.``, ``_`` and ``-``."""
    del instance
    if not isinstance(value, str) or _ID.fullmatch(value) is None:
        msg = f"expected an id of lowercase letters, digits, '.', '_' and '-', got {shown(value)}"
        raise InvalidValueError(msg, path=(attribute.name,))


# Characters that show nothing: white space, controls (Cc) and format
# characters (Cf) such as U+200B ZERO WIDTH SPACE and U+FEFF. A text needs at
# least one character that is none of these. The ranges below are those of the
# Basic Multilingual Plane (Unicode 14 to 15.1), which the JSON Schema's
# pattern lists; the check itself asks the interpreter's Unicode database, and
# also refuses a text made only of format characters beyond the BMP (U+E0001).
_INVISIBLE_BMP = (
    (0x0000, 0x0020),
    (0x007F, 0x00A0),
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x1680, 0x1680),
    (0x180E, 0x180E),
    (0x2000, 0x200F),
    (0x2028, 0x202F),
    (0x205F, 0x2064),
    (0x2066, 0x206F),
    (0x3000, 0x3000),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
)
VISIBLE_PATTERN = (
    "[^"
    + "".join(
        f"\\u{low:04x}" if low == high else f"\\u{low:04x}-\\u{high:04x}"
        for low, high in _INVISIBLE_BMP
    )
    + "]"
)
"""A pattern (Python and ECMA-262) that finds a visible character of the BMP."""


def is_visible(char: str) -> bool:
    """Whether ``char`` shows something: not white space, a control or a format character."""
    return not char.isspace() and unicodedata.category(char) not in {"Cc", "Cf"}


def check_text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    """Validate a string with at least one visible character (see :func:`is_visible`)."""
    del instance
    if isinstance(value, str) and value[:1].isalnum():
        return  # a letter or a digit shows something: the common case, decided in C
    if not isinstance(value, str) or not any(map(is_visible, value)):
        msg = f"expected a string with at least one visible character, got {shown(value)}"
        raise InvalidValueError(msg, path=(attribute.name,))


ID = schema_rule("Id")
"""Metadata of a field validated by :func:`check_id`."""

TEXT = schema_rule("Text")
"""Metadata of a field validated by :func:`check_text` or :func:`check_optional_text`."""


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


DAY = schema_rule("Date")
"""Metadata of a field validated by :func:`check_day`."""


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
    # The same check in C when every item passes (a bool is an instance of
    # kind only when kind is int or a base of it, where the loop below decides).
    if not issubclass(bool, kind) and all(map(isinstance, value, repeat(kind))):
        return tuple(value)
    for index, item in enumerate(value):
        if not isinstance(item, kind) or (isinstance(item, bool) and kind is not bool):
            msg = f"expected {kind.__name__}, got {shown(item)}"
            raise InvalidValueError(msg, path=(name, index))
    return tuple(value)


# Converters that return a value already of their field's type as it is.
_KEEPING: weakref.WeakSet[Callable[..., Any]] = weakref.WeakSet()


def keeps_its_type(*converters: Callable[..., Any]) -> None:
    """Mark each of ``converters`` as returning a value already of its field's type unchanged.

    A tuple of the field's items (a tuple, not a list; an equal tuple comes
    back), an enum's member, a country, a date, ``None`` for an optional
    field: the converter gives back the value and checks nothing about it. A
    reader that builds values of the field's type itself (the JSON
    converter) need not call it; a converter that checks more (a place
    name's visible characters) is not marked. (A function call, not a
    decorator: mypy's attrs plugin types only plain functions as converters.)
    """
    _KEEPING.update(converters)


def keeps_type(converter: object) -> bool:
    """Whether ``converter`` was marked by :func:`keeps_its_type`."""
    try:
        return converter in _KEEPING
    except TypeError:  # not hashable, so not one of them
        return False


# The validators is_a and optional_a made: they check a type and nothing more.
# Each maps to the types it accepts and whether it accepts None.
_TYPE_CHECKS: weakref.WeakKeyDictionary[Callable[..., None], tuple[tuple[type, ...], bool]] = (
    weakref.WeakKeyDictionary()
)


def is_type_check(validator: object) -> bool:
    """Whether ``validator`` only checks its value's type (made by :func:`is_a`)."""
    try:
        return validator in _TYPE_CHECKS
    except TypeError:  # not hashable, so not one of them
        return False


def type_check_kinds(validator: object) -> tuple[tuple[type, ...], bool] | None:
    """What a validator made by :func:`is_a` or :func:`optional_a` accepts, else ``None``.

    The types of which the value must be an instance (a bool only where
    ``bool`` is one of them), and whether ``None`` is accepted too. A reader
    that has already established a value's type (the JSON converter) need not
    run such a validator again; every other validator checks more than a type.
    """
    if not callable(validator):
        return None
    try:
        return _TYPE_CHECKS.get(validator)
    except TypeError:  # not hashable, so not one of them
        return None


def is_a(*kinds: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator: the value is an instance of one of ``kinds``."""
    names = " or ".join(k.__name__ for k in kinds)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        del instance
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            msg = f"expected {names}, got {shown(value)}"
            raise InvalidValueError(msg, path=(attribute.name,))

    _TYPE_CHECKS[check] = (kinds, False)
    return check


def optional_a(*kinds: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator: the value is ``None`` or an instance of one of ``kinds``."""
    inner = is_a(*kinds)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            inner(instance, attribute, value)

    _TYPE_CHECKS[check] = (kinds, True)
    return check


MAX_COUNT = 2**53 - 1
"""The largest count or offset: the largest integer every JSON reader keeps exactly."""


def check_count(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    """Validate an integer from 0 to :data:`MAX_COUNT` (not a bool)."""
    del instance
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        msg = f"expected an integer from 0 to 2**53 - 1, got {shown(value)}"
        raise InvalidValueError(msg, path=(attribute.name,))


COUNT = schema_rule("NonNegativeInteger")
"""Metadata of a field validated by :func:`check_count`."""
