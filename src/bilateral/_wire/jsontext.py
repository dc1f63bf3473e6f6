"""JSON text in and out: strict parsing, writing, and describing a JSON value in a message."""

from __future__ import annotations

import json
import re
from functools import cache
from itertools import accumulate
from typing import Any

from bilateral._values.errors import (
    Problem,
    ValidationError,
)


def describe_value(value: object) -> str:
    """``14.4 (a number)``: the value and its JSON type, for error messages."""
    if value is None:
        kind = "null"
    elif isinstance(value, bool):
        kind = "a boolean"
    elif isinstance(value, int | float):
        kind = "a number"
    elif isinstance(value, str):
        kind = "a string"
    elif isinstance(value, list):
        kind = "an array"
    elif isinstance(value, dict):
        kind = "an object"
    else:
        return f"{shorten(repr(value))} ({type(value).__name__})"
    return f"{shorten(shown_json(value))} ({kind})"


def shorten(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def shown_json(value: object, depth: int = 0) -> str:
    """JSON text of ``value``, shallow: nested arrays and objects as ``[...]``.

    Never recurses deeper than two levels and never converts an integer of
    thousands of digits to text, so describing a hostile value is cheap and
    cannot fail.
    """
    if isinstance(value, list | dict):
        if not value:
            return "[]" if isinstance(value, list) else "{}"
        if depth:
            return "[...]" if isinstance(value, list) else "{...}"
        if isinstance(value, list):
            items = [shown_json(item, 1) for item in value[:4]]
            return "[" + ", ".join(items) + (", ...]" if len(value) > 4 else "]")
        pairs = [f"{shown_json(str(k), 1)}: {shown_json(v, 1)}" for k, v in list(value.items())[:4]]
        return "{" + ", ".join(pairs) + (", ...}" if len(value) > 4 else "}")
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return f"an integer of about {int(value.bit_length() * 0.30103)} digits"
    shown = json.dumps(value[:80] if isinstance(value, str) else value, ensure_ascii=False)
    # A lone surrogate would make the message itself unprintable.
    return shown if encodes(shown) else json.dumps(value)


def encode(data: Any, indent: int | None) -> str:
    orjson = orjson_module() if indent == 2 else None
    if orjson is not None:
        try:
            return str(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode()) + "\n"
        except orjson.JSONEncodeError:
            orjson = None  # integers over 64 bits: the standard library writes them
    if indent is None:  # compact: no spaces after "," and ":"
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


@cache
def orjson_module() -> Any:
    try:
        import orjson  # noqa: PLC0415 - optional
    except ImportError:
        return None
    return orjson


class _RefusedJSONError(ValueError):
    """JSON that :func:`json.loads` accepts and this format does not."""


def _refuse_constant(name: str) -> Any:
    msg = f"{name} is not a JSON number (JSON has no NaN or Infinity)"
    raise _RefusedJSONError(msg)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                msg = f"duplicate key {json.dumps(key, ensure_ascii=False)} in an object"
                raise _RefusedJSONError(msg)
            seen.add(key)
    return data


#: The deepest nesting of arrays and objects ``parse_json`` reads. A
#: bilateral document nests about six levels; the limit is fixed, so it does
#: not depend on :func:`sys.getrecursionlimit` (under a raised recursion limit,
#: deeper input would overflow the C stack inside :func:`json.loads`).
MAX_NESTING = 512

# UTF-8 never uses bytes below 0x80 inside a multi-byte character, so the
# quotes, backslashes and brackets found in the bytes are those characters.
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{}')
_STEP = [0] * 256
_STEP[ord("[")] = _STEP[ord("{")] = 1
_STEP[ord("]")] = _STEP[ord("}")] = -1
_LEAF_PASSES = 4


def _brackets(data: bytes) -> bytes:
    """The brackets of JSON text (UTF-8) that are outside strings, in order.

    A few passes of C code over the bytes; a regular expression matching
    whole strings would cost more than :func:`json.loads` itself. Where the
    text stops being JSON (a backslash outside a string, an unterminated
    string) :func:`json.loads` stops too, so what comes after does not
    matter; up to there the brackets are exactly those outside strings.
    """
    if b"\\" in data:
        data = _ESCAPE.sub(b"", data)  # no escape is a quote that ends a string
    # Quotes and brackets only. Dropping two adjacent quotes (a string with
    # no bracket in it, or the end of one and the start of the next) keeps
    # every other character on the same side of the quotes.
    marks = data.translate(None, _NOT_STRUCTURE).replace(b'""', b"")
    if b'"' in marks:
        marks = b"".join(marks.split(b'"')[::2])  # what is outside strings
    return marks


def _deepest(brackets: bytes) -> int:
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


def nesting_depth(data: bytes) -> int:
    """How deep arrays and objects nest in JSON text (UTF-8), without parsing it.

    Exact for JSON; for text that is not, at least the depth :func:`json.loads`
    reaches before it fails.
    """
    return _deepest(_brackets(data))


def too_deep(data: bytes) -> bool:
    """Whether JSON text (UTF-8) nests more than ``MAX_NESTING`` levels deep."""
    brackets = _brackets(data)
    # Counting every bracket of a large document costs more than dropping
    # the empty arrays and objects first: each pass lowers the depth by one
    # at most, and leaves a few dozen brackets of a typical document.
    fewer = brackets
    for _ in range(_LEAF_PASSES // 2):
        fewer = fewer.replace(b"[]", b"").replace(b"{}", b"")
    left = _deepest(fewer)
    if left + _LEAF_PASSES <= MAX_NESTING:
        return False
    return left > MAX_NESTING or _deepest(brackets) > MAX_NESTING


def _text_and_bytes(text: object) -> tuple[str, bytes, bool]:
    """The JSON text as str and as UTF-8, and whether it may hold a lone surrogate."""
    if isinstance(text, bytes | bytearray):
        raw = bytes(text)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError(
                [Problem("$", f"not UTF-8 text: {exc.reason} at byte {exc.start}")]
            ) from None
        maybe_surrogates = "\\ud" in text or "\\uD" in text
    elif isinstance(text, str):
        maybe_surrogates = (
            "\\ud" in text or "\\uD" in text or (not text.isascii() and not encodes(text))
        )
        raw = text.encode("utf-8", "surrogatepass")
    else:
        raise ValidationError(
            [Problem("$", f"expected JSON text (str or bytes), got {type(text).__name__}")]
        )
    return text, raw, maybe_surrogates


def parse_json(text: object) -> Any:
    r"""Plain data from JSON text (UTF-8 bytes or str), refusing what JSON allows loosely.

    Refused: bytes that are not UTF-8, ``NaN`` and ``Infinity`` (which
    Python's :mod:`json` reads, but JSON does not have), duplicate keys in an
    object (which :mod:`json` would silently resolve to the last), integers
    of more than 4300 digits, arrays and objects nested more than
    ``MAX_NESTING`` (512) levels deep, whatever the interpreter's
    recursion limit, and strings with a lone surrogate (``"\ud800"``), which
    are not Unicode text and could not be written back as UTF-8.

    Raises:
        ValidationError: Why, at ``$`` (or at the string with a surrogate).
    """
    text, raw, maybe_surrogates = _text_and_bytes(text)
    if too_deep(raw):
        raise ValidationError(
            [Problem("$", f"not valid JSON: nested more than {MAX_NESTING} levels deep")]
        )
    try:
        data = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        why = f"{exc.msg.removesuffix(' at')} at line {exc.lineno} column {exc.colno}"
    except _RefusedJSONError as exc:
        why = str(exc)
    except RecursionError:
        # Within MAX_NESTING, but called with little of the recursion limit left.
        why = "nested too deeply for the interpreter's recursion limit"
    except ValueError:
        # int() refuses more than sys.get_int_max_str_digits() digits.
        why = "a number has too many digits (more than 4300)"
    else:
        if maybe_surrogates:
            _refuse_lone_surrogates(data)
        return data
    raise ValidationError([Problem("$", f"not valid JSON: {why}")])


def encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _refuse_lone_surrogates(data: Any) -> None:
    """Refuse strings with a lone surrogate: they are not Unicode text, nor writable as UTF-8."""
    problems = []
    stack: list[tuple[str, Any]] = [("$", data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if encodes(key):
                    stack.append((f"{path}.{key}", item))
                else:
                    problems.append(Problem(path, f"key {key!r} has a lone surrogate"))
        elif isinstance(value, list):
            stack.extend((f"{path}[{index}]", item) for index, item in enumerate(value))
        elif isinstance(value, str) and not encodes(value):
            problems.append(
                Problem(
                    path,
                    f"a string with a lone surrogate (not Unicode text), got {describe_value(value)}",
                )
            )
    if problems:
        raise ValidationError(sorted(problems, key=lambda p: p.path))
