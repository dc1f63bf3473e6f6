"""The relation between two countries, and its timeline."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import Any

import attrs

from bilateral._model.existence import check_relation_existence
from bilateral._model.facts import DocumentCount, Event, Mission, Statement
from bilateral._model.kinds import Status
from bilateral._model.trade import TradeChange, TradePeriod, trade_changes
from bilateral._values.checks import (
    as_tuple,
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
)
from bilateral._values.errors import InvalidValueError
from bilateral._values.sources import Citation


def _established_citations(value: list[Citation] | tuple[Citation, ...]) -> tuple[Citation, ...]:
    return as_tuple(value, Citation, "established_citations")


def _missions(value: list[Mission] | tuple[Mission, ...]) -> tuple[Mission, ...]:
    return as_tuple(value, Mission, "missions")


def _documents(value: list[DocumentCount] | tuple[DocumentCount, ...]) -> tuple[DocumentCount, ...]:
    return as_tuple(value, DocumentCount, "documents")


def _events(value: list[Event] | tuple[Event, ...]) -> tuple[Event, ...]:
    return as_tuple(value, Event, "events")


def _trade(value: list[TradePeriod] | tuple[TradePeriod, ...]) -> tuple[TradePeriod, ...]:
    return as_tuple(value, TradePeriod, "trade")


def _statements(value: list[Statement] | tuple[Statement, ...]) -> tuple[Statement, ...]:
    return as_tuple(value, Statement, "statements")


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
    MISSION = "mission"
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
            for ``TimelineKind.ESTABLISHMENT``, a :class:`Mission`,
            an :class:`Event`, a :class:`DocumentCount`, a
            :class:`TradePeriod` or a :class:`Statement`.
        label: A short English description.
        item: The value it comes from.
    """

    when: When | None
    kind: TimelineKind
    label: str
    item: Relation | Mission | Event | DocumentCount | TradePeriod | Statement = attrs.field(
        eq=False, repr=False
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
    """

    countries: tuple[Country, Country] = attrs.field(
        converter=_dyad, metadata=schema_rule(uniqueItems=True)
    )
    established: PartialDate | None = attrs.field(
        default=None, kw_only=True, validator=optional_a(PartialDate)
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

    def __attrs_post_init__(self) -> None:
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

    def age(self, on: dt.date | None = None) -> Age:
        """How old the relation is on ``on`` (default: today), as a range if needed.

        Raises:
            InvalidValueError: The establishment date is unknown, or ``on``
                is before it.
        """
        return age(self._known_establishment(), dt.date.today() if on is None else on)

    def anniversary(self, n: int) -> Anniversary:
        """The ``n``-th anniversary of the establishment of relations.

        Raises:
            InvalidValueError: The establishment date is unknown, or ``n`` is
                not a positive integer.
        """
        return anniversary(self._known_establishment(), n)

    def next_anniversary(self, after: dt.date | None = None) -> Anniversary:
        """The first anniversary of the establishment that may fall after ``after``.

        Raises:
            InvalidValueError: The establishment date is unknown.
        """
        return next_anniversary(
            self._known_establishment(), dt.date.today() if after is None else after
        )

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

    def _entries(self) -> Iterator[TimelineEntry]:
        if self.established is not None:
            yield TimelineEntry(
                self.established,
                TimelineKind.ESTABLISHMENT,
                "Diplomatic relations established",
                self,
            )
        for mission in self.missions:
            label = (
                f"{mission.kind.value.replace('_', ' ').capitalize()} of "
                f"{mission.sending.name()} in {mission.receiving.name()} opened"
            )
            yield TimelineEntry(mission.opened, TimelineKind.MISSION, label, mission)
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
