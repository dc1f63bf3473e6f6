"""The relation between two countries, and its timeline."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import Any, Literal

import attrs

from bilateral._model.existence import check_relation_existence
from bilateral._model.facts import DocumentCount, Event, Mission, Rupture, Statement
from bilateral._model.kinds import Status
from bilateral._model.trade import TradeChange, TradePeriod, trade_changes
from bilateral._values.checks import (
    as_tuple,
    keeps_its_type,
    omitted_at_default,
    optional_a,
    schema_rule,
)
from bilateral._values.country import Country
from bilateral._values.dates import (
    Age,
    Anniversary,
    PartialDate,
    When,
    _sort_key,
    age,
    anniversary,
    next_anniversary,
    to_optional_partial_date,
)
from bilateral._values.errors import InvalidValueError
from bilateral._values.sources import Citation


def _established_citations(value: list[Citation] | tuple[Citation, ...]) -> tuple[Citation, ...]:
    return as_tuple(value, Citation, "established_citations")


def _missions(value: list[Mission] | tuple[Mission, ...]) -> tuple[Mission, ...]:
    return as_tuple(value, Mission, "missions")


def _ruptures(value: list[Rupture] | tuple[Rupture, ...]) -> tuple[Rupture, ...]:
    return as_tuple(value, Rupture, "ruptures")


Since = Literal["establishment", "restoration"]
"""Which span an age or an anniversary counts: see :meth:`Relation.counted_from`."""


def _documents(value: list[DocumentCount] | tuple[DocumentCount, ...]) -> tuple[DocumentCount, ...]:
    return as_tuple(value, DocumentCount, "documents")


def _events(value: list[Event] | tuple[Event, ...]) -> tuple[Event, ...]:
    return as_tuple(value, Event, "events")


def _trade(value: list[TradePeriod] | tuple[TradePeriod, ...]) -> tuple[TradePeriod, ...]:
    return as_tuple(value, TradePeriod, "trade")


def _statements(value: list[Statement] | tuple[Statement, ...]) -> tuple[Statement, ...]:
    return as_tuple(value, Statement, "statements")


# They give back a value already of their field's type (see keeps_its_type).
keeps_its_type(
    _established_citations, _missions, _ruptures, _documents, _events, _trade, _statements
)


def _dyad(value: Any) -> tuple[Country, Country]:
    if not isinstance(value, list | tuple) or len(value) != 2:
        msg = f"expected two countries, got {value!r}"
        raise InvalidValueError(msg, path=("countries",))
    first, second = sorted(c if isinstance(c, Country) else Country(c) for c in value)
    if first == second:
        msg = f"a relation needs two different countries, got {first.code!r} twice"
        raise InvalidValueError(msg, path=("countries",))
    return (first, second)


class TimelineKind(enum.StrEnum):
    """What a :class:`TimelineEntry` holds; its value is the word used in text and tables."""

    ESTABLISHMENT = "establishment"
    RUPTURE = "rupture"
    MISSION = "mission"
    """A mission opened."""
    MISSION_LEVEL = "mission_level"
    """A mission's level of representation changed."""
    MISSION_CLOSED = "mission_closed"
    """A mission closed."""
    EVENT = "event"
    DOCUMENTS = "documents"
    TRADE = "trade"
    STATEMENT = "statement"


@attrs.frozen
class TimelineEntry:
    """One dated item of a relation, as :meth:`Relation.timeline` lists them.

    Attributes:
        when: Its date or range; ``None`` when unknown.
        kind: What it is, and so what ``item`` is: the :class:`Relation`
            for ``TimelineKind.ESTABLISHMENT``, a :class:`Rupture` (for its
            severance and for its restoration), a :class:`Mission` (for
            its opening, closing and changes of level),
            an :class:`Event`, a :class:`DocumentCount`, a
            :class:`TradePeriod` or a :class:`Statement`.
        label: A short English description.
        item: The value it comes from.
    """

    when: When | None
    kind: TimelineKind
    label: str
    item: Relation | Rupture | Mission | Event | DocumentCount | TradePeriod | Statement = (
        attrs.field(eq=False, repr=False)
    )


