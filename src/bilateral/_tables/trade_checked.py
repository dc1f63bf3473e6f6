"""A table of trade periods checked a column at a time (see ``checking`` for the two ways).

A period's checks fall apart as an event's do: its flow with its reporter
and its relation's two countries (a reporter is needed for every flow but
turnover, and is one of the two); its period (a year, half, quarter or
month); its currency; its amount (never negative, at most 30 digits before
the point); its note; its citations; and, where a country no longer
exists, its period against that country's existence. Each group's distinct
combinations are built once into a :class:`TradePeriod` (in a
:class:`Relation`) whose other fields are fillers that pass; the amounts
are compared and annualized by pyarrow.
"""

from __future__ import annotations

import decimal
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from bilateral._model import Flow, Relation, TradePeriod
from bilateral._tables.arrow import AMOUNT_PRECISION, AMOUNT_SCALE, _pyarrow
from bilateral._tables.checking import (
    Context,
    Doubt,
    TableSpec,
    check_citations,
    check_missing,
    check_pair_codes,
    check_texts,
    citations,
    distinct,
    every,
    in_order,
    parsed,
    pyarrow_compute,
    stored_country,
    touching,
    typed_table,
    vouch,
)
from bilateral._tables.columns import trade_row, when_columns
from bilateral._values.country import Country
from bilateral._values.dates import PartialDate
from bilateral._values.errors import InvalidValueError
from bilateral._values.money import MAX_INTEGER_DIGITS, Money

# Amounts below 10**20 (26 digits with the table's 6 places) times 12 fit a
# context of 28 digits: annualizing them is exact, as pyarrow computes it.
_EXACT_DIGITS = 20


def period_of(row: Mapping[str, Any]) -> TradePeriod:
    """The trade period of one row, built by :class:`TradePeriod` (the reference of every check)."""
    period = parsed(row, "period", PartialDate)
    reporter = stored_country(row["reporter"], "reporter")
    value = Money(row["amount"], row["currency"])  # its errors are at amount and currency
    try:
        return TradePeriod(
            row["flow"],
            period,
            value,
            reporter=reporter,
            note=row["note"],
            citations=citations(row["citations"]),
        )
    except InvalidValueError as error:
        if error.path[:1] == ("value",):  # a negative amount: the column is amount
            raise error.at(*error.path[1:]) from None
        raise


def _in_relation(countries: tuple[Country, Country], period: TradePeriod) -> Relation:
    return Relation(countries, trade=(period,))


TRADE = TableSpec(
    name="trade",
    required=frozenset({"country_a", "country_b", "flow", "period", "amount", "currency"}),
    derived=("earliest", "latest", "precision", "months", "annualized_amount", "is_estimate"),
    date="period",
    build=period_of,
    write=trade_row,
    relation=_in_relation,
)

_FILLER: dict[str, Any] = {
    "flow": Flow.TURNOVER,
    "period": "2023",
    "amount": Decimal(0),
    "currency": "USD",
}


def _filler_period(**fields: Any) -> TradePeriod:
    """A period of ``fields``, its other required fields fillers that pass every check."""
    given = {**_FILLER, **fields}
    value = Money(given.pop("amount"), given.pop("currency"))
    return TradePeriod(given.pop("flow"), given.pop("period"), value, **given)


def _text_period(field: str, text: str) -> TradePeriod:
    return _filler_period(**{field: text})


def _check_flows(pc: Any, columns: dict[str, Any]) -> None:
    """Each distinct relation with its periods' flow and reporter once (``Relation``)."""
    names = ("country_a", "country_b", "flow", "reporter")
    former: set[str] = set()
    for combo in distinct(columns, names):
        period = vouch(_filler_period, flow=combo["flow"], reporter=combo["reporter"])
        if period.flow.value != combo["flow"]:
            raise Doubt
        pair = (combo["country_a"], combo["country_b"])
        relation = vouch(Relation, pair, trade=(period,))
        former |= check_pair_codes(relation, pair, combo["reporter"])
    if former:
        # A former country: each distinct dyad and period once, by Relation's rule.
        dyad = ("country_a", "country_b")
        for combo in distinct(columns, (*dyad, "period"), touching(pc, columns, dyad, former)):
            period = vouch(_filler_period, period=combo["period"])
            vouch(Relation, (combo["country_a"], combo["country_b"]), trade=(period,))


