"""Values in a reader's language: every piece comes from CLDR through babel.

Names, dates, amounts, percentages and durations are formatted by babel for
the locale asked for; the few words of our own ("about", "on or after") are
gettext messages of the ``bilateral`` domain (see :mod:`bilateral._text.catalog`).
Nothing here loads locale data before it is first called.
"""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal
from typing import TYPE_CHECKING

from bilateral._text.catalog import translations
from bilateral._values.country import Country
from bilateral._values.dates import (
    Age,
    CalendarDuration,
    DateRange,
    PartialDate,
    Precision,
    When,
)
from bilateral._values.errors import InvalidValueError
from bilateral._values.locales import parse_locale
from bilateral._values.money import Money

if TYPE_CHECKING:
    from babel import Locale

# CLDR root aliases the "unit" list style to "unit-short", and that to
# "standard" (root.xml); a locale that defines only some parts of a style
# inherits the other parts along the same chain.
_UNIT_LIST_CHAIN = ("unit", "unit-short", "standard")
_LIST_PARTS = ("start", "middle", "end", "2")


def format_country(country: Country | str | int, locale: str = "en") -> str:
    """The country's name in ``locale``, from CLDR's territory names.

    >>> format_country("LT", "lt")
    'Lietuva'
    >>> format_country("AZE", "ru")
    'Азербайджан'

    CLDR data for a few locales lacks some territory names; there, as CLDR's
    own fallback rule says, the name is the ISO code.

    Raises:
        UnknownCountryError: ``country`` is not a country code.
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    return Country(country).name(locale)


def _plain_date(value: PartialDate, loc: Locale) -> str:
    from babel import dates  # noqa: PLC0415 - locale data loads on first use

    precision = value.precision
    if precision is Precision.DAY:
        return str(dates.format_date(value.earliest, "long", locale=loc))
    if precision is Precision.MONTH:
        return str(dates.format_skeleton("yMMMM", value.earliest, locale=loc))
    if precision is Precision.YEAR:
        return str(dates.format_skeleton("y", value.earliest, locale=loc))
    return str(dates.format_interval(value.earliest, value.latest, skeleton="yMMMM", locale=loc))


def _partial(value: PartialDate, loc: Locale) -> str:
    text = _plain_date(value, loc)
    t = translations(loc)
    if value.uncertain and value.approximate:
        return t.gettext("about {date} (uncertain)").format(date=text)
    if value.approximate:
        return t.gettext("about {date}").format(date=text)
    if value.uncertain:
        return t.gettext("{date} (uncertain)").format(date=text)
    return text


def format_date(value: PartialDate | DateRange | dt.date, locale: str = "en") -> str:
    """A date at its precision, or a range, in ``locale``.

    A day is in the locale's long date format; a month is month and year
    (CLDR skeleton ``yMMMM``); a year stands alone; a quarter or a half-year
    is CLDR's interval of its months. Approximate (EDTF ``~``) dates read
    "about …", uncertain (``?``) ones "… (uncertain)"; a range open at one end
    reads "on or after …" or "on or before …".

    >>> format_date(PartialDate("1995-11-20"))
    'November 20, 1995'
    >>> format_date(PartialDate("2022-40"), "lt")
    '2022 sausis–birželis'
    >>> format_date(DateRange("2023-02-17/.."))
    'on or after February 17, 2023'

    Raises:
        InvalidValueError: ``value`` is not a date, partial date or range.
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    loc = parse_locale(locale)
    if isinstance(value, dt.date):
        value = PartialDate.from_date(value)
    if isinstance(value, PartialDate):
        return _partial(value, loc)
    if not isinstance(value, DateRange):
        msg = f"value: expected a PartialDate, a DateRange or a date, got {value!r}"
        raise InvalidValueError(msg)
    t = translations(loc)
    if value.start is None:
        assert value.end is not None  # a range has at least one end  # noqa: S101
        return t.gettext("on or before {date}").format(date=_partial(value.end, loc))
    if value.end is None:
        return t.gettext("on or after {date}").format(date=_partial(value.start, loc))
    return t.gettext("from {start} to {end}").format(
        start=_partial(value.start, loc), end=_partial(value.end, loc)
    )


def when_phrase(when: When | None, locale: str = "en") -> str:
    """A date as it follows a verb: "on November 20, 1995", "in 2022", "on or after …"."""
    t = translations(parse_locale(locale))
    if when is None:
        return t.gettext("at a date the sources do not give")
    text = format_date(when, locale)
    if isinstance(when, DateRange):
        return text
    if when.precision is Precision.DAY:
        return t.pgettext("day", "on {date}").format(date=text)
    if when.precision is Precision.MONTH:
        return t.pgettext("month", "in {date}").format(date=text)
    if when.precision is Precision.YEAR:
        return t.pgettext("year", "in {date}").format(date=text)
    return t.pgettext("period", "in {date}").format(date=text)


def _room(value: Decimal | int) -> decimal.Context:
    """A decimal context with room for every digit of ``value``, twice over.

    babel rounds in the current context; a compact form asked for as many
    decimals as the amount has digits needs the digits before the point and
    those after it, on top of each other.
    """
    context = decimal.getcontext().copy()
    sign, figures, exponent = Decimal(value).as_tuple()
    del sign
    digits = len(figures) + abs(int(exponent))
    context.prec = max(context.prec, 2 * digits + 10)
    return context


def _check_money(money: object) -> Money:
    if not isinstance(money, Money):
        msg = f"money: expected Money, got {money!r}"
        raise InvalidValueError(msg)
    return money


