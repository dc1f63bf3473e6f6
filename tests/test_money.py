from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given

from bilateral import (
    CurrencyMismatchError,
    InvalidValueError,
    Money,
    UnknownCurrencyError,
)
from tests.strategies import money


def test_repr_reads_like_the_call():
    assert 'Money("42000000", "USD")' == repr(Money("42000000", "USD"))


@pytest.mark.parametrize("amount", ["14400000", 14400000, Decimal(14400000)])
def test_amount_inputs(amount):
    assert Decimal(14400000) == Money(amount, "USD").amount


def test_digits_are_kept():
    assert "14.40" == str(Money("14.40", "USD").amount)


@pytest.mark.parametrize(
    ("amount", "match"),
    [
        (14.4, "floats are not exact"),
        (True, "floats are not exact"),
        ("abc", "amount: expected a decimal string such as '14400000' or '14.4', with at most"),
        ("1" + "0" * 30, "with at most 30 digits before the point"),
        ("0." + "0" * 18 + "1", "and 18 after it"),
        ("0." + "0" * 4400 + "1", "and 18 after it"),
        (10**30, "expected at most 30 digits before the point"),
        (Decimal("1E+30"), "expected at most 30 digits before the point"),
        (Decimal("1E-19"), "expected at most 18 digits after the point"),
        ("NaN", "expected a decimal string"),
        ("1_000", "expected a decimal string"),
        (" 12 ", "expected a decimal string"),
        ("1e6", "expected a decimal string"),
        ("014", "expected a decimal string"),
        ("١٢٣", "expected a decimal string"),
        (Decimal("Infinity"), "expected a finite amount"),
        (None, "amount: expected a Decimal"),
    ],
)
def test_bad_amounts(amount, match):
    with pytest.raises(InvalidValueError, match=match):
        Money(amount, "USD")


@pytest.mark.parametrize("currency", ["usd", "XYZ", "", 840, None, "XXX", "XTS"])
def test_bad_currencies(currency):
    with pytest.raises(UnknownCurrencyError, match="currency: expected an ISO 4217"):
        Money("1", currency)


def test_arithmetic_in_one_currency():
    a, b = Money("42000000", "USD"), Money("28800000", "USD")

    assert Money("-13200000", "USD") == b - a
    assert Money("70800000", "USD") == a + b
    assert Money("28800000", "USD") == Money("14400000", "USD") * 2
    assert Money("28800000", "USD") == 2 * Money("14400000", "USD")
    assert Money("7200000", "USD") == Money("14400000", "USD") / 2
    assert Decimal("0.6857142857142857142857142857") == b / a
    assert b < a
    assert a >= b
    assert Money("5", "USD") == abs(-Money("5", "USD"))


def test_different_currencies_do_not_mix():
    with pytest.raises(CurrencyMismatchError, match="currencies differ"):
        _ = Money("1", "USD") + Money("1", "EUR")
    with pytest.raises(CurrencyMismatchError):
        _ = Money("1", "USD") < Money("1", "EUR")


def test_floats_are_not_a_scale():
    with pytest.raises(TypeError):
        _ = Money("1", "USD") * 1.5  # type: ignore[operator]


@given(money, money)
def test_sum_is_commutative_within_a_currency(a, b):
    if a.currency != b.currency:
        return

    assert a + b == b + a
    assert (a + b) - b == a


@pytest.mark.parametrize(
    "division",
    [
        lambda: Money("1", "USD") / 0,
        lambda: Money("1", "USD") / Decimal(0),
        lambda: Money("1", "USD") / Money("0", "USD"),
        lambda: Money("0", "USD") / Money("0", "USD"),
    ],
)
def test_division_by_zero_is_our_error(division):
    with pytest.raises(InvalidValueError, match="by zero"):
        division()


@pytest.mark.parametrize(
    "amount",
    ["9" * 30, "-" + "9" * 30, "0." + "0" * 17 + "1", "9" * 30 + "." + "9" * 18, 10**30 - 1],
)
def test_the_largest_and_smallest_amounts(amount):
    assert Decimal(amount) == Money(amount, "USD").amount


def test_a_product_or_quotient_is_rounded_to_18_places():
    assert Decimal("0.000142857142857143") == (Money("0.001", "USD") / 7).amount
    assert Decimal("0.000000000000000000") == (Money("0.000000000000000001", "USD") / 4).amount


def test_a_result_past_the_bound_is_the_librarys_error():
    with pytest.raises(InvalidValueError, match="amount: expected at most 30 digits"):
        Money("9" * 30, "USD") * 10
