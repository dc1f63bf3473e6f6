"""The Correlates of War state system (v2016) and the project's mapping to ISO 3166.

Correlates of War Project. 2017. "State System Membership List, v2016."
Online, https://correlatesofwar.org. The bundled table is COW's file without
the spreadsheet residue in its unnamed columns.

A COW state is identified by a number (``ccode``, ``365``) and an abbreviation
(``stateabb``, ``RUS``); it has one or more periods of membership in the
state system. COW's states are not ISO's countries: COW 365 is one state from
1816 to 2016 (the Russian Empire, the USSR, the Russian Federation), while
ISO has ``SU`` and ``RU``. The mapping between the two is the project's (see
``cow-iso.csv`` and docs/explanation/reference-data.md): a state without an
explicit row maps to the current ISO country whose name, official name or
common name is COW's name for it (pycountry's lookup), and to none otherwise.
Where a date has more than one candidate, every candidate is returned.

The public API is :func:`~bilateral.cow_state`, :func:`~bilateral.cow_source`,
:meth:`~bilateral.Country.cow` and :meth:`~bilateral.Country.from_cow`.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
from functools import cache

import attrs

from bilateral._values.dates import DateRange, PartialDate, parse_when
from bilateral._values.errors import InvalidValueError, UnknownCodeError
from bilateral._values.public import publish
from bilateral._values.sources import Source

# COW v2016 ends every ongoing membership on the last day it covers.
_HORIZON = dt.date(2016, 12, 31)


def _read(name: str) -> str:
    from importlib.resources import files  # noqa: PLC0415 - only when data is asked for

    return files("bilateral.data").joinpath("reference", name).read_text(encoding="utf-8")


@attrs.frozen
class MembershipPeriod:
    """One period of a state's membership in the COW state system.

    Attributes:
        start: The first day of membership.
        end: The last day; for an ongoing membership, 2016-12-31, the last day
            v2016 covers.
        ongoing: Whether the membership continued past the data (``end`` is
            then the data's horizon, not an end).
    """

    start: dt.date
    end: dt.date
    ongoing: bool

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` falls in the period (an ongoing one has no end)."""
        return self.start <= day and (self.ongoing or day <= self.end)


@attrs.frozen
class CowState:
    """A state of the Correlates of War state system, v2016.

    Attributes:
        ccode: COW's number for the state (``365``).
        abbreviation: COW's three-letter abbreviation (``"RUS"``); not ISO's.
        name: COW's name for the state (``"Russia"``).
        periods: Its periods of membership, in order.
    """

    ccode: int
    abbreviation: str
    name: str
    periods: tuple[MembershipPeriod, ...]

    def member_on(self, day: dt.date) -> bool:
        """Whether the state was a member of the state system on ``day``."""
        return any(p.contains(day) for p in self.periods)


@attrs.frozen
class CowIsoLink:
    """One row of the project's COW-to-ISO mapping.

    Attributes:
        ccode: The COW state.
        iso: A current ISO 3166-1 alpha-2 code, an ISO 3166-3 alpha-4 code of
            a former country (``"SUHH"``), or ``None``: the state has no ISO code.
        start: The first day the link holds, or ``None``: from the state's start.
        end: The last day it holds, or ``None``: to the state's end.
        start_source: Where ``start`` comes from: ``cow:<ccode>:<period>:start``
            (or ``:end``) or ``iso3166-3:<alpha-4>:withdrawn``.
        end_source: Where ``end`` comes from, likewise.
        judgement: Whether the row is the project's reading rather than a
            plain identity (see ``note``).
        note: Why the row says what it says.
    """

    ccode: int
    iso: str | None
    start: PartialDate | None
    end: PartialDate | None
    start_source: str | None
    end_source: str | None
    judgement: bool
    note: str

    @property
    def during(self) -> DateRange:
        """The dates the link holds, open where the row states no limit."""
        return DateRange(self.start, self.end)

    def may_hold(self, day: dt.date) -> bool:
        """Whether the link may hold on ``day`` (it holds throughout where the row has no limit)."""
        return (self.start is None or self.start.earliest <= day) and (
            self.end is None or day <= self.end.latest
        )


@cache
def cow_states() -> tuple[CowState, ...]:
    """Every state of COW v2016, by ccode."""
    periods: dict[int, list[MembershipPeriod]] = {}
    names: dict[int, tuple[str, str]] = {}
    for row in csv.DictReader(io.StringIO(_read("cow-states2016.csv"))):
        ccode = int(row["ccode"])
        names[ccode] = (row["stateabb"], row["statenme"])
        start = dt.date(int(row["styear"]), int(row["stmonth"]), int(row["stday"]))
        end = dt.date(int(row["endyear"]), int(row["endmonth"]), int(row["endday"]))
        periods.setdefault(ccode, []).append(MembershipPeriod(start, end, end == _HORIZON))
    return tuple(
        CowState(ccode, names[ccode][0], names[ccode][1], tuple(sorted(periods[ccode], key=str)))
        for ccode in sorted(names)
    )


@cache
def _by_code() -> tuple[dict[int, CowState], dict[str, CowState]]:
    states = cow_states()
    return {s.ccode: s for s in states}, {s.abbreviation: s for s in states}


def cow_state(code: int | str) -> CowState:
    """The COW state with this number (``365``, ``"365"``) or abbreviation (``"RUS"``).

    >>> cow_state("RUS") == cow_state(365)
    True
    >>> [str(p.start) for p in cow_state(255).periods]
    ['1816-01-01', '1990-10-03']

    Raises:
        UnknownCodeError: No COW state has the code; the message suggests the
            nearest abbreviations or numbers.
    """
    by_number, by_abbreviation = _by_code()
    if isinstance(code, int) and not isinstance(code, bool):
        text = str(code)
    elif isinstance(code, str):
        text = code.strip().upper()
    else:
        msg = f"expected a COW state number or abbreviation, got {code!r}"
        raise UnknownCodeError(msg, repr(code), [], path=("cow",))
    if text.isdigit() and int(text) in by_number:
        return by_number[int(text)]
    if text in by_abbreviation:
        return by_abbreviation[text]
    # Suggest by number, or by abbreviation and name ("Rusia" -> RUS).
    pool = (
        {str(n): str(n) for n in by_number}
        if text.isdigit()
        else {s.name.upper(): s.abbreviation for s in by_number.values()}
        | {a: a for a in by_abbreviation}
    )
    close = difflib.get_close_matches(text, list(pool), n=6, cutoff=0.5)
    suggestions = list(dict.fromkeys(pool[c] for c in close))[:3]
    hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
    msg = f"{code!r} is not a state of the Correlates of War state system (v2016){hint}"
    raise UnknownCodeError(msg, text, suggestions, path=("cow",))


def _date(text: str) -> PartialDate | None:
    return PartialDate.parse(text) if text else None


@cache
def cow_iso_table() -> tuple[CowIsoLink, ...]:
    """The project's explicit COW-to-ISO rows (``cow-iso.csv``), in file order."""
    return tuple(
        CowIsoLink(
            ccode=int(row["ccode"]),
            iso=row["iso"] or None,
            start=_date(row["start"]),
            end=_date(row["end"]),
            start_source=row["start_source"] or None,
            end_source=row["end_source"] or None,
            judgement=row["judgement"] == "true",
            note=row["note"],
        )
        for row in csv.DictReader(io.StringIO(_read("cow-iso.csv")))
    )


def _by_name(state: CowState) -> CowIsoLink | None:
    import pycountry  # noqa: PLC0415 - the ISO data loads on first use

    try:
        found = pycountry.countries.lookup(state.name)
    except LookupError:
        return None
    note = f"COW's name {state.name!r} is ISO's name for {found.alpha_2} (pycountry lookup)."
    return CowIsoLink(
        state.ccode, str(found.alpha_2), None, None, None, None, judgement=False, note=note
    )


@cache
def cow_iso_links() -> tuple[CowIsoLink, ...]:
    """The whole mapping: the explicit rows, then a name match for every other state."""
    explicit = cow_iso_table()
    covered = {link.ccode for link in explicit}
    matched = (_by_name(s) for s in cow_states() if s.ccode not in covered)
    return explicit + tuple(link for link in matched if link is not None)


def _day(
    when: PartialDate | DateRange | dt.date | str | None,
) -> tuple[dt.date | None, dt.date | None]:
    if when is None:
        return None, None
    if isinstance(when, str):
        when = parse_when(when)
    if isinstance(when, dt.datetime):
        when = when.date()
    if isinstance(when, dt.date):
        return when, when
    if not isinstance(when, PartialDate | DateRange):
        msg = f"expected a PartialDate, a DateRange, a date or EDTF text, got {when!r}"
        raise InvalidValueError(msg, path=("on",))
    return when.earliest, when.latest


def _overlaps(link: CowIsoLink, when: PartialDate | DateRange | dt.date | str | None) -> bool:
    first, last = _day(when)
    return (link.start is None or last is None or link.start.earliest <= last) and (
        link.end is None or first is None or first <= link.end.latest
    )


def iso_for_cow(
    code: int | str, when: PartialDate | DateRange | dt.date | str | None = None
) -> tuple[CowIsoLink, ...]:
    """Every ISO candidate for a COW state, on a date (any part of it) or at any time.

    Never picks one of several: COW 365 in 1992 is both ``SUHH`` and ``RU``.

    >>> [link.iso for link in iso_for_cow("RUS", PartialDate("1980"))]
    ['SUHH']
    >>> [link.iso for link in iso_for_cow(365, PartialDate("1992-01"))]
    ['SUHH', 'RU']

    Raises:
        UnknownCodeError: No COW state has the code.
    """
    state = cow_state(code)
    _day(when)  # refuses a bad date even when no link would be compared with it
    return tuple(
        link
        for link in cow_iso_links()
        if link.ccode == state.ccode and link.iso is not None and _overlaps(link, when)
    )


def cow_for_iso(
    iso: str, when: PartialDate | DateRange | dt.date | None = None
) -> tuple[CowState, ...]:
    """Every COW state the mapping links to an ISO alpha-2 or alpha-4 code, on a date or at any time.

    >>> [s.abbreviation for s in cow_for_iso("DE")]
    ['GMY', 'GFR']
    >>> [s.abbreviation for s in cow_for_iso("DE", PartialDate("1970"))]
    ['GFR']
    """
    code = iso.strip().upper()
    by_number, _ = _by_code()
    found = []
    for link in cow_iso_links():
        if link.iso == code and _overlaps(link, when) and by_number[link.ccode] not in found:
            found.append(by_number[link.ccode])
    return tuple(found)


COW_SOURCE_ID = "cow-states-2016"


@cache
def cow_records() -> dict[str, dict[str, str]]:
    """Every row of COW v2016, keyed ``<ccode>:<period>`` (period 1, 2, ... in date order).

    The values are the file's, as strings; the keys are those the mapping's
    ``cow:<ccode>:<period>:start`` sources use.
    """
    rows: dict[int, list[dict[str, str]]] = {}
    for row in csv.DictReader(io.StringIO(_read("cow-states2016.csv"))):
        rows.setdefault(int(row["ccode"]), []).append(dict(row))
    records = {}
    for ccode, found in sorted(rows.items()):
        found.sort(key=lambda r: (int(r["styear"]), int(r["stmonth"]), int(r["stday"])))
        for index, row in enumerate(found, 1):
            records[f"{ccode}:{index}"] = row
    return records


def cow_source(*states: int | str) -> Source:
    """The COW State System Membership List v2016 as a dataset :class:`~bilateral.Source`.

    Cite its records with :meth:`Source.cite_record`: a record is one period
    of a state's membership, keyed ``<ccode>:<period>`` (``"265:1"``), with
    COW's fields ``stateabb``, ``ccode``, ``statenme``, ``styear``,
    ``stmonth``, ``stday``, ``endyear``, ``endmonth``, ``endday`` and
    ``version``. The source holds the records of the ``states`` given (COW
    numbers or abbreviations), so that a dataset checks the citations into
    them and a document carries them; with none given it holds none, and
    citations name records unchecked.

    >>> source = cow_source("GDR")
    >>> sorted(source.records)
    ['265:1']
    >>> source.cite_record("265:1", "styear", "stmonth", "stday")
    Citation(source='cow-states-2016', record='265:1', fields=('styear', 'stmonth', 'stday'), values=('1954', '3', '25'))

    Raises:
        UnknownCodeError: A state is not in COW v2016.
    """
    held = None
    if states:
        wanted = {cow_state(code).ccode for code in states}
        held = {k: v for k, v in cow_records().items() if int(v["ccode"]) in wanted}
    return Source(
        COW_SOURCE_ID,
        "Correlates of War Project",
        title="State System Membership List",
        version="2016",
        issued=PartialDate("2017"),
        url="https://correlatesofwar.org",
        licence="Free to use with citation: Correlates of War Project. 2017. "
        '"State System Membership List, v2016." Online, https://correlatesofwar.org',
        records=held,
    )


# Loaded on first use, after the package's __init__ published the classes it imports.
publish(CowState, MembershipPeriod)
