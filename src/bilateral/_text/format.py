"""Values in a reader's language: every piece comes from CLDR through babel.

Names, dates, amounts, percentages and durations are formatted by babel for
the locale asked for; the few words of our own ("about", "on or after") are
gettext messages of the ``bilateral`` domain (see :mod:`bilateral._text.catalog`).
A standalone value (``format_*``) is CLDR's in every locale: without a catalog, its
words of our own are language-neutral signs. A phrase of running text
(``date_phrase``, ``money_phrase``) is in the sentence's language, so wholly
English in a locale without a catalog.
Nothing here loads locale data before it is first called.
"""

from __future__ import annotations

import datetime as dt
import decimal
import gettext
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from bilateral._text.catalog import has_catalog, text_locale, translations
from bilateral._text.grammar import MonthName, Year, translate
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
from bilateral._values.history import SHORT_NAMES
from bilateral._values.i18n import Message, pgettext
from bilateral._values.locales import parse_locale
from bilateral._values.money import Money

if TYPE_CHECKING:
    from babel import Locale


def format_country(country: Country | str | int, locale: str = "en") -> str:
    """The country's name in ``locale``, from CLDR's territory names.

    >>> format_country("LT", "lt")
    'Lietuva'
    >>> format_country("AZE", "ru")
    'Азербайджан'

    CLDR data for a few locales lacks some territory names; there, as CLDR's
    own fallback rule says, the name is the ISO code. A former country, which
    CLDR does not name, has its short name from the catalog (English where
    the locale has none):

    >>> format_country("SU", "ru"), format_country("YUCS", "de")
    ('СССР', 'Jugoslawien')

    Raises:
        UnknownCountryError: ``country`` is not a country code.
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    found = Country(country)
    if found.is_former:
        return translate(SHORT_NAMES[found.code], translations(parse_locale(locale)))
    return found.name(locale)


class _Marks(gettext.NullTranslations):
    """The words of a standalone date or age in a locale with no catalog: signs, not English.

    A standalone value (:func:`format_date`, :func:`format_duration`) is CLDR's in every
    locale; the few words of our own around it ("about", "on or after") would be English
    there, so they become language-neutral signs: CLDR's approximately sign, EDTF's "?" for
    uncertain, and an en dash for a range ("… – 17 febbraio 2023").
    """

    def __init__(self, approximately: str) -> None:
        super().__init__()
        self._marks = {
            "about {date} (uncertain)": approximately + "{date}?",
            "about {date}": approximately + "{date}",
            "{date} (uncertain)": "{date}?",
            "on or before {date}": "… – {date}",
            "on or after {date}": "{date} – …",
            "from {start} to {end}": "{start} – {end}",
            "between {shortest} and {longest}": "{shortest} – {longest}",
        }

    def gettext(self, message: str) -> str:
        return self._marks.get(message, message)


def _standalone(loc: Locale) -> gettext.NullTranslations:
    """The words of a standalone value in ``loc``: its catalog's, else :class:`_Marks`."""
    if has_catalog(loc):
        return translations(loc)
    return _Marks(_approximately(loc))


def _plain_date(value: PartialDate, loc: Locale, t: gettext.NullTranslations | None = None) -> str:
    from babel import dates  # noqa: PLC0415 - locale data loads on first use

    precision = value.precision
    if precision is Precision.DAY:
        return str(dates.format_date(value.earliest, "long", locale=loc))
    if precision is Precision.MONTH:
        return str(dates.format_skeleton("yMMMM", value.earliest, locale=loc))
    if precision is Precision.YEAR:
        return str(dates.format_skeleton("y", value.earliest, locale=loc))
    if precision is Precision.SEASON and not isinstance(t, _Marks):
        # (CLDR has no words for seasons: with _Marks, the interval of its months below.)
        return _season_name(value, t or translations(loc)).format(
            year=Year(value.earliest.year, loc)
        )
    if precision in {Precision.DECADE, Precision.CENTURY}:
        return str(dates.format_interval(value.earliest, value.latest, skeleton="y", locale=loc))
    return str(dates.format_interval(value.earliest, value.latest, skeleton="yMMMM", locale=loc))


