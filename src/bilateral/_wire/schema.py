"""The JSON Schema (draft 2020-12) of the wire format, derived from the model.

The schema is not written by hand: :func:`json_schema` walks the attrs
fields and type hints of :class:`~bilateral.Dataset` and every class under
it. Each class becomes an object in ``$defs`` with exactly its fields
(``additionalProperties: false``), the fields without a default are
``required``, ``X | None`` allows ``null``, ``tuple[X, ...]`` is an array.
Leaf types (partial dates, ranges, days, countries, money, enums, ids and
texts) map to fragments with patterns and enumerations. A field whose
validator does more than check its type says so in its metadata (a
:class:`~bilateral._values.checks.SchemaRule`): the fragment its values
narrow to (an id, a non-empty text, a trade period that is not a day, a
trade value that is not negative) and keywords it adds (a relation's two
countries differ).

What a JSON Schema cannot say, the loader still checks: that a day exists
in its month, that a range does not end before it starts, that a quote is
the source text at its offsets, that ids are unique and references resolve,
and the rules that tie one field to another (a visit does not go from a
country to itself; exports and imports name a reporter; a mission and a
trade reporter belong to the relation).
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import types
import typing
from collections.abc import Mapping
from functools import cache
from typing import Any

import attrs

from bilateral._model import Dataset
from bilateral._values.checks import (
    ID_PATTERN,
    MAX_COUNT,
    SCHEMA,
    VISIBLE_PATTERN,
    SchemaRule,
)
from bilateral._values.country import Country, _codes
from bilateral._values.dates import DateRange, PartialDate
from bilateral._values.history import former_countries
from bilateral._values.money import (
    MAX_FRACTION_DIGITS,
    MAX_INTEGER_DIGITS,
    Money,
    _currencies,
)
from bilateral._wire.converter import FORMAT_NAME, FORMAT_VERSION

DIALECT = "https://json-schema.org/draft/2020-12/schema"

Schema = dict[str, Any]


def _anchored(body: str) -> str:
    # ``(?!\n)$``: in Python's re (which jsonschema uses), a bare ``$`` also
    # matches before a final newline; the loader's fullmatch does not.
    return rf"^(?:{body})(?!\n)$"


_YEAR = r"(?!0000)[0-9]{4}"
_MONTH = r"0[1-9]|1[0-2]"
_DAY = r"0[1-9]|[12][0-9]|3[01]"
# Quarters and halves: the sub-year periods a trade figure may cover.
_SUB_YEAR = r"3[3-6]|4[01]"
# Seasons (EDTF level 1): dates, but not statistical periods.
_SEASON = r"2[1-4]"
# A decade (YYYX) or a century (YYXX), never one that includes the year 0000.
_YEAR_X = r"(?!000X)[0-9]{3}X|(?!00XX)[0-9]{2}XX"
_QUALIFIER = r"[?~%]?"
_PARTIAL = (
    rf"(?:{_YEAR_X}|{_YEAR}(?:-(?:(?:{_MONTH})(?:-(?:{_DAY}|XX))?|XX(?:-XX)?"
    rf"|{_SEASON}|{_SUB_YEAR}))?){_QUALIFIER}"
)
_PERIOD = rf"{_YEAR}(?:-(?:{_MONTH}|{_SUB_YEAR}))?{_QUALIFIER}"
_RANGE = rf"(?!\.\./\.\.)(?:{_PARTIAL}|\.\.)/(?:{_PARTIAL}|\.\.)"
_UNSIGNED = (
    rf"(?:0|[1-9][0-9]{{0,{MAX_INTEGER_DIGITS - 1}}})(?:\.[0-9]{{1,{MAX_FRACTION_DIGITS}}})?"
)
_DECIMAL = rf"-?{_UNSIGNED}"
# "-0" and "-0.00" are zero, which a trade value may be.
_NON_NEGATIVE = rf"-0(?:\.0{{1,{MAX_FRACTION_DIGITS}}})?|{_UNSIGNED}"


def _money(amount_pattern: str, description: str) -> Schema:
    return {
        "type": "object",
        "description": description,
        "properties": {
            "amount": {"type": "string", "pattern": _anchored(amount_pattern)},
            "currency": {"$ref": "#/$defs/Currency"},
        },
        "required": ["amount", "currency"],
        "additionalProperties": False,
    }


def _leaves() -> dict[str, Schema]:
    """Fragments for the leaf types, by the name they get in ``$defs``."""
    return {
        "Id": {
            "type": "string",
            "description": "An id: lowercase letters, digits, '.', '_' and '-'.",
            "pattern": _anchored(ID_PATTERN),
        },
        "Text": {
            "type": "string",
            "description": (
                "A string with at least one visible character: one that is not white "
                "space, a control character (Cc) or a format character (Cf) such as "
                "U+200B or U+FEFF."
            ),
            "pattern": VISIBLE_PATTERN,
        },
        "NonNegativeInteger": {
            "type": "integer",
            "description": "An integer from 0 to 2**53 - 1.",
            "minimum": 0,
            "maximum": MAX_COUNT,
        },
        "Date": {
            "type": "string",
            "description": "An ISO 8601 day, YYYY-MM-DD (the day must exist in its month).",
            "format": "date",
            "pattern": _anchored(rf"{_YEAR}-(?:{_MONTH})-(?:{_DAY})"),
        },
        "PartialDate": {
            "type": "string",
            "description": (
                "An EDTF date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-21..24 (seasons), "
                "YYYY-33..36 (quarters), YYYY-40..41 (halves), YYYX (a decade), YYXX "
                "(a century), or XX for an unspecified month or day (YYYY-XX, "
                "YYYY-MM-XX, YYYY-XX-XX), optionally ending in ? (uncertain), ~ "
                "(approximate) or % (both)."
            ),
            "pattern": _anchored(_PARTIAL),
        },
        "TradePeriodDate": {
            "type": "string",
            "description": "An EDTF year, half, quarter or month (not a day).",
            "pattern": _anchored(_PERIOD),
        },
        "DateRange": {
            "type": "string",
            "description": (
                "An EDTF interval START/END of two EDTF dates, either (not both) "
                "open as '..'; the start is not after the end."
            ),
            "pattern": _anchored(_RANGE),
        },
        "Country": {
            "type": "string",
            "description": (
                "An ISO 3166-1 alpha-2 code of a country known to CLDR, or the ISO "
                "3166-3 alpha-4 code of a former country."
            ),
            "enum": sorted(_codes()[0]) + sorted(c.alpha_4 for c in former_countries()),
        },
        "Currency": {
            "type": "string",
            "description": (
                "An ISO 4217 currency code known to CLDR, except XXX (no currency) "
                "and XTS (for testing)."
            ),
            "enum": sorted(_currencies()),
        },
        "Money": _money(
            _DECIMAL,
            f"An amount as a decimal string (at most {MAX_INTEGER_DIGITS} digits before "
            f"the point and {MAX_FRACTION_DIGITS} after it), and its currency.",
        ),
        "NonNegativeMoney": _money(_NON_NEGATIVE, "An amount that is not negative."),
    }


# Leaf types by the name of their fragment.
_LEAF_TYPES: dict[Any, str] = {
    dt.date: "Date",
    PartialDate: "PartialDate",
    DateRange: "DateRange",
    Country: "Country",
    Money: "Money",
}
_PLAIN = {str: {"type": "string"}, int: {"type": "integer"}, bool: {"type": "boolean"}}


def _ref(name: str) -> Schema:
    return {"$ref": f"#/$defs/{name}"}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Schema] = {}
        self.leaves = _leaves()

    def leaf(self, name: str) -> Schema:
        self.defs.setdefault(name, self.leaves[name])
        if name in {"Money", "NonNegativeMoney"}:
            self.leaf("Currency")
        return _ref(name)

    def klass(self, kind: type) -> Schema:
        name = kind.__name__
        if name not in self.defs:
            self.defs[name] = {}  # a placeholder, should the model ever recurse
            self.defs[name] = self.object(kind)
        return _ref(name)

    def object(self, kind: type) -> Schema:
        hints = typing.get_type_hints(kind)
        properties: dict[str, Schema] = {}
        required: list[str] = []
        for field in attrs.fields(kind):
            rule = field.metadata.get(SCHEMA, SchemaRule())
            fragment = self.type(hints[field.name], rule.leaf)
            properties[field.name] = {**fragment, **rule.keywords}
            if field.default is attrs.NOTHING:
                required.append(field.name)
        doc = (kind.__doc__ or "").strip().splitlines()
        return {
            "type": "object",
            "description": doc[0] if doc else kind.__name__,
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }

    def type(self, hint: Any, refined: str | None = None) -> Schema:  # noqa: C901, PLR0911 - one per shape
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if origin in {typing.Union, types.UnionType}:
            options = [a for a in args if a is not types.NoneType]
            branches = [self.type(a, refined if len(options) == 1 else None) for a in options]
            if len(options) != len(args):
                branches.append({"type": "null"})
            return branches[0] if len(branches) == 1 else {"anyOf": branches}
        if origin in {Mapping, dict}:
            return {"type": "object", "additionalProperties": self.type(args[1])}
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                # A rule on a field of many values narrows each value.
                return {"type": "array", "items": self.type(args[0], refined)}
            return {
                "type": "array",
                "prefixItems": [self.type(a) for a in args],
                "items": False,
                "minItems": len(args),
            }
        if refined is not None:
            return self.leaf(refined)
        if hint in _PLAIN:
            return dict(_PLAIN[hint])
        if hint in _LEAF_TYPES:
            return self.leaf(_LEAF_TYPES[hint])
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            self.defs.setdefault(
                hint.__name__,
                {"type": "string", "enum": [member.value for member in hint]},
            )
            return _ref(hint.__name__)
        if isinstance(hint, type) and attrs.has(hint):
            return self.klass(hint)
        msg = f"no JSON Schema for the type {hint!r}"
        raise TypeError(msg)


@cache
def _schema() -> Schema:
    builder = _Builder()
    body = builder.object(Dataset)
    return {
        "$schema": DIALECT,
        "title": f"bilateral dataset, format version {FORMAT_VERSION}",
        "description": (
            "A bilateral dataset: sources, the people in them, relations between "
            "pairs of countries and corrections of the sources' text."
        ),
        "type": "object",
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"const": FORMAT_VERSION},
            **body["properties"],
        },
        "required": ["format", "version", *body["required"]],
        "additionalProperties": False,
        "$defs": dict(sorted(builder.defs.items())),
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a dataset document, as a new dict.

    It is derived from the model, so it cannot drift from what
    :func:`~bilateral.loads` reads. The loader checks more than a schema can
    say (see the module notes in the format documentation): a document the
    schema refuses is refused by the loader, not always the other way round.

    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["properties"]["version"]
    {'const': 2}
    >>> schema["$defs"]["NonNegativeMoney"]["required"]
    ['amount', 'currency']
    """
    return copy.deepcopy(_schema())
