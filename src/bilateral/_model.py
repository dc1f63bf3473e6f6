"""The domain model: people, events, missions, trade, statements, relations."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from bilateral._checks import (
    as_tuple,
    check_count,
    check_id,
    check_optional_text,
    check_text,
    is_a,
    optional_a,
)
from bilateral._country import Country
from bilateral._dates import (
    Age,
    Anniversary,
    DateRange,
    PartialDate,
    Precision,
    When,
    _sort_key,
    age,
    anniversary,
    next_anniversary,
)
from bilateral._errors import CurrencyMismatchError, InvalidValueError, NotFoundError
from bilateral._money import Money
from bilateral._sources import Citation, Correction, Source, citations


class EventKind(enum.StrEnum):
    """What kind of diplomatic event happened or is planned.

    Each kind maps to a CAMEO code and a PLOVER event type (see
    :attr:`cameo`, :attr:`plover`); :attr:`mapping_is_judgement` says where
    the mapping is our reading rather than a one-to-one match.
    """

    ESTABLISHMENT = "establishment_of_relations"
    EMBASSY_OPENING = "embassy_opening"
    OFFICIAL_VISIT = "official_visit"
    COMMISSION_MEETING = "commission_meeting"
    BUSINESS_FORUM = "business_forum"
    SIGNING = "signing"
    STATEMENT = "statement"
    MEETING = "meeting"
    COMMEMORATION = "commemoration"

    @property
    def cameo(self) -> str:
        """The CAMEO event code (CAMEO 1.1b3)."""
        return _CODES[self][0]

    @property
    def plover(self) -> str:
        """The PLOVER event type."""
        return _CODES[self][1]

    @property
    def mapping_is_judgement(self) -> bool:
        """Whether the CAMEO/PLOVER mapping is a judgement, not a direct match."""
        return _CODES[self][2]


# kind: (CAMEO code, PLOVER type, is the mapping a judgement)
_CODES: dict[EventKind, tuple[str, str, bool]] = {
    EventKind.ESTABLISHMENT: (
        "054",
        "COOPERATE",
        True,
    ),  # 054 Grant diplomatic recognition
    EventKind.EMBASSY_OPENING: ("050", "COOPERATE", True),  # 050 Diplomatic cooperation
    EventKind.OFFICIAL_VISIT: ("042", "CONSULT", False),  # 042 Make a visit
    EventKind.COMMISSION_MEETING: ("040", "CONSULT", True),  # 040 Consult
    EventKind.BUSINESS_FORUM: ("061", "COOPERATE", True),  # 061 Cooperate economically
    EventKind.SIGNING: ("057", "AGREE", False),  # 057 Sign formal agreement
    EventKind.STATEMENT: ("010", "SUPPORT", True),  # 010 Make statement
    EventKind.MEETING: ("040", "CONSULT", False),  # 040 Consult
    EventKind.COMMEMORATION: ("017", "SUPPORT", True),  # 017 Engage in symbolic act
}


class Status(enum.StrEnum):
    """Whether an event has happened (as of its source) or is planned."""

    HELD = "held"
    PLANNED = "planned"


class Flow(enum.StrEnum):
    """Which trade flow a figure measures."""

    TURNOVER = "turnover"
    EXPORTS = "exports"
    IMPORTS = "imports"


class MissionKind(enum.StrEnum):
    """The kind of a diplomatic mission."""

    EMBASSY = "embassy"
    CONSULATE_GENERAL = "consulate_general"
    CONSULATE = "consulate"
    HONORARY_CONSULATE = "honorary_consulate"


class Area(enum.StrEnum):
    """An area of cooperation a statement is about."""

    ECONOMIC = "economic"
    TRADE = "trade"
    HUMANITARIAN = "humanitarian"
    INTERPARLIAMENTARY = "interparliamentary"
    POLITICAL = "political"
    EU_INTEGRATION = "eu_integration"


_when = optional_a(PartialDate, DateRange)


# Named converters, so that mypy's attrs plugin types the constructors.
def _a_country(value: Country | str | int) -> Country:
    return value if isinstance(value, Country) else Country(value)


def _maybe_country(value: Country | str | int | None) -> Country | None:
    return None if value is None else _a_country(value)


def _participants(value: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return as_tuple(value, str, "participants")


def _places(value: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return as_tuple(value, str, "places")


def _areas(value: list[Area] | tuple[Area, ...]) -> tuple[Area, ...]:
    return as_tuple(value, Area, "areas")


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


def _sources(value: list[Source] | tuple[Source, ...]) -> tuple[Source, ...]:
    return as_tuple(value, Source, "sources")


def _people(value: list[Person] | tuple[Person, ...]) -> tuple[Person, ...]:
    return as_tuple(value, Person, "people")


def _relations(value: list[Relation] | tuple[Relation, ...]) -> tuple[Relation, ...]:
    return as_tuple(value, Relation, "relations")


def _corrections(value: list[Correction] | tuple[Correction, ...]) -> tuple[Correction, ...]:
    return as_tuple(value, Correction, "corrections")


@attrs.frozen
class Person:
    """Someone who acts in a relation.

    Attributes:
        id: A short id that events and statements use.
        name: The name, corrected where the source is wrong (see
            :class:`Correction`).
        role: The role the source gives, such as "Deputy Foreign Minister".
        country: The country the person acts for, when the source says it.
        citations: Where the source names the person.
    """

    id: str = attrs.field(validator=check_id)
    name: str = attrs.field(validator=check_text)
    role: str | None = attrs.field(default=None, kw_only=True, validator=check_optional_text)
    country: Country | None = attrs.field(
        default=None, kw_only=True, converter=_maybe_country, validator=optional_a(Country)
    )
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)


@attrs.frozen
class Event:
    """A diplomatic event, held or planned.

    Attributes:
        id: A short id that statements use.
        kind: What kind of event.
        status: Held or planned, as of the source.
        when: Its date as precise as the source gives, a range (``None`` for
            an open end), or ``None`` when the source gives no date at all.
        summary: What happened, in a sentence.
        origin: For a visit, the visiting country.
        destination: For a visit, the host country.
        participants: Ids of the people taking part.
        places: Where it happened, as the source names it.
        note: A caveat on reading the source (how a date was inferred).
        citations: Where the source says it.
    """

    id: str = attrs.field(validator=check_id)
    kind: EventKind = attrs.field(validator=is_a(EventKind))
    status: Status = attrs.field(validator=is_a(Status))
    when: When | None = attrs.field(validator=_when)
    summary: str = attrs.field(validator=check_text)
    origin: Country | None = attrs.field(
        default=None, kw_only=True, converter=_maybe_country, validator=optional_a(Country)
    )
    destination: Country | None = attrs.field(
        default=None, kw_only=True, converter=_maybe_country, validator=optional_a(Country)
    )
    participants: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_participants)
    places: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_places)
    note: str | None = attrs.field(default=None, kw_only=True, validator=check_optional_text)
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)

    def __attrs_post_init__(self) -> None:
        if self.origin is not None and self.origin == self.destination:
            msg = f"destination: the visit goes from {self.origin.code!r} to itself"
            raise InvalidValueError(msg)

    def _repr_html_(self) -> str:
        from bilateral import _html  # noqa: PLC0415 - only notebooks need it

        return _html.to_html([_html.events_table([self], "Event")])


@attrs.frozen
class Mission:
    """A diplomatic mission of one country in the other.

    Attributes:
        sending: The country whose mission it is.
        receiving: The country it is in.
        kind: Embassy, consulate, ...
        opened: When it opened, as precise as the source gives.
        citations: Where the source says it.
    """

    sending: Country = attrs.field(converter=_a_country, validator=is_a(Country))
    receiving: Country = attrs.field(converter=_a_country, validator=is_a(Country))
    kind: MissionKind = attrs.field(
        default=MissionKind.EMBASSY, kw_only=True, validator=is_a(MissionKind)
    )
    opened: PartialDate | None = attrs.field(
        default=None, kw_only=True, validator=optional_a(PartialDate)
    )
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)

    def __attrs_post_init__(self) -> None:
        if self.sending == self.receiving:
            msg = f"receiving: a mission of {self.sending.code!r} cannot be in its own country"
            raise InvalidValueError(msg)


@attrs.frozen
class DocumentCount:
    """How many documents the two countries had signed, as of a date.

    Attributes:
        count: The number of documents.
        as_of: The date the count is given for.
        citations: Where the source says it.
    """

    count: int = attrs.field(validator=check_count)
    as_of: PartialDate = attrs.field(validator=is_a(PartialDate))
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)


@attrs.frozen
class Estimate:
    """A trade value scaled to a year: an estimate unless the period is a year.

    Attributes:
        value: The annualized value (value × 12 / months covered).
        months: How many months the figure it comes from covers.
        period: The period it comes from.
    """

    value: Money
    months: int
    period: PartialDate

    @property
    def is_estimate(self) -> bool:
        """Whether the value is extrapolated (the period is not a whole year)."""
        return self.months != 12

    def __str__(self) -> str:
        if not self.is_estimate:
            return f"{self.value} a year"
        unit = "month" if self.months == 1 else "months"
        return f"{self.value} a year (estimated from {self.months} {unit})"


@attrs.frozen
class TradeChange:
    """The change between two trade periods, compared on an annualized basis.

    Attributes:
        before: The earlier period, annualized.
        after: The later period, annualized.
        difference: ``after - before``.
        ratio: ``after / before - 1`` (``None`` when ``before`` is zero).
    """

    before: Estimate
    after: Estimate
    difference: Money
    ratio: Decimal | None

    @property
    def is_estimate(self) -> bool:
        """Whether either side is extrapolated."""
        return self.before.is_estimate or self.after.is_estimate

    @property
    def percent(self) -> Decimal | None:
        """The ratio in percent, rounded to two places."""
        if self.ratio is None:
            return None
        return (self.ratio * 100).quantize(Decimal("0.01"))


def _check_period(instance: object, attribute: attrs.Attribute[PartialDate], value: object) -> None:
    del instance
    if not isinstance(value, PartialDate):
        msg = f"{attribute.name}: expected a PartialDate, got {value!r}"
        raise InvalidValueError(msg)
    if value.precision is Precision.DAY:
        msg = f"{attribute.name}: a trade period is a year, half, quarter or month, got the day {value.edtf!r}"
        raise InvalidValueError(msg)


def _check_trade_value(instance: object, attribute: attrs.Attribute[Money], value: object) -> None:
    del instance
    if not isinstance(value, Money):
        msg = f"{attribute.name}: expected Money, got {value!r}"
        raise InvalidValueError(msg)
    if value.amount < 0:
        msg = f"{attribute.name}.amount: a trade value cannot be negative, got {value.amount}"
        raise InvalidValueError(msg)


@attrs.frozen
class TradePeriod:
    """A trade figure for a year, half-year, quarter or month.

    Attributes:
        flow: Turnover, exports or imports.
        period: The period covered (year, half, quarter or month precision).
        value: The value, never negative.
        reporter: Whose statistics these are, if the source says; needed for
            exports and imports (the reporter's exports to the partner).
        note: A caveat on reading the source (how the currency was read).
        citations: Where the source says it.
    """

    flow: Flow = attrs.field(validator=is_a(Flow))
    period: PartialDate = attrs.field(validator=_check_period)
    value: Money = attrs.field(validator=_check_trade_value)
    reporter: Country | None = attrs.field(
        default=None, kw_only=True, converter=_maybe_country, validator=optional_a(Country)
    )
    note: str | None = attrs.field(default=None, kw_only=True, validator=check_optional_text)
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)

    def __attrs_post_init__(self) -> None:
        if self.flow is not Flow.TURNOVER and self.reporter is None:
            msg = f"reporter: {self.flow.value} need a reporting country (whose {self.flow.value}?)"
            raise InvalidValueError(msg)

    def _repr_html_(self) -> str:
        from bilateral import _html  # noqa: PLC0415 - only notebooks need it

        return _html.to_html([_html.trade_table([self], "Trade period")])

    @property
    def months(self) -> int:
        """How many months the period covers."""
        months = self.period.months
        assert months is not None  # a trade period is never a day  # noqa: S101
        return months

    def annualized(self) -> Estimate:
        """The value scaled to a year: value × 12 / months covered.

        >>> from bilateral import Money, PartialDate, Flow
        >>> h1 = TradePeriod(Flow.TURNOVER, PartialDate("2022-40"), Money("14400000", "USD"))
        >>> h1.annualized()
        Estimate(value=Money("28800000", "USD"), months=6, period=PartialDate("2022-40"))
        >>> h1.annualized().is_estimate
        True
        """
        months = self.months
        value = Money(self.value.amount * 12 / months, self.value.currency)
        return Estimate(value=value, months=months, period=self.period)

    def change_to(self, later: TradePeriod) -> TradeChange:
        """The change from this period to ``later``, both annualized.

        Raises:
            InvalidValueError: The two figures measure different flows or
                reporters, or are in different currencies.
        """
        if not isinstance(later, TradePeriod):
            msg = f"later: expected a TradePeriod, got {later!r}"
            raise InvalidValueError(msg)
        if later.period.earliest <= self.period.latest:
            msg = (
                f"later: {later.period.edtf!r} does not start after {self.period.edtf!r} "
                "ends; compare a period with one that follows it"
            )
            raise InvalidValueError(msg)
        if (self.flow, self.reporter) != (later.flow, later.reporter):
            msg = (
                f"later: cannot compare {self.flow.value} ({self.reporter}) with "
                f"{later.flow.value} ({later.reporter})"
            )
            raise InvalidValueError(msg)
        if self.value.currency != later.value.currency:
            msg = (
                f"later.value.currency: cannot compare {self.value.currency} with "
                f"{later.value.currency}; convert one of them first"
            )
            raise CurrencyMismatchError(msg)
        before, after = self.annualized(), later.annualized()
        difference = after.value - before.value
        ratio = None if before.value.amount == 0 else after.value / before.value - 1
        return TradeChange(before=before, after=after, difference=difference, ratio=ratio)


@attrs.frozen
class Statement:
    """Something someone said about the relation.

    Attributes:
        id: A short id.
        speaker: The id of the person who said it; ``None`` when the source
            says it in its own voice.
        summary: What was said, in a sentence.
        occasion: The id of the event at which it was said, if known.
        areas: The areas of cooperation it is about.
        direct_quote: Whether the source quotes the words directly.
        when: When it was said, as precise as the source gives.
        citations: Where the source reports it.
    """

    id: str = attrs.field(validator=check_id)
    speaker: str | None = attrs.field(validator=optional_a(str))
    summary: str = attrs.field(validator=check_text)
    occasion: str | None = attrs.field(default=None, kw_only=True, validator=optional_a(str))
    areas: tuple[Area, ...] = attrs.field(default=(), kw_only=True, converter=_areas)
    direct_quote: bool = attrs.field(default=False, kw_only=True, validator=is_a(bool))
    when: When | None = attrs.field(default=None, kw_only=True, validator=_when)
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)


def _dyad(value: Any) -> tuple[Country, Country]:
    if not isinstance(value, list | tuple) or len(value) != 2:
        msg = f"countries: expected two countries, got {value!r}"
        raise InvalidValueError(msg)
    first, second = sorted(c if isinstance(c, Country) else Country(c) for c in value)
    if first == second:
        msg = f"countries: a relation needs two different countries, got {first.code!r} twice"
        raise InvalidValueError(msg)
    return (first, second)


@attrs.frozen
class TimelineEntry:
    """One dated item of a relation, as :meth:`Relation.timeline` lists them.

    Attributes:
        when: Its date or range; ``None`` when unknown.
        kind: ``"establishment"``, ``"mission"``, ``"event"``, ``"documents"``,
            ``"trade"`` or ``"statement"``.
        label: A short English description.
        item: The value it comes from.
    """

    when: When | None
    kind: str
    label: str
    item: Any = attrs.field(eq=False, repr=False)


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

    countries: tuple[Country, Country] = attrs.field(converter=_dyad)
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
                    f"missions[{index}]: a mission of {mission.sending.code!r} in "
                    f"{mission.receiving.code!r} is not between {self.countries[0].code!r} "
                    f"and {self.countries[1].code!r}"
                )
                raise InvalidValueError(msg)
        for index, period in enumerate(self.trade):
            if period.reporter is not None and period.reporter not in members:
                msg = f"trade[{index}].reporter: {period.reporter.code!r} is not in this relation"
                raise InvalidValueError(msg)
        for index, event in enumerate(self.events):
            for name in ("origin", "destination"):
                country = getattr(event, name)
                if country is not None and country not in members:
                    msg = f"events[{index}].{name}: {country.code!r} is not in this relation"
                    raise InvalidValueError(msg)

    def _repr_html_(self) -> str:
        from bilateral import _html  # noqa: PLC0415 - only notebooks need it

        return _html.to_html(_html.relation_tables(self))

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        from bilateral import _html  # noqa: PLC0415 - only notebooks need it

        _html.pretty(printer, _html.relation_tables(self), cycle=cycle)

    @property
    def key(self) -> tuple[str, str]:
        """The two country codes, sorted; how a dataset finds the relation."""
        return (self.countries[0].code, self.countries[1].code)

    def involves(self, country: Country | str | int) -> bool:
        """Whether ``country`` is one of the two."""
        return Country(country) in self.countries

    def age(self, on: dt.date | None = None) -> Age:
        """How old the relation is on ``on`` (default: today), as a range if needed.

        Raises:
            InvalidValueError: The establishment date is unknown, or ``on``
                is before it.
        """
        if self.established is None:
            msg = f"established: the establishment date of {self.key} is not known"
            raise InvalidValueError(msg)
        return age(self.established, dt.date.today() if on is None else on)

    def anniversary(self, n: int) -> Anniversary:
        """The ``n``-th anniversary of the establishment of relations."""
        if self.established is None:
            msg = f"established: the establishment date of {self.key} is not known"
            raise InvalidValueError(msg)
        return anniversary(self.established, n)

    def next_anniversary(self, after: dt.date | None = None) -> Anniversary:
        """The first anniversary of the establishment that may fall after ``after``."""
        if self.established is None:
            msg = f"established: the establishment date of {self.key} is not known"
            raise InvalidValueError(msg)
        return next_anniversary(self.established, dt.date.today() if after is None else after)

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
                "establishment",
                "Diplomatic relations established",
                self,
            )
        for mission in self.missions:
            label = (
                f"{mission.kind.value.replace('_', ' ').capitalize()} of "
                f"{mission.sending.name()} in {mission.receiving.name()} opened"
            )
            yield TimelineEntry(mission.opened, "mission", label, mission)
        for event in self.events:
            label = f"{event.summary} ({event.status.value})"
            yield TimelineEntry(event.when, "event", label, event)
        for count in self.documents:
            yield TimelineEntry(
                count.as_of,
                "documents",
                f"{count.count} documents signed so far",
                count,
            )
        for period in self.trade:
            label = f"Trade {period.flow.value}: {period.value}"
            yield TimelineEntry(period.period, "trade", label, period)
        for statement in self.statements:
            yield TimelineEntry(statement.when, "statement", statement.summary, statement)


_Identified = TypeVar("_Identified", Person, Source)


def _by_id(items: tuple[_Identified, ...], item_id: str, what: str) -> _Identified:
    for item in items:
        if item.id == item_id:
            return item
    msg = f"no {what} with id {item_id!r} in this dataset"
    raise NotFoundError(msg)


@attrs.frozen
class Dataset:
    """Sources, the people in them, relations and corrections, checked together.

    A dataset refuses duplicate ids, references to people, events or sources
    it does not hold, two relations for the same pair of countries, and
    citations whose quote is not the source text at their offsets.

    Attributes:
        sources: The texts facts are cited from.
        people: The people who act in the relations.
        relations: One relation per pair of countries.
        corrections: Corrections of the sources' text.
    """

    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    people: tuple[Person, ...] = attrs.field(default=(), converter=_people)
    relations: tuple[Relation, ...] = attrs.field(default=(), converter=_relations)
    corrections: tuple[Correction, ...] = attrs.field(
        default=(), kw_only=True, converter=_corrections
    )

    def __attrs_post_init__(self) -> None:
        from bilateral._integrity import check_dataset  # noqa: PLC0415 - avoids a cycle

        check_dataset(self)

    def _repr_html_(self) -> str:
        from bilateral import _html  # noqa: PLC0415 - only notebooks need it

        return _html.to_html(_html.dataset_tables(self))

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        from bilateral import _html  # noqa: PLC0415 - only notebooks need it

        _html.pretty(printer, _html.dataset_tables(self), cycle=cycle)

    def relation(self, first: Country | str | int, second: Country | str | int) -> Relation:
        """The relation between two countries, in either order.

        Raises:
            NotFoundError: The dataset has no relation between them.
        """
        key = _dyad((first, second))
        for relation in self.relations:
            if relation.countries == key:
                return relation
        msg = f"no relation between {key[0].code!r} and {key[1].code!r} in this dataset"
        raise NotFoundError(msg)

    def person(self, person_id: str) -> Person:
        """The person with id ``person_id``.

        Raises:
            NotFoundError: No such person.
        """
        return _by_id(self.people, person_id, "person")

    def source(self, source_id: str) -> Source:
        """The source with id ``source_id``.

        Raises:
            NotFoundError: No such source.
        """
        return _by_id(self.sources, source_id, "source")
