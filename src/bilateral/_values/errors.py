"""The one error hierarchy of bilateral.

Every error the library raises on purpose derives from :class:`BilateralError`
and also from the builtin it resembles, so ``except ValueError`` keeps working
for callers who do not know about bilateral.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Self, TypeVar

import attrs

Step = str | int
"""One step of a location: a field name or an index into a list."""


def format_path(steps: Iterable[Step], root: str = "") -> str:
    """The location of ``steps`` as text, as in messages: ``missions[0].sending``.

    With ``root="$"`` it is a JSON path: ``$.missions[0].sending``. A name follows a dot (none before the first name when ``root`` is empty);
    an index is in brackets.
    """
    text = root
    for step in steps:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += f".{step}" if text else step
    return text


class BilateralError(Exception):
    """Base class of every error raised by bilateral on purpose."""


class InvalidValueError(BilateralError, ValueError):
    """A value cannot be built: a field holds something it must not.

    The message names the field and the bad value. The location is data too,
    so a reader of outside data places the error without parsing the message:

    Attributes:
        reason: What is wrong, without the location: ``expected a Decimal, an
            int or a decimal string, got 4.5 (floats are not exact)``.
        path: Where, as steps from the outermost value inward: field names
            and list indexes, such as ``("missions", 0)``; empty when the error
            is about the value as a whole.
        record: The outside record the value came from, when a reader of
            tables or records knows it: a row number (shown ``row 17``) or a
            record id (shown ``record PLOVER-GSR01-AGREE-0003``); else ``None``.

    ``str(error)`` is the location and the reason: ``missions[0]: a mission
    of ...``, or ``row 3, amount: expected ...`` with a record. An error
    travelling outward gets the steps of its container put in front with
    :meth:`within`; :attr:`json_path` is its location as a JSON path.

    >>> from bilateral import InvalidValueError
    >>> error = InvalidValueError("expected a date, got 'soon'", path=("when",))
    >>> str(error.within("events", 2))
    "events[2].when: expected a date, got 'soon'"
    >>> error.within("relations", 0, "events", 2).json_path
    '$.relations[0].events[2].when'
    """

    reason: str
    path: tuple[Step, ...]
    record: int | str | None

    def __init__(
        self, reason: str, *, path: Sequence[Step] = (), record: int | str | None = None
    ) -> None:
        self.reason = reason
        self.path = tuple(path)
        self.record = record
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = format_path(self.path)
        if self.record is not None:
            label = (
                f"row {self.record}" if isinstance(self.record, int) else f"record {self.record}"
            )
            where = f"{label}, {where}" if where else label
        return f"{where}: {self.reason}" if where else self.reason

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only arguments (and subclasses' own attributes, such as a
        # code's suggestions) do not survive the default pickling of exceptions.
        return (_rebuild, (type(self), dict(vars(self))))

    @property
    def location(self) -> str:
        """The path as the message shows it, such as ``missions[0].sending`` (``""`` for none)."""
        return format_path(self.path)

    @property
    def json_path(self) -> str:
        """The path as a JSON path from the value's root, such as ``$.missions[0].sending``."""
        return format_path(self.path, "$")

    def within(self, *steps: Step) -> Self:
        """The same error (same type, same reason) with ``steps`` in front of its path.

        A container that checks its items says which item:
        ``error.within("missions", 0)`` turns ``sending: ...`` into
        ``missions[0].sending: ...``.
        """
        return self._moved((*steps, *self.path), self.record)

    def at(self, *path: Step) -> Self:
        """The same error (same type, same reason) at ``path`` instead of its own.

        A reader whose field is called otherwise than the value's attribute
        places the error at the field: ``error.at("dateCoded")``.
        """
        return self._moved(path, self.record)

    def in_record(self, record: int | str) -> Self:
        """The same error, located in the outside ``record`` (a row number or a record id)."""
        return self._moved(self.path, record)

    def _moved(self, path: tuple[Step, ...], record: int | str | None) -> Self:
        # A copy with every attribute (a subclass's own ones too), moved.
        return _rebuild(type(self), {**vars(self), "path": path, "record": record})


_E = TypeVar("_E", bound="InvalidValueError")


def _rebuild(kind: type[_E], attributes: dict[str, Any]) -> _E:
    error = kind.__new__(kind)
    vars(error).update(attributes)
    error.args = (str(error),)
    return error


class InvalidDateError(InvalidValueError):
    """A partial date or date range is malformed or does not exist."""


class UnknownCountryError(InvalidValueError):
    """A country code is not an ISO 3166-1 country known to CLDR."""


