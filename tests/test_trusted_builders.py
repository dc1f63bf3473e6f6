"""Values built from valid ones without repeating their checks equal the checked constructors'.

``derived_money`` and ``annualized()``'s ``Estimate`` skip the constructors'
checks where every field is known valid; these laws hold them to the
constructors' results, values and errors alike.
"""

from __future__ import annotations

import decimal
import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral import Flow, InvalidValueError, Money, PartialDate, TradePeriod
from bilateral._model.trade import Estimate, Estimates
from bilateral._values.money import _result, derived_money
from tests.strategies import CURRENCIES, trade_periods

finite = st.decimals(allow_nan=False, allow_infinity=False)


def same(found: object, expected: object) -> None:
    assert type(found) is type(expected)
    assert found == expected
    assert repr(found) == repr(expected)
    assert hash(found) == hash(expected)


@given(finite, st.sampled_from(CURRENCIES))
def test_derived_money_is_the_constructors(amount, currency):
    # Rounded as Money's arithmetic rounds; what is too large is refused alike.
    if amount and amount.adjusted() >= 30:  # too large: both refuse it alike
        with pytest.raises(InvalidValueError) as expected_error:
            Money(_result(amount), currency)
        with pytest.raises(InvalidValueError) as found_error:
            derived_money(amount, currency)
        assert (found_error.value.reason, found_error.value.path) == (
            expected_error.value.reason,
            expected_error.value.path,
        )
        return
    expected = Money(_result(amount), currency)
    found = derived_money(amount, currency)

    same(found, expected)
    assert str(found.amount) == str(expected.amount)  # the same digits


@given(st.integers(-40, 40), st.booleans())
def test_derived_money_of_a_zero_is_the_constructors(exponent, negative):
    # Quantizing a zero signals nothing, whatever its places: 0E-19 is rounded as any amount.
    amount = Decimal(f"{'-' if negative else ''}0E{exponent}")
    expected = Money(_result(amount), "USD")
    found = derived_money(amount, "USD")

    same(found, expected)
    assert str(found.amount) == str(expected.amount)


@pytest.mark.parametrize("amount", [Decimal("Infinity"), Decimal("-Infinity"), Decimal("NaN")])
def test_derived_money_refuses_what_the_constructor_refuses(amount):
    with pytest.raises(InvalidValueError) as expected:
        Money(amount, "USD")
    with pytest.raises(InvalidValueError) as found:
        derived_money(amount, "USD")

    assert (found.value.reason, found.value.path) == (expected.value.reason, expected.value.path)


@given(trade_periods())
def test_annualized_is_built_as_the_constructors_build_it(period):
    value = period.value
    expected = Estimate(
        value=Money(_result(value.amount * 12 / period.months), value.currency),
        months=period.months,
        period=period.period,
    )

    found = period.annualized()

    same(found, expected)
    same(found.value, expected.value)
    assert found.is_estimate == expected.is_estimate
    assert str(found) == str(expected)


@pytest.mark.parametrize("period", ["2022-40", "2022-33", "2022-07"])
def test_an_overflow_without_its_trap_is_refused_as_by_the_constructor(period):
    # The largest amount the format allows, scaled up to a year, has too many digits.
    huge = TradePeriod(Flow.TURNOVER, PartialDate(period), Money("9" * 30, "USD"))
    with decimal.localcontext() as context:
        context.traps[decimal.Overflow] = False
        with pytest.raises(InvalidValueError) as expected:
            Money(huge.value.amount * 12 / huge.months, "USD")
        with pytest.raises(InvalidValueError) as found:
            huge.annualized()

    assert (found.value.reason, found.value.path) == (expected.value.reason, expected.value.path)


# Any amount a trade value may have (30 digits before the point, 18 after it),
# many of them too long for the default context's 28 digits; some with an exponent.
@st.composite
def trade_amounts(draw: st.DrawFn) -> Decimal:
    places = draw(st.integers(-40, 18))
    digits = max(0, places + draw(st.integers(0, 30)))
    coefficient = draw(st.integers(0, 10**digits - 1) | st.just(10**digits - 1))
    return Decimal(f"{coefficient}E{-places}")  # exact, whatever the context