def format_money(money: Money, locale: str = "en", *, compact: bool = False) -> str:
    r"""An amount in ``locale``, in full or compact ($14.4M) with one decimal.

    A compact form that rounds the amount is marked with CLDR's
    approximately sign, so a rounded figure never reads as exact:

    >>> format_money(Money("999999", "USD"), compact=True)
    '~$1M'

    >>> format_money(Money("14400000", "USD"))
    '$14,400,000.00'
    >>> format_money(Money("14400000", "USD"), compact=True)
    '$14.4M'
    >>> format_money(Money("14400000", "USD"), "lt", compact=True)
    '14,4\xa0mln.\xa0USD'

    Raises:
        InvalidValueError: ``money`` is not :class:`Money`.
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    from babel import numbers  # noqa: PLC0415

    value = _check_money(money)
    loc = parse_locale(locale)
    with decimal.localcontext(_room(value.amount)):
        if compact:
            short = str(
                numbers.format_compact_currency(
                    value.amount, value.currency, locale=loc, fraction_digits=1
                )
            )
            # As many digits as the amount has: if that reads differently, the
            # one-decimal form is rounded, and says so with CLDR's sign.
            _, figures, exponent = value.amount.as_tuple()
            digits = len(figures) + max(0, -int(exponent))
            full = str(
                numbers.format_compact_currency(
                    value.amount, value.currency, locale=loc, fraction_digits=digits
                )
            )
            return short if short == full else _approximately(loc) + short
        return str(numbers.format_currency(value.amount, value.currency, locale=loc))


def _approximately(loc: Locale) -> str:
    """CLDR's approximately sign for ``loc`` ("~" in English, "≈" in Russian)."""
    symbols = loc.number_symbols
    table = symbols.get(loc.default_numbering_system) or symbols.get("latn") or {}
    return str(table.get("approximatelySign", "~"))


def format_percent(ratio: Decimal, locale: str = "en") -> str:
    r"""A ratio (``-0.3143``) as a percentage with at most one decimal (``-31.4%``).

    >>> format_percent(Decimal("-0.3142857"), "lt")
    '-31,4\xa0%'

    Raises:
        InvalidValueError: ``ratio`` is not a finite ``Decimal`` or ``int``.
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    from babel import numbers  # noqa: PLC0415

    if isinstance(ratio, bool) or not isinstance(ratio, Decimal | int):
        msg = f"ratio: expected a Decimal, got {ratio!r}"
        raise InvalidValueError(msg)
    value = Decimal(ratio)
    if not value.is_finite():
        msg = f"ratio: expected a finite number, got {ratio!r}"
        raise InvalidValueError(msg)
    loc = parse_locale(locale)
    with decimal.localcontext(_room(value)):
        rounded = (value * 100).quantize(Decimal("0.1")).normalize() / 100
        return str(numbers.format_percent(rounded, locale=loc, decimal_quantization=False))


def format_number(number: int | Decimal, locale: str = "en") -> str:
    r"""A number with the locale's digits and separators.

    >>> format_number(42000000, "lt")
    '42\xa0000\xa0000'

    Raises:
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    from babel import numbers  # noqa: PLC0415

    loc = parse_locale(locale)
    with decimal.localcontext(_room(number)):
        return str(numbers.format_decimal(number, locale=loc))


def unit_list_patterns(locale: str) -> dict[str, str]:
    """CLDR's list patterns for lists of units in ``locale``, every part resolved.

    babel's ``format_list(style="unit")`` fails in locales whose CLDR data
    defines only some parts of the style (``ro`` has only the two-item
    pattern); CLDR resolves each missing part along root's aliases (unit,
    then unit-short, then standard), and so does this.
    """
    loc = parse_locale(locale)
    patterns: dict[str, str] = {}
    for style in _UNIT_LIST_CHAIN:
        for part, pattern in (loc.list_patterns.get(style) or {}).items():
            patterns.setdefault(str(part), str(pattern))
    return patterns


def _join_units(items: list[str], locale: str) -> str:
    if len(items) == 1:
        return items[0]
    patterns = unit_list_patterns(locale)
    if len(items) == 2:
        return patterns["2"].format(*items)
    text = patterns["start"].format(items[0], items[1])
    for item in items[2:-1]:
        text = patterns["middle"].format(text, item)
    return patterns["end"].format(text, items[-1])


def duration_parts(duration: CalendarDuration, locale: str = "en") -> list[str]:
    """Each non-zero unit of ``duration`` in ``locale`` (CLDR unit patterns)."""
    from babel import units  # noqa: PLC0415

    loc = parse_locale(locale)
    parts = [
        str(units.format_unit(n, f"duration-{unit}", length="long", locale=loc))
        for n, unit in (
            (duration.years, "year"),
            (duration.months, "month"),
            (duration.days, "day"),
        )
        if n
    ]
    return parts or [str(units.format_unit(0, "duration-day", length="long", locale=loc))]


def format_duration(duration: CalendarDuration | Age, locale: str = "en") -> str:
    """A span in calendar units, from CLDR unit and list patterns.

    An :class:`Age` that is a range reads "between … and …".

    >>> d = CalendarDuration(years=27, months=2, days=28)
    >>> format_duration(d)
    '27 years, 2 months, 28 days'
    >>> format_duration(d, "ru")
    '27 лет 2 месяца 28 дней'

    Raises:
        InvalidValueError: ``duration`` is not a duration or an age.
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    if isinstance(duration, Age):
        if duration.exact:
            return format_duration(duration.longest, locale)
        text = translations(parse_locale(locale)).gettext("between {shortest} and {longest}")
        return text.format(
            shortest=format_duration(duration.shortest, locale),
            longest=format_duration(duration.longest, locale),
        )
    if not isinstance(duration, CalendarDuration):
        msg = f"duration: expected a CalendarDuration or an Age, got {duration!r}"
        raise InvalidValueError(msg)
    return _join_units(duration_parts(duration, locale), locale)
