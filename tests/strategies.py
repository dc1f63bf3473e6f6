"""Hypothesis strategies for bilateral's values."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from bilateral import Country, DateRange, Money, PartialDate

COUNTRIES = ["AZ", "LT", "US", "DE", "FR", "GE", "TR", "RU", "UA", "KZ"]
CURRENCIES = ["USD", "EUR", "AZN", "GBP", "JPY"]

days = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
qualifiers = st.sampled_from([(False, False), (True, False), (False, True), (True, True)])


@st.composite
def partial_dates(draw: st.DrawFn, *, qualified: bool = True) -> PartialDate:
    year = draw(st.integers(1, 9998))
    uncertain, approximate = draw(qualifiers) if qualified else (False, False)
    shape = draw(st.sampled_from(["year", "month", "day", "quarter", "half"]))
    if shape == "year":
        return PartialDate(year, uncertain=uncertain, approximate=approximate)
    if shape == "quarter":
        return PartialDate(
            year,
            quarter=draw(st.integers(1, 4)),
            uncertain=uncertain,
            approximate=approximate,
        )
    if shape == "half":
        return PartialDate(
            year,
            half=draw(st.integers(1, 2)),
            uncertain=uncertain,
            approximate=approximate,
        )
    month = draw(st.integers(1, 12))
    if shape == "month":
        return PartialDate(year, month, uncertain=uncertain, approximate=approximate)
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day, uncertain=uncertain, approximate=approximate)


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    first, second = sorted([draw(partial_dates()), draw(partial_dates())], key=lambda d: d.earliest)
    if first.earliest > second.latest:  # pragma: no cover - sorted by earliest
        first, second = second, first
    shape = draw(st.sampled_from(["closed", "open-end", "open-start"]))
    if shape == "open-end":
        return DateRange(first, None)
    if shape == "open-start":
        return DateRange(None, second)
    return DateRange(first, second)


countries = st.sampled_from(COUNTRIES).map(Country)
amounts = st.decimals(
    min_value=Decimal(0),
    max_value=Decimal("1e15"),
    allow_nan=False,
    allow_infinity=False,
    places=2,
)
money = st.builds(Money, amounts, st.sampled_from(CURRENCIES))
