"""The JSON wire format, built on cattrs in the preconf style.

The format is plain JSON: partial dates and ranges as EDTF strings, days as
ISO 8601, amounts as decimal strings, enums by value, countries by alpha-2
code, and a format name and version at the top of a dataset document.

Structuring is strict: nothing is coerced (``"5"`` is not ``5``, ``"false"``
is not ``False``), unknown keys are errors at any depth, and a bad document
raises :class:`~bilateral.ValidationError` listing every problem with its
JSON path. Valid documents take a fast path; the detailed pass that collects
every problem runs only when the fast one fails.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import weakref
from collections import ChainMap
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from functools import cache, lru_cache
from itertools import repeat
from types import MappingProxyType
from typing import Any, TypeVar, cast, get_args, get_origin, get_type_hints

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from bilateral._model import Dataset
from bilateral._values.checks import OMIT_AT_DEFAULT
from bilateral._values.country import Country, stored_country
from bilateral._values.dates import DateRange, PartialDate, When, parse_when
from bilateral._values.errors import (
    BilateralError,
    InvalidValueError,
    Problem,
    Step,
    ValidationError,
)
from bilateral._values.money import (
    DECIMAL_TEXT,
    MAX_FRACTION_DIGITS,
    MAX_INTEGER_DIGITS,
    Money,
)
from bilateral._values.vocabulary import Vocabulary
from bilateral._wire.fasttext import FastText, NotFastError
from bilateral._wire.jsontext import describe_value, encode, orjson_module, parse_json
from bilateral._wire.migrations import MIGRATIONS, migrate
from bilateral._wire.trusted import FromStr, Items, trusted_structure_fn
from bilateral._wire.writer import write_bytes

T = TypeVar("T")

FORMAT_NAME = "bilateral"
FORMAT_VERSION = 2

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class _LeafError(InvalidValueError):
    """A value in a document is wrong; its ``path`` goes on from the value's own (``amount``)."""


# Hooks made here with what the trusted constructors do in their place
# (see trusted._hook_call): a list's items each through the item hook, a
# string built by the (shared) builder; any other value goes to the hook.
_MADE_INLINE: weakref.WeakKeyDictionary[Callable[..., Any], Items | FromStr] = (
    weakref.WeakKeyDictionary()
)

H = TypeVar("H", bound=Callable[..., Any])


def _read_inline(hook: H, how: Items | FromStr) -> H:
    """``hook``, remembered with what the trusted constructors do in its place."""
    _MADE_INLINE[hook] = how
    return hook


def _strict_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _LeafError(f"expected a string, got {describe_value(value)}")
    return value


def _strict_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _LeafError(f"expected an integer, got {describe_value(value)}")
    return value


def _strict_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _LeafError(f"expected true or false, got {describe_value(value)}")
    return value


SHARED_VALUES = 4096
"""How many distinct values of each kind (dates, countries, amounts, citations) are shared.

Real documents repeat the same dates, countries, amounts and citations
thousands of times. The values are immutable, so structuring builds (and
checks) each distinct one once and shares it: a value is built from a JSON
string (or an object of strings and integers) exactly as before, and only a
value that was built without error is remembered, so a bad one fails, with
the same error, every time. The caches are bounded (least recently used).
"""


def _shared(build: Callable[..., T]) -> Callable[..., T]:
    """``build``, remembering its last ``SHARED_VALUES`` (4096) results (never its errors)."""
    return lru_cache(maxsize=SHARED_VALUES)(build)