@attrs.frozen
class Relation:
    """The relation between two countries, the same whichever order they are given in.

    Attributes:
        countries: The two countries, sorted by code.
        established: When diplomatic relations were established.
        established_citations: Where the source says so.
        missions: Each country's missions in the other.
        documents: Counts of signed documents, as of their dates.
        events: Diplomatic events, held and planned.
        trade: Trade figures by period.
        statements: What was said about the relation.
        ruptures: The times the relations were severed (and restored), in
            time order, after the establishment; only the last may be
            unrestored.
    """

    countries: tuple[Country, Country] = attrs.field(
        converter=_dyad, metadata=schema_rule(uniqueItems=True)
    )
    established: PartialDate | None = attrs.field(
        converter=to_optional_partial_date,
        default=None,
        kw_only=True,
        validator=optional_a(PartialDate),
    )
    established_citations: tuple[Citation, ...] = attrs.field(
        default=(), kw_only=True, converter=_established_citations
    )
    missions: tuple[Mission, ...] = attrs.field(default=(), kw_only=True, converter=_missions)
    documents: tuple[DocumentCount, ...] = attrs.field(
        default=(), kw_only=True, converter=_documents
    )
    events: tuple[Event, ...] = attrs.field(default=(), kw_only=True, converter=_events)
    trade: tuple[TradePeriod, ...] = attrs.field(default=(), kw_only=True, converter=_trade)
    statements: tuple[Statement, ...] = attrs.field(default=(), kw_only=True, converter=_statements)
    ruptures: tuple[Rupture, ...] = attrs.field(
        default=(), kw_only=True, converter=_ruptures, metadata=omitted_at_default()
    )

    def __attrs_post_init__(self) -> None:
        self._check_ruptures()
        members = set(self.countries)
        for index, mission in enumerate(self.missions):
            if {mission.sending, mission.receiving} != members:
                msg = (
                    f"a mission of {mission.sending.code!r} in "
                    f"{mission.receiving.code!r} is not between {self.countries[0].code!r} "
                    f"and {self.countries[1].code!r}"
                )
                raise InvalidValueError(msg, path=("missions", index))
        for index, period in enumerate(self.trade):
            if period.reporter is not None and period.reporter not in members:
                msg = f"{period.reporter.code!r} is not in this relation"
                raise InvalidValueError(msg, path=("trade", index, "reporter"))
        for index, event in enumerate(self.events):
            for name in ("origin", "destination"):
                country = getattr(event, name)
                if country is not None and country not in members:
                    msg = f"{country.code!r} is not in this relation"
                    raise InvalidValueError(msg, path=("events", index, name))
        check_relation_existence(
            self.countries, self.established, self.events, self.trade, self.documents
        )

    def _check_ruptures(self) -> None:
        previous = self.established
        for index, rupture in enumerate(self.ruptures):
            if previous is not None and rupture.severed.latest < previous.earliest:
                before = "established" if index == 0 else "restored"
                msg = f"severed ({rupture.severed}) before the relations were {before} ({previous})"
                raise InvalidValueError(msg, path=("ruptures", index, "severed"))
            if rupture.restored is None and index != len(self.ruptures) - 1:
                msg = "only the last rupture may be unrestored"
                raise InvalidValueError(msg, path=("ruptures", index, "restored"))
            previous = rupture.restored

    @property
    def key(self) -> tuple[str, str]:
        """The two country codes, sorted; how a dataset finds the relation."""
        return (self.countries[0].code, self.countries[1].code)

    def involves(self, country: Country | str | int) -> bool:
        """Whether ``country`` is one of the two."""
        return Country(country) in self.countries

    def _known_establishment(self) -> PartialDate:
        """The establishment date, for the helpers that count from it.

        Raises:
            InvalidValueError: The establishment date is unknown.
        """
        if self.established is None:
            msg = f"the establishment date of {self.key} is not known"
            raise InvalidValueError(msg, path=("established",))
        return self.established

    def severed_on(self, day: dt.date) -> bool:
        """Whether the relations were certainly severed (and not yet restored) on ``day``."""
        return any(
            r.severed.latest <= day and (r.restored is None or day < r.restored.earliest)
            for r in self.ruptures
        )

    def counted_from(
        self, since: Since = "establishment", on: dt.date | None = None
    ) -> PartialDate:
        """The date the age helpers count from, for ``since`` as of ``on`` (default: today).

        ``"establishment"`` is the first establishment of relations, whatever
        came after; ``"restoration"`` is the latest restoration that may have
        happened by ``on``, or the establishment when the relations were
        never severed by then.

        Raises:
            InvalidValueError: The establishment date is unknown; ``since``
                is neither; or, for ``"restoration"``, the relations were
                severed and not restored as of ``on``.
        """
        start = self._known_establishment()
        if since == "establishment":
            return start
        if since != "restoration":
            msg = f"expected 'establishment' or 'restoration', got {since!r}"
            raise InvalidValueError(msg, path=("since",))
        day = dt.date.today() if on is None else on
        for rupture in self.ruptures:
            if day < rupture.severed.earliest:
                break
            if rupture.restored is None or day < rupture.restored.earliest:
                msg = (
                    f"the relations of {self.key} were severed ({rupture.severed}) "
                    f"and not restored on {day.isoformat()}"
                )
                raise InvalidValueError(msg, path=("ruptures",))
            start = rupture.restored
        return start

    def age(self, on: dt.date | None = None, *, since: Since = "establishment") -> Age:
        """How old the relation is on ``on`` (default: today), as a range if needed.

        ``since`` says which span is measured: ``"establishment"`` (the
        default) from the first establishment, gaps included;
        ``"restoration"`` from the latest restoration by ``on`` (see
        :meth:`counted_from`, which gives the date counted from).

        Raises:
            InvalidValueError: The establishment date is unknown, or ``on``
                is before it, or (``"restoration"``) the relations were
                severed and not restored on ``on``.
        """
        day = dt.date.today() if on is None else on
        return age(self.counted_from(since, day), day)

    def anniversary(self, n: int, *, since: Since = "establishment") -> Anniversary:
        """The ``n``-th anniversary of the establishment (or of the latest restoration).

        Raises:
            InvalidValueError: The establishment date is unknown, or ``n`` is
                not a positive integer, or (``"restoration"``) the relations
                are severed and not restored.
        """
        return anniversary(self.counted_from(since), n)

    def next_anniversary(
        self, after: dt.date | None = None, *, since: Since = "establishment"
    ) -> Anniversary:
        """The first anniversary that may fall after ``after``, of the span ``since`` names.

        Raises:
            InvalidValueError: The establishment date is unknown, or
                (``"restoration"``) the relations were severed and not
                restored on ``after``.
        """
        day = dt.date.today() if after is None else after
        return next_anniversary(self.counted_from(since, day), day)

    def trade_changes(self) -> list[TradeChange]:
        """The changes between consecutive comparable trade figures, annualized.

        Figures are comparable when they measure the same flow, reported by
        the same country, in the same currency (:attr:`TradePeriod.series`).
        Within each such series, in the order the series first appear in
        ``trade``, the figures are put in time order and each is compared
        with the next one (:meth:`TradePeriod.change_to`), but only when the
        next one starts after it ends: a year is never compared with a half
        of itself.

        >>> from bilateral import load_bundled
        >>> [str(c.percent) for c in load_bundled().relation("AZ", "LT").trade_changes()]
        ['-31.43']
        """
        return trade_changes(self.trade)

    def mission_of(self, sending: Country | str | int) -> tuple[Mission, ...]:
        """The missions that ``sending`` has in the other country."""
        country = Country(sending)
        return tuple(m for m in self.missions if m.sending == country)

    def planned(self) -> tuple[Event, ...]:
        """The planned events."""
        return tuple(e for e in self.events if e.status is Status.PLANNED)

    def held(self) -> tuple[Event, ...]:
        """The events that were held."""
        return tuple(e for e in self.events if e.status is Status.HELD)

    def called_off(self) -> tuple[Event, ...]:
        """The events that were cancelled or postponed."""
        return tuple(e for e in self.events if e.status in (Status.CANCELLED, Status.POSTPONED))

    def timeline(self) -> list[TimelineEntry]:
        """Every dated item of the relation in order.

        The order places each item at the first day it may be; an item known
        only to end by a day ("on or before X") is placed at X; ties go to the
        item that may end sooner; items with no date at all come last, in
        the order they are stored.
        """
        entries = list(self._entries())
        entries.sort(key=lambda e: _sort_key(e.when))
        return entries

    def _rupture_entries(self) -> Iterator[TimelineEntry]:
        for rupture in self.ruptures:
            yield TimelineEntry(
                rupture.severed, TimelineKind.RUPTURE, "Diplomatic relations severed", rupture
            )
            if rupture.restored is not None:
                yield TimelineEntry(
                    rupture.restored, TimelineKind.RUPTURE, "Diplomatic relations restored", rupture
                )

    def _mission_entries(self) -> Iterator[TimelineEntry]:
        for mission in self.missions:
            name = (
                f"{mission.kind.value.replace('_', ' ').capitalize()} of "
                f"{mission.sending.name()} in {mission.receiving.name()}"
            )
            yield TimelineEntry(mission.opened, TimelineKind.MISSION, f"{name} opened", mission)
            for change in mission.level_changes:
                label = f"{name}: level {change.level.value.replace('_', ' ')}"
                yield TimelineEntry(change.when, TimelineKind.MISSION_LEVEL, label, mission)
            if mission.closed is not None:
                yield TimelineEntry(
                    mission.closed, TimelineKind.MISSION_CLOSED, f"{name} closed", mission
                )

    def _entries(self) -> Iterator[TimelineEntry]:
        if self.established is not None:
            yield TimelineEntry(
                self.established,
                TimelineKind.ESTABLISHMENT,
                "Diplomatic relations established",
                self,
            )
        yield from self._rupture_entries()
        yield from self._mission_entries()
        for event in self.events:
            label = f"{event.summary} ({event.status.value})"
            yield TimelineEntry(event.when, TimelineKind.EVENT, label, event)
        for count in self.documents:
            yield TimelineEntry(
                count.as_of,
                TimelineKind.DOCUMENTS,
                f"{count.count} documents signed so far",
                count,
            )
        for period in self.trade:
            label = f"Trade {period.flow.value}: {period.value}"
            yield TimelineEntry(period.period, TimelineKind.TRADE, label, period)
        for statement in self.statements:
            yield TimelineEntry(
                statement.when, TimelineKind.STATEMENT, statement.summary, statement
            )
