"""The seam every reader of outside data goes through: problems, results, progress.

A reader (of trade tables, of PLOVER records, of the Correlates of War
states) turns records into values one at a time and hands each to a
:class:`Reading`, which decides what a bad record does:

- ``on_error="raise"``: the first bad record stops the read; its error is
  raised, placed in the record with :meth:`InvalidValueError.in_record`;
- ``on_error="collect"``: the bad record becomes a :class:`ReadProblem` and
  the read goes on.

Either way no record is dropped silently: each becomes values, a problem, or
a reported missing figure (a record whose value is empty: never a zero).

A reader looks like this (``rows`` yields a record id and the record)::

    def read_things(rows, *, on_error="raise", progress=False):
        with Reading("things.csv", on_error=on_error, progress=progress) as reading:
            kept = []
            for record, row in rows:
                thing = reading.take(record, lambda: build_thing(row))
                if thing is not None:
                    kept.append(thing)
            return reading.result(tuple(kept))
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from types import TracebackType
from typing import Any, Generic, Literal, Self, TypeVar

import attrs

from bilateral._values.errors import (
    InvalidValueError,
    MissingValueError,
    Step,
    format_path,
)
from bilateral._values.public import publish

T = TypeVar("T")

OnError = Literal["raise", "collect"]
"""What a bad record does: stop the read (``"raise"``) or become a problem (``"collect"``)."""

ProgressCallback = Callable[[int, int | None], None]
"""Called as ``callback(records_read, total)``; ``total`` is ``None`` when unknown."""

PROGRESS_EVERY = 1000
"""How many records a reader reads between two calls of its progress callback."""

_ON_ERROR = ("raise", "collect")


@attrs.frozen
class ReadProblem:
    """A record that did not become values, and why.

    Built from the error's data (an :class:`InvalidValueError`'s ``record``,
    ``path`` and ``reason``), never from its message.

    Attributes:
        record: Where in the input: a row number or a record id (see each
            reader for how it counts rows).
        path: The field (a column's name) and any steps inside it; empty when
            the record as a whole is wrong.
        reason: What is wrong, as a sentence.
        error: The name of the error's type, such as ``"InvalidDateError"``.
    """

    record: int | str
    path: tuple[Step, ...]
    reason: str
    error: str

    @classmethod
    def from_error(cls, error: InvalidValueError, record: int | str) -> ReadProblem:
        """The problem ``error`` describes, in ``record`` unless it names its own."""
        where = record if error.record is None else error.record
        return cls(where, error.path, error.reason, type(error).__name__)

    @property
    def field(self) -> str:
        """The path as text, such as ``primaryValue``; ``""`` for the whole record."""
        return format_path(self.path)

    def __str__(self) -> str:
        label = f"row {self.record}" if isinstance(self.record, int) else f"record {self.record}"
        return f"{label}, {self.field}: {self.reason}" if self.field else f"{label}: {self.reason}"


@attrs.frozen
class ReadResult(Generic[T]):
    """What a reader made of its input.

    Attributes:
        value: The values read (for :func:`bilateral.read_trade`, a
            :class:`Dataset`).
        source: What was read: a file's path, or a description such as
            ``"DataFrame"``.
        records: How many records were read; each is in ``value``, in
            ``problems`` or in ``missing``.
        problems: The records that could not be read (only with
            ``on_error="collect"``; with ``"raise"`` the first one is raised).
        missing: The records whose figure is empty: reported here, with
            where they are, and never read as a zero.
        skipped: The records that are not data but documentation of the
            input (a PLOVER ``DOCUMENT`` record), each with what it is; their
            ``error`` is ``""``.
    """

    value: T
    source: str
    records: int
    problems: tuple[ReadProblem, ...] = ()
    missing: tuple[ReadProblem, ...] = ()
    skipped: tuple[ReadProblem, ...] = ()

    @property
    def read(self) -> int:
        """How many records became values."""
        return self.records - len(self.problems) - len(self.missing) - len(self.skipped)

    def counts(self) -> str:
        """``6 records: 5 read, 1 missing figure, 0 problems``: the report in a line."""
        skipped = f", {len(self.skipped)} documentation" if self.skipped else ""
        return (
            f"{_counted(self.records, 'record')}: {self.read} read, "
            f"{_counted(len(self.missing), 'missing figure')}, "
            f"{_counted(len(self.problems), 'problem')}{skipped}"
        )

    def __str__(self) -> str:
        return f"{self.source}: {self.counts()}"


def _counted(count: int, noun: str) -> str:
    """``1 problem``, ``2 problems``: English, as the reader's report is."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def check_on_error(value: object) -> OnError:
    """``value`` if it is ``"raise"`` or ``"collect"``; else an error at ``on_error``."""
    if value == "raise":
        return "raise"
    if value == "collect":
        return "collect"
    msg = f"expected 'raise' or 'collect', got {value!r}"
    raise InvalidValueError(msg, path=("on_error",))


class _Bar:
    """A progress callback: tqdm's bar when tqdm is installed, else one line on a terminal."""

    def __init__(self, source: str, total: int | None) -> None:
        self._source = source
        self._tqdm: Any = None
        self._shown = 0
        try:
            tqdm = importlib.import_module("tqdm")
        except ImportError:
            stream = sys.stderr
            self._line = stream is not None and stream.isatty()
        else:
            self._tqdm = tqdm.tqdm(total=total, desc=source, unit=" records")
            self._line = False

    def __call__(self, done: int, total: int | None) -> None:
        if self._tqdm is not None:
            self._tqdm.update(done - self._shown)
        elif self._line:
            of = "" if total is None else f" of {total}"
            sys.stderr.write(f"\r{self._source}: {done}{of} records")
            sys.stderr.flush()
        self._shown = done

    def close(self) -> None:
        if self._tqdm is not None:
            self._tqdm.close()
        elif self._line:
            sys.stderr.write("\n")
            sys.stderr.flush()


class Reading:
    """One read of outside data: counts the records, keeps or raises their problems.

    Args:
        source: What is read (a path, ``"DataFrame"``); it names the result.
        on_error: ``"raise"`` or ``"collect"`` (see the module's docstring).
        progress: ``False`` (the default), ``True`` for a progress bar on
            standard error (tqdm's when it is installed, else a line that
            counts records, shown only on a terminal), or a callback called
            as ``callback(records_read, total)`` every :data:`PROGRESS_EVERY`
            records and at the end.
        total: How many records the input holds, when the reader knows.

    Use it as a context manager, so that a progress bar is closed when the
    read stops on an error.
    """

    def __init__(
        self,
        source: str,
        *,
        on_error: OnError = "raise",
        progress: bool | ProgressCallback = False,
        total: int | None = None,
    ) -> None:
        self.source = source
        self.on_error = check_on_error(on_error)
        self.total = total
        self.records = 0
        self.problems: list[ReadProblem] = []
        self.missing: list[ReadProblem] = []
        self.skipped: list[ReadProblem] = []
        self._bar: _Bar | None = None
        self._progress: ProgressCallback | None
        if progress is True:
            self._bar = _Bar(source, total)
            self._progress = self._bar
        elif progress is False or progress is None:
            self._progress = None
        elif callable(progress):
            self._progress = progress
        else:
            msg = f"expected True, False or a callable, got {progress!r}"
            raise InvalidValueError(msg, path=("progress",))

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.close()

    def take(self, record: int | str, build: Callable[[], T]) -> T | None:
        """``build()``, the value of ``record``; ``None`` when it is a problem or missing.

        An :class:`InvalidValueError` from ``build`` is placed in ``record``;
        a :class:`MissingValueError` is a missing figure whatever
        ``on_error`` says; any other is raised (``"raise"``) or kept as a
        problem (``"collect"``).
        """
        self.records += 1
        if self._progress is not None and self.records % PROGRESS_EVERY == 0:
            self._progress(self.records, self.total)
        try:
            return build()
        except MissingValueError as exc:
            self.missing.append(ReadProblem.from_error(exc, record))
        except InvalidValueError as exc:
            if self.on_error == "raise":
                raise (exc if exc.record is not None else exc.in_record(record)) from None
            self.problems.append(ReadProblem.from_error(exc, record))
        return None

    def skip(self, record: int | str, reason: str) -> None:
        """Report ``record``, already taken, as documentation of the input: no values, no problem."""
        self.skipped.append(ReadProblem(record, (), reason, ""))

    def result(self, value: T) -> ReadResult[T]:
        """The result of the read, with ``value`` (the values kept)."""
        if self._progress is not None and self.records % PROGRESS_EVERY != 0:
            self._progress(self.records, self.total)
        return ReadResult(
            value,
            self.source,
            self.records,
            tuple(self.problems),
            tuple(self.missing),
            tuple(self.skipped),
        )


# Loaded on first use, after the package's __init__ published the classes it imports.
publish(ReadProblem, ReadResult)