def _day_of(value: str) -> dt.date:
    if _DAY.fullmatch(value) is None:
        raise _LeafError(f"expected an ISO 8601 date (YYYY-MM-DD), got {describe_value(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _LeafError(f"{value!r} is not a date that exists") from None


def _day_hook(day_of: Callable[[str], dt.date]) -> Callable[[object, type], dt.date]:
    def structure(value: object, _: type) -> dt.date:
        if not isinstance(value, str):
            raise _LeafError(f"expected an ISO 8601 date (YYYY-MM-DD), got {describe_value(value)}")
        return day_of(value)

    return _read_inline(structure, FromStr(day_of))


_day = _day_hook(_day_of)


def _leaf(parse: Callable[[str], T], what: str) -> Callable[[object, type], T]:
    def structure(value: object, _: type) -> T:
        if not isinstance(value, str):
            raise _LeafError(f"expected {what}, got {describe_value(value)}")
        try:
            return parse(value)
        except InvalidValueError as exc:
            # The whole string is the value; where in it the parser stopped is not a key.
            raise _LeafError(exc.reason) from None

    return _read_inline(structure, FromStr(parse))


def _country_of(value: str) -> Country:
    # Only the stored forms: a current country's alpha-2 code, a former one's alpha-4.
    try:
        return stored_country(value, describe_value(value))
    except InvalidValueError as exc:
        raise _LeafError(exc.reason) from None


def _country_hook(country_of: Callable[[str], Country]) -> Callable[[object, type], Country]:
    def structure(value: object, _: type) -> Country:
        if not isinstance(value, str):
            raise _LeafError(
                'expected an ISO 3166-1 alpha-2 code such as "AZ", or the ISO 3166-3 '
                f'alpha-4 code of a former country such as "SUHH", got {describe_value(value)}'
            )
        return country_of(value)

    return _read_inline(structure, FromStr(country_of))


_country = _country_hook(_country_of)


def _when_hook(parse: Callable[[str], When]) -> Callable[[object, Any], When | None]:
    def structure(value: object, kind: Any) -> When | None:
        # null is a When | None field's "no date"; a When alone must be a date.
        if value is None and kind != When:
            return None
        if not isinstance(value, str):
            raise _LeafError(
                f"expected an EDTF date or interval string, or null, got {describe_value(value)}"
            )
        try:
            return parse(value)
        except InvalidValueError as exc:
            raise _LeafError(exc.reason) from None

    return _read_inline(structure, FromStr(parse))


_when = _when_hook(parse_when)


def _money_of(amount: str, currency: str) -> Money:
    try:
        return Money(amount, currency)
    except InvalidValueError as exc:
        # Money names its own field, which is the key in the document.
        raise _LeafError(exc.reason, path=exc.path) from None


def _money_hook(money_of: Callable[[str, str], Money]) -> Callable[[object, type], Money]:
    def structure(value: object, _: type) -> Money:
        # The common case first: exactly the two keys, both strings.
        if type(value) is dict and len(value) == 2:
            amount, currency = value.get("amount"), value.get("currency")
            if type(amount) is str and type(currency) is str and DECIMAL_TEXT.fullmatch(amount):
                return money_of(amount, currency)
        return _money(value, _)

    return structure


def _records(value: object, _: Any) -> Mapping[str, Mapping[str, str]] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise _LeafError(f"expected an object of records by key, got {describe_value(value)}")
    problems = []
    for key, record in value.items():
        if not isinstance(record, dict):
            problems.append(
                _LeafError(
                    f"expected an object of field values, got {describe_value(record)}", path=(key,)
                )
            )
            continue
        problems.extend(
            _LeafError(f"expected a string, got {describe_value(item)}", path=(key, field))
            for field, item in record.items()
            if not isinstance(item, str)
        )
    if problems:
        if len(problems) == 1:
            raise problems[0]
        raise _ManyLeafError(problems)
    return cast("Mapping[str, Mapping[str, str]]", value)


_BOUNDS = (
    f" (at most {MAX_INTEGER_DIGITS} digits before the point and {MAX_FRACTION_DIGITS} after it)"
)


def _money(value: object, _: type) -> Money:
    if not isinstance(value, dict):
        raise _LeafError(
            f"expected an object with amount and currency, got {describe_value(value)}"
        )
    extra = set(value) - {"amount", "currency"}
    problems = [_LeafError("unknown key", path=(key,)) for key in sorted(extra)]
    amount, currency = value.get("amount"), value.get("currency")
    if "amount" not in value:
        problems.append(_LeafError("missing required key", path=("amount",)))
    elif not isinstance(amount, str) or DECIMAL_TEXT.fullmatch(amount) is None:
        problems.append(
            _LeafError(
                f'expected a decimal string such as "14400000"{_BOUNDS if isinstance(amount, str) else ""}, '
                f"got {describe_value(amount)}",
                path=("amount",),
            )
        )
    if "currency" not in value:
        problems.append(_LeafError("missing required key", path=("currency",)))
    elif not isinstance(currency, str):
        problems.append(
            _LeafError(
                f"expected an ISO 4217 code, got {describe_value(currency)}", path=("currency",)
            )
        )
    if problems:
        if len(problems) == 1:
            raise problems[0]
        raise _ManyLeafError(problems)
    return _money_of(cast("str", amount), cast("str", currency))


class _ManyLeafError(BilateralError, ValueError):
    def __init__(self, problems: list[_LeafError]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def _is_homogeneous_tuple(kind: Any) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _items_detailed(
    kind: Any, hooks: Iterable[Callable[[Any, Any], Any]], value: list[Any], types: Iterable[Any]
) -> tuple[Any, ...]:
    """Structure each item, collecting every failure with its index, as cattrs does."""
    items = []
    errors: list[Exception] = []
    for index, (hook, item, item_type) in enumerate(zip(hooks, value, types, strict=False)):
        try:
            items.append(hook(item, item_type))
        except Exception as exc:  # noqa: BLE001 - collected and reported with its path
            exc.__notes__ = [
                *getattr(exc, "__notes__", []),
                IterableValidationNote(f"Structuring {kind} @ index {index}", index, item_type),
            ]
            errors.append(exc)
    if errors:
        raise IterableValidationError(f"While structuring {kind}", errors, kind)
    return tuple(items)


def _tuple_factory(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[Any, Any], Any]]:
    """Hooks for ``tuple[X, ...]``: a JSON array (never a string or an object)."""

    def make(kind: Any) -> Callable[[Any, Any], Any]:
        item_type = get_args(kind)[0]
        item_hook = converter.get_structure_hook(item_type)
        detailed = converter.detailed_validation

        def structure(value: Any, _: Any) -> tuple[Any, ...]:
            if not isinstance(value, list):
                raise _LeafError(f"expected an array, got {describe_value(value)}")
            if not value:
                return ()
            if not detailed:
                return tuple(map(item_hook, value, repeat(item_type)))
            return _items_detailed(kind, repeat(item_hook), value, repeat(item_type))

        return structure if detailed else _read_inline(structure, Items(item_hook, item_type))

    return make


def _is_fixed_tuple(kind: Any) -> bool:
    return get_origin(kind) is tuple and not _is_homogeneous_tuple(kind)


def _fixed_tuple_factory(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[Any, Any], Any]]:
    """Hooks for ``tuple[X, Y]``: a JSON array of exactly that many items."""

    def make(kind: Any) -> Callable[[Any, Any], Any]:
        item_types = get_args(kind)
        hooks = [converter.get_structure_hook(t) for t in item_types]
        detailed = converter.detailed_validation

        def structure(value: Any, _: Any) -> tuple[Any, ...]:
            if not isinstance(value, list) or len(value) != len(item_types):
                raise _LeafError(
                    f"expected an array of {len(item_types)} items, got {describe_value(value)}"
                )
            if not detailed:
                return tuple([h(v, t) for h, v, t in zip(hooks, value, item_types, strict=True)])
            return _items_detailed(kind, hooks, value, item_types)

        return structure

    return make


