from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from bilateral import (
    BilateralError,
    CalendarDuration,
    DateRange,
    InvalidDateError,
    InvalidValueError,
    PartialDate,
    Precision,
    age,
    anniversary,
    calendar_difference,
    next_anniversary,
    parse_when,
)
from tests.strategies import date_ranges, days, partial_dates


class TestPartialDate:
    @pytest.mark.parametrize(
        ("text", "precision", "earliest", "latest"),
        [
            ("1995-11-20", Precision.DAY, dt.date(1995, 11, 20), dt.date(1995, 11, 20)),
            ("2007-09", Precision.MONTH, dt.date(2007, 9, 1), dt.date(2007, 9, 30)),
            ("2022", Precision.YEAR, dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
            ("2022-40", Precision.HALF, dt.date(2022, 1, 1), dt.date(2022, 6, 30)),
            ("2022-41", Precision.HALF, dt.date(2022, 7, 1), dt.date(2022, 12, 31)),
            ("2022-33", Precision.QUARTER, dt.date(2022, 1, 1), dt.date(2022, 3, 31)),
            ("2024-34", Precision.QUARTER, dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
            ("2024-02", Precision.MONTH, dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
            ("2023-02", Precision.MONTH, dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
        ],
    )
    def test_parse_bounds(self, text, precision, earliest, latest):
        date = PartialDate(text)

        assert precision is date.precision
        assert earliest == date.earliest
        assert latest == date.latest
        assert text == date.edtf == str(date)

    @pytest.mark.parametrize(
        ("text", "uncertain", "approximate"),
        [
            ("2022?", True, False),
            ("2022-05~", False, True),
            ("2022-05-01%", True, True),
        ],
    )
    def test_qualifiers(self, text, uncertain, approximate):
        date = PartialDate(text)

        assert (uncertain, approximate) == (date.uncertain, date.approximate)
        assert text == date.edtf
        assert not date.is_exact

    def test_parts_and_string_are_the_same_value(self):
        assert PartialDate("2022-40") == PartialDate(2022, half=1)
        assert PartialDate("2022-35") == PartialDate(2022, quarter=3)
        assert PartialDate("2007-09") == PartialDate(2007, 9)

    def test_repr_reads_like_the_call(self):
        assert 'PartialDate("2007-09")' == repr(PartialDate(2007, 9))

    @pytest.mark.parametrize(
        ("text", "match"),
        [
            ("2022-13", "month 13"),
            ("2023-02-30", "February 2023 has 28 days"),
            ("2022-02-29", "February 2022 has 28 days"),
            ("2022-00", "month 00"),
            ("2022-25", "month 25"),
            ("2022-42", "month 42"),
            ("garbage", "not an EDTF date"),
            ("22", "not an EDTF date"),
            ("2022-1", "not an EDTF date"),
            ("0000", "year 0000"),
            ("2022-40-01", "month 40"),
            ("2022??", "not an EDTF date"),
            (" 2022", "not an EDTF date"),
        ],
    )
    def test_invalid_strings_are_rejected(self, text, match):
        with pytest.raises(InvalidDateError, match=match) as info:
            PartialDate(text)

        assert isinstance(info.value, ValueError)
        assert isinstance(info.value, BilateralError)
        assert repr(text) in str(info.value)

    @pytest.mark.parametrize(
        ("kwargs", "match"),
        [
            ({"year": 2022, "month": 13}, r"month: expected 1 to 12, got 13"),
            ({"year": 2022, "month": 2, "day": 29}, r"day: expected 1 to 28, got 29"),
            ({"year": 2022, "day": 3}, r"day: a day \(3\) needs a month"),
            (
                {"year": 2022, "month": 1, "half": 1},
                "give one of month, quarter, half or season",
            ),
            ({"year": 2022, "quarter": 5}, r"quarter: expected 1 to 4, got 5"),
            ({"year": 2022, "half": 0}, r"half: expected 1 to 2, got 0"),
            ({"year": 10000}, r"year: expected 1 to 9999, got 10000"),
            ({"year": True}, r"year: expected an integer, got True"),
            ({"year": 2022.0}, r"year: expected an integer, got 2022.0"),
            (
                {"year": 2022, "uncertain": 1},
                r"uncertain: expected True or False, got 1",
            ),
        ],
    )
    def test_invalid_parts_are_rejected(self, kwargs, match):
        with pytest.raises(InvalidDateError, match=match):
            PartialDate(**kwargs)

    def test_string_and_parts_together_are_rejected(self):
        with pytest.raises(InvalidDateError, match="not both"):
            PartialDate("2022", 5)  # type: ignore[call-overload]

    @given(partial_dates())
    def test_edtf_round_trip(self, date):
        assert date == PartialDate(date.edtf)

    @given(partial_dates())
    def test_bounds_are_ordered_and_contained(self, date):
        assert date.earliest <= date.latest
        assert date.contains(date.earliest)
        assert date.contains(date.latest)
        assert not date.contains(date.latest + dt.timedelta(days=1)) or date.latest == dt.date.max

    @given(partial_dates(), partial_dates())
    def test_order_is_total_and_consistent_with_eq(self, a, b):
        assert (a < b) + (a == b) + (a > b) == 1
        assert (a <= b) == (a < b or a == b)
        assert (a >= b) == (a > b or a == b)

    @given(partial_dates(), partial_dates())
    def test_order_follows_earliest_day(self, a, b):
        if a.earliest < b.earliest:
            assert a < b

    def test_coarser_date_sorts_by_its_first_day(self):
        dates = [
            PartialDate("2022-05"),
            PartialDate("2022"),
            PartialDate("2022-40"),
            PartialDate("2021-12-31"),
        ]

        assert ["2021-12-31", "2022-40", "2022", "2022-05"] == [d.edtf for d in sorted(dates)]

    def test_comparison_with_other_types_is_not_supported(self):
        with pytest.raises(TypeError):
            _ = PartialDate("2022") < "2023"  # type: ignore[operator]

    def test_frozen(self):
        date = PartialDate("2022")

        with pytest.raises(AttributeError):
            date.year = 2023  # type: ignore[misc]


class TestDateRange:
    def test_open_end(self):
        soon = DateRange("2023-02-17/..")

        assert PartialDate("2023-02-17") == soon.start
        assert soon.end is None
        assert dt.date(2023, 2, 17) == soon.earliest
        assert soon.latest is None
        assert soon.contains(dt.date(2100, 1, 1))
        assert not soon.contains(dt.date(2023, 2, 16))
        assert 'DateRange("2023-02-17/..")' == repr(soon)

    def test_open_start(self):
        before = DateRange("../2023-02-17")

        assert before.earliest is None
        assert dt.date(2023, 2, 17) == before.latest
        assert before.contains(dt.date(1900, 1, 1))

    def test_closed(self):
        span = DateRange("2021/2022-40")

        assert (dt.date(2021, 1, 1), dt.date(2022, 6, 30)) == (
            span.earliest,
            span.latest,
        )

    @pytest.mark.parametrize(
        ("text", "match"),
        [
            ("../..", "both ends are open"),
            ("2023/2022", "start '2023' is after end '2022'"),
            ("2022/", "unknown end"),
            ("/2022", "unknown end"),
            ("2022/2023/2024", "not an EDTF interval"),
            ("2022-13/..", "month 13"),
        ],
    )
    def test_invalid(self, text, match):
        with pytest.raises(InvalidDateError, match=match):
            DateRange(text)

    def test_ends_must_be_partial_dates(self):
        with pytest.raises(InvalidDateError, match="start: expected a PartialDate"):
            DateRange(dt.date(2022, 1, 1), None)  # type: ignore[call-overload]

    @given(date_ranges())
    def test_edtf_round_trip(self, span):
        assert span == DateRange(span.edtf)
        assert span == parse_when(span.edtf)

    @given(partial_dates())
    def test_parse_when_gives_partial_dates(self, date):
        assert date == parse_when(date.edtf)


def _oracle(start: dt.date, end: dt.date) -> tuple[int, int, int]:
    delta = relativedelta(end, start)
    return (delta.years, delta.months, delta.days)


class TestCalendarDifference:
    def test_the_article_example(self):
        assert CalendarDuration(years=27, months=2, days=28) == calendar_difference(
            dt.date(1995, 11, 20), dt.date(2023, 2, 17)
        )

    @pytest.mark.parametrize(
        ("start", "end", "expected"),
        [
            (dt.date(2020, 1, 31), dt.date(2020, 2, 29), (0, 1, 0)),
            (dt.date(2020, 1, 31), dt.date(2020, 3, 1), (0, 1, 1)),
            (dt.date(2020, 2, 29), dt.date(2021, 2, 28), (1, 0, 0)),
            (dt.date(2021, 1, 31), dt.date(2021, 3, 30), (0, 1, 30)),
            (dt.date(2022, 5, 5), dt.date(2022, 5, 5), (0, 0, 0)),
        ],
    )
    def test_month_ends(self, start, end, expected):
        got = calendar_difference(start, end)

        assert expected == (got.years, got.months, got.days)

    @given(days, days)
    def test_agrees_with_relativedelta(self, a, b):
        start, end = min(a, b), max(a, b)
        got = calendar_difference(start, end)

        assert _oracle(start, end) == (got.years, got.months, got.days)

    def test_end_before_start_is_an_error(self):
        with pytest.raises(InvalidValueError, match="end: 2020-01-01 is before start 2021-01-01"):
            calendar_difference(dt.date(2021, 1, 1), dt.date(2020, 1, 1))

    @pytest.mark.parametrize(
        ("duration", "text"),
        [
            (
                CalendarDuration(years=27, months=2, days=28),
                "27 years, 2 months and 28 days",
            ),
            (CalendarDuration(years=1, months=0, days=1), "1 year and 1 day"),
            (CalendarDuration(years=0, months=1, days=0), "1 month"),
            (CalendarDuration(years=0, months=0, days=0), "0 days"),
        ],
    )
    def test_str(self, duration, text):
        assert text == str(duration)


class TestAge:
    def test_day_start_is_exact(self):
        got = age(PartialDate("1995-11-20"), dt.date(2023, 2, 17))

        assert got.exact
        assert "27 years, 2 months and 28 days" == str(got)

    def test_month_start_is_a_range(self):
        got = age(PartialDate("2007-09"), dt.date(2023, 2, 17))

        assert not got.exact
        assert CalendarDuration(years=15, months=4, days=18) == got.shortest
        assert CalendarDuration(years=15, months=5, days=16) == got.longest

    def test_year_start_is_a_range(self):
        got = age(PartialDate("2022"), dt.date(2023, 2, 17))

        assert CalendarDuration(years=0, months=1, days=17) == got.shortest
        assert CalendarDuration(years=1, months=1, days=16) == got.longest

    def test_inside_the_start_range_the_shortest_is_zero(self):
        got = age(PartialDate("2007-09"), dt.date(2007, 9, 10))

        assert CalendarDuration(years=0, months=0, days=0) == got.shortest
        assert CalendarDuration(years=0, months=0, days=9) == got.longest

    def test_before_the_start_is_an_error(self):
        with pytest.raises(
            InvalidValueError,
            match="on: 2007-08-31 is before the earliest possible start 2007-09-01",
        ):
            age(PartialDate("2007-09"), dt.date(2007, 8, 31))

    def test_plain_dates_are_accepted(self):
        assert age(dt.date(2000, 1, 1), dt.date(2001, 1, 1)).exact

    @given(partial_dates(qualified=False), days)
    def test_shortest_never_exceeds_longest(self, start, on):
        if on < start.earliest:
            return
        got = age(start, on)

        assert got.shortest.total_months <= got.longest.total_months
        assert got.longest == calendar_difference(start.earliest, on)

    def test_wrong_types(self):
        with pytest.raises(InvalidValueError, match="start: expected a PartialDate or a date"):
            age("1995-11-20", dt.date(2023, 2, 17))  # type: ignore[arg-type]
        with pytest.raises(InvalidValueError, match="on: expected a date"):
            age(PartialDate("1995"), "2023-02-17")  # type: ignore[arg-type]


class TestAnniversary:
    def test_nth(self):
        assert PartialDate("2025-11-20") == anniversary(PartialDate("1995-11-20"), 30).when

    def test_month_precision_stays_a_month(self):
        assert PartialDate("2017-09") == anniversary(PartialDate("2007-09"), 10).when

    def test_leap_day(self):
        assert PartialDate("2021-02-28") == anniversary(PartialDate("2020-02-29"), 1).when
        assert PartialDate("2024-02-29") == anniversary(PartialDate("2020-02-29"), 4).when

    @pytest.mark.parametrize("n", [0, -1, True, 1.0])
    def test_n_must_be_positive(self, n):
        with pytest.raises(InvalidValueError, match="n: expected a positive integer"):
            anniversary(PartialDate("2000"), n)

    def test_past_9999(self):
        with pytest.raises(InvalidValueError, match="after the year 9999"):
            anniversary(PartialDate("9000"), 1000)

    def test_next(self):
        got = next_anniversary(PartialDate("1995-11-20"), dt.date(2023, 2, 17))

        assert (28, PartialDate("2023-11-20")) == (got.number, got.when)

    def test_next_on_the_day_is_the_following_year(self):
        got = next_anniversary(PartialDate("1995-11-20"), dt.date(2023, 11, 20))

        assert PartialDate("2024-11-20") == got.when

    def test_next_of_a_month_includes_the_current_month(self):
        got = next_anniversary(PartialDate("2007-09"), dt.date(2023, 9, 15))

        assert PartialDate("2023-09") == got.when

    @given(
        partial_dates(qualified=False),
        st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9000, 1, 1)),
    )
    def test_next_is_after_and_the_one_before_is_not(self, start, after):
        if start.year >= 8999:
            return
        got = next_anniversary(start, after)

        assert got.when.latest > after
        if got.number > 1:
            assert anniversary(start, got.number - 1).when.latest <= after


@pytest.mark.parametrize(
    ("precision", "months"),
    [
        (Precision.DAY, None),
        (Precision.MONTH, 1),
        (Precision.QUARTER, 3),
        (Precision.HALF, 6),
        (Precision.YEAR, 12),
    ],
)
def test_a_precision_covers_its_months(precision, months):
    assert months == precision.months


@pytest.mark.parametrize(
    ("text", "first", "last", "months"),
    [
        ("1995-11-20", 11, 11, None),
        ("2007-09~", 9, 9, 1),
        ("2022-33", 1, 3, 3),
        ("2022-36", 10, 12, 3),
        ("2022-40", 1, 6, 6),
        ("2022-41?", 7, 12, 6),
        ("2021", 1, 12, 12),
    ],
)
def test_first_and_last_month_and_months_covered(text, first, last, months):
    date = PartialDate(text)

    assert (first, last, months) == (date.first_month, date.last_month, date.months)


@given(partial_dates())
def test_months_covered_are_the_calendar_months_from_earliest_to_latest(date):
    calendar_months = (date.latest.year - date.earliest.year) * 12 + (
        date.latest.month - date.earliest.month + 1
    )
    if date.day is None:
        assert calendar_months == date.months
    else:
        assert date.months is None
        assert date.earliest == date.latest
    assert (date.first_month, date.last_month) == (date.earliest.month, date.latest.month)