class AmbiguousCountryCodeError(UnknownCountryError):
    """A country code belonged to more than one former country (``CS``, ``891``).

    Attributes:
        code: The code as given.
        candidates: The ISO 3166-3 alpha-4 codes of every country that had it;
            each is unambiguous and can be used instead.
    """

    def __init__(
        self,
        message: str,
        code: str,
        candidates: Sequence[str],
        *,
        path: Sequence[Step] = (),
        record: int | str | None = None,
    ) -> None:
        super().__init__(message, path=path, record=record)
        self.code = code
        self.candidates = tuple(candidates)


class CountryNotExistingError(InvalidValueError):
    """A fact is dated when one of its countries did not exist (or no longer did).

    The message says when the country existed, as far as the sources say.
    """


class UnknownCodeError(InvalidValueError):
    """A code is not in its vocabulary (CAMEO, PLOVER, Correlates of War).

    Attributes:
        code: The code as given.
        suggestions: The nearest valid codes, best first (possibly none).
    """

    def __init__(
        self,
        message: str,
        code: str,
        suggestions: Sequence[str],
        *,
        path: Sequence[Step] = (),
        record: int | str | None = None,
    ) -> None:
        super().__init__(message, path=path, record=record)
        self.code = code
        self.suggestions = tuple(suggestions)


class UnknownCurrencyError(InvalidValueError):
    """A currency code is not an ISO 4217 currency known to CLDR."""


class UnknownLocaleError(InvalidValueError):
    """A locale identifier is malformed or names no locale babel ships."""


class MissingValueError(InvalidValueError):
    """A record of outside data leaves empty a field it needs (a trade figure's value).

    A reader reports such a record as a missing figure, never as a zero; see
    ``missing`` of :class:`bilateral.ReadResult`.
    """


class LocaleFallbackWarning(UserWarning):
    """A locale has no catalog of its own nor one of its language: its text is wholly English.

    Said once per locale. Attributes: ``locale``, the locale asked for.
    """

    def __init__(self, message: str, locale: str) -> None:
        super().__init__(message)
        self.locale = locale


class CurrencyMismatchError(InvalidValueError):
    """Two amounts in different currencies were combined."""


class CitationMismatchError(InvalidValueError):
    """A citation's quote is not the source text at its offsets."""


class MergeConflictError(InvalidValueError):
    """Two datasets being merged say different things under one id.

    ``path`` is where the second value is in its dataset; the message names
    both datasets (by their place in the merge, from 0), both paths and both
    values in short.

    Attributes:
        datasets: The two datasets' places in the merge (the first one holding
            the id first).
        paths: Where each value is in its dataset.
        values: The two values.
    """

    datasets: tuple[int, int]
    paths: tuple[tuple[Step, ...], tuple[Step, ...]]
    values: tuple[Any, Any]

    def __init__(
        self,
        reason: str,
        *,
        path: Sequence[Step] = (),
        record: int | str | None = None,
        datasets: tuple[int, int] = (0, 0),
        paths: tuple[tuple[Step, ...], tuple[Step, ...]] = ((), ()),
        values: tuple[Any, Any] = (None, None),
    ) -> None:
        self.datasets = datasets
        self.paths = paths
        self.values = values
        super().__init__(reason, path=path, record=record)


class NotFoundError(BilateralError, KeyError):
    """A lookup (a relation, a person, a source) found nothing."""

    def __str__(self) -> str:
        # KeyError repr()s its argument; our messages are sentences.
        return str(self.args[0]) if self.args else ""


class NotARegularFileError(BilateralError, OSError):
    """A file would be written over something that is not a regular file.

    :func:`bilateral.dump` writes only regular files (through a symbolic
    link, to the file it points to); it refuses to replace a folder, a FIFO,
    a device or a socket. ``filename`` is the path, ``strerror`` says what is
    there.
    """

    def __init__(self, path: str, what: str) -> None:
        super().__init__(None, f"{what}, not a regular file", path)

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}; refusing to write over it"


class MissingExtraError(BilateralError, ImportError):
    """An optional dependency is needed; the message names the pip command."""


@attrs.frozen
class Problem:
    """One problem found in a document.

    Attributes:
        path: A JSON path into the document, such as ``$.relations[0].trade``.
        message: A sentence saying what is wrong and what was expected.
    """

    path: str
    message: str

    @classmethod
    def at(cls, steps: Iterable[Step], message: str) -> Problem:
        """A problem at the JSON path of ``steps``.

        ``("relations", 0, "when")`` is ``$.relations[0].when``.
        """
        return cls(format_path(steps, "$"), message)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ValidationError(BilateralError, ValueError):
    """A document is not valid; ``problems`` lists every problem found.

    Attributes:
        problems: Every problem, each with its JSON path and a sentence.
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in document"
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{head}:\n{lines}")
