"""Sources, citations into them, and corrections of their text."""

from __future__ import annotations

import datetime as dt

import attrs

from bilateral._values.checks import (
    COUNT,
    DAY,
    ID,
    MAX_COUNT,
    TEXT,
    as_tuple,
    check_day,
    check_id,
    check_optional_text,
    check_text,
    shown,
)
from bilateral._values.errors import CitationMismatchError, InvalidValueError, NotFoundError


def _check_offset(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    del instance
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        msg = f"expected an offset from 0 to 2**53 - 1, got {shown(value)}"
        raise InvalidValueError(msg, path=(attribute.name,))


@attrs.frozen
class Citation:
    """Words quoted from a source, with their character offsets.

    ``quote`` must be exactly ``source.text[start:end]``; a
    :class:`~bilateral.Dataset` refuses a citation for which that is not so,
    and :meth:`Source.cite` builds one that is.

    Attributes:
        source: The id of the :class:`Source`.
        start: Offset of the first character (in Python string indices).
        end: Offset just past the last character.
        quote: The quoted words, exactly as in the source.
    """

    source: str = attrs.field(validator=check_id, metadata=ID)
    start: int = attrs.field(validator=_check_offset, metadata=COUNT)
    end: int = attrs.field(validator=_check_offset, metadata=COUNT)
    quote: str = attrs.field(validator=check_text, metadata=TEXT)

    def __attrs_post_init__(self) -> None:
        if self.end - self.start != len(self.quote):
            msg = (
                f"a quote of {len(self.quote)} characters from offset {self.start} "
                f"ends at {self.start + len(self.quote)}, got {self.end}"
            )
            raise InvalidValueError(msg, path=("end",))


def citations(value: list[Citation] | tuple[Citation, ...]) -> tuple[Citation, ...]:
    """Converter for ``citations`` fields."""
    return as_tuple(value, Citation, "citations")


@attrs.frozen
class Source:
    """A published text that facts are cited from.

    Attributes:
        id: A short id that citations use.
        publisher: Who published it, as the source names itself.
        published: The day it was published.
        text: The full text, exactly as received.
        title: Its title, if it has one (``None`` when the source gives none).
        url: Where it was published, if known.
    """

    id: str = attrs.field(validator=check_id, metadata=ID)
    publisher: str = attrs.field(validator=check_text, metadata=TEXT)
    published: dt.date = attrs.field(validator=check_day, metadata=DAY)
    text: str = attrs.field(validator=check_text, repr=False, metadata=TEXT)
    title: str | None = attrs.field(
        default=None, kw_only=True, validator=check_optional_text, metadata=TEXT
    )
    url: str | None = attrs.field(
        default=None, kw_only=True, validator=check_optional_text, metadata=TEXT
    )

    def cite(self, quote: str, *, occurrence: int = 1) -> Citation:
        """A citation of the ``occurrence``-th appearance of ``quote`` in the text.

        >>> source = Source("s", "Azernews", dt.date(2023, 2, 17), "They met. They spoke.")
        >>> source.cite("They", occurrence=2)
        Citation(source='s', start=10, end=14, quote='They')

        Raises:
            NotFoundError: ``quote`` does not appear that many times.
        """
        if not isinstance(quote, str) or not quote:
            msg = f"expected a non-empty string, got {quote!r}"
            raise InvalidValueError(msg, path=("quote",))
        if isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 1:
            msg = f"expected a positive integer (1 for the first), got {occurrence!r}"
            raise InvalidValueError(msg, path=("occurrence",))
        start = -1
        for _ in range(occurrence):
            start = self.text.find(quote, start + 1)
            if start < 0:
                msg = f"quote: {quote!r} does not appear {occurrence} time(s) in source {self.id!r}"
                raise NotFoundError(msg)
        return Citation(self.id, start, start + len(quote), quote)

    def check(self, citation: Citation, path: str = "citation") -> None:
        """Raise unless ``citation`` quotes this source exactly at its offsets.

        Raises:
            CitationMismatchError: The quote is not the text at its offsets.
        """
        if citation.source != self.id:
            msg = f"the citation is of source {citation.source!r}, not {self.id!r}"
            raise CitationMismatchError(msg, path=(path, "source"))
        found = self.text[citation.start : citation.end]
        if found != citation.quote:
            msg = (
                f"quote {citation.quote!r} is not the text of source "
                f"{self.id!r} at {citation.start}:{citation.end}, which is {found!r}"
            )
            raise CitationMismatchError(msg, path=(path,))


@attrs.frozen
class Correction:
    """A correction of a source's text, keeping what the source said.

    The bundled article prints ``Naus?da`` (a character lost in transmission)
    for ``Nausėda``; the citations keep ``Naus?da``, and this records the fix.

    Attributes:
        original: The text as the source has it.
        corrected: What it should read.
        reason: Why the correction was made.
        citations: Where the original appears.
    """

    original: str = attrs.field(validator=check_text, metadata=TEXT)
    corrected: str = attrs.field(validator=check_text, metadata=TEXT)
    reason: str = attrs.field(validator=check_text, metadata=TEXT)
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)
