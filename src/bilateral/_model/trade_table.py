"""Trade tables in long format: one figure per row, read into relations.

The layouts say which column holds what; the rows come from a reader of
files (``bilateral._wire.readers``) or of DataFrames. Each row is one figure
of one reporter about one partner; rows are grouped into one
:class:`Relation` per pair of countries, each figure keeping its reporter,
so that mirror figures (A's exports to B as A reports them, B's imports from
A as B reports them) stay two values.
"""

from __future__ import annotations

import contextlib
import functools
import math
import operator
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, ClassVar

import attrs

from bilateral._model.dataset import Dataset
from bilateral._model.kinds import Flow
from bilateral._model.reading import OnError, ProgressCallback, Reading, ReadResult
from bilateral._model.relation import Relation
from bilateral._model.trade import TradePeriod
from bilateral._values.country import Country, check_exists
from bilateral._values.dates import PartialDate
from bilateral._values.errors import InvalidValueError, MissingValueError
from bilateral._values.money import DECIMAL_TEXT, Money
from bilateral._values.public import publish
from bilateral._values.vocabulary import Vocabulary


class Scale(Vocabulary):
    """The unit a table states its values in: units of the currency, thousands, millions..."""

    UNITS = "units"
    THOUSANDS = "thousands"
    MILLIONS = "millions"
    BILLIONS = "billions"

    @property
    def factor(self) -> Decimal:
        """The number a value in this unit is multiplied by (1, 1000, 1000000 or 1000000000)."""
        return _FACTORS[self]


_FACTORS = {
    Scale.UNITS: Decimal(1),
    Scale.THOUSANDS: Decimal(1000),
    Scale.MILLIONS: Decimal(1000000),
    Scale.BILLIONS: Decimal(1000000000),
}

SCALE_CODES: Mapping[str, Scale] = {
    **{scale.value: scale for scale in Scale},
    # SDMX's UNIT_MULT: the power of ten the values are in.
    "0": Scale.UNITS,
    "3": Scale.THOUSANDS,
    "6": Scale.MILLIONS,
    "9": Scale.BILLIONS,
}
"""The unit codes every layout reads: the names of :class:`Scale` and SDMX's powers of ten."""

FLOW_CODES: Mapping[str, Flow] = {flow.value: flow for flow in Flow}
"""bilateral's own flow codes: ``turnover``, ``exports``, ``imports``, ``re_exports``, ``re_imports``."""