def _check_periods(pa: Any, pc: Any, columns: dict[str, Any]) -> dict[str, Any]:
    """Each distinct period once; its derived columns for every row."""
    column = columns["period"]
    encoded = pc.dictionary_encode(column)
    derived: dict[str, list[Any]] = {"earliest": [], "latest": [], "precision": [], "months": []}
    for text in encoded.dictionary.to_pylist():
        period = vouch(_filler_period, period=text)
        if period.period.edtf != text:
            raise Doubt  # read, but not written so
        written = when_columns(period.period, "period")
        for name in ("earliest", "latest", "precision"):
            derived[name].append(written[name])
        derived["months"].append(period.months)
    kinds = {
        "earliest": pa.date32(),
        "latest": pa.date32(),
        "precision": pa.string(),
        "months": pa.int32(),
    }
    return {
        name: pc.take(pa.array(values, kinds[name]), encoded.indices)
        for name, values in derived.items()
    }


def _check_values(pa: Any, pc: Any, columns: dict[str, Any]) -> None:
    """Each distinct currency once; the amounts never negative, at most 30 digits before the point."""
    for currency in pc.unique(columns["currency"]).to_pylist():
        if vouch(Money, 0, currency).currency != currency:
            raise Doubt
    amounts = columns["amount"]
    kind = amounts.type
    bound = pa.scalar(Decimal(10) ** MAX_INTEGER_DIGITS, kind)
    if not every(pc, pc.greater_equal(amounts, pa.scalar(Decimal(0), kind))) or not every(
        pc, pc.less(amounts, bound)
    ):
        raise Doubt


def _annualized(pa: Any, pc: Any, amounts: Any, months: Any) -> Any:
    """``amount × 12 / months`` for every row, as :meth:`TradePeriod.annualized` computes it.

    The months of a trade period divide 12, so the value is the amount times
    12, 4, 2 or 1: exact in pyarrow. It is what ``annualized()`` gives when
    that is exact too, in a context of 28 digits or more whose exponents
    reach the amounts (Python's default); otherwise the reference computes
    it.
    """
    context = decimal.getcontext()
    if context.prec < 28 or context.clamp or context.Emax < 40 or context.Emin > -40:
        raise Doubt
    narrow = pa.decimal128(_EXACT_DIGITS + AMOUNT_SCALE, AMOUNT_SCALE)
    try:
        exact = amounts.cast(narrow)
    except pa.ArrowInvalid:
        raise Doubt from None
    factors = pa.array([Decimal(12 // m) for m in (1, 3, 6, 12)], pa.decimal128(2, 0))
    index = pc.index_in(months, value_set=pa.array([1, 3, 6, 12], pa.int32()))
    if index.null_count:
        raise Doubt
    product = pc.multiply(exact, pc.take(factors, index))
    return product.cast(pa.decimal128(AMOUNT_PRECISION, AMOUNT_SCALE))


def fast_trade(columns: dict[str, Any], context: Context) -> Any:
    """The checked table of trade without building a row's objects; :class:`Doubt` when in doubt."""
    pa = _pyarrow()
    pc = pyarrow_compute()
    check_missing(columns, (*TRADE.required, "citations"))
    check_citations(pc, columns["citations"], context)
    check_texts(pc, {"note": columns["note"].drop_null()}, _text_period)
    _check_flows(pc, columns)
    _check_values(pa, pc, columns)
    derived = _check_periods(pa, pc, columns)
    derived["annualized_amount"] = _annualized(pa, pc, columns["amount"], derived["months"])
    derived["is_estimate"] = pc.not_equal(derived["months"], 12)
    for name, computed in derived.items():
        given = columns[name]
        if given.null_count != len(given) and not given.cast(computed.type).equals(computed):
            raise Doubt
    out = {**columns, **derived}
    in_order(pc, columns, out)
    return typed_table(pa, out, "trade")
