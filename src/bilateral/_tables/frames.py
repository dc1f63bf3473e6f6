"""Relations as pandas DataFrames, and trade frames back into trade periods.

pandas is imported on first use; without it, :class:`MissingExtraError` names
``pip install 'bilateral[pandas]'``.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar

from bilateral._model import Flow, Relation, TradePeriod
from bilateral._tables.columns import SCHEMAS, Column, Kind, check_table, columns
from bilateral._values.country import Country
from bilateral._values.dates import PartialDate
from bilateral._values.errors import InvalidValueError
from bilateral._values.extras import require
from bilateral._values.money import Money
from bilateral._values.sources import Citation

T = TypeVar("T")

if TYPE_CHECKING:
    import pandas as pd

    from bilateral._model import Dataset


def _pandas() -> Any:
    return require("pandas", "pandas")


def _dtype(pandas: Any, column: Column) -> Any:
    if column.kind in {Kind.CODE, Kind.TEXT}:
        return pandas.StringDtype()
    if column.kind is Kind.ENUM:
        assert column.choices is not None  # noqa: S101 - every enum column names its enum
        return pandas.CategoricalDtype([member.value for member in column.choices])
    if column.kind is Kind.DATE:
        return "datetime64[s]"
    if column.kind is Kind.INT:
        return pandas.Int64Dtype() if column.nullable else "int64"
    if column.kind is Kind.BOOL:
        return pandas.BooleanDtype() if column.nullable else "bool"
    return object  # decimals, lists of texts, lists of citations


def to_pandas(source: Relation | Dataset, table: str) -> pd.DataFrame:
    """One table of a relation (or of every relation of a dataset) as a DataFrame.

    The tables are ``"events"``, ``"trade"``, ``"missions"`` and
    ``"statements"``; each row starts with the relation's two country codes
    (``country_a``, ``country_b``). A date is its EDTF string plus
    ``earliest`` and ``latest`` (``datetime64[s]``; ``NaT`` at an open end or
    when the date is unknown) and its ``precision`` (``<NA>`` for a range).
    Amounts are exact ``Decimal`` objects (``object`` dtype) with their
    ``currency`` beside them; codes and texts are pandas ``string``; enum
    values are categoricals with every member as a category. Unknown values
    are ``<NA>``, never 0. See :doc:`/interop` for every column.

    Args:
        source: A :class:`Relation` or a :class:`Dataset`.
        table: ``"events"``, ``"trade"``, ``"missions"`` or ``"statements"``.

    Raises:
        InvalidValueError: ``source`` or ``table`` is not one of those.
        MissingExtraError: pandas is not installed.
    """
    name = check_table(table)
    return pandas_frame(SCHEMAS[name], columns(source, name))


def pandas_frame(spec: list[Column], data: dict[str, list[Any]]) -> pd.DataFrame:
    """Plain values by column as a DataFrame typed by ``spec`` (see :func:`to_pandas`)."""
    pandas = _pandas()
    series = {}
    for column in spec:
        values = data[column.name]
        if column.kind is Kind.DATE:
            series[column.name] = pandas.Series(values, dtype=object).astype("datetime64[s]")
        else:
            series[column.name] = pandas.Series(values, dtype=_dtype(pandas, column))
    frame: pd.DataFrame = pandas.DataFrame(series)
    return frame


def _missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return type(value).__name__ in {"NAType", "NaTType"}


def _text(value: object) -> str | None:
    return None if _missing(value) else str(value)


_CITATION_KEYS = (
    {"source", "start", "end", "quote"},
    {"source", "start", "end", "quote", "record", "fields", "values"},
)


def _missing_or(convert: Callable[[Any], Any], value: Any) -> Any:
    return None if _missing(value) else convert(value)


def _same(value: Any) -> Any:
    return value


def _texts(value: Any) -> tuple[str, ...]:
    # A list (or an Arrow/NumPy array) of strings; missing is none.
    if value is None or (not isinstance(value, Iterable) and _missing(value)):
        return ()
    return tuple(value)


def _citations(value: object) -> tuple[Citation, ...]:
    if _missing(value):
        return ()
    if not isinstance(value, Iterable) or isinstance(value, str | dict):
        msg = f"expected a list of citations, got {value!r}"
        raise InvalidValueError(msg, path=("citations",))
    found = []
    for index, item in enumerate(value):
        if not isinstance(item, dict) or set(item) not in _CITATION_KEYS:
            msg = (
                "expected {source, start, end, quote} or {source, start, end, quote, record, "
                f"fields, values}} for each citation, got {item!r}"
            )
            raise InvalidValueError(msg, path=("citations", index))
        try:
            cited = Citation(
                item["source"],
                _missing_or(_offset, item["start"]),
                _missing_or(_offset, item["end"]),
                _missing_or(_same, item["quote"]),
                record=_missing_or(_same, item.get("record")),
                fields=_texts(item.get("fields")),
                values=_texts(item.get("values")),
            )
        except InvalidValueError as exc:
            raise exc.within("citations", index) from None
        found.append(cited)
    return tuple(found)


def _offset(value: Any) -> Any:
    # NumPy integers (from Arrow or Parquet) are integers; strings and floats stay wrong.
    try:
        return operator.index(value)
    except TypeError:
        return value


def _flow(value: object) -> Flow:
    try:
        return Flow(str(value))
    except ValueError:
        allowed = ", ".join(repr(flow.value) for flow in Flow)
        msg = f"expected one of {allowed}, got {value!r}"
        raise InvalidValueError(msg, path=("flow",)) from None


_TRADE_NEEDS = ("flow", "period", "amount", "currency")


def _amount(value: object) -> Decimal | int | str:
    # A whole number is exact, as Money takes it; NumPy integers are integers too.
    if isinstance(value, Decimal | str):
        return value
    if isinstance(value, SupportsIndex) and not isinstance(value, bool):
        try:
            return operator.index(value)
        except TypeError:  # NumPy's bool has __index__ only to refuse it
            pass
    msg = f"expected a Decimal, an int or a decimal string, got {value!r}"
    if isinstance(value, float):
        msg += " (floats are not exact; they are refused, not rounded)"
    raise InvalidValueError(msg, path=("amount",))


def _cell(column: str, parse: Callable[[str], T], text: str) -> T:
    """``parse(text)``, an error placed at ``column``.

    The cell is the whole value, so the column takes the place of the
    parser's own name for it (``edtf``, ``country``).
    """
    try:
        return parse(text)
    except InvalidValueError as exc:
        raise type(exc)(exc.reason, path=(column,)) from None


def _row(position: int, record: dict[str, Any], has: set[str]) -> TradePeriod:
    # Every error below is at a column (flow, period, amount, currency, reporter,
    # citations[i]...) or at a field of the period its checks name (value.amount);
    # the row is put in front of it.
    try:
        flow = _flow(record["flow"])
        period = _cell("period", PartialDate, str(record["period"]))
        value = Money(_amount(record["amount"]), str(record["currency"]))
        reporter = _text(record.get("reporter")) if "reporter" in has else None
        country = None if reporter is None else _cell("reporter", Country, reporter)
        cited = _citations(record.get("citations")) if "citations" in has else ()
        note = _text(record.get("note")) if "note" in has else None
        return TradePeriod(flow, period, value, reporter=country, note=note, citations=cited)
    except InvalidValueError as exc:
        raise exc.in_record(position) from None


def trade_from_pandas(frame: pd.DataFrame) -> tuple[TradePeriod, ...]:
    """The trade periods of a frame shaped like ``to_pandas(..., "trade")``.

    Reads ``flow``, ``period``, ``amount``, ``currency`` and, when present,
    ``reporter``, ``note`` and ``citations``; the other columns are derived
    from those and are not read. A frame made by :func:`to_pandas` gives back
    exactly the relation's trade periods. An amount is a ``Decimal``, a
    decimal string or a whole number (an ``int``, NumPy's too); a float is
    refused, not rounded.

    Raises:
        InvalidValueError: ``frame`` is not a DataFrame, a required column is
            missing, or a row does not make a valid trade period. The message
            names the row and the column, and the error keeps its own type
            (:class:`InvalidDateError` for a period that does not exist,
            :class:`UnknownCurrencyError`, :class:`UnknownCountryError`, ...).
        MissingExtraError: pandas is not installed.
    """
    pandas = _pandas()
    if not isinstance(frame, pandas.DataFrame):
        msg = f"expected a pandas DataFrame, got {type(frame).__name__} {frame!r:.80}"
        raise InvalidValueError(msg, path=("frame",))
    missing = [name for name in _TRADE_NEEDS if name not in frame.columns]
    if missing:
        msg = f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}"
        raise InvalidValueError(msg, path=("frame",))
    has = set(frame.columns)
    return tuple(
        _row(position, record, has)
        for position, record in enumerate(frame.to_dict(orient="records"))
    )
