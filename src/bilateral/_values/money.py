"""Amounts of money: a ``Decimal`` and an ISO 4217 currency, never a float."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import overload

import attrs

from bilateral._values.errors import (
    CurrencyMismatchError,
    InvalidValueError,
    UnknownCurrencyError,
)

DECIMAL_TEXT = re.compile(r"-?(0|[1-9]\d*)(\.\d+)?", re.ASCII)
"""A plain decimal amount: optional minus, no leading zeros, no exponent."""


@cache
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies  # noqa: PLC0415 - locale data loads on first use

    return frozenset(list_currencies())


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, bool | float):
        msg = (
            f"expected a Decimal, an int or a decimal string, got {value!r} (floats are not exact)"
        )
        raise InvalidValueError(msg, path=("amount",))
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, str):
        # Decimal() also takes "1_000", " 12 ", "1e6" and other scripts' digits;
        # the amount is the plain decimal the JSON format writes, or nothing.
        if DECIMAL_TEXT.fullmatch(value) is None:
            msg = f"expected a decimal string such as '14400000' or '14.4', got {value!r}"
            raise InvalidValueError(msg, path=("amount",))
        amount = Decimal(value)
    else:
        msg = f"expected a Decimal, an int or a decimal string, got {value!r}"
        raise InvalidValueError(msg, path=("amount",))
    if not amount.is_finite():
        msg = f"expected a finite amount, got {value!r}"
        raise InvalidValueError(msg, path=("amount",))
    return amount


def _check_currency(_: object, __: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or value not in _currencies():
        msg = f"expected an ISO 4217 currency code such as 'USD', got {value!r}"
        raise UnknownCurrencyError(msg, path=("currency",))


@attrs.frozen(repr=False, order=False)
class Money:
    """An amount in a currency.

    >>> Money("42000000", "USD")
    Money("42000000", "USD")
    >>> Money("14400000", "USD") * 2
    Money("28800000", "USD")

    Amounts keep the digits they were given (``Decimal("14.40")`` stays
    ``14.40``), so a value round-trips exactly. Arithmetic is only what
    means something: sums and differences in one currency, scaling by a
    number, and the ratio of two amounts in one currency.

    Args:
        amount: A ``Decimal``, an ``int`` or a decimal string; never a float.
        currency: An ISO 4217 code known to CLDR, such as ``"USD"``.

    Raises:
        InvalidValueError: The amount is a float, not a number, or not finite.
        UnknownCurrencyError: The currency is not an ISO 4217 code.
    """

    amount: Decimal = attrs.field(converter=_to_decimal)
    currency: str = attrs.field(validator=_check_currency)

    def _same(self, other: Money, op: str) -> None:
        if self.currency != other.currency:
            msg = f"cannot {op} {self!r} and {other!r}: currencies differ"
            raise CurrencyMismatchError(msg)

    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "add")
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "subtract")
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.amount), self.currency)

    def __mul__(self, factor: object) -> Money:
        if isinstance(factor, bool) or not isinstance(factor, int | Decimal):
            return NotImplemented
        return Money(self.amount * factor, self.currency)

    __rmul__ = __mul__

    @overload
    def __truediv__(self, other: Money) -> Decimal: ...
    @overload
    def __truediv__(self, other: int | Decimal) -> Money: ...
    def __truediv__(self, other: object) -> Money | Decimal:
        if isinstance(other, Money):
            self._same(other, "divide")
            divisor = other.amount
        elif isinstance(other, bool) or not isinstance(other, int | Decimal):
            return NotImplemented
        else:
            divisor = Decimal(other)
        if divisor == 0:
            msg = f"cannot divide {self!r} by zero"
            raise InvalidValueError(msg)
        if isinstance(other, Money):
            return self.amount / divisor
        return Money(self.amount / divisor, self.currency)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "compare")
        return self.amount < other.amount

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "compare")
        return self.amount <= other.amount

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "compare")
        return self.amount > other.amount

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "compare")
        return self.amount >= other.amount

    def __str__(self) -> str:
        return f"{self.amount:,f} {self.currency}"

    def __repr__(self) -> str:
        return f'Money("{self.amount}", "{self.currency}")'


def derived_money(amount: Decimal, currency: str) -> Money:
    """A :class:`Money` computed from valid ones, built without repeating their checks.

    For arithmetic on the amount of a valid :class:`Money`: ``currency`` is
    that money's (so known), and ``amount`` is a ``Decimal`` computed from its
    amount, which leaves only finiteness to check (a context without the
    ``Overflow`` trap can give an infinity); an infinite amount goes through
    the constructor, which refuses it. Equal to ``Money(amount, currency)``.
    """
    if not amount.is_finite():
        return Money(amount, currency)
    money = object.__new__(Money)
    object.__setattr__(money, "amount", amount)
    object.__setattr__(money, "currency", currency)
    return money