def _fixed_tuple_unstructure(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[Any], list[Any]]]:
    """Fixed-length tuples (a relation's two countries) as JSON arrays."""

    def make(kind: Any) -> Callable[[Any], list[Any]]:
        item_types = get_args(kind)

        def unstructure(value: Any) -> list[Any]:
            return [converter.unstructure(v, t) for v, t in zip(value, item_types, strict=True)]

        return unstructure

    return make


def _is_model_class(kind: Any) -> bool:
    return isinstance(kind, type) and attrs.has(kind) and kind.__module__.startswith("bilateral")


_SCALARS = frozenset(
    {str, int, bool, str | None, int | None, bool | None, tuple[str, ...], tuple[int, ...]}
)


def _is_scalar_record(kind: type) -> bool:
    """Whether every field of ``kind`` is a string, an integer, a boolean or a tuple of them.

    A :class:`Citation`. An array in the document is not hashable, so an
    object holding one is built without sharing, every time.
    """
    hints = get_type_hints(kind)
    return all(hints[field.name] in _SCALARS for field in attrs.fields(kind))


def _inner_fn(
    converter: cattrs.Converter, kind: Any, *, trusted: bool
) -> tuple[Callable[[Any, Any], Any], bool]:
    """The function building ``kind`` from a JSON object: trusted, else cattrs'.

    And whether it is the trusted one, which refuses a value that is not a
    ``dict`` itself.
    """
    found = None
    if trusted and not converter.detailed_validation:
        found = trusted_structure_fn(kind, converter, ChainMap(_INLINE, _MADE_INLINE))
    if found is None:
        return make_dict_structure_fn(kind, converter, _cattrs_forbid_extra_keys=True), False
    return found, True


