"""Relations as Arrow tables with a stable schema, and as Parquet files.

pyarrow is imported on first use; without it, :class:`MissingExtraError` names
``pip install 'bilateral[arrow]'``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from bilateral._tables.columns import SCHEMAS, Column, Kind, check_table, columns
from bilateral._values.errors import InvalidValueError
from bilateral._values.extras import require

if TYPE_CHECKING:
    import pyarrow as pa

    from bilateral._model import Dataset, Relation

SCHEMA_VERSION = 1
"""Bumped whenever a column of :func:`arrow_schema` changes name or type."""

AMOUNT_PRECISION = 38
AMOUNT_SCALE = 6


def _pyarrow() -> Any:
    return require("pyarrow", "arrow")


def _type(pa: Any, column: Column) -> Any:
    simple = {
        Kind.CODE: pa.string(),
        Kind.TEXT: pa.string(),
        Kind.ENUM: pa.dictionary(pa.int8(), pa.string()),
        Kind.DATE: pa.date32(),
        Kind.DECIMAL: pa.decimal128(AMOUNT_PRECISION, AMOUNT_SCALE),
        Kind.INT: pa.int32(),
        Kind.BOOL: pa.bool_(),
        Kind.TEXTS: pa.list_(pa.field("item", pa.string(), nullable=False)),
    }
    if column.kind in simple:
        return simple[column.kind]
    citation = pa.struct(
        [
            pa.field("source", pa.string(), nullable=False),
            pa.field("start", pa.int64()),
            pa.field("end", pa.int64()),
            pa.field("quote", pa.string()),
            pa.field("record", pa.string()),
            pa.field("fields", pa.list_(pa.field("item", pa.string(), nullable=False))),
            pa.field("values", pa.list_(pa.field("item", pa.string(), nullable=False))),
        ]
    )
    return pa.list_(pa.field("item", citation, nullable=False))


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table``: the contract of :func:`to_arrow` and Parquet files.

    Codes and texts are ``string``, enum values ``dictionary<int8, string>``,
    days ``date32``, amounts ``decimal128(38, 6)``, lists ``list<...>``.
    The schema's metadata names the table and the schema's version (``bilateral.schema_version``).

    Raises:
        InvalidValueError: ``table`` is not a table's name.
        MissingExtraError: pyarrow is not installed.
    """
    name = check_table(table)
    return schema_of(SCHEMAS[name], name)


def _array(pa: Any, column: Column, kind: Any, values: list[Any]) -> Any:
    try:
        return pa.array(values, type=kind)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        if column.kind is not Kind.DECIMAL:
            raise
    for row, value in enumerate(values):
        try:
            pa.scalar(value, type=kind)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            msg = (
                f"{value} does not fit decimal128"
                f"({AMOUNT_PRECISION}, {AMOUNT_SCALE}) exactly (at most "
                f"{AMOUNT_PRECISION - AMOUNT_SCALE} digits before the point and "
                f"{AMOUNT_SCALE} after); it is not rounded"
            )
            raise InvalidValueError(msg, path=(column.name, row)) from None
    raise AssertionError  # pragma: no cover - the column failed, so some value did


def to_arrow(source: Relation | Dataset, table: str) -> pa.Table:
    """One table of a relation (or of every relation of a dataset) as an Arrow table.

    The columns are those of :func:`to_pandas`, typed by :func:`arrow_schema`.

    Raises:
        InvalidValueError: ``source`` or ``table`` is not one of those, or an
            amount does not fit ``decimal128(38, 6)`` exactly.
        MissingExtraError: pyarrow is not installed.
    """
    name = check_table(table)
    return arrow_table(SCHEMAS[name], columns(source, name), name)


def schema_of(spec: list[Column], name: str) -> pa.Schema:
    """The Arrow schema of the columns ``spec``, its metadata naming the table ``name``."""
    pa = _pyarrow()
    fields = [pa.field(c.name, _type(pa, c), nullable=c.nullable) for c in spec]
    metadata = {"bilateral.table": name, "bilateral.schema_version": str(SCHEMA_VERSION)}
    return pa.schema(fields, metadata=metadata)


def arrow_table(spec: list[Column], data: dict[str, list[Any]], name: str) -> pa.Table:
    """Plain values by column as an Arrow table typed by ``spec`` (see :func:`arrow_schema`)."""
    pa = _pyarrow()
    schema = schema_of(spec, name)
    arrays = [_array(pa, c, schema.field(c.name).type, data[c.name]) for c in spec]
    return pa.Table.from_arrays(arrays, schema=schema)


def to_parquet(source: Relation | Dataset, table: str, path: str | os.PathLike[str]) -> None:
    """Write one table of a relation or dataset to a Parquet file at ``path``.

    The file holds :func:`arrow_schema`'s schema, so DuckDB, Spark, Polars
    and pandas all read the same columns and types.

    Raises:
        InvalidValueError: As :func:`to_arrow`.
        MissingExtraError: pyarrow is not installed.
    """
    frame = to_arrow(source, table)
    parquet = require("pyarrow.parquet", "arrow")
    parquet.write_table(frame, os.fspath(path))
