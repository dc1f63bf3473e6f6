"""Records of a JSON array or of JSON Lines, one at a time, read as published.

A reader of records (such as the PLOVER records) needs each record as it
comes, without the whole file in memory, and each unreadable record reported
where it is while the others still arrive. :func:`json_records` gives that:

- a file whose first character (after white space) is ``[`` is a JSON array:
  a small splitter follows strings (with their escapes) and brackets, and
  hands over one element at a time;
- any other file is JSON Lines: one record per line; blank lines hold no
  record.

Each record is strict JSON (:func:`json.loads`) with exactly one deviation
accepted, because the PLOVER gold-standard records were published with it: a
comma before a closing ``]`` or ``}`` (a trailing comma), in a record and
after the array's last record. Nothing else is accepted: no comments, no
single quotes, no ``NaN`` or ``Infinity``, no control characters inside
strings, no key twice in one object. The text is UTF-8, with or without a
byte order mark.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TextIO

from bilateral._values.errors import InvalidValueError

CHUNK = 1 << 16
"""How many characters are read at a time."""

_TRAILING = re.compile(r'("(?:[^"\\]|\\.)*")|,(\s*[\]}])', re.DOTALL)
_STRING_RUN = re.compile(r'[^"\\]*')
_SPACE = " \t\r\n"

Place = str
"""Where a record starts, as ``"line 12"``."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            msg = f"the key {key!r} appears twice in one object"
            raise InvalidValueError(msg)
        found[key] = value
    return found


def _constant(name: str) -> Any:
    msg = f"{name} is not JSON"
    raise InvalidValueError(msg)