def _object_factory(
    converter: cattrs.Converter, *, share: bool, trusted: bool
) -> Callable[[Any], Callable[[Any, Any], Any]]:
    """Hooks for bilateral's classes: an object with exactly their keys, else an error.

    With ``share``, a class whose fields are all strings, integers or
    booleans (a :class:`Citation`) is built once per distinct object: the
    key is every key, value and the value's type (``1`` is not ``true``).
    With ``trusted``, a converter without detailed validation builds the
    classes with :func:`~bilateral._wire.trusted.trusted_structure_fn`.
    """

    def make(kind: Any) -> Callable[[Any, Any], Any]:
        inner, checks_dict = _inner_fn(converter, kind, trusted=trusted)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                raise _LeafError(f"expected an object, got {describe_value(value)}")
            return inner(value, kind)

        if not (share and _is_scalar_record(kind)):
            return inner if checks_dict else structure
        built: dict[tuple[Any, ...], Any] = {}

        def structure_shared(value: Any, _: Any) -> Any:
            if type(value) is not dict:
                return structure(value, _)
            try:
                # The keys, then the values, then their types (1 is not true); its
                # length says where each part ends.
                key = (*value, *value.values(), *map(type, value.values()))
                found = built.get(key)
            except TypeError:  # an array or object where a scalar belongs: not shared
                return structure(value, _)
            if found is None:
                found = inner(value, kind)
                if len(built) >= SHARED_VALUES:
                    built.clear()
                built[key] = found
            return found

        return structure_shared

    return make


def _omits_defaults(kind: Any) -> bool:
    return _is_model_class(kind) and any(
        field.metadata.get(OMIT_AT_DEFAULT) for field in attrs.fields(kind)
    )


def _omitting_factory(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[Any], dict[str, Any]]]:
    """Objects whose later fields are written only when not at their default.

    Fields added after version 1 of the format carry ``OMIT_AT_DEFAULT``
    metadata, so a document that does not use them dumps as it always did.
    """

    def make(kind: Any) -> Callable[[Any], dict[str, Any]]:
        overrides: dict[str, Any] = {
            field.name: override(omit_if_default=True)
            for field in attrs.fields(kind)
            if field.metadata.get(OMIT_AT_DEFAULT)
        }
        inner: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
            kind, converter, **overrides
        )
        order = [field.name for field in attrs.fields(kind)]

        def unstructure(value: Any) -> dict[str, Any]:
            # cattrs writes the fields it may omit last; keep the class's order.
            data = inner(value)
            return {name: data[name] for name in order if name in data}

        return unstructure

    return make