def _codes(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return dict(value)


def _check_column(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value):
        msg = f"expected a column name, got {value!r}"
        raise InvalidValueError(msg, path=(attribute.name,))


@attrs.frozen
class TradeLayout:
    """Which column of a long trade table holds what, and the codes in them.

    Every row is one figure: a reporter's flow with a partner in a period.
    The currency and the unit (units, thousands, millions) are each either a
    column or stated once for the whole table; neither is ever guessed.

    Presets: ``TradeLayout.LONG`` (bilateral's own columns),
    ``TradeLayout.COMTRADE`` (the UN Comtrade API's records) and
    ``TradeLayout.IMF`` (the IMF's trade statistics);
    see :doc:`/how-to/trade-tables` for where each comes from. For another
    layout, build one or change a preset with :func:`attrs.evolve`.

    Attributes:
        name: A short name for messages.
        reporter: The column of the reporting country (an ISO 3166 code:
            alpha-2, alpha-3 or numeric).
        partner: The column of the partner country.
        flow: The column of the flow code.
        period: The column of the period: ``2021``, a quarter ``2021-Q1``
            (or ``2021Q1``), a month ``2021-01``, ``2021-M01`` or ``202101``,
            or EDTF (``2021-33``, ``2021-40``).
        value: The column of the value.
        currency_column: The column of the ISO 4217 currency, or ``None``.
        currency: The currency of every value, when no column says.
        unit_column: The column of the unit, or ``None``.
        unit: The unit of every value, when no column says.
        flow_codes: Each flow code of the table and the flow it means; a code
            not listed is a problem of its row.
        unit_codes: Each unit code and its :class:`Scale`.
    """

    name: str
    reporter: str = attrs.field(default="reporter", validator=_check_column)
    partner: str = attrs.field(default="partner", validator=_check_column)
    flow: str = attrs.field(default="flow", validator=_check_column)
    period: str = attrs.field(default="period", validator=_check_column)
    value: str = attrs.field(default="value", validator=_check_column)
    currency_column: str | None = attrs.field(default="currency", validator=_check_column)
    currency: str | None = None
    unit_column: str | None = attrs.field(default="unit", validator=_check_column)
    unit: Scale | None = attrs.field(default=None, converter=attrs.converters.optional(Scale))
    flow_codes: Mapping[str, Flow] = attrs.field(default=FLOW_CODES, converter=_codes)
    unit_codes: Mapping[str, Scale] = attrs.field(default=SCALE_CODES, converter=_codes)

    LONG: ClassVar[TradeLayout]
    COMTRADE: ClassVar[TradeLayout]
    IMF: ClassVar[TradeLayout]

    def __attrs_post_init__(self) -> None:
        if (self.currency_column is None) == (self.currency is None):
            msg = "give either currency_column or currency (the currency is never guessed)"
            raise InvalidValueError(msg, path=("currency",))
        if (self.unit_column is None) == (self.unit is None):
            msg = "give either unit_column or unit (the unit is never guessed)"
            raise InvalidValueError(msg, path=("unit",))

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns a table of this layout must have."""
        named = (
            self.reporter,
            self.partner,
            self.flow,
            self.period,
            self.value,
            self.currency_column,
            self.unit_column,
        )
        return tuple(column for column in named if column is not None)

    def check_columns(self, found: Iterable[str]) -> None:
        """Raise unless every column of the layout is among ``found``.

        Raises:
            InvalidValueError: A column is missing; the message names it (a
                problem of the whole table, never of a row).
        """
        have = set(found)
        missing = [column for column in self.columns if column not in have]
        if missing:
            msg = (
                f"the {self.name} layout needs the column{'s' if len(missing) > 1 else ''} "
                f"{', '.join(map(repr, missing))}; the table has {', '.join(map(repr, found))}"
            )
            raise InvalidValueError(msg, path=("columns",))


TradeLayout.LONG = TradeLayout("long")
TradeLayout.COMTRADE = TradeLayout(
    "comtrade",
    reporter="reporterISO",
    partner="partnerISO",
    flow="flowCode",
    period="period",
    value="primaryValue",
    currency_column=None,
    currency="USD",
    unit_column=None,
    unit=Scale.UNITS,
    flow_codes={
        "X": Flow.EXPORTS,
        "M": Flow.IMPORTS,
        "RX": Flow.RE_EXPORTS,
        "RM": Flow.RE_IMPORTS,
    },
)
TradeLayout.IMF = TradeLayout(
    "imf",
    reporter="COUNTRY",
    partner="COUNTERPART_COUNTRY",
    flow="INDICATOR",
    period="TIME_PERIOD",
    value="OBS_VALUE",
    currency_column=None,
    currency="USD",
    unit_column="UNIT_MULT",
    flow_codes={
        # Direction of Trade Statistics' codes, and the IMTS data set's.
        "TXG_FOB_USD": Flow.EXPORTS,
        "TMG_CIF_USD": Flow.IMPORTS,
        "TMG_FOB_USD": Flow.IMPORTS,
        "XG_FOB_USD": Flow.EXPORTS,
        "MG_CIF_USD": Flow.IMPORTS,
        "MG_FOB_USD": Flow.IMPORTS,
    },
)


def _missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str) and not value.strip():
        return True
    return type(value).__name__ in {"NAType", "NaTType"}


def _text(column: str, value: object) -> str:
    # A code cell: a string, or an integer (a numeric country code, UNIT_MULT).
    if isinstance(value, str):
        return value.strip()
    if not isinstance(value, bool | float):
        try:
            return str(operator.index(value))  # type: ignore[arg-type]
        except TypeError:
            pass
    msg = f"expected text or a whole number, got {value!r}"
    raise InvalidValueError(msg, path=(column,))


def _required(column: str, value: object) -> str:
    if _missing(value):
        msg = "empty; this column is needed"
        raise InvalidValueError(msg, path=(column,))
    return _text(column, value)


_QUARTER = re.compile(r"(\d{4})-?Q([1-4])", re.ASCII)
_MONTH = re.compile(r"(\d{4})(?:-M?|M)?(0[1-9]|1[0-2])", re.ASCII)


@functools.lru_cache(maxsize=4096)  # a table repeats its periods; the values are immutable
def parse_period(text: str) -> PartialDate:
    """The period of a trade table's cell.

    >>> parse_period("2021-Q1"), parse_period("202103"), parse_period("2021-M03")
    (PartialDate("2021-33"), PartialDate("2021-03"), PartialDate("2021-03"))

    Raises:
        InvalidDateError: None of the forms :class:`TradeLayout` lists.
    """
    match = _QUARTER.fullmatch(text)
    if match:
        return PartialDate(int(match[1]), quarter=int(match[2]))
    match = _MONTH.fullmatch(text)
    if match:
        return PartialDate(int(match[1]), int(match[2]))
    return PartialDate(text)


def _amount(column: str, value: object, scale: Scale) -> Decimal:
    # Exact: a Decimal, a whole number or a decimal string; a float is refused.
    amount: Decimal | None = None
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, str):
        if DECIMAL_TEXT.fullmatch(value.strip()) is not None:
            amount = Decimal(value.strip())
    elif not isinstance(value, bool | float):
        with contextlib.suppress(TypeError):  # not a whole number
            amount = Decimal(operator.index(value))  # type: ignore[arg-type]
    if amount is None or not amount.is_finite():
        msg = f"expected a decimal number such as 14400000 or 14.4, got {value!r}"
        if isinstance(value, float):
            msg += (
                " (floats are not exact; they are refused, not rounded: "
                "read the column as text or Decimal)"
            )
        raise InvalidValueError(msg, path=(column,))
    if scale is Scale.UNITS:
        return amount  # as given: 14.40 stays 14.40
    scaled = amount * scale.factor
    # 14.4 millions is 14400000, not 14400000.0: the digits after the point were all scaled away.
    return scaled.quantize(Decimal(1)) if scaled == scaled.to_integral_value() else scaled


def _coded(column: str, text: str, codes: Mapping[str, Any], what: str) -> Any:
    try:
        return codes[text]
    except KeyError:
        allowed = ", ".join(map(repr, codes))
        msg = f"{what} {text!r} is not one this layout reads ({allowed})"
        raise InvalidValueError(msg, path=(column,)) from None


@functools.lru_cache(maxsize=1024)  # and its countries
def _country(column: str, text: str) -> Country:
    try:
        return Country(text)
    except InvalidValueError as exc:
        raise type(exc)(exc.reason, path=(column,)) from None


_FIELD_COLUMNS = ("flow", "period", "value", "reporter")

Key = tuple[tuple[Country, Country], Flow, PartialDate, Country | None]


def trade_row(
    layout: TradeLayout, row: Mapping[str, object]
) -> tuple[tuple[Country, Country], TradePeriod]:
    """The pair of countries and the trade figure of one row.

    Raises:
        MissingValueError: The value is empty (a missing figure, never a zero).
        InvalidValueError: Anything else is wrong; the path is the column.
    """
    reporter = _country(layout.reporter, _required(layout.reporter, row[layout.reporter]))
    partner = _country(layout.partner, _required(layout.partner, row[layout.partner]))
    if reporter == partner:
        msg = f"the partner is the reporter, {reporter.code!r}"
        raise InvalidValueError(msg, path=(layout.partner,))
    flow_text = _required(layout.flow, row[layout.flow])
    flow: Flow = _coded(layout.flow, flow_text, layout.flow_codes, "the flow code")
    period_text = _required(layout.period, row[layout.period])
    try:
        period = parse_period(period_text)
    except InvalidValueError as exc:
        raise type(exc)(exc.reason, path=(layout.period,)) from None
    if layout.currency_column is None:
        assert layout.currency is not None  # noqa: S101 - the layout checks one is given
        currency = layout.currency
    else:
        currency = _required(layout.currency_column, row[layout.currency_column])
    if layout.unit_column is None:
        assert layout.unit is not None  # noqa: S101 - the layout checks one is given
        scale = layout.unit
    else:
        unit_text = _required(layout.unit_column, row[layout.unit_column])
        scale = _coded(layout.unit_column, unit_text, layout.unit_codes, "the unit")
    cell = row[layout.value]
    if _missing(cell):
        msg = f"no figure for {reporter.code}'s {flow.value} ({partner.code}, {period.edtf})"
        raise MissingValueError(msg, path=(layout.value,))
    amount = _amount(layout.value, cell, scale)
    try:
        money = Money(amount, currency)
    except InvalidValueError as exc:
        column = layout.value if exc.path[:1] == ("amount",) else layout.currency_column
        raise type(exc)(exc.reason, path=(column or "currency",)) from None
    try:
        figure = TradePeriod(flow, period, money, reporter=reporter)
    except InvalidValueError as exc:
        step = exc.path[0] if exc.path else ""
        columns = dict(
            zip(
                _FIELD_COLUMNS,
                (layout.flow, layout.period, layout.value, layout.reporter),
                strict=True,
            )
        )
        raise type(exc)(exc.reason, path=(columns.get(str(step), str(step)),)) from None
    return _dyad(reporter, partner), figure


def _dyad(first: Country, second: Country) -> tuple[Country, Country]:
    return (first, second) if first < second else (second, first)


def read_trade_rows(
    rows: Iterable[tuple[int | str, Mapping[str, object]]],
    layout: TradeLayout,
    *,
    source: str,
    on_error: OnError = "raise",
    progress: bool | ProgressCallback = False,
    total: int | None = None,
) -> ReadResult[Dataset]:
    """Read ``rows`` (each a record id and its cells) into a dataset of relations.

    The reader of each kind of input (CSV, Parquet, DataFrame) checks the
    columns with :meth:`TradeLayout.check_columns` and feeds its rows here.
    A second figure for the same pair, flow, period and reporter is a problem
    of its row (which figure would be right?), not a value.
    """
    if not isinstance(layout, TradeLayout):
        msg = f"expected a TradeLayout, got {layout!r}"
        raise InvalidValueError(msg, path=("layout",))
    if layout.currency is not None:
        try:
            Money(0, layout.currency)  # an unknown currency fails once, not on every row
        except InvalidValueError as exc:
            raise exc.within("layout") from None
    relations: dict[tuple[Country, Country], list[TradePeriod]] = {}
    seen: dict[Key, int | str] = {}
    with Reading(source, on_error=on_error, progress=progress, total=total) as reading:
        for record, row in rows:

            def build(
                record: int | str = record, row: Mapping[str, object] = row
            ) -> tuple[tuple[Country, Country], TradePeriod]:
                pair, figure = trade_row(layout, row)
                # The relation checks this too, but only once every row is read: a figure
                # dated after a former country ceased is a problem of its row.
                check_exists(pair, figure.period, (layout.period,))
                key = (pair, figure.flow, figure.period, figure.reporter)
                if key in seen:
                    first = seen[key]
                    where = f"row {first}" if isinstance(first, int) else f"record {first}"
                    msg = (
                        f"a second figure for {figure.reporter}'s {figure.flow.value} "
                        f"in {figure.period.edtf} (the first is at {where})"
                    )
                    raise InvalidValueError(msg, path=())
                seen[key] = record
                return pair, figure

            read = reading.take(record, build)
            if read is not None:
                relations.setdefault(read[0], []).append(read[1])
        dataset = Dataset(
            relations=[Relation(pair, trade=trade) for pair, trade in relations.items()]
        )
        return reading.result(dataset)


# Loaded on first use, after the package's __init__ published the classes it imports.
publish(Scale, TradeLayout)