def _season_name(value: PartialDate, t: gettext.NullTranslations) -> str:
    """The template naming the season of ``value`` ("spring {year}")."""
    return (
        # Translators: a season standing alone (a table cell, a range's end); {year} is the
        # year in digits ({year:ordinal} the Azerbaijani ordinal "2022-ci").
        t.pgettext("season", "spring {year}"),
        t.pgettext("season", "summer {year}"),
        t.pgettext("season", "autumn {year}"),
        t.pgettext("season", "winter {year}"),
    )[(value.season or 1) - 1]


# A season in each role a sentence gives it ("when" and "planned" follow a verb); the
# standalone name is _season_name's. {year} is the year (a grammar.Year: {year:ordinal}).
_SEASONS: dict[str, tuple[Message, Message, Message, Message]] = {
    # Translators: a season as it follows a verb ("took place in spring 2022"); {year} is the
    # year in digits ({year:ordinal} the Azerbaijani ordinal "2022-ci").
    "when": (
        pgettext("season", "in spring {year}"),
        pgettext("season", "in summer {year}"),
        pgettext("season", "in autumn {year}"),
        pgettext("season", "in winter {year}"),
    ),
    # Translators: the season a planned event is planned for ("is planned for spring 2024";
    # Russian "на весну 2024 года"); {year} as in "in spring {year}".
    "planned": (
        pgettext("planned: season", "in spring {year}"),
        pgettext("planned: season", "in summer {year}"),
        pgettext("planned: season", "in autumn {year}"),
        pgettext("planned: season", "in winter {year}"),
    ),
    # Translators: the season a figure is for ("the figure for spring 2022"); {year} as in "in
    # spring {year}".
    "for": (
        pgettext("for: season", "for spring {year}"),
        pgettext("for: season", "for summer {year}"),
        pgettext("for: season", "for autumn {year}"),
        pgettext("for: season", "for winter {year}"),
    ),
    # Translators: the season a count is given as of, opening a sentence ("as of spring 2022,
    # the two countries had signed ..."); {year} as in "in spring {year}".
    "as of": (
        pgettext("as of: season", "as of spring {year}"),
        pgettext("as of: season", "as of summer {year}"),
        pgettext("as of: season", "as of autumn {year}"),
        pgettext("as of: season", "as of winter {year}"),
    ),
    # Translators: a season as the bound of a range, in the case your range messages need
    # (Russian genitive "весны 2022 года"); {year} as in "in spring {year}".
    "date": (
        pgettext("date: season", "spring {year}"),
        pgettext("date: season", "summer {year}"),
        pgettext("date: season", "autumn {year}"),
        pgettext("date: season", "winter {year}"),
    ),
}


def _partial(value: PartialDate, loc: Locale, t: gettext.NullTranslations) -> str:
    text = _plain_date(value, loc, t)
    if value.uncertain and value.approximate:
        # Translators: a date standing alone (a table cell), approximate and uncertain; {date}
        # is the date as CLDR writes it ("September 2007").
        return t.gettext("about {date} (uncertain)").format(date=text)
    if value.approximate:
        # Translators: a date standing alone, approximate; {date} as CLDR writes it.
        return t.gettext("about {date}").format(date=text)
    if value.uncertain:
        # Translators: a date standing alone, uncertain; {date} as CLDR writes it.
        return t.gettext("{date} (uncertain)").format(date=text)
    return text


