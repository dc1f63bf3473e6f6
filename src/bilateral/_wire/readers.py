"""Readers of outside data files into bilateral's values.

Every reader follows the seam of ``bilateral._model.reading``: it streams its
input (a row at a time, or a batch of rows for Parquet), hands each record to
a :class:`~bilateral._model.reading.Reading`, and returns a
:class:`~bilateral.ReadResult`. See :doc:`/how-to/trade-tables`.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from bilateral._model import Dataset
from bilateral._model.cow_table import COW_FIELDS, read_cow_rows
from bilateral._model.plover_records import read_plover_records
from bilateral._model.reading import OnError, ProgressCallback, ReadResult
from bilateral._model.trade_table import TradeLayout, read_trade_rows
from bilateral._values.errors import InvalidValueError
from bilateral._values.extras import require
from bilateral._values.sources import Source
from bilateral._wire.jsonrecords import json_records

PARQUET_SUFFIXES = (".parquet", ".pq")
"""File name endings read as Parquet; any other file is read as CSV."""

BATCH_ROWS = 10_000
"""How many rows of a Parquet file are in memory at once."""


def read_trade(
    source: str | os.PathLike[str] | Any,
    *,
    layout: TradeLayout | None = None,
    on_error: OnError = "raise",
    progress: bool | ProgressCallback = False,
    delimiter: str = ",",
    encoding: str = "utf-8-sig",
) -> ReadResult[Dataset]:
    """Read a trade table in long format (one figure per row) into a dataset.

    Each row is one reporter's figure for one partner, flow and period; the
    rows are grouped into one relation per pair of countries, each figure
    keeping its reporter (so mirror figures stay two values). The result
    holds the dataset and, with ``on_error="collect"``, every row that could
    not be read; rows with an empty value are listed as missing, never read
    as zero.

    Args:
        source: A CSV file, a Parquet file (ending in ``.parquet`` or
            ``.pq``), or a pandas DataFrame.
        layout: Which column holds what (``TradeLayout.LONG`` unless
            given; ``TradeLayout.COMTRADE``, ``TradeLayout.IMF``; see
            :class:`TradeLayout`).
        on_error: ``"raise"`` (the default): the first bad row is raised;
            ``"collect"``: bad rows are listed in the result and the others
            read.
        progress: ``True`` for a progress bar on standard error (tqdm's if
            installed), or a callback ``callback(rows_read, total)``.
        delimiter: The CSV delimiter.
        encoding: The CSV encoding (UTF-8, with or without a byte order mark).

    Rows are counted as a spreadsheet shows them: in a CSV file the header is
    row 1 and the first figure row 2; in a Parquet file or a DataFrame the
    first row is row 0 (as ``frame.iloc[0]``).

    Raises:
        InvalidValueError: A column of the layout is missing, or (with
            ``on_error="raise"``) a row is bad: the error names the row and
            the column and keeps its own type (:class:`InvalidDateError`,
            :class:`UnknownCountryError`, ...).
        MissingExtraError: A Parquet file without pyarrow installed.
        OSError: The file cannot be read.
    """
    layout = TradeLayout.LONG if layout is None else layout
    if not isinstance(layout, TradeLayout):
        msg = f"expected a TradeLayout, got {layout!r}"
        raise InvalidValueError(msg, path=("layout",))
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.suffix.lower() in PARQUET_SUFFIXES:
            rows, total = _parquet_rows(path, layout)
        else:
            stream = path.open(newline="", encoding=encoding)
            with stream:
                return read_trade_rows(
                    _csv_rows(stream, layout, delimiter),
                    layout,
                    source=str(path),
                    on_error=on_error,
                    progress=progress,
                )
        return read_trade_rows(
            rows, layout, source=str(path), on_error=on_error, progress=progress, total=total
        )
    if hasattr(source, "itertuples") and hasattr(source, "columns"):
        columns = [str(column) for column in source.columns]
        layout.check_columns(columns)
        return read_trade_rows(
            _frame_rows(source, columns),
            layout,
            source="DataFrame",
            on_error=on_error,
            progress=progress,
            total=len(source),
        )
    msg = f"expected a path to a CSV or Parquet file, or a DataFrame, got {source!r:.80}"
    raise InvalidValueError(msg, path=("source",))


def _csv_rows(
    stream: Any, layout: TradeLayout, delimiter: str
) -> Iterator[tuple[int, Mapping[str, object]]]:
    reader = csv.reader(stream, delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        header = []
    layout.check_columns(header)
    width = len(header)
    for row, cells in enumerate(reader, start=2):
        if not cells:
            continue  # a blank line is no record
        if len(cells) != width:
            yield row, _Ragged(len(cells), width)
        else:
            yield row, dict(zip(header, cells, strict=True))


class _Ragged(Mapping[str, object]):
    """A CSV row with more or fewer cells than the header: each look-up says so."""

    def __init__(self, cells: int, width: int) -> None:
        self._reason = f"the row has {cells} cells and the header {width}"

    def __getitem__(self, key: str) -> object:
        raise InvalidValueError(self._reason)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


def _parquet_rows(
    path: Path, layout: TradeLayout
) -> tuple[Iterator[tuple[int, Mapping[str, object]]], int]:
    parquet = require("pyarrow.parquet", "arrow")
    file = parquet.ParquetFile(path)
    layout.check_columns(file.schema_arrow.names)
    total: int = file.metadata.num_rows

    def rows() -> Iterator[tuple[int, Mapping[str, object]]]:
        row = 0
        with file:
            for batch in file.iter_batches(batch_size=BATCH_ROWS, columns=list(layout.columns)):
                for record in batch.to_pylist():
                    yield row, record
                    row += 1

    return rows(), total


def _frame_rows(frame: Any, columns: list[str]) -> Iterator[tuple[int, Mapping[str, object]]]:
    for row, cells in enumerate(frame.itertuples(index=False, name=None)):
        yield row, dict(zip(columns, cells, strict=True))


def read_plover(
    source: str | os.PathLike[str] | Any,
    *,
    on_error: OnError = "raise",
    progress: bool | ProgressCallback = False,
) -> ReadResult[Dataset]:
    """Read PLOVER event records (a JSON array or JSON Lines) into a dataset.

    Each record with exactly two different countries among its actors
    becomes an event of their relation, cited from its own text source; any
    other record is a problem saying why (with ``on_error="collect"``; the
    first is raised with ``"raise"``), and ``DOCUMENT`` records are reported
    in ``skipped``. See :doc:`/how-to/plover` for what each field becomes.

    The file is read a record at a time. Each record is strict JSON, with a
    comma before a closing bracket or brace accepted (as the PLOVER
    gold-standard records were published) and nothing else.

    Args:
        source: A path, or a text file object open for reading.
        on_error: ``"raise"`` (the default) or ``"collect"``.
        progress: ``True`` for a progress bar on standard error, or a
            callback ``callback(records_read, None)``.

    Problems name the record by its ``id``, or by the line it starts on
    (``"line 12"``) when it has none or is not JSON.

    Raises:
        InvalidValueError: The file as a whole is malformed (an array never
            closed, text after it), or (``"raise"``) a record is bad: the
            error names the record and the field.
        OSError: The file cannot be read.
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        with path.open(encoding="utf-8") as stream:
            return read_plover_records(
                json_records(stream), source=str(path), on_error=on_error, progress=progress
            )
    if hasattr(source, "read"):
        name = str(getattr(source, "name", "PLOVER records"))
        return read_plover_records(
            json_records(source), source=name, on_error=on_error, progress=progress
        )
    msg = f"expected a path or a text file, got {source!r:.80}"
    raise InvalidValueError(msg, path=("source",))