def loads(text: str, line: int) -> Any:
    """One JSON value, trailing commas accepted (see the module's docstring).

    ``line`` is the line the text starts on, for the message.

    Raises:
        InvalidValueError: Not JSON even without its trailing commas; the
            reason gives the line and column.
    """
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
    except json.JSONDecodeError:
        pass
    tolerant = _TRAILING.sub(lambda match: match[1] or match[2], text)
    try:
        return json.loads(tolerant, object_pairs_hook=_pairs, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        # Offsets into the text without its trailing commas; lines do not move.
        msg = f"not JSON: {exc.msg} (line {line + exc.lineno - 1}, column {exc.colno})"
        raise InvalidValueError(msg) from None


def _chunks(stream: TextIO) -> Iterator[str]:
    first = True
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return
        if first and chunk.startswith("\ufeff"):
            chunk = chunk[1:]
        first = False
        yield chunk


def json_records(stream: TextIO) -> Iterator[tuple[Place, Any | InvalidValueError]]:
    """Each record of a JSON array or of JSON Lines, with the line it starts on.

    A record that is not JSON comes as the error saying why (the others still
    come). A file that is not an array nor JSON Lines at all (an array that
    is never closed, text after the array) raises.

    Raises:
        InvalidValueError: The file as a whole is malformed (path ``file``).
    """
    chunks = _chunks(stream)
    head = ""
    for chunk in chunks:
        head += chunk
        if head.strip(_SPACE):
            break
    stripped = head.lstrip(_SPACE)
    if not stripped:
        return
    if stripped.startswith("["):
        yield from _array(head, chunks)
    else:
        yield from _lines(head, chunks)


def _lines(head: str, chunks: Iterator[str]) -> Iterator[tuple[Place, Any | InvalidValueError]]:
    pending = head
    number = 0

    def record(text: str, number: int) -> tuple[Place, Any | InvalidValueError]:
        try:
            return f"line {number}", loads(text, number)
        except InvalidValueError as exc:
            return f"line {number}", exc

    for chunk in _and_more(chunks):
        if chunk is not None:
            pending += chunk
        *complete, pending = pending.split("\n")
        for text in complete:
            number += 1
            if text.strip(_SPACE):
                yield record(text, number)
    number += 1
    if pending.strip(_SPACE):
        yield record(pending, number)


def _and_more(chunks: Iterator[str]) -> Iterator[str | None]:
    yield None
    yield from chunks


class _Splitter:
    """Follows a JSON array's text and hands over its elements one at a time."""

    def __init__(self) -> None:
        self.line = 1
        self.opened = False
        self.closed = False
        self.depth = 0  # within the current element
        self.in_string = False
        self.escape = False
        self.element: list[str] = []
        self.start = 0  # the line the current element starts on
        self.expect = True  # an element may come (after '[' or ',')
        self.after_close = ""

    def feed(self, text: str) -> Iterator[tuple[Place, Any | InvalidValueError]]:  # noqa: C901, PLR0912, PLR0915 - one state machine
        index = 0
        end = len(text)
        while index < end:
            char = text[index]
            if self.closed:
                if char not in _SPACE:
                    msg = f"text after the array's closing ']' (line {self.line})"
                    raise InvalidValueError(msg, path=("file",))
            elif self.in_string:
                if self.escape:
                    self.escape = False
                elif char == "\\":
                    self.escape = True
                elif char == '"':
                    self.in_string = False
                else:
                    run = _STRING_RUN.match(text, index).end()  # type: ignore[union-attr]
                    self.element.append(text[index:run])
                    self.line += text.count("\n", index, run)
                    index = run
                    continue
                self.element.append(char)
            elif self.element:
                if char == '"':
                    self.in_string = True
                elif char in "[{":
                    self.depth += 1
                elif char in "]}":
                    self.depth -= 1
                elif self.depth == 0 and (char in _SPACE or char == ","):
                    yield self._done()  # a number, true, false or null ends here
                    continue  # and the character is read again between elements
                if self.depth < 0:  # the array's own ']' after a scalar
                    self.depth = 0
                    yield self._done()
                    continue
                self.element.append(char)
                if self.depth == 0 and char in "]}":
                    yield self._done()
            elif not self.opened:
                if char == "[":
                    self.opened = True
                elif char not in _SPACE:  # pragma: no cover - json_records checked it
                    msg = "expected a JSON array"
                    raise InvalidValueError(msg, path=("file",))
            elif char == "]":
                self.closed = True
            elif char == ",":
                if self.expect:
                    msg = f"a comma with no record before it (line {self.line})"
                    yield f"line {self.line}", InvalidValueError(msg)
                self.expect = True
            elif char not in _SPACE:
                self.start = self.line
                self.element.append(char)
                self.depth = 1 if char in "[{" else 0
                self.in_string = char == '"'
                if not self.expect:
                    self.element = ["\x00"]  # makes it unreadable; said below
            if char == "\n":
                self.line += 1
            index += 1

    def _done(self) -> tuple[Place, Any | InvalidValueError]:
        text = "".join(self.element)
        self.element = []
        self.depth = 0
        place = f"line {self.start}"
        if not self.expect:
            self.expect = False
            msg = f"no comma between this record and the one before it (line {self.start})"
            return place, InvalidValueError(msg)
        self.expect = False
        try:
            return place, loads(text, self.start)
        except InvalidValueError as exc:
            return place, exc

    def finish(self) -> Iterator[tuple[Place, Any | InvalidValueError]]:
        if self.element and not self.in_string and self.depth == 0:
            yield self._done()  # a last scalar
        if self.element:
            msg = (
                f"the file ends inside the record that starts on line {self.start} "
                "(a bracket or a quote is not closed)"
            )
            yield f"line {self.start}", InvalidValueError(msg)
            return
        if not self.closed:
            msg = "the file ends before the array's closing ']'"
            raise InvalidValueError(msg, path=("file",))


def _array(head: str, chunks: Iterator[str]) -> Iterator[tuple[Place, Any | InvalidValueError]]:
    splitter = _Splitter()
    yield from splitter.feed(head)
    for chunk in chunks:
        yield from splitter.feed(chunk)
    yield from splitter.finish()