def format_date(value: PartialDate | DateRange | dt.date, locale: str = "en") -> str:
    """A date at its precision, or a range, in ``locale``.

    A day is in the locale's long date format; a month is month and year
    (CLDR skeleton ``yMMMM``); a year stands alone; a quarter or a half-year
    is CLDR's interval of its months; a season is named with its year
    ("spring 2022"); a decade or a century is CLDR's interval of its years
    ("1990–1999"); unspecified parts (``2022-05-XX``) read as the parts given. Approximate (EDTF ``~``) dates read
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
    t = _standalone(loc)
    if isinstance(value, dt.date):
        value = PartialDate.from_date(value)
    if isinstance(value, PartialDate):
        return _partial(value, loc, t)
    if not isinstance(value, DateRange):
        msg = f"value: expected a PartialDate, a DateRange or a date, got {value!r}"
        raise InvalidValueError(msg)
    if value.start is None:
        assert value.end is not None  # a range has at least one end  # noqa: S101
        # Translators: a range standing alone (a table cell), open at its start; {date} is its
        # end as CLDR writes it.
        return t.gettext("on or before {date}").format(date=_partial(value.end, loc, t))
    if value.end is None:
        # Translators: a range standing alone, open at its end; {date} is its start as CLDR
        # writes it.
        return t.gettext("on or after {date}").format(date=_partial(value.start, loc, t))
    # Translators: a range standing alone; {start} and {end} are its bounds as CLDR writes them.
    return t.gettext("from {start} to {end}").format(
        start=_partial(value.start, loc, t), end=_partial(value.end, loc, t)
    )


# The phrase of a date at each precision in each role a sentence gives it.
# A quarter and a half-year are the range of their months ("months").
# Placeholders: {date} a day in CLDR's long format, {day} its number; {month}, {first_month},
# {last_month} month names (a spec asks for a form, see _text/grammar.py);
# {year} the year.
_PHRASES: dict[tuple[str, str], Message] = {
    # Translators: a day as it follows a verb ("took place on 17 February 2023"); {date} is the
    # day in CLDR's long format; {day}, {month} and {year} its parts, if you would rather build it
    # ("{day} {month:genitive} {year:ordinal} il tarixində").
    ("when", "day"): pgettext("when: day", "on {date}"),
    # Translators: a month as it follows a verb ("opened in September 2007"); {month} is its
    # name (nominative; {month:genitive} CLDR's format form, {month:in} the form after "in"),
    # {year} the year ({year:ordinal} the Azerbaijani ordinal "2007-ci").
    ("when", "month"): pgettext("when: month", "in {month} {year}"),
    # Translators: a quarter or a half-year as it follows a verb ("in January–June 2022");
    # {first_month} and {last_month} are month names (forms as for "when: month"), {year} the year.
    ("when", "months"): pgettext("when: months", "in {first_month}–{last_month} {year}"),
    # Translators: a year as it follows a verb ("was established in 2021"); {year} is the year
    # ({year:ordinal} the Azerbaijani ordinal "2021-ci").
    ("when", "year"): pgettext("when: year", "in {year}"),
    # Translators: the day a planned event is planned for ("is planned on 17 February 2023");
    # {date} is the day in CLDR's long format; {day}, {month} and {year} its parts.
    ("planned", "day"): pgettext("planned: day", "on {date}"),
    # Translators: the month a planned event is planned for ("is planned in May 2024"); {month}
    # and {year} as in "when: month".
    ("planned", "month"): pgettext("planned: month", "in {month} {year}"),
    # Translators: the quarter or half-year a planned event is planned for; {first_month},
    # {last_month} and {year} as in "when: months".
    ("planned", "months"): pgettext("planned: months", "in {first_month}–{last_month} {year}"),
    # Translators: the year a planned event is planned for ("is planned in 2024"); {year} is the
    # year.
    ("planned", "year"): pgettext("planned: year", "in {year}"),
    # Translators: the day a figure is for ("the figure for 17 February 2023"); {date} is the day
    # in CLDR's long format.
    ("for", "day"): pgettext("for: day", "for {date}"),
    # Translators: the month a figure is for ("the figure for September 2007"); {month} and
    # {year} as in "when: month".
    ("for", "month"): pgettext("for: month", "for {month} {year}"),
    # Translators: the quarter or half-year a figure is for ("the figure for January–June
    # 2022"); {first_month}, {last_month} and {year} as in "when: months".
    ("for", "months"): pgettext("for: months", "for {first_month}–{last_month} {year}"),
    # Translators: the year a figure is for ("the figure for 2021"); {year} is the year.
    ("for", "year"): pgettext("for: year", "for {year}"),
    # Translators: the day a count is given as of, opening a sentence ("as of 17 February 2023,
    # the two countries had signed ..."); {date} is the day in CLDR's long format.
    ("as of", "day"): pgettext("as of: day", "as of {date}"),
    # Translators: the month a count is given as of; {month} and {year} as in "when: month".
    ("as of", "month"): pgettext("as of: month", "as of {month} {year}"),
    # Translators: the quarter or half-year a count is given as of; {first_month},
    # {last_month} and {year} as in "when: months".
    ("as of", "months"): pgettext("as of: months", "as of {first_month}–{last_month} {year}"),
    # Translators: the year a count is given as of; {year} is the year.
    ("as of", "year"): pgettext("as of: year", "as of {year}"),
    # Translators: a day as the bound of a range ("on or after {date}", "from {start} to
    # {end}"): write it in the case your range messages need; {date} is CLDR's long format.
    ("date", "day"): pgettext("date: day", "{date}"),
    # Translators: a month as the bound of a range, in the case your range messages need
    # (Russian genitive "сентября 2007 г."); {month} and {year} as in "when: month".
    ("date", "month"): pgettext("date: month", "{month} {year}"),
    # Translators: a quarter or half-year as the bound of a range, in the case your range
    # messages need; {first_month}, {last_month} and {year} as in "when: months".
    ("date", "months"): pgettext("date: months", "{first_month}–{last_month} {year}"),
    # Translators: a year as the bound of a range, in the case your range messages need
    # (Russian "2021 г."); {year} is the year.
    ("date", "year"): pgettext("date: year", "{year}"),
}

# Translators: a date phrase of an approximate (EDTF "~") date; {phrase} is the whole phrase
# with its preposition ("in 2021"), so put the adverb where it reads right ("приблизительно в
# 2021 году", not "в приблизительно 2021 году").
_APPROXIMATE = pgettext("date phrase", "approximately {phrase}")
# Translators: a date phrase of an uncertain (EDTF "?") date; {phrase} is the whole phrase
# ("in 2021").
_UNCERTAIN = pgettext("date phrase", "{phrase} (uncertain date)")
# Translators: a range open at its start, as it follows a verb; {date} is its end as a range
# bound ("date: ..." messages), {when} the end as it follows a verb ("when: ..." messages).
_ON_OR_BEFORE = pgettext("when: range", "on or before {date}")
# Translators: a range open at its end, as it follows a verb; {date} is its start as a range
# bound ("date: ..." messages), {when} the start as it follows a verb ("when: ..." messages).
_ON_OR_AFTER = pgettext("when: range", "on or after {date}")
# Translators: a range, as it follows a verb; {start} and {end} are its bounds ("date: ..."
# messages), {start_when} and {end_when} the bounds as they follow a verb ("when: ...").
_FROM_TO = pgettext("when: range", "from {start} to {end}")

ROLES = ("when", "planned", "for", "as of", "date")


def _kind(precision: Precision) -> str:
    if precision in {Precision.QUARTER, Precision.HALF}:
        return "months"
    return precision.value


# A season has a message per role and season (_SEASONS); a decade or a century is CLDR's
# interval of its years ("1990–1999"), which takes the role's words around it.
_OTHER_PRECISIONS = {Precision.SEASON, Precision.DECADE, Precision.CENTURY}
_OTHER_ROLES: dict[str, Message] = {
    # Translators: a decade or a century as it follows a verb ("took place in 1990–1999");
    # {date} is CLDR's interval of its years ("1990–1999"; "1990年～1999年" in Japanese).
    "when": pgettext("period", "in {date}"),
    # Translators: a decade or a century a planned event is planned for; {date} as above.
    "planned": pgettext("planned: period", "in {date}"),
    # Translators: a decade or a century a figure is for; {date} as above.
    "for": pgettext("for: period", "for {date}"),
    # Translators: a decade or a century a count is given as of; {date} as above.
    "as of": pgettext("as of: period", "as of {date}"),
    # Translators: a decade or a century as the bound of a range; {date} as above.
    "date": pgettext("date: period", "{date}"),
}


def _other_phrase(value: PartialDate, role: str, loc: Locale) -> str:
    t = translations(loc)
    if value.precision is Precision.SEASON:
        message = _SEASONS[role][(value.season or 1) - 1]
        return translate(message, t).format(year=Year(value.earliest.year, loc))
    return translate(_OTHER_ROLES[role], t).format(date=_plain_date(value, loc))


def _partial_phrase(value: PartialDate, role: str, loc: Locale) -> str:
    from babel import dates  # noqa: PLC0415 - locale data loads on first use

    t = translations(loc)
    if value.precision in _OTHER_PRECISIONS:
        text = _other_phrase(value, role, loc)
        if value.approximate:
            text = translate(_APPROXIMATE, t).format(phrase=text)
        if value.uncertain:
            text = translate(_UNCERTAIN, t).format(phrase=text)
        return text
    first = value.earliest
    text = translate(_PHRASES[role, _kind(value.precision)], t).format(
        date=str(dates.format_date(first, "long", locale=loc)),
        day=first.day,
        month=MonthName(first.month, loc, t),
        first_month=MonthName(first.month, loc, t),
        last_month=MonthName(value.latest.month, loc, t),
        year=Year(first.year, loc),
    )
    if value.approximate:
        text = translate(_APPROXIMATE, t).format(phrase=text)
    if value.uncertain:
        text = translate(_UNCERTAIN, t).format(phrase=text)
    return text


def date_phrase(value: When | dt.date | None, role: str = "when", locale: str = "en") -> str:
    r"""A date as a sentence gives it, in the form its ``role`` needs.

    Roles: ``"when"`` follows a verb ("opened in September 2007"),
    ``"planned"`` says what a plan is for ("planned for May 2024"), ``"for"``
    says what a figure covers ("for January–June 2022"), ``"as of"`` opens a
    sentence about a count, ``"date"`` is the bare date as a range's bound.
    Each precision (day, month, quarter or half-year, year) has its own
    message per role, so each language puts its own case and preposition
    around it:

    >>> date_phrase(PartialDate("2007-09"), locale="ru")
    'в сентябре 2007\u202fг.'
    >>> date_phrase(PartialDate("2022-40"), "for", "lt")
    '2022 m. sausio–birželio mėn.'
    >>> date_phrase(PartialDate("2021"), locale="az")
    '2021-ci ildə'

    A range (of any role) reads "on or after …", "on or before …" or "from …
    to …"; no date at all, "at a date the sources do not give".

    Raises:
        InvalidValueError: ``value`` is not a date, or ``role`` is not one of these.
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    loc = parse_locale(text_locale(locale))
    t = translations(loc)
    if role not in ROLES:
        msg = f"expected one of {', '.join(ROLES)}, got {role!r}"
        raise InvalidValueError(msg, path=("role",))
    if value is None:
        return t.gettext("at a date the sources do not give")
    if isinstance(value, dt.date):
        value = PartialDate.from_date(value)
    if isinstance(value, PartialDate):
        return _partial_phrase(value, role, loc)
    if not isinstance(value, DateRange):
        msg = f"expected a PartialDate, a DateRange or a date, got {value!r}"
        raise InvalidValueError(msg, path=("value",))
    if value.start is None:
        assert value.end is not None  # a range has at least one end  # noqa: S101
        return translate(_ON_OR_BEFORE, t).format(
            date=_partial_phrase(value.end, "date", loc),
            when=_partial_phrase(value.end, "when", loc),
        )
    if value.end is None:
        return translate(_ON_OR_AFTER, t).format(
            date=_partial_phrase(value.start, "date", loc),
            when=_partial_phrase(value.start, "when", loc),
        )
    return translate(_FROM_TO, t).format(
        start=_partial_phrase(value.start, "date", loc),
        end=_partial_phrase(value.end, "date", loc),
        start_when=_partial_phrase(value.start, "when", loc),
        end_when=_partial_phrase(value.end, "when", loc),
    )


