"""Trusted structuring: a model class built from a JSON object without checking a type twice.

cattrs' generated functions structure each key with the converter's hooks,
which refuse a value of the wrong JSON type (``_strict_str``, the vocabulary
hook, the date and country hooks...), and then call the class's attrs
initializer, whose type-check validators (:func:`~bilateral._values.checks.is_a`,
:func:`~bilateral._values.checks.optional_a`) check the same types again.

The function generated here for a class does what the initializer does, in
the same order, leaving out only those validators whose types the hooks have
already established: it runs every converter (on defaults too, as attrs
does) except those marked :func:`~bilateral._values.checks.keeps_its_type`
where the hook has built a value of the field's type (such a converter would
give it back unchanged; a plain default is converted once, when the function
is made), every other validator (ids, texts, offsets, codes) and
``__attrs_post_init__`` (a day exists, a range is ordered, a citation quotes
its source). A class it cannot read this way (a converter taking ``self``, a
``__attrs_pre_init__``, a field that is not in the initializer) keeps cattrs'
function.

It is used by the fast converter only: whatever it refuses, the detailed
converter (cattrs' functions and the initializers) reads again and reports,
so a document's problems and their paths come from the reference path. The
property tests in ``tests/test_fast_paths.py`` hold the two paths equal.
"""

from __future__ import annotations

import linecache
import re
import types
from collections.abc import Callable, Mapping
from itertools import repeat
from typing import Any, NamedTuple, Union, get_args, get_origin, get_type_hints

import attrs
import cattrs

from bilateral._values.checks import (
    ID_PATTERN,
    check_id,
    check_optional_text,
    check_text,
    keeps_type,
    type_check_kinds,
)
from bilateral._values.dates import DateRange, PartialDate, When

_NONE = type(None)


class _ExtraKeyError(KeyError):
    """A key the class does not have (the detailed pass names it)."""


def _produced(kind: Any) -> tuple[type, ...] | None:
    """The types the converter's hook for ``kind`` returns, or ``None`` if not known here.

    Only what bilateral's converter guarantees: its scalar hooks return the
    exact type (``_strict_int`` refuses a bool), its vocabulary hook a
    member, its value hooks the value's class, its tuple hooks a tuple, and
    a model class's hook an instance of it.
    """
    if kind is When:
        return (PartialDate, DateRange)
    origin = get_origin(kind)
    if origin is Union or origin is types.UnionType:
        produced: list[type] = []
        for arg in get_args(kind):
            one = (_NONE,) if arg is _NONE else _produced(arg)
            if one is None:
                return None
            produced.extend(one)
        return tuple(produced)
    if origin is tuple:
        return (tuple,)
    if isinstance(kind, type) and (kind not in {bool, object}):
        return (kind,)
    return None


def _redundant(validator: Any, kind: Any) -> bool:
    """Whether ``validator`` only checks types that the hook for ``kind`` already guarantees."""
    checked = type_check_kinds(validator)
    produced = _produced(kind)
    if checked is None or produced is None:
        return False
    kinds, allows_none = checked
    for made in produced:
        if made is _NONE:
            if not allows_none:
                return False
        elif not issubclass(made, kinds) or (issubclass(made, bool) and bool not in kinds):
            return False
    return True


def _builds_its_type(kind: Any) -> bool:
    """Whether the hook for ``kind`` returns a value of ``kind``, the items of a tuple included.

    What :func:`_produced` knows of a hook, item by item for ``tuple[X, ...]``
    (whose hook builds each item with the hook for ``X``).
    """
    args = get_args(kind)
    if get_origin(kind) is tuple:
        return len(args) == 2 and args[1] is Ellipsis and _builds_its_type(args[0])
    if get_origin(kind) is Union or get_origin(kind) is types.UnionType:
        return all(arg is _NONE or _builds_its_type(arg) for arg in args)
    return _produced(kind) is not None


