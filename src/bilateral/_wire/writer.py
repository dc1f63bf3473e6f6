"""The JSON text of bilateral's values, written by orjson straight from the values.

The reference writer unstructures a value with the converter (cattrs; one
Python call per field and item) and encodes the result. With orjson
installed, :func:`write` hands the values to orjson, which walks the
containers, strings, numbers, enums and days itself and asks back (its
``default``) only for bilateral's classes: a record becomes the dict of its
fields (orjson writes what they hold), a date its EDTF text, a country its
code, an amount of money its decimal text and currency. Anything else, and
anything orjson refuses, goes back to the reference writer, so the text and
the errors are the reference's (a property test compares them).
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any

import attrs

from bilateral._values.checks import OMIT_AT_DEFAULT
from bilateral._values.country import Country
from bilateral._values.dates import DateRange, PartialDate
from bilateral._values.money import Money


def omitted_at_default(kind: type) -> frozenset[str]:
    """The fields of ``kind`` that a document holds only when they are not at their default."""
    return frozenset(f.name for f in attrs.fields(kind) if f.metadata.get(OMIT_AT_DEFAULT))


def _money(value: Money) -> dict[str, str]:
    return {"amount": format(value.amount, "f"), "currency": value.currency}


_EDTF = attrgetter("edtf")
_DATES = frozenset({PartialDate, DateRange})
_PARTS: dict[type, Callable[[Any], Any]] = {
    PartialDate: _EDTF,
    DateRange: _EDTF,
    Country: attrgetter("code"),
    Money: _money,
}


def _record(kind: type) -> Callable[[Any], dict[str, Any]]:
    """The dict of a record's fields under their names, as the converter's generated function.

    Generated like attrs' and cattrs' own functions (one dict display), for
    the fields the converter writes: those set by the initializer.
    """
    fields = [field for field in attrs.fields(kind) if field.init]
    assert all(field.name.isidentifier() for field in fields)  # noqa: S101 - attrs fields are
    omitted = omitted_at_default(kind)
    namespace: dict[str, Any] = {}
    lines = ["def record(value):", "    data = {}"]
    for field in fields:
        name = field.name
        if name in omitted:
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            namespace[f"default_{name}"] = default
            lines.append(f"    if value.{name} != default_{name}:")
            lines.append(f"        data[{name!r}] = value.{name}")
        else:
            lines.append(f"    data[{name!r}] = value.{name}")
    lines.append("    return data")
    exec("\n".join(lines) + "\n", namespace)  # noqa: S102
    record: Callable[[Any], dict[str, Any]] = namespace["record"]
    return record


def _part_of(kind: type) -> Callable[[Any], Any]:
    part = _PARTS.get(kind)
    if part is None:
        if not (attrs.has(kind) and kind.__module__.startswith("bilateral")):
            msg = f"{kind.__name__} is not a value the fast writer knows"
            raise TypeError(msg)
        part = _PARTS[kind] = _record(kind)
    return part


def fields_of(value: Any) -> dict[str, Any]:
    """The dict of a bilateral record's fields, the values themselves (orjson writes them)."""
    return dict(_part_of(type(value))(value))


def write(orjson: Any, data: Any, indent: int | None) -> str | None:
    """The JSON text of ``data`` (values or plain data); None where the reference must write it.

    orjson writes two-space indentation and the compact form (no spaces);
    other indentations, integers over 64 bits, lone surrogates and
    anything of a type this module does not know are the reference's.
    """
    if indent not in {None, 2}:
        return None
    # Shared dates (loads builds each distinct one once) are worded once per call;
    # the values outlive the call, so their ids stay theirs.
    edtf: dict[int, str] = {}

    def part(value: Any) -> Any:
        kind = type(value)
        if kind in _DATES:
            text = edtf.get(id(value))
            if text is None:
                text = edtf[id(value)] = value.edtf
            return text
        return _part_of(kind)(value)

    option = orjson.OPT_INDENT_2 if indent == 2 else 0
    try:
        text = orjson.dumps(data, default=part, option=option).decode()
    except orjson.JSONEncodeError:
        return None
    return f"{text}\n" if indent is not None else str(text)