def when_phrase(when: When | None, locale: str = "en") -> str:
    """A date as it follows a verb: "on November 20, 1995", "in 2022", "on or after …"."""
    return date_phrase(when, "when", locale)


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


_PLAIN_NUMBER = re.compile(r"[-\d.,]+")


class _Amount:
    """A compact amount: ``{amount}`` short ("42 млн"), ``{amount:long}`` long ("42 миллиона")."""

    def __init__(self, money: Money, loc: Locale) -> None:
        self.money = money
        self.loc = loc

    def __format__(self, spec: str) -> str:
        from babel import numbers  # noqa: PLC0415

        if spec not in {"", "long"}:
            msg = f"unknown form of an amount: {spec!r}"
            raise ValueError(msg)
        amount = self.money.amount
        length: Literal["short", "long"] = "long" if spec else "short"
        with decimal.localcontext(_room(amount)):
            short = str(
                numbers.format_compact_decimal(
                    amount, format_type=length, locale=self.loc, fraction_digits=1
                )
            )
            _, figures, exponent = amount.as_tuple()
            digits = len(figures) + max(0, -int(exponent))
            full = str(
                numbers.format_compact_decimal(
                    amount, format_type=length, locale=self.loc, fraction_digits=digits
                )
            )
            if _PLAIN_NUMBER.fullmatch(short):
                # The locale's compact pattern leaves this amount as it is ("700000"): group
                # its digits as the locale does.
                short = full = str(numbers.format_decimal(amount, locale=self.loc))
        return short if short == full else _approximately(self.loc) + short


