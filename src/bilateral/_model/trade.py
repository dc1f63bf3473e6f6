"""Trade figures by period, annualized estimates and changes between periods."""

from __future__ import annotations

import decimal
import itertools
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import overload

import attrs

from bilateral._model.converters import to_flow
from bilateral._model.kinds import Flow
from bilateral._values.checks import (
    TEXT,
    check_optional_text,
    is_a,
    optional_a,
    schema_rule,
)
from bilateral._values.country import Country, to_optional_country
from bilateral._values.dates import (
    PartialDate,
    Precision,
    to_partial_date,
)
from bilateral._values.errors import CurrencyMismatchError, InvalidValueError
from bilateral._values.money import MAX_INTEGER_DIGITS, Money, derived_money
from bilateral._values.sources import Citation, citations


@attrs.frozen
class Estimate:
    """A trade value scaled to a year: an estimate unless the period is a year.

    Attributes:
        value: The annualized value (value × 12 / months covered).
        months: How many months the figure it comes from covers.
        period: The period it comes from.
    """

    value: Money
    months: int
    period: PartialDate

    @property
    def is_estimate(self) -> bool:
        """Whether the value is extrapolated (the period is not a whole year)."""
        return self.months != 12

    def __str__(self) -> str:
        if not self.is_estimate:
            return f"{self.value} a year"
        unit = "month" if self.months == 1 else "months"
        return f"{self.value} a year (estimated from {self.months} {unit})"


def _estimate(value: Money, months: int, period: PartialDate) -> Estimate:
    """``Estimate(value, months, period)`` without the constructor's call (it checks nothing)."""
    estimate = _new(Estimate)
    _set_value(estimate, value)
    _set_months(estimate, months)
    _set_period(estimate, period)
    return estimate


_new = object.__new__
# The slots' own setters, which a frozen class's __setattr__ does not go through.
_set_value = Estimate.__dict__["value"].__set__
_set_months = Estimate.__dict__["months"].__set__
_set_period = Estimate.__dict__["period"].__set__


@attrs.frozen
class TradeChange:
    """The change between two trade periods, compared on an annualized basis.

    Attributes:
        before: The earlier period, annualized.
        after: The later period, annualized.
        difference: ``after - before``.
        ratio: ``after / before - 1`` (``None`` when ``before`` is zero).
    """

    before: Estimate
    after: Estimate
    difference: Money
    ratio: Decimal | None

    @property
    def is_estimate(self) -> bool:
        """Whether either side is extrapolated."""
        return self.before.is_estimate or self.after.is_estimate

    @property
    def percent(self) -> Decimal | None:
        """The ratio in percent, rounded to two places."""
        if self.ratio is None:
            return None
        return (self.ratio * 100).quantize(Decimal("0.01"))


# The precisions of statistical periods: what a trade figure may cover.
_PERIODS = frozenset({Precision.YEAR, Precision.HALF, Precision.QUARTER, Precision.MONTH})


def _check_period(instance: object, attribute: attrs.Attribute[PartialDate], value: object) -> None:
    del instance
    if not isinstance(value, PartialDate):
        msg = f"expected a PartialDate, got {value!r}"
        raise InvalidValueError(msg, path=(attribute.name,))
    if value.precision not in _PERIODS or value.unspecified_parts:
        what = f"the {value.precision.value}" if not value.unspecified_parts else "the date"
        msg = f"a trade period is a year, half, quarter or month, got {what} {value.edtf!r}"
        if value.precision is Precision.SEASON:
            msg += " (a season is not a statistical period)"
        elif value.unspecified_parts:
            msg += " (its unspecified part is not a period a figure covers)"
        raise InvalidValueError(msg, path=(attribute.name,))


def _check_trade_value(instance: object, attribute: attrs.Attribute[Money], value: object) -> None:
    del instance
    if not isinstance(value, Money):
        msg = f"expected Money, got {value!r}"
        raise InvalidValueError(msg, path=(attribute.name,))
    if value.amount < 0:
        msg = f"a trade value cannot be negative, got {value.amount}"
        raise InvalidValueError(msg, path=(attribute.name, "amount"))


