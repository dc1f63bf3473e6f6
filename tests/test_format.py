from __future__ import annotations

import datetime as dt
import decimal
import subprocess
import sys
from decimal import Decimal

import pytest
from babel import Locale, dates, lists, numbers, units
from babel.localedata import locale_identifiers
from hypothesis import given
from hypothesis import strategies as st

from bilateral import (
    Age,
    CalendarDuration,
    Country,
    DateRange,
    InvalidValueError,
    Money,
    PartialDate,
    UnknownLocaleError,
    format_country,
    format_date,
    format_duration,
    format_money,
    format_number,
    format_percent,
)
from bilateral._text.format import duration_parts, unit_list_patterns
from tests.strategies import countries, date_ranges, money, partial_dates

READERS = ["en", "az", "lt", "ru"]
ALL_LOCALES = sorted(locale_identifiers())
SPAN = CalendarDuration(years=27, months=2, days=28)


@pytest.mark.parametrize("locale", READERS)
def test_country_names_are_cldr_territory_names(locale):
    expected = Locale.parse(locale).territories["AZ"]

    assert expected == format_country("AZ", locale)
    assert expected == format_country(Country("AZE"), locale)


def test_a_missing_territory_name_falls_back_to_the_code():
    locale = next(loc for loc in ALL_LOCALES if "LT" not in Locale.parse(loc).territories)

    assert "LT" == format_country("LT", locale)
    assert "LT" == Country("LT").name(locale)


def test_country_name_refuses_an_unknown_locale():
    with pytest.raises(UnknownLocaleError, match="got 'xx'"):
        Country("LT").name("xx")


@pytest.mark.parametrize("locale", READERS)
def test_dates_at_each_precision_are_babels(locale):
    assert dates.format_date(dt.date(1995, 11, 20), "long", locale=locale) == format_date(
        PartialDate("1995-11-20"), locale
    )
    assert dates.format_date(dt.date(1995, 11, 20), "long", locale=locale) == format_date(
        dt.date(1995, 11, 20), locale
    )
    assert dates.format_skeleton("yMMMM", dt.date(2007, 9, 1), locale=locale) == format_date(
        PartialDate("2007-09"), locale
    )
    assert dates.format_skeleton("y", dt.date(2022, 1, 1), locale=locale) == format_date(
        PartialDate("2022"), locale
    )
    assert dates.format_interval(
        dt.date(2022, 1, 1), dt.date(2022, 6, 30), skeleton="yMMMM", locale=locale
    ) == format_date(PartialDate("2022-40"), locale)
    assert dates.format_interval(
        dt.date(2022, 7, 1), dt.date(2022, 9, 30), skeleton="yMMMM", locale=locale
    ) == format_date(PartialDate("2022-35"), locale)


def test_english_dates_read_as_people_write_them():
    assert "January\u2009–\u2009June 2022" == format_date(PartialDate("2022-40"))
    assert "about 2022" == format_date(PartialDate("2022~"))
    assert "September 2007 (uncertain)" == format_date(PartialDate("2007-09?"))
    assert "about November 20, 1995 (uncertain)" == format_date(PartialDate("1995-11-20%"))
    assert "on or after February 17, 2023" == format_date(DateRange("2023-02-17/.."))
    assert "on or before February 17, 2023" == format_date(DateRange("../2023-02-17"))
    assert "from 2021 to January\u2009–\u2009June 2022" == format_date(DateRange("2021/2022-40"))


@pytest.mark.parametrize(
    ("locale", "approximate", "open_end"),
    [
        ("az", "təxminən 2022", "17 fevral 2023 tarixində və ya ondan sonra"),
        ("lt", "apytiksliai 2022", "2023 m. vasario 17 d. arba vėliau"),
        ("ru", "приблизительно 2022", "17 февраля 2023\u202fг. или позже"),
    ],
)
def test_marks_and_open_ends_are_translated(locale, approximate, open_end):
    assert approximate == format_date(PartialDate("2022~"), locale)
    assert open_end == format_date(DateRange("2023-02-17/.."), locale)


