"""The Correlates of War state system list, read as a dataset source holding its records.

The reader of files (``bilateral._wire.readers.read_cow_states``) feeds the
rows here. Each row is one period of a state's membership; it becomes a
record of the source, keyed ``<ccode>:<period>`` (periods counted from 1 in
date order), as :func:`bilateral.cow_source` keys the bundled copy, so that
facts cite it with :meth:`Source.cite_record`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping

from bilateral._model.reading import OnError, ProgressCallback, Reading, ReadResult
from bilateral._values.cow import cow_source
from bilateral._values.errors import InvalidValueError
from bilateral._values.sources import Source

COW_FIELDS = (
    "stateabb",
    "ccode",
    "statenme",
    "styear",
    "stmonth",
    "stday",
    "endyear",
    "endmonth",
    "endday",
    "version",
)
"""The columns of the COW state list, each kept in the records as the file writes it."""

_ABBREVIATION = re.compile(r"[A-Z]{2,3}")


def _day(row: Mapping[str, str], prefix: str) -> dt.date:
    names = (f"{prefix}year", f"{prefix}month", f"{prefix}day")
    for name in names:
        if not row[name].isdigit():
            msg = f"expected a whole number, got {row[name]!r}"
            raise InvalidValueError(msg, path=(name,))
    try:
        return dt.date(*(int(row[name]) for name in names))
    except ValueError as exc:
        msg = f"not a day: {exc}"
        raise InvalidValueError(msg, path=(names[2],)) from None


def cow_row(row: Mapping[str, str]) -> dict[str, str]:
    """The record of one row of the COW state list, checked.

    A value in a column with no name (the published v2016 file has
    ``11250`` in one on Peru's row) is kept in the record under the column's
    place, ``"column 16"``, never dropped; the reader passes unnamed columns
    so named.

    Raises:
        InvalidValueError: A field is missing or malformed (its path is the
            column).
    """
    record = {name: row[name].strip() for name in COW_FIELDS}
    record.update(
        (name, value) for name, value in row.items() if name.startswith("column ") and value
    )
    if _ABBREVIATION.fullmatch(record["stateabb"]) is None:
        msg = f"expected two or three capital letters, got {record['stateabb']!r}"
        raise InvalidValueError(msg, path=("stateabb",))
    if not record["ccode"].isdigit():
        msg = f"expected a COW country code (a whole number), got {record['ccode']!r}"
        raise InvalidValueError(msg, path=("ccode",))
    if not record["statenme"]:
        msg = "expected the state's name, got nothing"
        raise InvalidValueError(msg, path=("statenme",))
    start, end = _day(record, "st"), _day(record, "end")
    if end < start:
        msg = f"the period ends ({end}) before it starts ({start})"
        raise InvalidValueError(msg, path=("endyear",))
    if not record["version"]:
        msg = "expected the list's version, got nothing"
        raise InvalidValueError(msg, path=("version",))
    return record


def read_cow_rows(
    rows: Iterable[tuple[int, Mapping[str, str]]],
    *,
    source: str,
    on_error: OnError = "raise",
    progress: bool | ProgressCallback = False,
) -> ReadResult[Source]:
    """Read the rows of a COW state list (each a row number and its cells) into a source.

    The source is :func:`bilateral.cow_source`'s (the same id, publisher,
    title, licence) holding every record read; a list of another version
    than 2016 gets its own id (``cow-states-<version>``) and no issue date.
    """
    periods: dict[int, list[dict[str, str]]] = {}
    versions: dict[str, None] = {}
    with Reading(source, on_error=on_error, progress=progress) as reading:
        for number, row in rows:
            record = reading.take(number, lambda row=row: cow_row(row))  # type: ignore[misc]
            if record is not None:
                periods.setdefault(int(record["ccode"]), []).append(record)
                versions.setdefault(record["version"], None)
        records: dict[str, dict[str, str]] = {}
        for ccode, found in sorted(periods.items()):
            found.sort(key=lambda r: (int(r["styear"]), int(r["stmonth"]), int(r["stday"])))
            for index, record in enumerate(found, 1):
                records[f"{ccode}:{index}"] = record
        template = cow_source()
        version = next(iter(versions), "2016") if len(versions) == 1 else None
        if version == "2016":
            value = Source(
                template.id,
                template.publisher,
                title=template.title,
                version=template.version,
                issued=template.issued,
                url=template.url,
                licence=template.licence,
                records=records,
            )
        else:
            value = Source(
                f"cow-states-{(version or 'mixed').lower()}",
                template.publisher,
                title=template.title,
                version=version,
                url=template.url,
                licence=template.licence,
                records=records,
            )
        return reading.result(value)