def _plain_optional(converter: cattrs.Converter, kind: Any) -> Any | None:
    """``X`` when the hook for ``X | None`` is cattrs' own (None, else X's hook)."""
    args = get_args(kind)
    if get_origin(kind) not in {Union, types.UnionType} or len(args) != 2 or _NONE not in args:
        return None
    hook = converter.get_structure_hook(kind)
    optional = cattrs.BaseConverter._structure_optional  # noqa: SLF001 - to recognize it
    if getattr(hook, "__func__", None) is not optional:
        return None
    return args[0] if args[1] is _NONE else args[1]


def _value_lines(
    n: int, field: attrs.Attribute[Any], hint: Any, read: str, env: dict[str, Any]
) -> list[str]:
    """The lines that set ``v{n}``: the key's value through its hook, or the default, converted.

    A converter that keeps a value of its field's type (see
    :func:`~bilateral._values.checks.keeps_its_type`) need not see what the
    hook built; a plain default is converted once, here.
    """
    keeps = keeps_type(field.converter) and _builds_its_type(hint)
    convert: Any = field.converter
    default: Any = field.default
    if convert is not None:
        env[f"_c{n}"] = convert
    if default is attrs.NOTHING:
        lines = [f"    v{n} = {read}"]
    elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        env[f"_f{n}"] = default.factory
        made = f"_c{n}(_f{n}())" if keeps else f"_f{n}()"
        lines = [f"    v{n} = {read} if {field.name!r} in o else {made}"]
    else:
        env[f"_d{n}"] = convert(default) if keeps else default
        lines = [f"    v{n} = {read} if {field.name!r} in o else _d{n}"]
    if field.converter is not None and not keeps:
        if get_origin(hint) is tuple and _keeps_empty(convert):
            lines.append(f"    v{n} = () if v{n} == () else _c{n}(v{n})")
        else:
            lines.append(f"    v{n} = _c{n}(v{n})")
    return lines


class Items(NamedTuple):
    """What a hook of ``tuple[X, ...]`` does: a list's items, each through ``hook`` with ``kind``."""

    hook: Callable[[Any, Any], Any]
    kind: Any


class FromStr(NamedTuple):
    """What a hook of a value written as a string does with a ``str``: ``build`` it."""

    build: Callable[[str], Any]


class _WrongTypeError(TypeError):
    """A value of another JSON type than the field's (the detailed pass names it)."""


def _wrong_type() -> None:
    raise _WrongTypeError


def _hook_call(
    n: int, source: str, *, hook: Any, hint: Any, inline: Mapping[Any, Any], env: dict[str, Any]
) -> str:
    """The expression structuring ``source`` with ``hook``: inline for the hooks in ``inline``.

    ``inline`` maps a hook to the exact type it accepts and returns as it is
    (a string, an integer), to a function giving the mapping from JSON
    values to what the hook returns for ``hint`` (an enum's members by
    value), or to what it does with a list (:class:`Items`) or a string
    (:class:`FromStr`), where any other value goes through the hook.
    Inline, anything else raises (a value of another type, a string that is
    no member, a subclass the hook would take), and the detailed pass reads
    the document.
    """
    found = inline.get(hook)
    if isinstance(found, Items):
        env[f"_i{n}"] = found.hook
        env[f"_r{n}"] = repeat(found.kind)
        return (
            f"(tuple(map(_i{n}, _x, _r{n})) if type(_x := {source}) is list else _h{n}(_x, _t{n}))"
        )
    if isinstance(found, FromStr):
        env[f"_b{n}"] = found.build
        return f"(_b{n}(_x) if type(_x := {source}) is str else _h{n}(_x, _t{n}))"
    if isinstance(found, type):
        env[f"_e{n}"] = found
        return f"(_x if type(_x := {source}) is _e{n} else _wrong())"
    if found is not None:
        env[f"_m{n}"] = found(hint)
        return f"_m{n}[{source}]"
    return f"_h{n}({source}, _t{n})"


_ID_MATCH = re.compile(ID_PATTERN).fullmatch


