"""The JSON text of bilateral's values, written by orjson straight from the values.

The reference writer unstructures a value with the converter (cattrs; one
Python call per field and item) and encodes the result. With orjson
installed, :func:`write_bytes` hands orjson the values, which walks the
containers, strings, numbers, enums and days itself and asks back (its
``default``) only for bilateral's records: a record becomes the dict of its
fields, by a function generated per class, in which the leaf values its
fields declare are already turned into text (a date its EDTF text, worded
once per distinct date and call, a country its code, an amount of money its
decimal text and currency). Anything else, and anything orjson refuses,
goes back to the reference writer, so the text and the errors are the
reference's (property tests compare them).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

import attrs

from bilateral._values.checks import OMIT_AT_DEFAULT
from bilateral._values.country import Country
from bilateral._values.dates import DateRange, PartialDate
from bilateral._values.money import Money

#: A part's function: the value, and the EDTF texts of the dates worded so far in this call.
Part = Callable[[Any, dict[int, str]], Any]


def omitted_at_default(kind: type) -> frozenset[str]:
    """The fields of ``kind`` that a document holds only when they are not at their default."""
    return frozenset(f.name for f in attrs.fields(kind) if f.metadata.get(OMIT_AT_DEFAULT))


def _money(value: Money, _: dict[int, str]) -> dict[str, str]:
    return {"amount": format(value.amount, "f"), "currency": value.currency}


def _date(value: PartialDate | DateRange, edtf: dict[int, str]) -> str:
    # Shared dates (loads builds each distinct one once) are worded once per call;
    # the values outlive the call, so their ids stay theirs.
    text = edtf.get(id(value))
    if text is None:
        text = edtf[id(value)] = value.edtf
    return text


def _code(value: Country, _: dict[int, str]) -> str:
    return value.code


def _mapping(value: MappingProxyType[str, Any], _: dict[int, str]) -> dict[str, Any]:
    return dict(value)  # a source's records, read-only mappings: the format writes objects


_PARTS: dict[type, Part] = {PartialDate: _date, DateRange: _date, Country: _code, Money: _money}
_LEAVES = frozenset(_PARTS)
_PARTS[MappingProxyType] = _mapping


def _is_record(kind: object) -> bool:
    return (
        isinstance(kind, type)
        and kind not in _LEAVES
        and attrs.has(kind)
        and kind.__module__.startswith("bilateral")
    )


def _leaves(annotation: object) -> list[type]:
    """The classes of leaf values (dates, countries, money) that ``annotation`` allows."""
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        found = [kind for member in typing.get_args(annotation) for kind in _leaves(member)]
        return list(dict.fromkeys(found))
    return [annotation] if annotation in _LEAVES else []


def _leaf_items(annotation: object) -> type | None:
    """The class of leaf values a tuple ``annotation`` holds, where it holds only those."""
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        found = {_leaf_items(member) for member in typing.get_args(annotation)} - {None}
        return found.pop() if len(found) == 1 else None
    if origin is tuple:
        items = {item for item in typing.get_args(annotation) if item is not ...}
        kind = items.pop() if len(items) == 1 else None
        return kind if kind in _LEAVES else None
    return None


def _text(kind: type, name: str) -> str:
    """The expression of the text of the leaf value in variable ``name``, of class ``kind``."""
    if kind is Country:
        return f"{name}.code"
    if kind is Money:
        return f"money({name}, edtf)"
    return f"(edtf.get(id({name})) or date({name}, edtf))"  # a date: worded once per call


def _choices(tests: list[tuple[str, str]], subject: str, name: str) -> str:
    """``name`` (bound to ``subject``) turned by the first test it passes, else itself.

    Each test is a condition on ``t``, the class of ``name``, and the
    expression it gives.
    """
    bound = name if subject == name else f"({name} := {subject})"
    text = name
    for number, (condition, result) in reversed(list(enumerate(tests))):
        # A variable for the class only where there are tests after the first.
        first = f"(t := type({bound}))" if len(tests) > 1 else f"type({bound})"
        kind = "t" if number else first
        text = f"{result} if {kind} {condition} else {text}"
    return f"({text})"


def _converted(annotation: object, subject: str, name: str = "x") -> str:
    """The expression of the value of ``subject``, a field declared ``annotation``, as orjson is to have it.

    The leaf values a field declares (a country, a date, money, or a tuple of
    them) become their text where they are exactly of their class; anything
    else is left as it is for orjson and its ``default``. Records are left
    too: a record's dict lives only while orjson writes it, which costs
    less than building the dicts of a record's records there (a whole
    document's plain data at once costs twice as much).
    """
    tests = [(f"is {kind.__name__}", _text(kind, name)) for kind in _leaves(annotation)]
    item = _leaf_items(annotation)
    if item is not None:
        # A list for a tuple: the same JSON.
        text = _choices([(f"is {item.__name__}", _text(item, "item"))], "item", "item")
        tests.append((f"is tuple and {name}", f"[{text} for item in {name}]"))
    return _choices(tests, subject, name) if tests else subject


def _hints(kind: type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(kind)
    except (NameError, TypeError):  # pragma: no cover - undeclared: orjson asks back for each value
        return {}


_NAMESPACE: dict[str, Any] = {
    "Country": Country,
    "PartialDate": PartialDate,
    "DateRange": DateRange,
    "Money": Money,
    "date": _date,
    "money": _money,
}


def _record(kind: type) -> Part:
    """The dict of a record's fields under their names, as the converter writes them: those set by the initializer.

    Generated like attrs' and cattrs' own functions (one dict display, then
    the fields omitted at their default); the leaf values a field is
    declared to hold are turned into their text there, where the value is
    exactly of their class.
    """
    fields = [field for field in attrs.fields(kind) if field.init]
    assert all(field.name.isidentifier() for field in fields)  # noqa: S101 - attrs fields are
    omitted = omitted_at_default(kind)
    hints = _hints(kind)
    namespace: dict[str, Any] = dict(_NAMESPACE)
    display: list[str] = []
    lines: list[str] = []
    for field in fields:
        name = field.name
        hint = hints.get(name)
        if name not in omitted:
            if lines:
                lines.append(f"    data[{name!r}] = {_converted(hint, f'value.{name}')}")
            else:
                display.append(f"        {name!r}: {_converted(hint, f'value.{name}')},")
            continue
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        if default is None:  # the same as != None: no value a field holds equals None
            lines.append(f"    if (x := value.{name}) is not None:")
        else:
            namespace[f"default_{name}"] = default
            lines.append(f"    if (x := value.{name}) != default_{name}:")
        lines.append(f"        data[{name!r}] = {_converted(hint, 'x')}")
    source = "\n".join(
        ["def record(value, edtf):", "    data = {", *display, "    }", *lines, "    return data"]
    )
    exec(source + "\n", namespace)  # noqa: S102
    record: Part = namespace["record"]
    return record


def _part_of(kind: type) -> Part:
    part = _PARTS.get(kind)
    if part is None:
        if not _is_record(kind):
            msg = f"{kind.__name__} is not a value the fast writer knows"
            raise TypeError(msg)
        part = _PARTS[kind] = _record(kind)
    return part


class _Headed:
    """A record written after the members of a header (a dataset after the format's name and version)."""

    __slots__ = ("header", "record")

    def __init__(self, header: dict[str, Any], record: Any) -> None:
        self.header = header
        self.record = record


def _headed(value: _Headed, edtf: dict[int, str]) -> dict[str, Any]:
    return {**value.header, **_part_of(type(value.record))(value.record, edtf)}


_PARTS[_Headed] = _headed


def write_bytes(
    orjson: Any, data: Any, indent: int | None, header: dict[str, Any] | None = None
) -> bytes | None:
    """The JSON text of ``data`` (values or plain data) in UTF-8; None where the reference must write it.

    With a ``header``, ``data`` is a record, written as the object of the
    header's members followed by its fields. orjson writes two-space
    indentation and the compact form (no spaces); other indentations,
    integers over 64 bits, lone surrogates and anything of a type this
    module does not know are the reference's.
    """
    if indent not in {None, 2}:
        return None
    edtf: dict[int, str] = {}

    def part(value: Any) -> Any:
        try:
            function = _PARTS[type(value)]
        except KeyError:
            function = _part_of(type(value))  # generated once per class, or TypeError
        return function(value, edtf)

    option = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE if indent == 2 else 0
    try:
        text: bytes = orjson.dumps(
            data if header is None else _Headed(header, data), default=part, option=option
        )
    except orjson.JSONEncodeError:
        return None
    return text
