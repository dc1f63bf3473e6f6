"""The one error hierarchy of bilateral.

Every error the library raises on purpose derives from :class:`BilateralError`
and also from the builtin it resembles, so ``except ValueError`` keeps working
for callers who do not know about bilateral.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs


class BilateralError(Exception):
    """Base class of every error raised by bilateral on purpose."""


class InvalidValueError(BilateralError, ValueError):
    """A value cannot be built: a field holds something it must not.

    The message names the field and the bad value.
    """


class InvalidDateError(InvalidValueError):
    """A partial date or date range is malformed or does not exist."""


class UnknownCountryError(InvalidValueError):
    """A country code is not an ISO 3166-1 country known to CLDR."""


class UnknownCurrencyError(InvalidValueError):
    """A currency code is not an ISO 4217 currency known to CLDR."""


class UnknownLocaleError(InvalidValueError):
    """A locale identifier is malformed or names no locale babel ships."""


class CurrencyMismatchError(InvalidValueError):
    """Two amounts in different currencies were combined."""


class CitationMismatchError(InvalidValueError):
    """A citation's quote is not the source text at its offsets."""


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