def _validator_line(n: int, validator: Any, env: dict[str, Any]) -> str:
    """The line running ``validator`` on ``v{n}``: where a test in C shows it passes, not called.

    An id, a text and an optional text of the exact type ``str`` pass their
    validators where the test holds (:func:`check_id`'s pattern matches,
    the first character is a letter or a digit); every other value, and
    every other validator, goes through the validator, which says what is wrong.
    """
    value = f"v{n}"
    call = f"_v{n}(self, _a{n}, {value})"
    text = f"type({value}) is str and {value}[:1].isalnum()"
    if validator is check_text:
        return f"    if not ({text}): {call}"
    if validator is check_optional_text:
        return f"    if not ({value} is None or {text}): {call}"
    if validator is check_id:
        env["_id"] = _ID_MATCH
        return f"    if not (type({value}) is str and _id({value}) is not None): {call}"
    return f"    {call}"


def _keeps_empty(converter: Any) -> bool:
    """Whether ``converter(())`` is the empty tuple (asked once, when the function is made).

    The model's converters of tuples are functions of the value alone, so
    an empty array, which the tuple hooks give as ``()``, need not be
    converted again for every record.
    """
    try:
        empty = converter(())
    except Exception:  # noqa: BLE001 - then it is called for every value
        return False
    return type(empty) is tuple and not empty


def trusted_structure_fn(
    kind: type, converter: cattrs.Converter, inline: Mapping[Any, Any] | None = None
) -> Callable[[dict[str, Any], Any], Any] | None:
    """A function building ``kind`` from a JSON object as its initializer would, or ``None``.

    ``None`` when ``kind`` has something this does not reproduce; cattrs'
    function is used for it then. The function raises on anything wrong;
    it does not say what (the detailed pass does). ``inline``: hooks whose
    work the function does itself (see :func:`_hook_call`).
    """
    if hasattr(kind, "__attrs_pre_init__") or "__slots__" not in kind.__dict__:
        return None
    hints = get_type_hints(kind)
    env: dict[str, Any] = {
        "_new": object.__new__,
        "_kind": kind,
        "_Extra": _ExtraKeyError,
        "_wrong": _wrong_type,
        "_keys": frozenset(field.name for field in attrs.fields(kind)),
    }
    lines = [f"def structure_{kind.__name__}(o, _=None):"]
    validators = []
    sets = []
    for n, field in enumerate(attrs.fields(kind)):
        slot = getattr(kind, field.name, None)
        if (
            not field.init
            or field.alias != field.name
            or not isinstance(slot, types.MemberDescriptorType)
            or isinstance(field.converter, attrs.Converter)
            or (isinstance(field.default, attrs.Factory) and field.default.takes_self)  # type: ignore[arg-type]
        ):
            return None
        hint = hints[field.name]
        inner = _plain_optional(converter, hint)
        env[f"_t{n}"] = hint if inner is None else inner
        hook = env[f"_h{n}"] = converter.get_structure_hook(hint if inner is None else inner)
        key = f"o[{field.name!r}]"
        read = _hook_call(
            n,
            key if inner is None else "_y",
            hook=hook,
            hint=env[f"_t{n}"],
            inline=inline or {},
            env=env,
        )
        if inner is not None:  # the key's value read once
            read = f"(None if (_y := {key}) is None else {read})"
        lines.extend(_value_lines(n, field, hint, read, env))
        env[f"_s{n}"] = slot.__set__
        sets.append(f"    _s{n}(self, v{n})")
        if field.validator is not None and not _redundant(field.validator, hint):
            env[f"_v{n}"] = field.validator
            env[f"_a{n}"] = field
            validators.append(_validator_line(n, field.validator, env))
    lines.insert(1, "    if not isinstance(o, dict): _wrong()")
    lines.insert(2, "    if not o.keys() <= _keys: raise _Extra(o.keys() - _keys)")
    lines.append("    self = _new(_kind)")
    lines.extend(sets)
    lines.extend(validators)
    if hasattr(kind, "__attrs_post_init__"):
        lines.append("    self.__attrs_post_init__()")
    lines.append("    return self")
    source = "\n".join(lines) + "\n"
    filename = f"<bilateral trusted structure {kind.__module__}.{kind.__qualname__}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
    exec(compile(source, filename, "exec"), env)  # noqa: S102 - our own generated code
    function: Callable[[dict[str, Any], Any], Any] = env[f"structure_{kind.__name__}"]
    return function