# Amounts in running text: a message per currency a journalist names in
# words, and one for every other currency (named by its ISO code).
_MONEY_IN_TEXT: dict[str, Message] = {
    # Translators: an amount of US dollars in running text ("42 млн долл. США", "42 Mio.
    # US-Dollar"); {amount} is the compact number ("42 млн"), {amount:long} its long form ("42
    # миллиона"), both from CLDR.
    "USD": pgettext("money in running text", "${amount}"),
    # Translators: an amount of euros in running text ("42 млн евро"); {amount} and
    # {amount:long} as for US dollars.
    "EUR": pgettext("money in running text", "€{amount}"),
}
# Translators: an amount of any other currency in running text; {amount} and {amount:long} as
# for US dollars, {currency} the ISO 4217 code ("GBP").
_MONEY_ANY = pgettext("money in running text", "{amount} {currency}")
# The same for an amount of a million or more as the compact figure shows it ("42 M",
# "1,5 M"): where a language joins a currency to a million with a word of its own
# (French "42 millions de dollars", Spanish "42 millones de dólares", but "500 dollars"),
# these messages say so. They are the amounts CLDR's plural rules put in the category
# "many" in French, Spanish, Italian and Portuguese (the compact exponent e >= 6).
_MONEY_IN_TEXT_MILLIONS: dict[str, Message] = {
    # Translators: as "money in running text" for US dollars, for an amount of a million or
    # more ("42 M", {amount:long} "42 millions"): French "{amount:long} de dollars". Write
    # the same as for smaller amounts if your language joins them alike.
    "USD": pgettext("money in running text, millions", "${amount}"),
    # Translators: as "money in running text" for euros, for an amount of a million or more:
    # French "{amount:long} d’euros", Spanish "{amount:long} de euros".
    "EUR": pgettext("money in running text, millions", "€{amount}"),
}
# Translators: as "money in running text" for any other currency, for an amount of a
# million or more; {currency} is the ISO 4217 code.
_MONEY_ANY_MILLIONS = pgettext("money in running text, millions", "{amount} {currency}")
# One decimal rounds this and more to a million ("1 M").
_A_MILLION_ROUNDED = Decimal(999950)