def read_cow_states(
    source: str | os.PathLike[str],
    *,
    on_error: OnError = "raise",
    progress: bool | ProgressCallback = False,
    encoding: str = "utf-8-sig",
) -> ReadResult[Source]:
    """Read the Correlates of War State System Membership List (CSV) into a dataset source.

    The source holds every row as a record keyed ``<ccode>:<period>``, as
    :func:`bilateral.cow_source` does for the bundled copy (for v2016 the
    two are equal), so that facts taken from it cite their records with
    :meth:`Source.cite_record`. The published file ends each row with
    columns that have no name; a value in one (``11250`` on Peru's row of
    v2016) is kept in its record as ``"column 16"`` (its place), never
    dropped.

    Rows are counted as a spreadsheet shows them: the header is row 1.

    Raises:
        InvalidValueError: A column of the list is missing, or
            (``on_error="raise"``) a row is bad, naming the row and column.
        OSError: The file cannot be read.
    """
    path = Path(source)
    with path.open(newline="", encoding=encoding) as stream:
        reader = csv.reader(stream)
        header = next(reader, [])
        missing = [name for name in COW_FIELDS if name not in header]
        if missing:
            msg = f"the COW state list needs the columns {', '.join(map(repr, missing))}"
            raise InvalidValueError(msg, path=("columns",))
        return read_cow_rows(
            _cow_rows(reader, header), source=str(path), on_error=on_error, progress=progress
        )


def _cow_rows(reader: Any, header: list[str]) -> Iterator[tuple[int, Mapping[str, str]]]:
    width = len(header)
    for row, cells in enumerate(reader, start=2):
        if not cells:
            continue  # a blank line is no record
        if len(cells) != width:
            yield row, _Ragged(len(cells), width)  # type: ignore[misc]
        else:
            yield (
                row,
                {
                    name or f"column {place}": cell
                    for place, (name, cell) in enumerate(zip(header, cells, strict=True), 1)
                },
            )
