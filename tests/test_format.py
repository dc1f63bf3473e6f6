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
    LocaleFallbackWarning,
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
from bilateral._text.catalog import catalog_languages
from bilateral._text.format import date_phrase, duration_parts, money_phrase
from bilateral._text.grammar import az_ordinal_suffix
from bilateral._values.dates import parse_when
from tests.strategies import countries, date_ranges, money, partial_dates

READERS = list(catalog_languages())
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


@pytest.mark.parametrize(
    ("when", "role", "locale", "expected"),
    [
        # Each precision in each role, with the case and preposition the language needs.
        ("2007-09", "when", "ru", "в сентябре 2007\u202fг."),
        ("2022-40", "when", "ru", "в январе — июне 2022\u202fг."),
        ("2021", "when", "ru", "в 2021 году"),
        ("2021~", "when", "ru", "приблизительно в 2021 году"),
        ("2021", "for", "ru", "за 2021 год"),
        ("2022-40", "for", "ru", "за январь — июнь 2022\u202fг."),
        ("2023-02-17/..", "when", "ru", "не ранее 17 февраля 2023\u202fг."),
        ("2007-09/2009-03", "when", "ru", "с сентября 2007\u202fг. до марта 2009\u202fг."),
        ("2007-09", "when", "lt", "2007 m. rugsėjį"),
        ("2022-40", "when", "lt", "2022 m. sausio–birželio mėn."),
        ("2021", "for", "lt", "2021 m."),
        ("2007-09", "when", "az", "2007-ci ilin sentyabrında"),
        ("2022-40", "when", "az", "2022-ci ilin yanvar–iyun aylarında"),
        ("2021", "when", "az", "2021-ci ildə"),
        ("2023", "when", "az", "2023-cü ildə"),
        ("2023-02-17", "when", "az", "17 fevral 2023-cü il tarixində"),
        ("2022-40", "for", "az", "2022-ci ilin yanvar–iyun ayları üzrə"),
        ("2007-09", "when", "en", "in September 2007"),
        ("2022-40", "for", "en", "for January–June 2022"),
        ("2021?", "when", "en", "in 2021 (uncertain date)"),
    ],
)
def test_date_phrases_per_precision_and_role(when, role, locale, expected):
    assert expected == date_phrase(parse_when(when), role, locale)


@pytest.mark.parametrize(
    ("number", "suffix"),
    [
        (2021, "ci"),
        (2022, "ci"),
        (2023, "cü"),
        (2024, "cü"),
        (2025, "ci"),
        (2026, "cı"),
        (2027, "ci"),
        (2028, "ci"),
        (2029, "cu"),
        (2010, "cu"),
        (2020, "ci"),
        (2030, "cu"),
        (2040, "cı"),
        (2050, "ci"),
        (2060, "cı"),
        (2070, "ci"),
        (2080, "ci"),
        (2090, "cı"),
        (1900, "cü"),
        (2000, "ci"),
        (1995, "ci"),
        (1, "ci"),
        (100, "cü"),
        (1000, "ci"),
    ],
)
def test_azerbaijani_ordinal_suffixes_follow_the_last_spoken_word(number, suffix):
    assert suffix == az_ordinal_suffix(number)


def test_a_date_phrase_refuses_an_unknown_role():
    with pytest.raises(InvalidValueError):
        date_phrase(PartialDate("2021"), "during")


@pytest.mark.parametrize(
    ("amount", "locale", "expected"),
    [
        ("42000000", "en", "$42M"),
        ("42000000", "ru", "42\xa0млн долл. США"),
        ("14400000", "lt", "14,4\xa0mln. JAV dolerių"),
        ("42000000", "az", "42\xa0mln ABŞ dolları"),
        ("42000000", "ru_RU", "42\xa0млн долл. США"),
    ],
)
def test_money_in_running_text_names_the_currency_in_words(amount, locale, expected):
    assert expected == money_phrase(Money(amount, "USD"), locale)


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
def test_durations_are_cldr_units_in_cldrs_list_of_prose(locale):
    parts = [
        units.format_unit(27, "duration-year", length="long", locale=locale),
        units.format_unit(2, "duration-month", length="long", locale=locale),
        units.format_unit(28, "duration-day", length="long", locale=locale),
    ]

    assert lists.format_list(parts, locale=locale) == format_duration(SPAN, locale)


def test_durations_in_english_lithuanian_and_russian():
    assert "27 years, 2 months, and 28 days" == format_duration(SPAN)
    assert "27 metai, 2 mėnesiai ir 28 dienos" == format_duration(SPAN, "lt")
    assert "27 лет, 2 месяца и 28 дней" == format_duration(SPAN, "ru")
    assert "0 days" == format_duration(CalendarDuration(0, 0, 0))
    assert "1 year" == format_duration(CalendarDuration(1, 0, 0))


def test_an_age_range_reads_between():
    age = Age(shortest=CalendarDuration(15, 4, 18), longest=CalendarDuration(15, 5, 16))

    assert "between 15 years, 4 months, and 18 days and 15 years, 5 months, and 16 days" == (
        format_duration(age)
    )
    assert "27 years, 2 months, and 28 days" == format_duration(Age(SPAN, SPAN))


@pytest.mark.parametrize("locale", ["it", "pt_BR"])
def test_a_standalone_date_is_cldrs_in_a_locale_without_a_catalog(locale, recwarn):
    months = dates.format_interval(
        dt.date(2022, 1, 1), dt.date(2022, 6, 30), skeleton="yMMMM", locale=locale
    )
    day = dates.format_date(dt.date(2023, 2, 17), "long", locale=locale)

    assert months == format_date(PartialDate("2022-40"), locale)
    assert "January" not in format_date(PartialDate("2022-01"), locale)
    # The few words of the library's own are signs, never English.
    assert f"{day} – …" == format_date(DateRange("2023-02-17/.."), locale)
    assert f"… – {day}" == format_date(DateRange("../2023-02-17"), locale)
    assert format_date(PartialDate("2022~"), locale).endswith("2022")
    assert format_date(PartialDate("2022?"), locale) == "2022?"
    age = Age(shortest=CalendarDuration(15, 4, 18), longest=CalendarDuration(15, 5, 16))
    assert (
        f"{format_duration(age.shortest, locale)} – {format_duration(age.longest, locale)}"
        == format_duration(age, locale)
    )
    # Nothing fell back, so nothing warns; a sentence still does (see test_describe).
    assert not [w for w in recwarn if w.category is LocaleFallbackWarning]


@pytest.mark.filterwarnings("ignore::bilateral.LocaleFallbackWarning")
def test_every_locale_formats_every_piece():
    for locale in ALL_LOCALES:
        parts = duration_parts(SPAN, locale)
        text = format_duration(SPAN, locale)

        assert lists.format_list(parts, locale=locale) == text, locale
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


@pytest.mark.filterwarnings("ignore::bilateral.LocaleFallbackWarning")
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
    assert date_phrase(when, "when", locale)
    assert money_phrase(amount, locale)
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