@attrs.frozen
class TradePeriod:
    """A trade figure for a year, half-year, quarter or month.

    Attributes:
        flow: Turnover, exports, imports, re-exports or re-imports.
        period: The period covered (year, half, quarter or month precision).
        value: The value, never negative.
        reporter: Whose statistics these are, if the source says; needed for
            every flow but turnover (the reporter's exports to the partner).
        note: A caveat on reading the source (how the currency was read).
        citations: Where the source says it.
    """

    flow: Flow = attrs.field(converter=to_flow, validator=is_a(Flow))
    period: PartialDate = attrs.field(
        converter=to_partial_date, validator=_check_period, metadata=schema_rule("TradePeriodDate")
    )
    value: Money = attrs.field(
        validator=_check_trade_value, metadata=schema_rule("NonNegativeMoney")
    )
    reporter: Country | None = attrs.field(
        default=None, kw_only=True, converter=to_optional_country, validator=optional_a(Country)
    )
    note: str | None = attrs.field(
        default=None, kw_only=True, validator=check_optional_text, metadata=TEXT
    )
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)

    def __attrs_post_init__(self) -> None:
        if self.flow is not Flow.TURNOVER and self.reporter is None:
            msg = f"{self.flow.value} need a reporting country (whose {self.flow.value}?)"
            raise InvalidValueError(msg, path=("reporter",))

    @property
    def series(self) -> tuple[Flow, Country | None, str]:
        """The flow, reporter and currency of the figure, which say what it measures.

        Only figures of one series can be compared (:meth:`change_to`).
        """
        return (self.flow, self.reporter, self.value.currency)

    def ends_before(self, other: TradePeriod) -> bool:
        """Whether this period ends before ``other`` starts (so may be compared with it)."""
        return self.period.latest < other.period.earliest

    @property
    def months(self) -> int:
        """How many months the period covers."""
        months = self.period.months
        assert months is not None  # a trade period is never a day  # noqa: S101
        return months

    def annualized(self) -> Estimate:
        """The value scaled to a year: value × 12 / months covered.

        >>> from bilateral import Money, PartialDate, Flow
        >>> h1 = TradePeriod(Flow.TURNOVER, PartialDate("2022-40"), Money("14400000", "USD"))
        >>> h1.annualized()
        Estimate(value=Money("28800000", "USD"), months=6, period=PartialDate("2022-40"))
        >>> h1.annualized().is_estimate
        True

        For many periods, :class:`Estimates` gives the amounts as one column.
        """
        # Built from this period's valid values (derived_money, _estimate):
        # equal to Money(...) and Estimate(...), without checking them again.
        period = self.period
        months = period.months  # what self.months gives, without a second property call
        assert months is not None  # a trade period is never a day  # noqa: S101
        value = self.value
        return _estimate(derived_money(value.amount * 12 / months, value.currency), months, period)

    def change_to(self, later: TradePeriod) -> TradeChange:
        """The change from this period to ``later``, both annualized.

        Raises:
            InvalidValueError: The two figures measure different flows or
                reporters, or are in different currencies.
        """
        if not isinstance(later, TradePeriod):
            msg = f"expected a TradePeriod, got {later!r}"
            raise InvalidValueError(msg, path=("later",))
        if not self.ends_before(later):
            msg = (
                f"{later.period.edtf!r} does not start after {self.period.edtf!r} "
                "ends; compare a period with one that follows it"
            )
            raise InvalidValueError(msg, path=("later",))
        if (self.flow, self.reporter) != (later.flow, later.reporter):
            msg = (
                f"cannot compare {self.flow.value} ({self.reporter}) with "
                f"{later.flow.value} ({later.reporter})"
            )
            raise InvalidValueError(msg, path=("later",))
        if self.series != later.series:  # the same flow and reporter: the currency differs
            msg = (
                f"cannot compare {self.value.currency} with "
                f"{later.value.currency}; convert one of them first"
            )
            raise CurrencyMismatchError(msg, path=("later", "value", "currency"))
        before, after = self.annualized(), later.annualized()
        difference = after.value - before.value
        ratio = None if before.value.amount == 0 else after.value / before.value - 1
        return TradeChange(before=before, after=after, difference=difference, ratio=ratio)


def trade_changes(periods: Iterable[TradePeriod]) -> list[TradeChange]:
    """The changes between consecutive figures of each series (see :meth:`Relation.trade_changes`).

    The series come in the order they first appear; within one, the figures
    are in time order, and a figure is compared with the next only when it
    ends before the next starts. :meth:`TradePeriod.change_to` decides with
    the same :attr:`~TradePeriod.series` and :meth:`~TradePeriod.ends_before`,
    so it raises nothing for the pairs chosen here.
    """
    series: dict[tuple[Flow, Country | None, str], list[TradePeriod]] = {}
    for period in periods:
        series.setdefault(period.series, []).append(period)
    changes = []
    for figures in series.values():
        ordered = sorted(figures, key=lambda p: (p.period.earliest, p.period.latest))
        changes += [
            before.change_to(after)
            for before, after in itertools.pairwise(ordered)
            if before.ends_before(after)
        ]
    return changes


