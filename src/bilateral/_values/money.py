"""Amounts of money: a ``Decimal`` and an ISO 4217 currency, never a float."""

from __future__ import annotations

import re
from decimal import (
    MAX_EMAX,
    MIN_EMIN,
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DecimalException,
    InvalidOperation,
    Rounded,
    localcontext,
)
from functools import cache
from typing import overload

import attrs

from bilateral._values.checks import shown
from bilateral._values.errors import (
    CurrencyMismatchError,
    InvalidValueError,
    UnknownCurrencyError,
)

MAX_INTEGER_DIGITS = 30
"""Digits an amount may have before the decimal point (up to 10**30, past any trade figure)."""
MAX_FRACTION_DIGITS = 18
"""Digits an amount may have after the decimal point (as many as any currency's smallest unit)."""

DECIMAL_TEXT = re.compile(
    rf"-?(0|[1-9]\d{{0,{MAX_INTEGER_DIGITS - 1}}})(\.\d{{1,{MAX_FRACTION_DIGITS}}})?", re.ASCII
)
"""A plain decimal amount: optional minus, no leading zeros, no exponent, within the bounds."""

NOT_CURRENCIES = frozenset({"XXX", "XTS"})
"""ISO 4217 codes that name no currency: XXX (no currency) and XTS (for testing)."""


@cache
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies  # noqa: PLC0415 - locale data loads on first use

    return frozenset(list_currencies()) - NOT_CURRENCIES


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
            msg = (
                f"expected a decimal string such as '14400000' or '14.4', with at most "
                f"{MAX_INTEGER_DIGITS} digits before the point and {MAX_FRACTION_DIGITS} "
                f"after it, got {shown(value)}"
            )
            raise InvalidValueError(msg, path=("amount",))
        amount = Decimal(value)
    else:
        msg = f"expected a Decimal, an int or a decimal string, got {value!r}"
        raise InvalidValueError(msg, path=("amount",))
    if not amount.is_finite():
        msg = f"expected a finite amount, got {value!r}"
        raise InvalidValueError(msg, path=("amount",))
    exponent = int(amount.as_tuple().exponent)
    if amount and amount.adjusted() >= MAX_INTEGER_DIGITS:
        msg = f"expected at most {MAX_INTEGER_DIGITS} digits before the point, got {shown(value)}"
        raise InvalidValueError(msg, path=("amount",))
    if -exponent > MAX_FRACTION_DIGITS:
        msg = f"expected at most {MAX_FRACTION_DIGITS} digits after the point, got {shown(value)}"
        raise InvalidValueError(msg, path=("amount",))
    return amount


_SMALLEST = Decimal(1).scaleb(-MAX_FRACTION_DIGITS)


def _result(amount: Decimal) -> Decimal:
    """The amount of a product or quotient, rounded half-even to the digits an amount may have."""
    if -int(amount.as_tuple().exponent) <= MAX_FRACTION_DIGITS:
        return amount
    with localcontext() as context:
        context.prec = MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS + 2
        return amount.quantize(_SMALLEST, rounding=ROUND_HALF_EVEN)


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
    ``14.40``), so a value round-trips exactly. An amount has at most 30
    digits before the point and 18 after it; a product or quotient is
    rounded (half to even) to 18 places. Arithmetic is only what
    means something: sums and differences in one currency, scaling by a
    number, and the ratio of two amounts in one currency.

    Args:
        amount: A ``Decimal``, an ``int`` or a decimal string; never a float.
        currency: An ISO 4217 code known to CLDR, such as ``"USD"``.

    Raises:
        InvalidValueError: The amount is a float, not a number, not finite, or
            has more digits than those bounds.
        UnknownCurrencyError: The currency is not an ISO 4217 code (or is XXX,
            no currency, or XTS, the code for testing).
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
        return Money(_result(self.amount * factor), self.currency)

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
        return Money(_result(self.amount / divisor), self.currency)

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


# Whether an amount other than zero is within the bounds, as one operation:
# quantizing it to 18 places in a context of 48 digits signals Rounded when it
# has more places and InvalidOperation when it is infinite or has more than 30
# digits before the point (48 digits with 18 after it). A zero signals neither,
# even with more places (0E-19 becomes 0E-18 silently). Trapped, either is an exception; the
# quantized result is not used. Every setting is given, none from DefaultContext.
_BOUNDS = Context(
    prec=MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS,
    rounding=ROUND_HALF_EVEN,
    Emin=MIN_EMIN,
    Emax=MAX_EMAX,
    capitals=1,
    clamp=0,
    flags=[],
    traps=[Rounded, InvalidOperation],
)
_within_bounds = _BOUNDS.quantize
_new = object.__new__
# The slots' own setters, which a frozen class's __setattr__ does not go through.
_set_amount = Money.__dict__["amount"].__set__
_set_currency = Money.__dict__["currency"].__set__


def derived_money(amount: Decimal, currency: str) -> Money:
    """A :class:`Money` computed from valid ones, built without repeating their checks.

    For arithmetic on the amount of a valid :class:`Money`: ``currency`` is
    that money's (so known), and ``amount`` is a ``Decimal`` computed from its
    amount. It is rounded as :class:`Money`'s own arithmetic rounds (half to
    even, to 18 places), which leaves its size to check: an amount that is
    not finite (a context without the ``Overflow`` trap can give an infinity)
    or has too many digits before the point goes through the constructor,
    which refuses it; so does any amount that is rounded, or a zero. Equal
    to ``Money(rounded amount, currency)``.
    """
    if amount and amount.is_finite():  # a zero signals nothing, whatever its exponent
        try:
            _within_bounds(amount, _SMALLEST)
        except DecimalException:
            pass  # too many places (rounded below), or too large (refused below)
        else:  # at most 18 places, so _result would return it as it is
            money = _new(Money)
            _set_amount(money, amount)
            _set_currency(money, currency)
            return money
    # A zero, an amount to round, or one to refuse: the constructor checks it.
    # (Rounded in a context that clamps exponents, _result's amount may still
    # have too many places; the constructor refuses it then.)
    if not amount.is_finite() or (amount and amount.adjusted() >= MAX_INTEGER_DIGITS):
        return Money(amount, currency)
    return Money(_result(amount), currency)