def money_phrase(money: Money, locale: str = "en") -> str:
    r"""An amount as a sentence gives it: the compact figure and the currency in words.

    An amount of a million or more as the compact figure shows it has
    messages of its own (context "money in running text, millions"), for the
    languages that join the currency to it with a word (French "42 millions de
    dollars" but "500 dollars"); Turkish writes both alike:

    >>> money_phrase(Money("42000000", "USD"), "tr"), money_phrase(Money("500", "USD"), "tr")
    ('42 milyon dolar', '500 dolar')

    >>> money_phrase(Money("42000000", "USD"), "ru")
    '42\xa0млн долл. США'

    Raises:
        InvalidValueError: ``money`` is not :class:`Money`.
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    value = _check_money(money)
    loc = parse_locale(text_locale(locale))
    t = translations(loc)
    if abs(value.amount) >= _A_MILLION_ROUNDED:
        message = _MONEY_IN_TEXT_MILLIONS.get(value.currency, _MONEY_ANY_MILLIONS)
    else:
        message = _MONEY_IN_TEXT.get(value.currency, _MONEY_ANY)
    return translate(message, t).format(amount=_Amount(value, loc), currency=value.currency)


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
    """A span in calendar units as prose lists it, from CLDR unit and list patterns.

    An :class:`Age` that is a range reads "between … and …".

    >>> d = CalendarDuration(years=27, months=2, days=28)
    >>> format_duration(d)
    '27 years, 2 months, and 28 days'
    >>> format_duration(d, "ru")
    '27 лет, 2 месяца и 28 дней'

    Raises:
        InvalidValueError: ``duration`` is not a duration or an age.
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    if isinstance(duration, Age):
        if duration.exact:
            return format_duration(duration.longest, locale)
        # Translators: an age known only between two spans; {shortest} and {longest} are
        # durations ("27 years, 2 months and 28 days").
        text = _standalone(parse_locale(locale)).gettext("between {shortest} and {longest}")
        return text.format(
            shortest=format_duration(duration.shortest, locale),
            longest=format_duration(duration.longest, locale),
        )
    if not isinstance(duration, CalendarDuration):
        msg = f"duration: expected a CalendarDuration or an Age, got {duration!r}"
        raise InvalidValueError(msg)
    from babel.lists import format_list  # noqa: PLC0415

    return str(format_list(duration_parts(duration, locale), locale=parse_locale(locale)))