@pytest.mark.parametrize("locale", READERS)
def test_money_is_babels(locale):
    value = Money("14400000", "USD")

    assert numbers.format_currency(Decimal(14400000), "USD", locale=locale) == format_money(
        value, locale
    )
    assert numbers.format_compact_currency(
        Decimal(14400000), "USD", locale=locale, fraction_digits=1
    ) == format_money(value, locale, compact=True)


def test_compact_money_keeps_one_decimal_where_it_matters():
    assert "$14.4M" == format_money(Money("14400000", "USD"), compact=True)
    assert "$42M" == format_money(Money("42000000", "USD"), compact=True)
    assert "14,4\xa0mln.\xa0USD" == format_money(Money("14400000", "USD"), "lt", compact=True)


@pytest.mark.parametrize("locale", READERS)
def test_percentages_have_one_decimal(locale):
    expected = numbers.format_percent(Decimal("-0.314"), locale=locale, decimal_quantization=False)

    assert expected == format_percent(Decimal("-0.3142857"), locale)
    assert numbers.format_percent(Decimal("0.3"), locale=locale) == format_percent(
        Decimal("0.3"), locale
    )


@pytest.mark.parametrize("locale", READERS)
def test_numbers_are_babels(locale):
    assert numbers.format_decimal(42000000, locale=locale) == format_number(42000000, locale)


@pytest.mark.parametrize("locale", READERS)
def test_durations_are_cldr_units_in_a_cldr_unit_list(locale):
    parts = [
        units.format_unit(27, "duration-year", length="long", locale=locale),
        units.format_unit(2, "duration-month", length="long", locale=locale),
        units.format_unit(28, "duration-day", length="long", locale=locale),
    ]

    patterns = unit_list_patterns(locale)
    expected = patterns["end"].format(patterns["start"].format(*parts[:2]), parts[2])

    assert expected == format_duration(SPAN, locale)


def test_durations_in_english_and_lithuanian():
    assert "27 years, 2 months, 28 days" == format_duration(SPAN)
    assert "27 metai 2 mėnesiai ir 28 dienos" == format_duration(SPAN, "lt")
    assert "0 days" == format_duration(CalendarDuration(0, 0, 0))
    assert "1 year" == format_duration(CalendarDuration(1, 0, 0))


def test_an_age_range_reads_between():
    age = Age(shortest=CalendarDuration(15, 4, 18), longest=CalendarDuration(15, 5, 16))

    assert "between 15 years, 4 months, 18 days and 15 years, 5 months, 16 days" == (
        format_duration(age)
    )
    assert "27 years, 2 months, 28 days" == format_duration(Age(SPAN, SPAN))


def test_unit_lists_resolve_missing_parts_as_cldr_does():
    # ro defines only the two-item pattern of the "unit" style; babel gives up.
    with pytest.raises(KeyError):
        lists.format_list(["a", "b", "c"], style="unit", locale="ro")
    ro = Locale.parse("ro").list_patterns

    assert ro["unit"]["2"] == unit_list_patterns("ro")["2"]
    assert ro["unit-short"]["end"] == unit_list_patterns("ro")["end"]
    assert ro["standard"]["start"] == unit_list_patterns("ro")["start"]
    assert "27 de ani, 2 luni, 28 de zile" == format_duration(SPAN, "ro")
    assert "1 an și 2 luni" == format_duration(CalendarDuration(1, 2, 0), "ro")