years = st.integers(1, 9999)
trade_dates = st.one_of(  # each precision as often
    years.map(PartialDate),
    st.builds(lambda year, half: PartialDate(year, half=half), years, st.integers(1, 2)),
    st.builds(lambda year, quarter: PartialDate(year, quarter=quarter), years, st.integers(1, 4)),
    st.builds(PartialDate, years, st.integers(1, 12)),
)
any_trade_periods = st.builds(
    lambda date, amount, currency: TradePeriod(Flow.TURNOVER, date, Money(amount, currency)),
    trade_dates,
    trade_amounts(),
    st.sampled_from(CURRENCIES),
)


def digits(period: TradePeriod) -> int:
    return len(period.value.amount.as_tuple().digits)


def contexts(near: int = 28) -> st.SearchStrategy[decimal.Context]:
    """The context the arithmetic runs in: the user's.

    Few digits round the product (a precision ``near`` an amount's digits
    finds the edges), a low Emax overflows it or (with clamp) changes its
    exponent, a high Emin makes it subnormal, and the traps decide whether
    that raises.
    """
    return st.builds(
        decimal.Context,
        prec=st.integers(1, 60) | st.integers(max(1, near - 2), near + 3),
        rounding=st.sampled_from(
            [
                decimal.ROUND_HALF_EVEN,
                decimal.ROUND_HALF_UP,
                decimal.ROUND_DOWN,
                decimal.ROUND_UP,
                decimal.ROUND_CEILING,
                decimal.ROUND_FLOOR,
                decimal.ROUND_05UP,
            ]
        ),
        Emax=st.sampled_from([decimal.MAX_EMAX, 28, 29, 30, 31, 32, 5]),
        Emin=st.sampled_from([decimal.MIN_EMIN, -5, -18, -19, -20, -21]),
        clamp=st.integers(0, 1),
        flags=st.just([]),
        traps=st.sets(
            st.sampled_from([decimal.Overflow, decimal.Inexact, decimal.Rounded, decimal.Subnormal])
        ).map(lambda traps: [decimal.InvalidOperation, decimal.DivisionByZero, *traps]),
    )


def checked_annualized(period: TradePeriod) -> Estimate:
    """``annualized()`` through the constructors: every value checked again."""
    value = period.value
    amount = value.amount * 12 / period.months
    if not amount.is_finite() or (amount and amount.adjusted() >= 30):
        money = Money(amount, value.currency)  # refused
    else:
        money = Money(_result(amount), value.currency)
    return Estimate(value=money, months=period.months, period=period.period)


def outcome(build, period, context):
    """What ``build(period)`` gives in ``context``: a value or an error, and the flags it leaves."""
    with decimal.localcontext(context.copy()) as running:
        try:
            found: object = build(period)
        except InvalidValueError as error:
            found = (type(error), error.reason, error.path)
        except decimal.DecimalException as error:
            found = (type(error), str(error))
        return found, dict(running.flags)


@given(st.data())
def test_annualized_in_any_context_is_the_constructors(data):
    period = data.draw(any_trade_periods)
    context = data.draw(contexts(near=digits(period)))
    # The user's context rounds (or refuses) the product and the quotient;
    # whatever it does, the result, the error and the flags are the checked path's.
    expected, expected_flags = outcome(checked_annualized, period, context)
    found, found_flags = outcome(TradePeriod.annualized, period, context)

    if isinstance(expected, Estimate):
        same(found, expected)
        assert isinstance(found, Estimate)
        same(found.value, expected.value)
        assert str(found.value.amount) == str(expected.value.amount)
    else:
        assert found == expected
    assert found_flags == expected_flags


def one_by_one(periods: list[TradePeriod]) -> tuple[Decimal, ...]:
    """Each period's ``annualized()`` amount through the constructors, the first error placed."""
    amounts = []
    for index, period in enumerate(periods):
        try:
            amounts.append(checked_annualized(period).value.amount)
        except InvalidValueError as error:
            raise error.within("periods", index) from None
    return tuple(amounts)


@given(st.data())
def test_estimates_are_each_periods_annualized_amount(data):
    periods = data.draw(st.lists(any_trade_periods, max_size=8))
    context = data.draw(contexts(near=max(map(digits, periods), default=28)))
    # One pass over the column, exact or redone one by one: whatever the
    # context does, the amounts (digit for digit), the first error and the
    # flags left are those of annualizing each period through the constructors.
    expected, expected_flags = outcome(one_by_one, periods, context)
    found, found_flags = outcome(lambda p: Estimates(p).amounts, periods, context)

    if isinstance(expected, tuple) and all(isinstance(a, Decimal) for a in expected):
        assert [str(a) for a in found] == [str(a) for a in expected]
    else:
        assert found == expected
    assert found_flags == expected_flags