@cache
def _members(kind: type[Vocabulary]) -> tuple[dict[str, Vocabulary], str]:
    values = {member.value: member for member in kind}
    return values, ", ".join(json.dumps(v) for v in values)


def _vocabulary(value: Any, kind: type[Vocabulary]) -> Vocabulary:
    values, allowed = _members(kind)
    if isinstance(value, str) and value in values:
        return values[value]
    raise _LeafError(f"expected one of {allowed}, got {describe_value(value)}")


def _members_by_value(kind: type[Vocabulary]) -> dict[str, Vocabulary]:
    return _members(kind)[0]


# What the trusted constructors do inline: the exact type a hook takes as it
# is, or the members by value the vocabulary hook looks a string up in.
_INLINE: dict[Any, Any] = {
    _strict_str: str,
    _strict_int: int,
    _strict_bool: bool,
    _vocabulary: _members_by_value,
}


def _decimal_text(amount: Decimal) -> str:
    return format(amount, "f")


def _decimal(value: object, _: type) -> Decimal:
    # A ratio (of a TradeChange) is written as a decimal string, as amounts are.
    if not isinstance(value, str) or _RATIO.fullmatch(value) is None:
        raise _LeafError(
            f'expected a decimal string such as "-0.3142", got {describe_value(value)}'
        )
    return Decimal(value)


_RATIO = re.compile(r"-?(0|[1-9][0-9]{0,99})(\.[0-9]{1,100})?", re.ASCII)


def configure_converter(
    converter: cattrs.Converter, *, share_values: bool = True, trusted: bool = True
) -> None:
    """Register bilateral's hooks on ``converter``, as cattrs' preconf modules do.

    After this, ``converter.structure(obj, Relation)`` and
    ``converter.unstructure(relation)`` speak bilateral's wire format, and
    structuring is strict (no coercion of strings, numbers or booleans).
    Apply it to a converter of your own; bilateral never touches cattrs'
    global converter.

    With ``share_values`` (the default), equal dates, countries, amounts and
    citations in a document are built once and shared (see
    ``SHARED_VALUES`` (4096)); the values and errors are the same either way.
    With ``trusted`` (the default), a converter without detailed validation
    builds bilateral's records without running again the validators that
    only check a type its hooks have established; every other check runs.
    Its values are the same; on bad input it raises a less precise error
    (the detailed converter, which ``loads`` uses then, says what is wrong).
    """
    share: Callable[[Callable[..., Any]], Callable[..., Any]] = (
        _shared if share_values else (lambda build: build)
    )
    converter.register_structure_hook(str, _strict_str)
    converter.register_structure_hook(int, _strict_int)
    converter.register_structure_hook(bool, _strict_bool)
    converter.register_structure_hook(dt.date, _day_hook(share(_day_of)))
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(
        PartialDate, _leaf(share(PartialDate), 'an EDTF date string such as "2007-09"')
    )
    converter.register_structure_hook(
        DateRange, _leaf(share(DateRange), 'an EDTF interval string such as "2023-02-17/.."')
    )
    converter.register_unstructure_hook(PartialDate, lambda v: v.edtf)
    converter.register_unstructure_hook(DateRange, lambda v: v.edtf)
    when = _when_hook(share(parse_when))
    converter.register_structure_hook(When | None, when)
    converter.register_structure_hook(When, when)
    converter.register_structure_hook(Decimal, _decimal)
    converter.register_unstructure_hook(Decimal, _decimal_text)
    converter.register_structure_hook(Mapping[str, Mapping[str, str]] | None, _records)
    # A source's records are read-only mappings; the format writes objects.
    converter.register_unstructure_hook(
        MappingProxyType, lambda v: {key: converter.unstructure(item) for key, item in v.items()}
    )
    converter.register_structure_hook(Country, _country_hook(share(_country_of)))
    converter.register_unstructure_hook(Country, lambda v: v.code)
    converter.register_structure_hook(Money, _money_hook(share(_money_of)))
    converter.register_unstructure_hook(
        Money, lambda v: {"amount": _decimal_text(v.amount), "currency": v.currency}
    )
    # Every enum of bilateral by their common base class. Not by a predicate:
    # cattrs asks its class registry (where str is) before predicates, and
    # the enums subclass str; the base class comes before str in their MRO.
    converter.register_structure_hook(Vocabulary, _vocabulary)
    converter.register_unstructure_hook(Vocabulary, _enum_value)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_factory(converter))
    converter.register_structure_hook_factory(_is_fixed_tuple, _fixed_tuple_factory(converter))
    converter.register_unstructure_hook_factory(
        _is_fixed_tuple, _fixed_tuple_unstructure(converter)
    )
    converter.register_structure_hook_factory(
        _is_model_class, _object_factory(converter, share=share_values, trusted=trusted)
    )
    converter.register_unstructure_hook_factory(_omits_defaults, _omitting_factory(converter))