# What an annualized amount may reach: it has at most 30 digits before the point.
_LIMIT = Decimal(10**MAX_INTEGER_DIGITS)
# × 12 / months is × 12 // months for every period a trade figure may cover.
_FACTORS = {months: 12 // months for months in (p.months for p in _PERIODS) if months}
# A nonzero annualized amount has at most 18 places and under 32 digits before
# the point: its adjusted exponent is from -18 to 31. In a context whose range
# holds that, without clamping, no such result is subnormal, overflows or is
# clamped; only its digits can be too many for the precision.
_RANGE = (-20, 31)


def _exact_amounts(periods: tuple[TradePeriod, ...]) -> list[Decimal] | None:
    """Each ``annualized()`` amount when it is exact in the current context, else ``None``.

    ``annualized()`` computes ``amount * 12 / months`` in the current
    context. When ``amount * (12 // months)`` has at most two digits fewer
    than its precision, ``amount * 12`` (at most two digits more) has no
    more than the precision: both operations are exact, set no flag, and the
    quotient keeps the amount's exponent (at most 18 places: nothing to
    round); the largest under 10**30 puts all within the bounds. The products
    are computed in a context two digits narrower that traps any rounding
    (and a zero's clamped exponent), so the caller's context and its flags
    are not touched.
    """
    context = decimal.getcontext()
    if context.prec < 3 or context.clamp or context.Emin > _RANGE[0] or context.Emax < _RANGE[1]:
        return None
    narrower = decimal.Context(
        prec=context.prec - 2,
        Emin=context.Emin,
        Emax=context.Emax,
        clamp=0,
        flags=[],
        traps=[decimal.Rounded, decimal.Clamped, decimal.Subnormal],
    )
    try:
        with decimal.localcontext(narrower):
            # months is never None: a trade period is never a day.
            amounts = [p.value.amount * _FACTORS[p.period.months] for p in periods]  # type: ignore[index]
    except decimal.DecimalException:
        return None
    if amounts and max(amounts) >= _LIMIT:
        return None
    return amounts


def _annualized_amounts(periods: tuple[TradePeriod, ...], *, one_pass: bool) -> tuple[Decimal, ...]:
    """``period.annualized().value.amount`` of each period, in one pass if ``one_pass``.

    The pass gives the amounts when every one is exact (:func:`_exact_amounts`).
    Otherwise each period is annualized by itself, which rounds or refuses as
    ``annualized()`` does, first failure first. So is each period of a
    subclass (``one_pass`` false), whose ``annualized()`` may be its own.
    """
    amounts = _exact_amounts(periods) if one_pass else None
    if amounts is not None:
        return tuple(amounts)
    found = []
    for index, period in enumerate(periods):
        try:
            found.append(period.annualized().value.amount)
        except InvalidValueError as exc:
            raise exc.within("periods", index) from None
    return tuple(found)


@attrs.frozen(init=False, repr=False)
class Estimates(Sequence[Estimate]):
    """Many trade periods annualized at once, the amounts as one column.

    For a million periods: one ``Decimal`` per period, where
    :meth:`TradePeriod.annualized` builds an :class:`Estimate` holding a
    :class:`Money`, two objects per period (see :doc:`/performance`).

    >>> from bilateral import Flow, Money, PartialDate
    >>> year = TradePeriod(Flow.TURNOVER, PartialDate("2021"), Money("42000000", "USD"))
    >>> h1 = TradePeriod(Flow.TURNOVER, PartialDate("2022-40"), Money("14400000", "USD"))
    >>> estimates = Estimates([year, h1])
    >>> estimates.amounts
    (Decimal('42000000'), Decimal('28800000'))
    >>> estimates.months, estimates.currencies
    ((12, 6), ('USD', 'USD'))
    >>> estimates[1] == h1.annualized()
    True

    ``amounts[i]`` is ``periods[i].annualized().value.amount``, digit for
    digit, computed as ``annualized()`` computes it (in the current decimal
    context, rounded half to even to 18 places); item ``i`` is that
    :class:`Estimate`, built when asked for (of a subclass of
    :class:`TradePeriod`, what its own ``annualized()`` returns).

    Args:
        periods: The trade periods, kept in their order.

    Raises:
        InvalidValueError: An item is not a :class:`TradePeriod` (at
            ``("periods", index)``), or one's annualized amount has more than
            30 digits before the point (``annualized()``'s error, at
            ``("periods", index, "amount")``).

    Attributes:
        periods: The trade periods.
        amounts: Their annualized amounts, in the periods' currencies.
    """

    periods: tuple[TradePeriod, ...]
    amounts: tuple[Decimal, ...]

    def __init__(self, periods: Iterable[TradePeriod]) -> None:
        periods = tuple(periods)
        kinds = set(map(type, periods))
        if not all(issubclass(kind, TradePeriod) for kind in kinds):
            index, item = next(
                (i, p) for i, p in enumerate(periods) if not issubclass(type(p), TradePeriod)
            )
            msg = f"expected a TradePeriod, got {item!r}"
            raise InvalidValueError(msg, path=("periods", index))
        amounts = _annualized_amounts(periods, one_pass=kinds <= {TradePeriod})
        self.__attrs_init__(periods, amounts)

    @property
    def months(self) -> tuple[int, ...]:
        """How many months each period covers."""
        return tuple(period.months for period in self.periods)

    @property
    def currencies(self) -> tuple[str, ...]:
        """The currency of each amount (its period's)."""
        return tuple(period.value.currency for period in self.periods)

    def __len__(self) -> int:
        return len(self.periods)

    @overload
    def __getitem__(self, index: int) -> Estimate: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Estimate, ...]: ...
    def __getitem__(self, index: int | slice) -> Estimate | tuple[Estimate, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        period = self.periods[index]
        if type(period) is not TradePeriod:  # a subclass's annualized() may be its own
            return period.annualized()
        money = derived_money(self.amounts[index], period.value.currency)
        return _estimate(money, period.months, period.period)

    def __repr__(self) -> str:
        return f"<Estimates of {len(self)} trade periods>"
