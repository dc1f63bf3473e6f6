"""Values built from valid ones without repeating their checks equal the checked constructors'.

``derived_money`` and ``annualized()``'s ``Estimate`` skip the constructors'
checks where every field is known valid; these laws hold them to the
constructors' results, values and errors alike.
"""

from __future__ import annotations

import decimal
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral import Flow, InvalidValueError, Money, PartialDate, TradePeriod
from bilateral._model.trade import Estimate
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