def _enum_value(value: enum.Enum) -> Any:
    return value.value


def make_converter(
    *, detailed_validation: bool = True, share_values: bool = True, trusted: bool = True
) -> cattrs.Converter:
    """A new cattrs converter configured for bilateral's wire format.

    Args:
        detailed_validation: Collect every problem with its path (slower on
            bad input); with ``False`` the first problem stops structuring.
        share_values: Build equal dates, countries, amounts and citations
            once and share them (the same values and errors; faster).
        trusted: Without detailed validation, build records without checking
            again a type the converter's hooks established (the same values;
            see :func:`configure_converter`).
    """
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed_validation)
    configure_converter(converter, share_values=share_values, trusted=trusted)
    return converter


@cache
def _converter(*, detailed: bool) -> cattrs.Converter:
    # Built on first use, not on import: building costs ~10 ms.
    return make_converter(detailed_validation=detailed)


def _problems(exc: BaseException, path: tuple[Step, ...], out: list[Problem]) -> None:
    """Every problem in ``exc``, at ``path`` (the steps from the document's root) and below."""
    if isinstance(exc, ClassValidationError | IterableValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            step = note.index if isinstance(note, IterableValidationNote) else note.name
            if isinstance(sub, KeyError) and not isinstance(sub, BilateralError):
                out.append(Problem.at((*path, step), "missing required key"))
            else:
                _problems(sub, (*path, step), out)
        for sub in without:
            _problems(sub, path, out)
    elif isinstance(exc, ForbiddenExtraKeysError):
        out.extend(Problem.at((*path, key), "unknown key") for key in sorted(exc.extra_fields))
    elif isinstance(exc, _ManyLeafError):
        for leaf in exc.problems:
            _problems(leaf, path, out)
    elif isinstance(exc, InvalidValueError):
        # A constructor's error names its field (and, through containers, the path)
        # by the attribute names, which are the document's keys.
        out.append(Problem.at((*path, *exc.path), exc.reason))
    elif isinstance(exc, ValidationError):
        out.extend(exc.problems)
    else:
        # Not a check of bilateral's: its text is Python's, not the library's.
        out.append(Problem.at(path, "this value cannot be read here"))


def structure(data: Any, kind: type[T]) -> T:
    """Structure plain data (as from ``json.loads``) into ``kind``, strictly.

    Raises:
        ValidationError: Every problem in ``data``, with its JSON path.
    """
    return _structure_with(_converter, data, kind)


def _structure_with(converters: Callable[..., cattrs.Converter], data: Any, kind: type[T]) -> T:
    """Structure with ``converters(detailed=False)``, then ``(detailed=True)`` on failure."""
    try:
        return converters(detailed=False).structure(data, kind)
    except Exception:  # noqa: BLE001 - the detailed pass below says what is wrong
        return _structure_detailed(data, kind, converters)


def _structure_detailed(
    data: Any, kind: type[T], converters: Callable[..., cattrs.Converter] = _converter
) -> T:
    try:
        value = converters(detailed=True).structure(data, kind)
    except Exception as exc:  # noqa: BLE001 - turned into problems with paths
        found: list[Problem] = []
        _problems(exc, (), found)
        raise ValidationError(found) from None
    return value  # pragma: no cover - the fast path failed but this did not


def unstructure(value: Any) -> Any:
    """Plain JSON-ready data for a bilateral value."""
    return _converter(detailed=False).unstructure(value)


def _check_header(data: Any) -> dict[str, Any]:
    """The body of a document, migrated to the current version if it is older."""
    if not isinstance(data, dict):
        raise ValidationError([Problem("$", f"expected a JSON object, got {describe_value(data)}")])
    problems = []
    name, version = data.get("format"), data.get("version")
    oldest = min(MIGRATIONS, default=FORMAT_VERSION)
    if "format" not in data:
        problems.append(Problem("$.format", "missing required key"))
    elif name != FORMAT_NAME:
        problems.append(
            Problem("$.format", f'expected "{FORMAT_NAME}", got {describe_value(name)}')
        )
    if "version" not in data:
        problems.append(Problem("$.version", "missing required key"))
    elif isinstance(version, bool) or not isinstance(version, int):
        problems.append(
            Problem(
                "$.version", f"expected an integer format version, got {describe_value(version)}"
            )
        )
    elif version > FORMAT_VERSION:
        problems.append(
            Problem(
                "$.version",
                f"format version {version} is newer than this bilateral reads "
                f"(up to {FORMAT_VERSION}); upgrade bilateral to read it",
            )
        )
    elif version < oldest:
        problems.append(
            Problem("$.version", f"unknown format version {version} (the oldest is {oldest})")
        )
    if problems:
        raise ValidationError(problems)
    body = {k: v for k, v in data.items() if k not in {"format", "version"}}
    return migrate(body, cast("int", version), FORMAT_VERSION)


def dataset_from_data(data: Any) -> Dataset:
    """A :class:`Dataset` from a parsed JSON document.

    Raises:
        ValidationError: Every problem in the document, with its JSON path.
    """
    return structure(_check_header(data), Dataset)


def dataset_to_data(dataset: Dataset) -> dict[str, Any]:
    """The JSON-ready document of ``dataset``, format and version first."""
    return _header_and(unstructure(dataset))


def _is_dataset(value: Any) -> bool:
    return isinstance(value, Dataset)


def dumps(value: Any, *, indent: int | None = 2) -> str:
    """The canonical JSON text of a dataset or any bilateral value.

    A :class:`Dataset` gets the format name and version at the top. The
    default indentation is two spaces; ``indent=None`` writes the compact
    form, with no spaces after ``,`` and ``:``. With orjson installed
    (``pip install 'bilateral[fast]'``), orjson writes both straight from the
    values, the same text several times faster; without it, or for what
    orjson cannot write, the standard library writes it.
    """
    text = _fast_text(value, indent)
    return _reference_text(value, indent) if text is None else str(text, "utf-8")


def dumps_utf8(value: Any, *, indent: int | None = 2) -> bytes:
    """:func:`dumps`' text in UTF-8, without a string in between where orjson writes it."""
    text = _fast_text(value, indent)
    return _reference_text(value, indent).encode("utf-8") if text is None else text


def _fast_text(value: Any, indent: int | None) -> bytes | None:
    """The UTF-8 text orjson writes of ``value``, or ``None`` where the reference writes it."""
    orjson = orjson_module()
    if orjson is None:
        return None
    return write_bytes(orjson, value, indent, _header_and({}) if _is_dataset(value) else None)


def _reference_text(value: Any, indent: int | None) -> str:
    data = dataset_to_data(value) if _is_dataset(value) else unstructure(value)
    return encode(data, indent)


_LEAVES: tuple[Any, ...] = (PartialDate, DateRange, When, Money, Country, dt.date)


def readable_kind(kind: Any) -> bool:
    """Whether :func:`loads` reads ``kind``: a class of bilateral's model or one of its values."""
    if any(kind == leaf for leaf in _LEAVES):
        return True
    return isinstance(kind, type) and (issubclass(kind, Vocabulary) or _is_model_class(kind))


def _header_and(body: dict[str, Any]) -> dict[str, Any]:
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, **body}