def test_estimates_at_the_edges_of_the_context():
    # Where one pass and one by one could part: amounts of as many digits as
    # the precision allows, or one or two more, and amounts whose annual
    # figure reaches past 10**30 or past a low Emax, or below a high Emin; every
    # period length.
    amounts = ["1E+29", "8.4E+28", "9" * 30, "9" * 29, "0E+35", "0E-18", "1E-18", "0.000001"]
    dates = ["2022", "2022-40", "2022-33", "2022-07"]
    for prec in range(3, 52):
        edge = [f"{'9' * n}E-{min(18, n // 2)}" for n in (prec - 2, prec - 1, prec, prec + 1)]
        periods = [
            TradePeriod(Flow.TURNOVER, PartialDate(date), Money(Decimal(amount), "USD"))
            for date in dates
            for amount in [*edge, *amounts]
            if Decimal(amount) < 10**30
        ]
        for emax, emin, clamp in itertools.product(
            (decimal.MAX_EMAX, 29, 30, 31), (decimal.MIN_EMIN, -5, -19), (0, 1)
        ):
            context = decimal.Context(prec=prec, Emax=emax, Emin=emin, clamp=clamp, flags=[])
            for period in periods:
                expected = outcome(one_by_one, [period], context)
                found = outcome(lambda p: Estimates(p).amounts, [period], context)
                assert repr(found) == repr(expected), (period, context)


@given(st.lists(trade_periods(), max_size=8))
def test_estimates_items_are_the_periods_estimates(periods):
    estimates = Estimates(iter(periods))

    assert len(estimates) == len(periods)
    assert estimates.periods == tuple(periods)
    for found, period in zip(estimates, periods, strict=True):
        same(found, period.annualized())
    assert estimates[1:] == tuple(p.annualized() for p in periods[1:])
    assert estimates.amounts == tuple(p.annualized().value.amount for p in periods)
    assert estimates.months == tuple(p.months for p in periods)
    assert estimates.currencies == tuple(p.value.currency for p in periods)


def test_estimates_refuse_what_is_not_a_trade_period():
    period = TradePeriod(Flow.TURNOVER, PartialDate("2022-40"), Money("14400000", "USD"))
    with pytest.raises(InvalidValueError) as error:
        Estimates([period, period, period.value])

    assert error.value.path == ("periods", 2)
    assert error.value.reason == f"expected a TradePeriod, got {period.value!r}"


def test_estimates_place_the_error_of_the_period_that_overflows():
    # In 35 digits, 12 × 29 nines is exact and too large; the period after it
    # would be rounded, but annualizing stops at the error, as one by one.
    small = TradePeriod(Flow.TURNOVER, PartialDate("2022"), Money("1", "USD"))
    huge = TradePeriod(Flow.TURNOVER, PartialDate("2022-07"), Money("9" * 29, "USD"))
    long = TradePeriod(
        Flow.TURNOVER, PartialDate("2022-07"), Money("1" * 16 + "." + "1" * 18, "USD")
    )
    with decimal.localcontext(decimal.Context(prec=35, flags=[])) as context:
        with pytest.raises(InvalidValueError) as error:
            Estimates([small, huge, long])
        flags = dict(context.flags)

    assert error.value.path == ("periods", 1, "amount")
    assert error.value.reason.startswith("expected at most 30 digits before the point")
    assert not flags[decimal.Inexact]
    assert not flags[decimal.Rounded]


class Halved(TradePeriod):
    """A subclass with an ``annualized()`` of its own."""

    def annualized(self) -> Estimate:
        estimate = super().annualized()
        return Estimate(value=estimate.value / 2, months=12, period=estimate.period)


def test_estimates_of_a_subclass_are_its_own_annualized():
    period = Halved(Flow.TURNOVER, PartialDate("2022-40"), Money("14400000", "USD"))
    plain = TradePeriod(Flow.TURNOVER, PartialDate("2022-40"), Money("14400000", "USD"))

    estimates = Estimates([plain, period])

    assert [str(amount) for amount in estimates.amounts] == ["28800000", "14400000"]
    assert list(estimates) == [plain.annualized(), period.annualized()]
