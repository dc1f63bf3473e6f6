"""Sources (texts and datasets), citations into them, and corrections of their text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

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
    keeps_its_type,
    omitted_at_default,
    optional_a,
    schema_rule,
    shown,
)
from bilateral._values.dates import PartialDate, to_optional_partial_date
from bilateral._values.errors import CitationMismatchError, InvalidValueError, NotFoundError


def _optional_day(instance: object, attribute: attrs.Attribute[dt.date], value: object) -> None:
    if value is not None:
        check_day(instance, attribute, value)


def _check_offset(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    del instance
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        msg = f"expected an offset from 0 to 2**53 - 1, got {shown(value)}"
        raise InvalidValueError(msg, path=(attribute.name,))


def _check_optional_offset(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    if value is not None:
        _check_offset(instance, attribute, value)


def _strings(value: object, name: str) -> tuple[str, ...]:
    items = as_tuple(value, str, name)
    for index, item in enumerate(items):
        if not item.strip():
            msg = f"expected a non-empty string, got {item!r}"
            raise InvalidValueError(msg, path=(name, index))
    return items


def _fields(value: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return _strings(value, "fields")


def _values(value: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return as_tuple(value, str, "values")


# A list of non-empty texts, for the schema.
_TEXTS = schema_rule(items={"$ref": "#/$defs/Text"})


@attrs.frozen(repr=False)
class Citation:
    """Where a fact comes from: words quoted from a text, or a record of a dataset.

    A citation into a text gives the quoted words and their character
    offsets; ``quote`` must be exactly ``source.text[start:end]``, which a
    :class:`~bilateral.Dataset` checks and :meth:`Source.cite` guarantees.

    A citation into a dataset (a source with no text) names a ``record`` by
    its key and the ``fields`` of it that the fact uses, and may carry the
    ``values`` it read there (one per field); a dataset whose source holds
    its records checks them, and :meth:`Source.cite_record` builds one.

    Attributes:
        source: The id of the :class:`Source`.
        start: Offset of the first character (in Python string indices).
        end: Offset just past the last character.
        quote: The quoted words, exactly as in the source.
        record: The key of the record cited (``"265:1"``), for a dataset.
        fields: The fields of the record the fact uses.
        values: Their values in the record, in the order of ``fields``, or
            ``()`` when the citation does not carry them.
    """

    source: str = attrs.field(validator=check_id, metadata=ID)
    start: int | None = attrs.field(
        default=None, validator=_check_optional_offset, metadata=omitted_at_default(COUNT)
    )
    end: int | None = attrs.field(
        default=None, validator=_check_optional_offset, metadata=omitted_at_default(COUNT)
    )
    quote: str | None = attrs.field(
        default=None, validator=check_optional_text, metadata=omitted_at_default(TEXT)
    )
    record: str | None = attrs.field(
        default=None, kw_only=True, validator=check_optional_text, metadata=omitted_at_default(TEXT)
    )
    fields: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_fields, metadata=omitted_at_default(_TEXTS)
    )
    values: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_values, metadata=omitted_at_default()
    )

    def __attrs_post_init__(self) -> None:
        if self.record is None:
            self._check_quote()
        else:
            self._check_record()

    def _check_quote(self) -> None:
        start, end, quote = self.start, self.end, self.quote
        if start is None or end is None or quote is None:
            name = "start" if start is None else "end" if end is None else "quote"
            msg = "a citation of a text needs start, end and quote (or a record, for a dataset)"
            raise InvalidValueError(msg, path=(name,))
        for name in ("fields", "values"):
            if getattr(self, name):
                msg = f"only a citation of a record has {name}, got {getattr(self, name)!r}"
                raise InvalidValueError(msg, path=(name,))
        if end - start != len(quote):
            msg = (
                f"a quote of {len(quote)} characters from offset {start} "
                f"ends at {start + len(quote)}, got {end}"
            )
            raise InvalidValueError(msg, path=("end",))

    def _check_record(self) -> None:
        for name in ("start", "end", "quote"):
            if getattr(self, name) is not None:
                msg = f"a citation of a record has no {name}, got {getattr(self, name)!r}"
                raise InvalidValueError(msg, path=(name,))
        if not self.fields:
            msg = "a citation of a record names the fields it uses, got none"
            raise InvalidValueError(msg, path=("fields",))
        if len(set(self.fields)) != len(self.fields):
            msg = f"a field is named twice in {self.fields!r}"
            raise InvalidValueError(msg, path=("fields",))
        if self.values and len(self.values) != len(self.fields):
            msg = f"expected one value per field ({len(self.fields)}), got {len(self.values)}"
            raise InvalidValueError(msg, path=("values",))

    @property
    def is_record(self) -> bool:
        """Whether this cites a record of a dataset (else words of a text)."""
        return self.record is not None

    def __repr__(self) -> str:
        shown_fields = (
            ("source", "start", "end", "quote")
            if self.record is None
            else ("source", "record", "fields", "values")
        )
        parts = [f"{name}={getattr(self, name)!r}" for name in shown_fields]
        if self.record is not None and not self.values:
            parts.pop()
        return f"Citation({', '.join(parts)})"


def citations(value: list[Citation] | tuple[Citation, ...]) -> tuple[Citation, ...]:
    """Converter for ``citations`` fields."""
    return as_tuple(value, Citation, "citations")


# They give back a value already of their field's type (see keeps_its_type).
keeps_its_type(citations)


Record = Mapping[str, str]


def _records(value: object) -> Mapping[str, Record] | None:
    """Converter for ``records``: a read-only copy of a mapping of mappings of strings."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        msg = f"expected a mapping of record keys to records, got {shown(value)}"
        raise InvalidValueError(msg, path=("records",))
    frozen: dict[str, Record] = {}
    for key, record in value.items():
        if not isinstance(key, str) or not key.strip():
            msg = f"expected a non-empty string as a record key, got {key!r}"
            raise InvalidValueError(msg, path=("records",))
        if not isinstance(record, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in record.items()
        ):
            msg = f"expected a record of field names to string values, got {shown(record)}"
            raise InvalidValueError(msg, path=("records", key))
        frozen[key] = MappingProxyType(dict(record))
    return MappingProxyType(frozen)