def loads(text: str | bytes | bytearray, kind: type[T] = Dataset) -> T:  # type: ignore[assignment]
    """Parse JSON text into ``kind`` (a :class:`Dataset` by default).

    ``kind`` is a class of bilateral's model (:class:`Dataset`,
    :class:`Relation`, :class:`Event`, ... :class:`TradeChange`), one of its
    values (:class:`PartialDate`, :class:`DateRange`, ``When``,
    :class:`Money`, :class:`Country`, ``datetime.date``) or one of its
    vocabularies (:class:`EventKind`, ...); nothing else.

    Raises:
        InvalidValueError: ``kind`` is none of these.
        ValidationError: The text is not JSON or not a valid document.
    """
    if not readable_kind(kind):
        msg = (
            "expected a class of bilateral's model (Dataset, Relation, Event, ...), one of "
            "its values (PartialDate, DateRange, When, Money, Country, datetime.date) or "
            f"vocabularies (EventKind, ...), got {kind!r}"
        )
        raise InvalidValueError(msg, path=("kind",))
    return _loads(text, kind)


def _loads(text: str | bytes | bytearray, kind: type[T]) -> T:
    """:func:`loads` of a readable ``kind``: msgspec's reader first, the reference's on failure."""
    reader = FastText.of(text)
    if reader is not None:
        try:
            value = _dataset_fast(reader) if kind is Dataset else _fast(reader.whole(), kind)
        except Exception:  # noqa: BLE001, S110 - the reference below reads it and says what is wrong
            pass
        else:
            if reader.complete():
                return value  # type: ignore[return-value]
    data = parse_json(text)
    if kind is Dataset:
        return dataset_from_data(data)  # type: ignore[return-value]
    return structure(data, kind)


