"""Dates at the precision a source gives them.

A :class:`PartialDate` is one EDTF date of day, month, season, quarter,
half-year, year, decade or century precision, optionally uncertain (``?``) or
approximate (``~``); EDTF level 1's unspecified digits (``199X``, ``19XX``,
``2022-XX``, ``2022-05-XX``, ``2022-XX-XX``) and seasons (``2022-21`` to
``2022-24``) are read with the bounds the ``edtf`` package gives them. A
:class:`DateRange` is an EDTF interval whose ends may be open (``..``), which
is how "in the foreseeable future" is said: ``2023-02-17/..``.

Calendar arithmetic (adding months and years, with end-of-month clamping) is
pendulum's; the calendar difference is built on it (see
:func:`calendar_difference` for why it does not use ``Interval.months``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TYPE_CHECKING, Any, TypeAlias, overload

import attrs
import pendulum

from bilateral._values.checks import keeps_its_type
from bilateral._values.errors import InvalidDateError, InvalidValueError
from bilateral._values.vocabulary import Vocabulary

if TYPE_CHECKING:
    from typing import Self


class Precision(Vocabulary):
    """How much of a date the source gave."""

    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    @property
    def months(self) -> int | None:
        """Months a period of this precision covers.

        ``None`` for a day, and for a season, whose length depends on which
        season it is (the ``edtf`` package's winter is one month).
        """
        return _MONTHS[self]


# The one table from precision to the months a period of it covers. Every
# other count of months (PartialDate.months, first_month, last_month, so
# earliest and latest) is derived from it.
_MONTHS: dict[Precision, int | None] = {
    Precision.DAY: None,
    Precision.MONTH: 1,
    Precision.SEASON: None,
    Precision.QUARTER: 3,
    Precision.HALF: 6,
    Precision.YEAR: 12,
    Precision.DECADE: 120,
    Precision.CENTURY: 1200,
}
# The spans by the part of a PartialDate that is set, read once from the table
# (a lookup keyed by an enum costs more than the arithmetic it serves).
_SPAN_OF_MONTH = _MONTHS[Precision.MONTH] or 0
_SPAN_OF_QUARTER = _MONTHS[Precision.QUARTER] or 0
_SPAN_OF_HALF = _MONTHS[Precision.HALF] or 0
_SPAN_OF_YEAR = _MONTHS[Precision.YEAR] or 0

# EDTF sub-year groupings that bilateral supports: seasons (level 1), quarters
# and halves (level 2).
_SEASON_BASE = 20  # 21..24 are spring, summer, autumn and winter
_QUARTER_BASE = 32  # 33..36 are the first to fourth quarter
_HALF_BASE = 39  # 40..41 are the first and second half (semestral)

# The months of each season, as the ``edtf`` package (5.x) reads them: the
# Northern hemisphere's meteorological seasons, with winter kept inside its
# year as December alone (the package's choice, so that a season never
# reaches into the next year).
# The years a date covers, and its precision, by how many of its year's digits
# are unspecified.
_YEARS = (1, 10, 100)
_YEAR_PRECISIONS = (Precision.YEAR, Precision.DECADE, Precision.CENTURY)

_SEASON_MONTHS: dict[int, tuple[int, int]] = {1: (3, 5), 2: (6, 8), 3: (9, 11), 4: (12, 12)}
SEASONS = ("spring", "summer", "autumn", "winter")
"""The seasons by number (1 to 4, EDTF ``-21`` to ``-24``)."""

_EDTF_DATE = re.compile(
    r"(?P<year>\d{4}|\d{3}X|\d{2}XX)(?:-(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?)?"
    r"(?P<q>[?~%])?",
    re.ASCII,
)


def _check_int(name: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an integer, got {value!r}"
        raise InvalidDateError(msg, path=(name,))
    if not low <= value <= high:
        msg = f"expected {low} to {high}, got {value!r}"
        raise InvalidDateError(msg, path=(name,))
    return value


def _check_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        msg = f"expected True or False, got {value!r}"
        raise InvalidDateError(msg, path=(name,))
    return value


class _Ordered:
    """Comparison by ``_key``, only between values of the same class."""

    __slots__ = ()

    @property
    def _key(self) -> tuple[dt.date, dt.date, str]:
        raise NotImplementedError

    def __lt__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._key < other._key

    def __le__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._key <= other._key

    def __gt__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._key > other._key

    def __ge__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._key >= other._key


@attrs.frozen(init=False, repr=False, order=False)
class PartialDate(_Ordered):
    """A date known to a day, a month, a season, a quarter, a half-year, a year, a decade or a century.

    Build it from its EDTF string or from its parts::

        >>> PartialDate("2007-09")
        PartialDate("2007-09")
        >>> PartialDate(2022, half=1)
        PartialDate("2022-40")
        >>> PartialDate("2022-40").earliest, PartialDate("2022-40").latest
        (datetime.date(2022, 1, 1), datetime.date(2022, 6, 30))

    EDTF level 1's unspecified digits and seasons are dates too::

        >>> PartialDate("199X").precision, PartialDate("199X").latest
        (<Precision.DECADE: 'decade'>, datetime.date(1999, 12, 31))
        >>> PartialDate("2022-05-XX").precision
        <Precision.MONTH: 'month'>
        >>> PartialDate(2022, season=1).edtf
        '2022-21'

    The order is by earliest day, then latest day, then EDTF string, so a
    coarser date sorts before the finer dates it contains that start later
    and after those that start on the same day but end sooner.

    Args:
        year: The year (1 to 9999), or a whole EDTF string; for a decade or
            a century, its first year (1990 for ``199X``).
        month: The month (1 to 12), if known.
        day: The day of the month, if known; needs ``month``.
        quarter: The quarter (1 to 4), instead of a month.
        half: The half-year (1 or 2), instead of a month.
        season: The season (1 spring, 2 summer, 3 autumn, 4 winter; EDTF
            ``-21`` to ``-24``), instead of a month.
        uncertain: EDTF ``?``: the source is not sure of it.
        approximate: EDTF ``~``: the source gives it as about that time.
        unspecified_digits: How many of the year's last digits the source
            left unspecified: 1 for a decade (``199X``), 2 for a century
            (``19XX``); nothing may follow them.
        unspecified_parts: How many parts after the given ones the source
            wrote as ``XX`` (EDTF level 1): 1 for ``2022-XX`` or
            ``2022-05-XX``, 2 for ``2022-XX-XX``. The bounds are those of the
            given parts; only the EDTF string keeps them.

    Raises:
        InvalidDateError: The string is not a supported EDTF date, or the
            parts do not make a date that exists.
    """

    year: int
    month: int | None
    day: int | None
    quarter: int | None
    half: int | None
    uncertain: bool
    approximate: bool
    season: int | None
    unspecified_digits: int
    unspecified_parts: int

    @overload
    def __init__(self, year: str, /) -> None: ...

    @overload
    def __init__(
        self,
        year: int,
        month: int | None = None,
        day: int | None = None,
        *,
        quarter: int | None = None,
        half: int | None = None,
        uncertain: bool = False,
        approximate: bool = False,
        season: int | None = None,
        unspecified_digits: int = 0,
        unspecified_parts: int = 0,
    ) -> None: ...

    def __init__(
        self,
        year: int | str,
        month: int | None = None,
        day: int | None = None,
        *,
        quarter: int | None = None,
        half: int | None = None,
        uncertain: bool = False,
        approximate: bool = False,
        season: int | None = None,
        unspecified_digits: int = 0,
        unspecified_parts: int = 0,
    ) -> None:
        if isinstance(year, str):
            given_parts = (month, day, quarter, half, season)
            flags = (uncertain, approximate, unspecified_digits, unspecified_parts)
            if given_parts != (None,) * 5 or flags != (False, False, 0, 0):
                msg = "PartialDate: give either an EDTF string or the parts, not both"
                raise InvalidDateError(msg)
            self.__attrs_init__(**_parse_date_parts(year))
            return
        _check_int("year", year, 1, 9999)
        if month is not None:
            _check_int("month", month, 1, 12)
        if quarter is not None:
            _check_int("quarter", quarter, 1, 4)
        if half is not None:
            _check_int("half", half, 1, 2)
        if season is not None:
            _check_int("season", season, 1, 4)
        given = [
            n
            for n, v in (("month", month), ("quarter", quarter), ("half", half), ("season", season))
            if v is not None
        ]
        if len(given) > 1:
            msg = (
                "PartialDate: give one of month, quarter, half or season, "
                f"got {' and '.join(given)}"
            )
            raise InvalidDateError(msg)
        if day is not None:
            if month is None:
                msg = f"a day ({day!r}) needs a month"
                raise InvalidDateError(msg, path=("day",))
            last = calendar.monthrange(year, month)[1]
            _check_int("day", day, 1, last)
        _check_bool("uncertain", uncertain)
        _check_bool("approximate", approximate)
        _check_unspecified(year, given, day, unspecified_digits, unspecified_parts)
        self.__attrs_init__(
            year,
            month,
            day,
            quarter,
            half,
            uncertain,
            approximate,
            season,
            unspecified_digits,
            unspecified_parts,
        )

    @classmethod
    def parse(cls, text: str) -> Self:
        """Parse an EDTF date string (same as calling the class with it).

        Raises:
            InvalidDateError: ``text`` is not a supported EDTF date.
        """
        return cls(text)

    @classmethod
    def from_date(cls, day: dt.date) -> Self:
        """The day-precision partial date of a :class:`datetime.date`."""
        if isinstance(day, dt.datetime):
            day = day.date()
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> Precision:
        """The precision the source gave."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        for part, precision in (
            (self.quarter, Precision.QUARTER),
            (self.half, Precision.HALF),
            (self.season, Precision.SEASON),
        ):
            if part is not None:
                return precision
        return _YEAR_PRECISIONS[self.unspecified_digits]

    @property
    def _period(self) -> tuple[int, int]:
        """The months of the period the date falls in (a day: its month), and which of the year's it is."""
        if self.month is not None:
            return _SPAN_OF_MONTH, self.month
        if self.quarter is not None:
            return _SPAN_OF_QUARTER, self.quarter
        if self.half is not None:
            return _SPAN_OF_HALF, self.half
        return _SPAN_OF_YEAR, 1

    @property
    def first_month(self) -> int:
        """The first month of the year this date may fall in (of its first year, for a decade)."""
        if self.season is not None:
            return _SEASON_MONTHS[self.season][0]
        span, number = self._period
        return (number - 1) * span + 1

    @property
    def last_month(self) -> int:
        """The last month of the year this date may fall in (of its last year, for a decade)."""
        if self.season is not None:
            return _SEASON_MONTHS[self.season][1]
        span, number = self._period
        return number * span

    @property
    def last_year(self) -> int:
        """The last year the date may fall in (the year, except for a decade or a century)."""
        return self.year + _YEARS[self.unspecified_digits] - 1

    @property
    def months(self) -> int | None:
        """How many months the date covers; ``None`` at day precision."""
        # Not self._period[0]: annualizing calls this once per trade period.
        if self.day is not None:
            return None
        if self.month is not None:
            return _SPAN_OF_MONTH
        if self.quarter is not None:
            return _SPAN_OF_QUARTER
        if self.half is not None:
            return _SPAN_OF_HALF
        if self.season is not None:
            first, last = _SEASON_MONTHS[self.season]
            return last - first + 1
        return _SPAN_OF_YEAR * _YEARS[self.unspecified_digits]

    @property
    def earliest(self) -> dt.date:
        """The first day the date may be."""
        return dt.date(self.year, self.first_month, self.day or 1)

    @property
    def latest(self) -> dt.date:
        """The last day the date may be."""
        month = self.last_month
        if self.day is not None:
            return dt.date(self.year, month, self.day)
        year = self.last_year
        return dt.date(year, month, calendar.monthrange(year, month)[1])

    @property
    def is_exact(self) -> bool:
        """Whether this is one certain, non-approximate day."""
        return self.day is not None and not self.uncertain and not self.approximate

    @property
    def edtf(self) -> str:
        """The EDTF string, such as ``2022-40``, ``199X`` or ``1995-11-20``."""
        digits = self.unspecified_digits
        text = f"{self.year // 10**digits:0{4 - digits}d}" + "X" * digits
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
            text += "-XX" * self.unspecified_parts
        elif self.unspecified_parts:
            text += "-XX" * self.unspecified_parts
        elif self.season is not None:
            text += f"-{_SEASON_BASE + self.season}"
        elif self.quarter is not None:
            text += f"-{_QUARTER_BASE + self.quarter}"
        elif self.half is not None:
            text += f"-{_HALF_BASE + self.half}"
        if self.uncertain and self.approximate:
            text += "%"
        elif self.uncertain:
            text += "?"
        elif self.approximate:
            text += "~"
        return text

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` lies within the days this date may be."""
        return self.earliest <= day <= self.latest

    def replace_year(self, year: int) -> PartialDate:
        """The same partial date in another year (a day clamps, 29 Feb to 28 Feb).

        Raises:
            InvalidDateError: The date is a decade or a century, which has no
                one year to replace.
        """
        if self.unspecified_digits:
            msg = f"{self.edtf!r} is a {self.precision.value}, not a date within one year"
            raise InvalidDateError(msg, path=("year",))
        if self.day is not None and self.month is not None:
            moved = pendulum.date(self.year, self.month, self.day).add(years=year - self.year)
            day: int | None = moved.day
        else:
            day = self.day
        return PartialDate(
            year,
            self.month,
            day,
            quarter=self.quarter,
            half=self.half,
            uncertain=self.uncertain,
            approximate=self.approximate,
            season=self.season,
            unspecified_parts=self.unspecified_parts,
        )

    @property
    def _key(self) -> tuple[dt.date, dt.date, str]:
        return (self.earliest, self.latest, self.edtf)

    def __str__(self) -> str:
        return self.edtf

    def __repr__(self) -> str:
        return f'PartialDate("{self.edtf}")'


_SUPPORTED = (
    "YYYY, YYYY-MM, YYYY-MM-DD, YYYY-21..24 for seasons, YYYY-33..36 for quarters, "
    "YYYY-40..41 for halves, YYYX or YYXX for a decade or century, XX for an "
    "unspecified month or day (YYYY-XX, YYYY-MM-XX, YYYY-XX-XX), optionally ending "
    "in ?, ~ or %"
)


def _check_unspecified(
    year: int, given: list[str], day: int | None, digits: object, parts: object
) -> None:
    """The rules of EDTF level 1's unspecified digits, for parts given one by one."""
    digits = _check_int("unspecified_digits", digits, 0, 2)
    parts = _check_int("unspecified_parts", parts, 0, 2)
    if digits:
        if given or day is not None or parts:
            msg = "a decade or a century (unspecified year digits) has no month, season or day"
            raise InvalidDateError(msg, path=("unspecified_digits",))
        step = 10**digits
        if year % step:
            what = "decade" if digits == 1 else "century"
            msg = f"a {what} starts at a multiple of {step}, got {year}"
            raise InvalidDateError(msg, path=("year",))
    if parts:
        if day is not None:
            room, after = 0, "a day"
        elif given == ["month"]:
            room, after = 1, "a month"
        elif not given:
            room, after = 2, "a year"
        else:
            room, after = 0, f"a {given[0]}"
        if parts > room:
            msg = f"{parts} unspecified parts cannot follow {after} (at most {room})"
            raise InvalidDateError(msg, path=("unspecified_parts",))


def _parse_year(text: str, match: re.Match[str], name: str) -> tuple[int, int]:
    """The first year and the count of unspecified digits of the year part."""
    written = match["year"]
    digits = written.count("X")
    year = int(written.replace("X", "0"))
    if year == 0:
        what = "year 0000" if not digits else f"{written} includes the year 0000, which"
        msg = f"{text!r}: {what} is outside the supported years 0001 to 9999"
        raise InvalidDateError(msg, path=(name,))
    if digits and match["month"] is not None:
        msg = (
            f"{text!r}: an unspecified year digit is followed by a month or day "
            "(EDTF level 2); bilateral supports YYYX and YYXX alone"
        )
        raise InvalidDateError(msg, path=(name,))
    return year, digits


def _parse_date_parts(text: object, name: str = "edtf") -> dict[str, Any]:  # noqa: C901, PLR0912 - one branch per EDTF rule
    if not isinstance(text, str):
        msg = f"expected an EDTF date string, got {text!r}"
        raise InvalidDateError(msg, path=(name,))
    match = _EDTF_DATE.fullmatch(text)
    if match is None:
        msg = f"{text!r} is not an EDTF date bilateral supports ({_SUPPORTED})"
        if "X" in text:
            msg = (
                f"{text!r} is not an EDTF date bilateral supports: unspecified digits (X) "
                f"stand only at the end of the year or as a whole month or day ({_SUPPORTED})"
            )
        raise InvalidDateError(msg, path=(name,))
    year, digits = _parse_year(text, match, name)
    parts: dict[str, Any] = {
        "year": year,
        "month": None,
        "day": None,
        "quarter": None,
        "half": None,
        "uncertain": match["q"] in {"?", "%"},
        "approximate": match["q"] in {"~", "%"},
        "season": None,
        "unspecified_digits": digits,
        "unspecified_parts": 0,
    }
    month, day = match["month"], match["day"]
    if month == "XX":
        if day is not None and day != "XX":
            msg = (
                f"{text!r} gives a day of an unspecified month (EDTF level 2); "
                "bilateral supports YYYY-XX and YYYY-XX-XX"
            )
            raise InvalidDateError(msg, path=(name,))
        parts["unspecified_parts"] = 1 if day is None else 2
        return parts
    if month is not None:
        code = int(month)
        if day is not None:
            if not 1 <= code <= 12:
                msg = f"{text!r} has month {code:02d}; expected 01 to 12"
                raise InvalidDateError(msg, path=(name,))
            parts["month"] = code
            if day == "XX":
                parts["unspecified_parts"] = 1
                return parts
            number = int(day)
            last = calendar.monthrange(year, code)[1]
            if not 1 <= number <= last:
                msg = f"{text!r} does not exist: {calendar.month_name[code]} {year} has {last} days"
                raise InvalidDateError(msg, path=(name,))
            parts["day"] = number
        elif 1 <= code <= 12:
            parts["month"] = code
        elif _SEASON_BASE < code <= _SEASON_BASE + 4:
            parts["season"] = code - _SEASON_BASE
        elif _QUARTER_BASE < code <= _QUARTER_BASE + 4:
            parts["quarter"] = code - _QUARTER_BASE
        elif _HALF_BASE < code <= _HALF_BASE + 2:
            parts["half"] = code - _HALF_BASE
        else:
            msg = (
                f"{text!r} has month {code:02d}; expected 01 to 12, 21 to 24 (seasons), "
                "33 to 36 (quarters) or 40 to 41 (halves)"
            )
            raise InvalidDateError(msg, path=(name,))
    return parts


def _check_end(name: str, value: object) -> PartialDate | None:
    if value is None or isinstance(value, PartialDate):
        return value
    msg = f"expected a PartialDate or None (open), got {value!r}"
    raise InvalidDateError(msg, path=(name,))


class _NoEnd:
    """The default of :class:`DateRange`'s ``end``: only a start was given (an interval string)."""

    def __repr__(self) -> str:
        return "<no end given>"


_NO_END = _NoEnd()


def _end_text(name: str, value: object) -> object:
    """An end of a range given as EDTF text, as a :class:`PartialDate` (the path names the end)."""
    if isinstance(value, str):
        try:
            return PartialDate(value)
        except InvalidDateError as exc:
            raise InvalidDateError(f"DateRange: {exc.reason}", path=(name,)) from None
    return value


@attrs.frozen(init=False, repr=False, order=False)
class DateRange(_Ordered):
    """An EDTF interval between two partial dates; either end may be open.

    An open end (``..`` in EDTF, ``None`` here) means the range goes on
    without a bound on that side::

        >>> import datetime as dt
        >>> soon = DateRange("2023-02-17/..")
        >>> soon.start, soon.end
        (PartialDate("2023-02-17"), None)
        >>> soon.contains(dt.date(2030, 1, 1))
        True

    Args:
        start: The first partial date (or its EDTF text, ``"2022"``), ``None``
            for open; or, given alone, an EDTF interval string such as
            ``"2023-02-17/.."``.
        end: The last partial date (or its EDTF text), or ``None`` for open.

    Raises:
        InvalidDateError: Both ends are open, the start is after the end, or
            the string is not a supported EDTF interval.
    """

    start: PartialDate | None
    end: PartialDate | None

    @overload
    def __init__(self, start: str, /) -> None: ...

    @overload
    def __init__(self, start: PartialDate | str | None, end: PartialDate | str | None) -> None: ...

    def __init__(
        self,
        start: PartialDate | str | None,
        end: Any = _NO_END,  # PartialDate | str | None; the overloads type it
    ) -> None:
        first: object
        last: object
        if isinstance(end, _NoEnd):  # one argument: an interval string, or a start (open end)
            first, last = _parse_interval(start) if isinstance(start, str) else (start, None)
        else:
            first, last = _end_text("start", start), _end_text("end", end)
        start = _check_end("start", first)
        end = _check_end("end", last)
        if start is None and end is None:
            msg = "DateRange: both ends are open ('../..'); an unknown date is None, not a range"
            raise InvalidDateError(msg)
        if start is not None and end is not None and start.earliest > end.latest:
            msg = f"DateRange: start {start.edtf!r} is after end {end.edtf!r}"
            raise InvalidDateError(msg)
        self.__attrs_init__(start, end)

    @classmethod
    def parse(cls, text: str) -> Self:
        """Parse an EDTF interval string (same as calling the class with it)."""
        return cls(text)

    @property
    def earliest(self) -> dt.date | None:
        """The first day the range may include; ``None`` when open."""
        return None if self.start is None else self.start.earliest

    @property
    def latest(self) -> dt.date | None:
        """The last day the range may include; ``None`` when open."""
        return None if self.end is None else self.end.latest

    @property
    def edtf(self) -> str:
        """The EDTF interval string, such as ``2023-02-17/..``."""
        start = ".." if self.start is None else self.start.edtf
        end = ".." if self.end is None else self.end.edtf
        return f"{start}/{end}"

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` may lie within the range."""
        earliest, latest = self.earliest, self.latest
        return (earliest is None or earliest <= day) and (latest is None or day <= latest)

    @property
    def _key(self) -> tuple[dt.date, dt.date, str]:
        return (self.earliest or dt.date.min, self.latest or dt.date.max, self.edtf)

    def __str__(self) -> str:
        return self.edtf

    def __repr__(self) -> str:
        return f'DateRange("{self.edtf}")'


When: TypeAlias = PartialDate | DateRange
"""When something happened: a partial date, or a range with open ends."""


def _parse_interval(text: str) -> tuple[PartialDate | None, PartialDate | None]:
    pieces = text.split("/")
    if len(pieces) != 2:
        msg = f"{text!r} is not an EDTF interval (START/END, with '..' for an open end)"
        raise InvalidDateError(msg, path=("edtf",))
    ends: list[PartialDate | None] = []
    for piece in pieces:
        if piece == "..":
            ends.append(None)
        elif piece == "":
            msg = f"{text!r} has an unknown end (empty); bilateral supports open ends ('..') only"
            raise InvalidDateError(msg, path=("edtf",))
        else:
            ends.append(PartialDate(piece))
    return ends[0], ends[1]


def parse_when(text: str) -> When:
    """Parse an EDTF date or interval into a :class:`PartialDate` or :class:`DateRange`.

    >>> parse_when("2022")
    PartialDate("2022")
    >>> parse_when("../2023-02-17")
    DateRange("../2023-02-17")

    Raises:
        InvalidDateError: ``text`` is neither.
    """
    if not isinstance(text, str):
        msg = f"expected an EDTF string, got {text!r}"
        raise InvalidDateError(msg, path=("edtf",))
    if "/" in text:
        return DateRange(text)
    return PartialDate(text)


# Converters of date fields: a value, or EDTF text as users write it. Text that does not
# parse is left as it is, for the field's validator to refuse with its path. Named functions
# with annotated types, so that mypy's attrs plugin types the constructors.


def to_partial_date(value: PartialDate | str) -> PartialDate:
    """A :class:`PartialDate`, or its EDTF text (``"2022-05"``)."""
    if isinstance(value, str) and "/" not in value:
        try:
            return PartialDate(value)
        except InvalidValueError:
            pass
    return value  # type: ignore[return-value]  # left for the validator


def to_optional_partial_date(value: PartialDate | str | None) -> PartialDate | None:
    """A :class:`PartialDate`, its EDTF text, or ``None``."""
    return None if value is None else to_partial_date(value)


def to_optional_when(value: When | str | None) -> When | None:
    """A :class:`PartialDate` or :class:`DateRange`, its EDTF text (``"2023-02-17/.."``), or ``None``."""
    if isinstance(value, str):
        try:
            return parse_when(value)
        except InvalidValueError:
            pass
    return value  # type: ignore[return-value]  # left for the validator


# They give back a value already of their field's type (see keeps_its_type).
keeps_its_type(to_partial_date, to_optional_partial_date, to_optional_when)


def _sort_key(when: When | None) -> tuple[int, dt.date, dt.date, str]:
    """The timeline rule: by first known bound, then last known bound; unknown last.

    A range open at the start ("on or before X") is placed at X, its only
    known bound; a range open at the end sorts after everything that ends
    sooner on the same day.
    """
    if when is None:
        return (1, dt.date.max, dt.date.max, "")
    earliest, latest = when.earliest, when.latest
    first = earliest if earliest is not None else latest
    last = latest if latest is not None else dt.date.max
    assert first is not None  # a range has at least one bound  # noqa: S101
    return (0, first, last, when.edtf)


@attrs.frozen(repr=False)
class CalendarDuration:
    """A span in calendar years, months and days, such as 27 years, 2 months, 28 days.

    Attributes:
        years: Whole years.
        months: Whole months past the years (0 to 11).
        days: Days past the months.
    """

    years: int = attrs.field(validator=attrs.validators.ge(0))
    months: int = attrs.field(validator=[attrs.validators.ge(0), attrs.validators.le(11)])
    days: int = attrs.field(validator=[attrs.validators.ge(0), attrs.validators.le(30)])

    @property
    def total_months(self) -> int:
        """Years and months as months."""
        return self.years * 12 + self.months

    def __str__(self) -> str:
        parts = [
            f"{n} {unit}{'' if n == 1 else 's'}"
            for n, unit in (
                (self.years, "year"),
                (self.months, "month"),
                (self.days, "day"),
            )
            if n
        ]
        if not parts:
            return "0 days"
        if len(parts) == 1:
            return parts[0]
        return ", ".join(parts[:-1]) + " and " + parts[-1]

    def __repr__(self) -> str:
        return f"CalendarDuration(years={self.years}, months={self.months}, days={self.days})"


def calendar_difference(start: dt.date, end: dt.date) -> CalendarDuration:
    """The calendar years, months and days from ``start`` to ``end``.

    The months are the most whole months that can be added to ``start``
    (pendulum's ``add(months=...)``, which clamps to the end of a month)
    without passing ``end``; the days are what is left. This is the reading of
    "27 years, 2 months and 28 days" that people use, and it agrees with
    ``dateutil.relativedelta``. pendulum's own ``Interval.months`` is not used:
    pendulum 3.3.0 gives 27 years, 3 months, 0 days for 1995-11-20 to
    2023-02-17.

    >>> str(calendar_difference(dt.date(1995, 11, 20), dt.date(2023, 2, 17)))
    '27 years, 2 months and 28 days'

    Raises:
        InvalidValueError: ``end`` is before ``start``.
    """
    if end < start:
        msg = f"{end.isoformat()} is before start {start.isoformat()}"
        raise InvalidValueError(msg, path=("end",))
    anchor = pendulum.date(start.year, start.month, start.day)
    months = (end.year - start.year) * 12 + end.month - start.month
    reached = anchor.add(months=months)
    if reached > end:
        months -= 1
        reached = anchor.add(months=months)
    days = (dt.date(reached.year, reached.month, reached.day) - end).days * -1
    return CalendarDuration(years=months // 12, months=months % 12, days=days)


@attrs.frozen
class Age:
    """How old something is on a day, as a range when its start is not a day.

    Attributes:
        shortest: The age if it started on the last day its start may be.
        longest: The age if it started on the first day its start may be.
    """

    shortest: CalendarDuration
    longest: CalendarDuration

    @property
    def exact(self) -> bool:
        """Whether the start was a single day, so there is one answer."""
        return self.shortest == self.longest

    def __str__(self) -> str:
        if self.exact:
            return str(self.longest)
        return f"between {self.shortest} and {self.longest}"


def _as_partial(start: PartialDate | dt.date, name: str) -> PartialDate:
    if isinstance(start, PartialDate):
        return start
    if isinstance(start, dt.date):
        return PartialDate.from_date(start)
    msg = f"expected a PartialDate or a date, got {start!r}"
    raise InvalidValueError(msg, path=(name,))


def _as_day(value: object, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    msg = f"expected a date, got {value!r}"
    raise InvalidValueError(msg, path=(name,))


_ZERO = CalendarDuration(years=0, months=0, days=0)


def age(start: PartialDate | dt.date, on: dt.date) -> Age:
    """How old something that started at ``start`` is on the day ``on``.

    A start known only to a month or a year gives a range: the shortest age
    counts from its last possible day, the longest from its first.

    >>> str(age(PartialDate("1995-11-20"), dt.date(2023, 2, 17)))
    '27 years, 2 months and 28 days'
    >>> str(age(PartialDate("2007-09"), dt.date(2023, 2, 17)))
    'between 15 years, 4 months and 18 days and 15 years, 5 months and 16 days'

    Raises:
        InvalidValueError: ``on`` is before the earliest possible start.
    """
    begin = _as_partial(start, "start")
    day = _as_day(on, "on")
    if day < begin.earliest:
        msg = (
            f"{day.isoformat()} is before the earliest possible start {begin.earliest.isoformat()}"
        )
        raise InvalidValueError(msg, path=("on",))
    longest = calendar_difference(begin.earliest, day)
    shortest = calendar_difference(begin.latest, day) if day >= begin.latest else _ZERO
    return Age(shortest=shortest, longest=longest)


@attrs.frozen
class Anniversary:
    """The n-th anniversary of a start, at the start's precision.

    Attributes:
        number: Which anniversary (1 for the first).
        when: Its date, as precise as the start (a month start gives a month).
    """

    number: int
    when: PartialDate


def anniversary(start: PartialDate | dt.date, n: int) -> Anniversary:
    """The ``n``-th anniversary of ``start``.

    A 29 February start has its anniversaries on 28 February in common years
    (pendulum's clamping).

    >>> anniversary(PartialDate("1995-11-20"), 30).when
    PartialDate("2025-11-20")

    Raises:
        InvalidValueError: ``n`` is not a positive integer or the year passes 9999.
    """
    begin = _as_partial(start, "start")
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        msg = f"expected a positive integer, got {n!r}"
        raise InvalidValueError(msg, path=("n",))
    if begin.year + n > 9999:
        msg = f"anniversary number {n} of {begin.edtf} is after the year 9999"
        raise InvalidValueError(msg, path=("n",))
    return Anniversary(number=n, when=begin.replace_year(begin.year + n))


def next_anniversary(start: PartialDate | dt.date, after: dt.date) -> Anniversary:
    """The first anniversary of ``start`` that may fall after the day ``after``.

    For a month or year start, the anniversary is a month or a year; it is the
    next one if any day of it is after ``after``.

    >>> next_anniversary(PartialDate("1995-11-20"), dt.date(2023, 2, 17))
    Anniversary(number=28, when=PartialDate("2023-11-20"))

    Raises:
        InvalidValueError: The anniversary would be after the year 9999.
    """
    begin = _as_partial(start, "start")
    day = _as_day(after, "after")
    n = max(1, day.year - begin.year)
    while True:
        candidate = anniversary(begin, n)
        if candidate.when.latest > day:
            return candidate
        n += 1
