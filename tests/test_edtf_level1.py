"""EDTF level 1's seasons and unspecified digits, with the bounds of the ``edtf`` package."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral import (
    DateRange,
    Flow,
    InvalidDateError,
    InvalidValueError,
    Money,
    PartialDate,
    Precision,
    TradePeriod,
    age,
    anniversary,
    format_date,
    parse_when,
)
from tests.strategies import level1_dates


def _day(struct: time.struct_time) -> dt.date:
    return dt.date(struct.tm_year, struct.tm_mon, struct.tm_mday)


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("2022-21", Precision.SEASON, dt.date(2022, 3, 1), dt.date(2022, 5, 31)),
        ("2022-22", Precision.SEASON, dt.date(2022, 6, 1), dt.date(2022, 8, 31)),
        ("2022-23", Precision.SEASON, dt.date(2022, 9, 1), dt.date(2022, 11, 30)),
        # The edtf package keeps winter inside its year: December alone.
        ("2022-24", Precision.SEASON, dt.date(2022, 12, 1), dt.date(2022, 12, 31)),
        ("199X", Precision.DECADE, dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
        ("19XX", Precision.CENTURY, dt.date(1900, 1, 1), dt.date(1999, 12, 31)),
        ("001X", Precision.DECADE, dt.date(10, 1, 1), dt.date(19, 12, 31)),
        ("2022-XX", Precision.YEAR, dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
        ("2022-XX-XX", Precision.YEAR, dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
        ("2022-05-XX", Precision.MONTH, dt.date(2022, 5, 1), dt.date(2022, 5, 31)),
        ("2024-02-XX", Precision.MONTH, dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("199X~", Precision.DECADE, dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
        ("2022-21?", Precision.SEASON, dt.date(2022, 3, 1), dt.date(2022, 5, 31)),
    ],
)
def test_level1_dates_have_their_bounds(text, precision, earliest, latest):
    date = PartialDate(text)
    assert (date.precision, date.earliest, date.latest) == (precision, earliest, latest)
    assert date.edtf == str(date) == text
    assert PartialDate(date.edtf) == date
    assert parse_when(text) == date


def test_parts_build_the_same_dates():
    assert PartialDate(2022, season=1) == PartialDate("2022-21")
    assert PartialDate(1990, unspecified_digits=1) == PartialDate("199X")
    assert PartialDate(1900, unspecified_digits=2) == PartialDate("19XX")
    assert PartialDate(2022, 5, unspecified_parts=1) == PartialDate("2022-05-XX")
    assert PartialDate(2022, unspecified_parts=2) == PartialDate("2022-XX-XX")


def test_unspecified_parts_keep_their_string_but_not_their_bounds():
    assert PartialDate("2022-XX") != PartialDate("2022")
    assert (PartialDate("2022-XX").earliest, PartialDate("2022-XX").latest) == (
        PartialDate("2022").earliest,
        PartialDate("2022").latest,
    )


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("2021-20", "month 20"),
        ("2021-25", "month 25"),  # level 2's hemispheric seasons
        ("2021-32", "month 32"),
        ("2021-37", "month 37"),  # level 2's quadrimesters
        ("2021-39", "month 39"),
        ("2021-42", "month 42"),
        ("2022-XX-05", "a day of an unspecified month"),
        ("19X5", r"X\) stand only at the end"),
        ("X999", r"X\) stand only at the end"),
        ("199X-05", "unspecified year digit is followed"),
        ("000X", "includes the year 0000"),
        ("00XX", "includes the year 0000"),
        ("2022-05-xx", "not an EDTF date"),
        ("2022-21-01", "month 21; expected 01 to 12"),
        ("1XXX", "not an EDTF date"),
    ],
)
def test_invalid_level1_strings_are_refused(text, match):
    with pytest.raises(InvalidDateError, match=match) as info:
        PartialDate(text)
    assert info.value.path == ("edtf",)


@pytest.mark.parametrize(
    ("kwargs", "path", "match"),
    [
        ({"year": 1995, "unspecified_digits": 1}, ("year",), "multiple of 10"),
        ({"year": 1950, "unspecified_digits": 2}, ("year",), "multiple of 100"),
        ({"year": 1990, "unspecified_digits": 3}, ("unspecified_digits",), "0 to 2"),
        ({"year": 1990, "month": 5, "unspecified_digits": 1}, ("unspecified_digits",), "no month"),
        ({"year": 2022, "season": 5}, ("season",), "1 to 4"),
        ({"year": 2022, "season": 1, "unspecified_parts": 1}, ("unspecified_parts",), "a season"),
        ({"year": 2022, "month": 5, "unspecified_parts": 2}, ("unspecified_parts",), "at most 1"),
        (
            {"year": 2022, "month": 5, "day": 1, "unspecified_parts": 1},
            ("unspecified_parts",),
            "a day",
        ),
    ],
)
def test_invalid_level1_parts_are_refused(kwargs, path, match):
    with pytest.raises(InvalidDateError, match=match) as info:
        PartialDate(**kwargs)
    assert info.value.path == path


def test_season_and_quarter_are_not_both_given():
    with pytest.raises(InvalidDateError, match="got quarter and season"):
        PartialDate(2022, quarter=1, season=1)


@pytest.mark.parametrize("text", ["2022-21", "2022-24", "199X", "19XX", "2022-XX", "2022-05-XX"])
def test_trade_periods_refuse_seasons_decades_and_unspecified_parts(text):
    with pytest.raises(InvalidValueError, match="a trade period is a year") as info:
        TradePeriod(Flow.TURNOVER, PartialDate(text), Money("1", "USD"))
    assert info.value.path == ("period",)


def test_a_season_is_not_a_statistical_period():
    with pytest.raises(InvalidValueError, match="a season is not a statistical period"):
        TradePeriod(Flow.TURNOVER, PartialDate("2022-21"), Money("1", "USD"))


def test_decades_have_no_anniversary_at_their_precision():
    with pytest.raises(InvalidDateError, match="is a decade"):
        anniversary(PartialDate("199X"), 10)
    assert anniversary(PartialDate("2000-22"), 5).when == PartialDate("2005-22")
    assert anniversary(PartialDate("2000-05-XX"), 5).when == PartialDate("2005-05-XX")


def test_age_of_a_decade_is_a_range():
    span = age(PartialDate("199X"), dt.date(2023, 1, 1))
    assert (span.longest.years, span.shortest.years) == (33, 23)


def test_ranges_take_level1_ends():
    span = DateRange("199X/2022-21")
    assert (span.earliest, span.latest) == (dt.date(1990, 1, 1), dt.date(2022, 5, 31))
    assert DateRange(span.edtf) == span


def test_sorting_places_a_decade_before_the_years_it_contains_that_start_later():
    dates = [PartialDate("1995"), PartialDate("199X"), PartialDate("1990-21"), PartialDate("1990")]
    assert [d.edtf for d in sorted(dates)] == ["1990", "199X", "1990-21", "1995"]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("2022-21", "en", "spring 2022"),
        ("2022-24", "en", "winter 2022"),
        ("2022-23", "ru", "осень 2022\u202fг."),
        ("2022-22", "lt", "2022 m. vasara"),
        ("2022-21", "az", "2022-ci ilin yazı"),
        ("199X", "en", "1990\u2009\u2013\u20091999"),
        ("19XX", "en", "1900\u2009\u2013\u20091999"),
        ("2022-XX", "en", "2022"),
        ("2022-05-XX", "en", "May 2022"),
        ("2022-21~", "en", "about spring 2022"),
    ],
)
def test_level1_dates_in_words(text, locale, expected):
    assert format_date(PartialDate(text), locale) == expected


@given(level1_dates())
def test_level1_dates_round_trip(date):
    assert PartialDate(date.edtf) == date
    assert date.earliest <= date.latest


# --- The bounds agree with the edtf package -----------------------------------


@given(level1_dates(qualified=False))
def test_bounds_match_the_edtf_package(date):
    edtf = pytest.importorskip("edtf")
    parsed = edtf.parse_edtf(date.edtf)
    assert (date.earliest, date.latest) == (
        _day(parsed.lower_strict()),
        _day(parsed.upper_strict()),
    )


@given(st.integers(1, 9999), st.integers(21, 24))
def test_season_bounds_match_the_edtf_package(year, code):
    edtf = pytest.importorskip("edtf")
    parsed = edtf.parse_edtf(f"{year:04d}-{code}")
    date = PartialDate(f"{year:04d}-{code}")
    assert (date.earliest, date.latest) == (
        _day(parsed.lower_strict()),
        _day(parsed.upper_strict()),
    )