def test_every_locale_formats_every_piece():
    for locale in ALL_LOCALES:
        parts = duration_parts(SPAN, locale)
        patterns = unit_list_patterns(locale)
        text = format_duration(SPAN, locale)

        assert set(patterns) >= {"start", "middle", "end", "2"}, locale
        assert all(part in text for part in parts), locale
        try:
            expected = lists.format_list(parts, style="unit", locale=locale)
        except (KeyError, ValueError):
            expected = patterns["end"].format(patterns["start"].format(*parts[:2]), parts[2])
        assert expected == text, locale
        assert dates.format_interval(
            dt.date(2022, 1, 1), dt.date(2022, 6, 30), skeleton="yMMMM", locale=locale
        ) == format_date(PartialDate("2022-40"), locale)
        short = numbers.format_compact_currency(
            Decimal(14400000), "USD", locale=locale, fraction_digits=1
        )
        exact = numbers.format_compact_currency(
            Decimal(14400000), "USD", locale=locale, fraction_digits=8
        )
        compact = format_money(Money("14400000", "USD"), locale, compact=True)
        # Where one decimal rounds (1.4 crore for 14.4 million), it is marked.
        assert compact == short if short == exact else compact.endswith(short), locale
        assert (short != exact) == (compact != short), locale


@given(
    st.sampled_from(ALL_LOCALES),
    partial_dates() | date_ranges(),
    money,
    countries,
    st.integers(0, 10**40),
)
def test_any_locale_formats_any_value(locale, when, amount, country, number):
    with decimal.localcontext(prec=80):
        full = numbers.format_currency(amount.amount, amount.currency, locale=locale)
        plain = numbers.format_decimal(number, locale=locale)
    names = Locale.parse(locale).territories

    assert format_date(when, locale)
    assert full == format_money(amount, locale)
    assert format_money(amount, locale, compact=True)
    assert names.get(country.code, country.code) == format_country(country, locale)
    assert plain == format_number(number, locale)


@pytest.mark.parametrize("locale", ["xx", "", "en_XX_YY", "de--DE", "not a locale"])
def test_unknown_locales_are_refused(locale):
    with pytest.raises(UnknownLocaleError, match="locale: ") as info:
        format_date(PartialDate("2022"), locale)

    assert isinstance(info.value, ValueError)


def test_a_locale_must_be_a_string():
    with pytest.raises(UnknownLocaleError, match="locale: expected a locale identifier"):
        format_country("LT", None)  # type: ignore[arg-type]


def test_dash_separated_locales_work():
    assert format_date(PartialDate("2022"), "lt_LT") == format_date(PartialDate("2022"), "lt-LT")


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: format_date("2022"), "value: expected a PartialDate"),  # type: ignore[arg-type]
        (lambda: format_money(Decimal(1)), "money: expected Money"),  # type: ignore[arg-type]
        (lambda: format_percent(0.5), "ratio: expected a Decimal"),  # type: ignore[arg-type]
        (lambda: format_percent(Decimal("NaN")), "ratio: expected a finite number"),
        (lambda: format_duration(3), "duration: expected a CalendarDuration"),  # type: ignore[arg-type]
    ],
)
def test_wrong_values_are_refused(call, match):
    with pytest.raises(InvalidValueError, match=match):
        call()


def test_importing_bilateral_loads_no_locale_data():
    code = (
        "import sys, bilateral, babel.localedata as data\n"
        "loaded = [m for m in ('babel.dates', 'babel.numbers', 'babel.units', 'babel.lists',"
        " 'babel.messages') if m in sys.modules]\n"
        "print(len(data._cache), loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )

    assert "0 []" == result.stdout.strip()


@pytest.mark.parametrize(
    ("amount", "locale", "expected"),
    [
        ("14400000", "en", "$14.4M"),
        ("14450000", "en", "~$14.4M"),
        ("999999", "en", "~$1M"),
        ("999999", "ru", "≈1\xa0млн\xa0$"),
        ("42000000", "ru", "42\xa0млн\xa0$"),
    ],
)
def test_compact_money_that_rounds_says_so(amount, locale, expected):
    assert expected == format_money(Money(amount, "USD"), locale, compact=True)