@attrs.frozen
class Source:
    """What facts are cited from: a published text, or a dataset.

    A text has its full text, exactly as received, and the day it was
    published; facts quote it (:meth:`cite`). A dataset (the Correlates of
    War state list, a trade table) has no running text (``text`` is
    ``None``) but a title, and may say its version, when it was issued, its
    licence and its DOI; facts name its records (:meth:`cite_record`). A
    dataset source may hold some of its records (``records``), and then
    citations into it are checked against them::

        >>> cow = Source("cow", "Correlates of War Project", title="State System Membership List",
        ...              version="2016", records={"2:1": {"stateabb": "USA"}})
        >>> cow.is_dataset
        True
        >>> cow.cite_record("2:1", "stateabb")
        Citation(source='cow', record='2:1', fields=('stateabb',), values=('USA',))

    Attributes:
        id: A short id that citations use.
        publisher: Who published it, as the source names itself.
        published: The day it was published; required for a text.
        text: The full text, exactly as received; ``None`` for a dataset.
        title: Its title, if it has one; required for a dataset (its name).
        url: Where it was published, if known.
        version: A dataset's version, as its publisher names it.
        issued: When this version was issued, as precise as known.
        licence: The terms it may be used under, as its publisher states them.
        doi: Its DOI, if it has one (``10.xxxx/...``).
        records: For a dataset, the records this object holds, by key, each a
            mapping of field names to values as the dataset writes them; usually
            only the records cited, never required. ``None``: none held.
    """

    id: str = attrs.field(validator=check_id, metadata=ID)
    publisher: str = attrs.field(validator=check_text, metadata=TEXT)
    published: dt.date | None = attrs.field(
        default=None, validator=_optional_day, metadata=omitted_at_default(DAY)
    )
    text: str | None = attrs.field(
        default=None, validator=check_optional_text, repr=False, metadata=omitted_at_default(TEXT)
    )
    title: str | None = attrs.field(
        default=None, kw_only=True, validator=check_optional_text, metadata=TEXT
    )
    url: str | None = attrs.field(
        default=None, kw_only=True, validator=check_optional_text, metadata=TEXT
    )
    version: str | None = attrs.field(
        default=None, kw_only=True, validator=check_optional_text, metadata=omitted_at_default(TEXT)
    )
    issued: PartialDate | None = attrs.field(
        converter=to_optional_partial_date,
        default=None,
        kw_only=True,
        validator=optional_a(PartialDate),
        metadata=omitted_at_default(),
    )
    licence: str | None = attrs.field(
        default=None, kw_only=True, validator=check_optional_text, metadata=omitted_at_default(TEXT)
    )
    doi: str | None = attrs.field(
        default=None, kw_only=True, validator=check_optional_text, metadata=omitted_at_default(TEXT)
    )
    records: Mapping[str, Mapping[str, str]] | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_records,
        hash=False,
        repr=False,
        metadata=omitted_at_default(),
    )

    def __attrs_post_init__(self) -> None:
        if self.text is not None:
            if self.published is None:
                msg = "a text source needs the day it was published"
                raise InvalidValueError(msg, path=("published",))
            if self.records is not None:
                msg = "only a dataset (a source with no text) holds records"
                raise InvalidValueError(msg, path=("records",))
        elif self.title is None:
            msg = "a dataset source (one with no text) needs its title"
            raise InvalidValueError(msg, path=("title",))

    @property
    def is_dataset(self) -> bool:
        """Whether the source is a dataset (it has no running text)."""
        return self.text is None

    def cite(self, quote: str, *, occurrence: int = 1) -> Citation:
        """A citation of the ``occurrence``-th appearance of ``quote`` in the text.

        >>> source = Source("s", "Azernews", dt.date(2023, 2, 17), "They met. They spoke.")
        >>> source.cite("They", occurrence=2)
        Citation(source='s', start=10, end=14, quote='They')

        Raises:
            NotFoundError: ``quote`` does not appear that many times.
            InvalidValueError: The source is a dataset (cite a record instead).
        """
        if not isinstance(quote, str) or not quote:
            msg = f"expected a non-empty string, got {quote!r}"
            raise InvalidValueError(msg, path=("quote",))
        if isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 1:
            msg = f"expected a positive integer (1 for the first), got {occurrence!r}"
            raise InvalidValueError(msg, path=("occurrence",))
        if self.text is None:
            msg = f"source {self.id!r} is a dataset with no text; cite a record of it"
            raise InvalidValueError(msg, path=("quote",))
        start = -1
        for _ in range(occurrence):
            start = self.text.find(quote, start + 1)
            if start < 0:
                msg = f"quote: {quote!r} does not appear {occurrence} time(s) in source {self.id!r}"
                raise NotFoundError(msg)
        return Citation(self.id, start, start + len(quote), quote)

    def cite_record(self, record: str, *fields: str) -> Citation:
        """A citation of ``fields`` of the record with key ``record`` of this dataset.

        When the source holds its records, the record and fields must be
        there, and the citation carries their values; otherwise it names them.

        Raises:
            NotFoundError: The source holds its records and not this one, or
                the record has no such field.
            InvalidValueError: The source is a text, or no field is named.
        """
        if self.text is not None:
            msg = f"source {self.id!r} is a text; quote it with cite()"
            raise InvalidValueError(msg, path=("record",))
        if self.records is None:
            return Citation(self.id, record=record, fields=fields)
        found = self.record(record)
        missing = [f for f in fields if f not in found]
        if missing:
            msg = f"record {record!r} of source {self.id!r} has no field {missing[0]!r}"
            raise NotFoundError(msg)
        return Citation(self.id, record=record, fields=fields, values=[found[f] for f in fields])

    def record(self, key: str) -> Mapping[str, str]:
        """The record with this key, which the source holds.

        Raises:
            NotFoundError: The source holds no such record (or no records).
        """
        if self.records is None or key not in self.records:
            msg = f"source {self.id!r} holds no record {key!r}"
            raise NotFoundError(msg)
        return self.records[key]

    def problem(self, citation: Citation) -> tuple[str, str] | None:  # noqa: PLR0911 - one per fault
        """What is wrong with ``citation`` as a citation of this source, if anything.

        Returns the key it is wrong at (``quote``, ``record``, ``fields``,
        ``values``) and the reason, or ``None``. A record citation of a source
        that holds no records cannot be checked, and is not wrong.
        """
        if citation.record is None:
            if self.text is None:
                return "quote", f"source {self.id!r} is a dataset with no text; cite a record"
            found = self.text[citation.start : citation.end]
            if found != citation.quote:
                return "quote", (
                    f"{citation.quote!r} is not the text of source {self.id!r} at "
                    f"{citation.start}:{citation.end}, which is {found!r}"
                )
            return None
        if self.text is not None:
            return "record", f"source {self.id!r} is a text, not a dataset with records"
        if self.records is None:
            return None
        record = self.records.get(citation.record)
        if record is None:
            return "record", f"source {self.id!r} holds no record {citation.record!r}"
        for index, field in enumerate(citation.fields):
            if field not in record:
                return f"fields[{index}]", f"record {citation.record!r} has no field {field!r}"
            if citation.values and citation.values[index] != record[field]:
                return f"values[{index}]", (
                    f"{citation.values[index]!r} is not field {field!r} of record "
                    f"{citation.record!r}, which is {record[field]!r}"
                )
        return None

    def check(self, citation: Citation, path: str = "citation") -> None:
        """Raise unless ``citation`` cites this source correctly.

        A quote must be the text at its offsets; a record citation of a
        dataset that holds its records must name a record and fields it has,
        with their values if it carries any.

        Raises:
            CitationMismatchError: It does not.
        """
        if citation.source != self.id:
            msg = f"the citation is of source {citation.source!r}, not {self.id!r}"
            raise CitationMismatchError(msg, path=(path, "source"))
        found = self.problem(citation)
        if found is not None:
            raise CitationMismatchError(found[1], path=(path,))


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