def _fast(data: Any, kind: Any) -> Any:
    return _converter(detailed=False).structure(data, kind)


# The members read an item at a time (a document is mostly its relations).
_ARRAYS = frozenset({"relations"})


@cache
def _dataset_fields() -> dict[str, Any]:
    hints = get_type_hints(Dataset)
    return {field.name: hints[field.name] for field in attrs.fields(Dataset) if field.init}


def _dataset_fast(reader: FastText) -> Dataset:
    """A dataset from a document read a part at a time, each relation structured as it is read.

    Raises anything when the document is not one this reads (an older
    version, an unknown key, ...); :func:`loads` then reads it as the
    reference does, and says what is wrong.
    """
    fields = _dataset_fields()
    members = reader.outline(("format", "version", *fields), _ARRAYS)
    header = {key: reader.value(members[key]) for key in ("format", "version") if key in members}
    version = header.get("version")
    if header.get("format") != FORMAT_NAME or type(version) is not int or version != FORMAT_VERSION:
        raise NotFastError(version)  # an older version is migrated as a whole, by the reference
    values: dict[str, Any] = {}
    for key, part in members.items():
        if key in header:
            continue
        if key in _ARRAYS:  # structured an item at a time, as each is read
            (item_type, _) = get_args(fields[key])
            hook = _converter(detailed=False).get_structure_hook(item_type)
            values[key] = tuple([hook(reader.value(item), item_type) for item in part])
        else:
            values[key] = _fast(reader.value(part), fields[key])
    return Dataset(**values)
