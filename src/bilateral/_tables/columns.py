"""Relations as columns of plain Python values: the one schema behind pandas and Arrow.

Each table (``events``, ``trade``, ``missions``, ``statements``) is a list of
:class:`Column` specs and a function that fills them from relations. The pandas
and Arrow modules only map each column's :class:`Kind` to their own types, so
the two stay the same table.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from bilateral._model import (
    Dataset,
    Event,
    EventKind,
    Flow,
    Mission,
    MissionKind,
    Relation,
    RepresentationLevel,
    Status,
    TradePeriod,
)
from bilateral._values.country import Country
from bilateral._values.dates import PartialDate, Precision, When
from bilateral._values.errors import InvalidValueError
from bilateral._values.sources import Citation


class Kind(enum.Enum):
    """What a column holds; each backend maps it to a type."""

    CODE = "code"  # a country or currency code (string)
    ENUM = "enum"  # one value of a fixed enum (categorical / dictionary)
    TEXT = "text"  # free text (string)
    DATE = "date"  # a calendar day
    DECIMAL = "decimal"  # an exact amount
    INT = "int"
    BOOL = "bool"
    TEXTS = "texts"  # a list of strings
    CITATIONS = "citations"  # a list of {source, start, end, quote, record, fields, values}


@attrs.frozen
class Column:
    """One column: its name, what it holds, whether it may be missing."""

    name: str
    kind: Kind
    nullable: bool = False
    choices: type[enum.Enum] | None = None


def _when_columns(first: str) -> list[Column]:
    return [
        Column(first, Kind.TEXT, nullable=True),
        Column("earliest", Kind.DATE, nullable=True),
        Column("latest", Kind.DATE, nullable=True),
        Column("precision", Kind.ENUM, nullable=True, choices=Precision),
    ]


_DYAD = [Column("country_a", Kind.CODE), Column("country_b", Kind.CODE)]
_CITATIONS = Column("citations", Kind.CITATIONS)

SCHEMAS: dict[str, list[Column]] = {
    "events": [
        *_DYAD,
        Column("id", Kind.TEXT),
        Column("kind", Kind.ENUM, choices=EventKind),
        Column("status", Kind.ENUM, choices=Status),
        *_when_columns("when"),
        Column("summary", Kind.TEXT),
        Column("origin", Kind.CODE, nullable=True),
        Column("destination", Kind.CODE, nullable=True),
        Column("participants", Kind.TEXTS),
        Column("places", Kind.TEXTS),
        Column("note", Kind.TEXT, nullable=True),
        _CITATIONS,
        Column("cameo", Kind.TEXT, nullable=True),
        Column("plover", Kind.TEXT, nullable=True),
        Column("plover_mode", Kind.TEXT, nullable=True),
        Column("plover_contexts", Kind.TEXTS),
        Column("called_off", Kind.TEXT, nullable=True),
        Column("moved_to", Kind.TEXT, nullable=True),
    ],
    "trade": [
        *_DYAD,
        Column("flow", Kind.ENUM, choices=Flow),
        Column("period", Kind.TEXT),
        Column("earliest", Kind.DATE),
        Column("latest", Kind.DATE),
        Column("precision", Kind.ENUM, choices=Precision),
        Column("months", Kind.INT),
        Column("amount", Kind.DECIMAL),
        Column("currency", Kind.CODE),
        Column("annualized_amount", Kind.DECIMAL),
        Column("is_estimate", Kind.BOOL),
        Column("reporter", Kind.CODE, nullable=True),
        Column("note", Kind.TEXT, nullable=True),
        _CITATIONS,
    ],
    "missions": [
        *_DYAD,
        Column("sending", Kind.CODE),
        Column("receiving", Kind.CODE),
        Column("kind", Kind.ENUM, choices=MissionKind),
        *_when_columns("opened"),
        _CITATIONS,
        Column("closed", Kind.TEXT, nullable=True),
        Column("level", Kind.ENUM, nullable=True, choices=RepresentationLevel),
    ],
    "statements": [
        *_DYAD,
        Column("id", Kind.TEXT),
        Column("speaker", Kind.TEXT, nullable=True),
        Column("summary", Kind.TEXT),
        Column("occasion", Kind.TEXT, nullable=True),
        Column("areas", Kind.TEXTS),
        Column("direct_quote", Kind.BOOL),
        *_when_columns("when"),
        _CITATIONS,
    ],
    # The inputs of the dyad-year panel (docs/how-to/dyad-years.md) besides
    # events and trade: each date as its bounds, so that SQL engines need no
    # EDTF parser.
    "relations": [
        *_DYAD,
        Column("established", Kind.TEXT, nullable=True),
        Column("established_earliest", Kind.DATE, nullable=True),
        Column("established_latest", Kind.DATE, nullable=True),
    ],
    "ruptures": [
        *_DYAD,
        Column("severed", Kind.TEXT),
        Column("severed_earliest", Kind.DATE),
        Column("severed_latest", Kind.DATE),
        Column("restored", Kind.TEXT, nullable=True),
        Column("restored_earliest", Kind.DATE, nullable=True),
        Column("restored_latest", Kind.DATE, nullable=True),
    ],
    "mission_levels": [
        *_DYAD,
        Column("sending", Kind.CODE),
        Column("receiving", Kind.CODE),
        Column("kind", Kind.ENUM, choices=MissionKind),
        Column("level", Kind.ENUM, choices=RepresentationLevel),
        Column("first_day", Kind.DATE, nullable=True),
        Column("last_day", Kind.DATE, nullable=True),
    ],
}
TABLES = tuple(SCHEMAS)


def when_columns(when: When | None, name: str) -> dict[str, Any]:
    """The columns of ``_when_columns(name)`` for one date: EDTF, bounds, precision."""
    if when is None:
        return {name: None, "earliest": None, "latest": None, "precision": None}
    precision = when.precision.value if isinstance(when, PartialDate) else None
    return {
        name: when.edtf,
        "earliest": when.earliest,
        "latest": when.latest,
        "precision": precision,
    }


def _edtf(when: When | None) -> str | None:
    return None if when is None else when.edtf


def _code(country: Country | None) -> str | None:
    return None if country is None else country.code


def _citations(items: Iterable[Citation]) -> list[dict[str, Any]]:
    # A quote of a text has start, end and quote; a record of a dataset has
    # record, fields and (maybe) values. Every citation has every key.
    return [
        {
            "source": c.source,
            "start": c.start,
            "end": c.end,
            "quote": c.quote,
            "record": c.record,
            "fields": list(c.fields),
            "values": list(c.values),
        }
        for c in items
    ]


def event_row(event: Event) -> dict[str, Any]:
    """The columns of ``events`` for one event, but its relation's two countries."""
    plover = event.effective_plover
    return {
        "id": event.id,
        "kind": event.kind.value,
        "status": event.status.value,
        **when_columns(event.when, "when"),
        "summary": event.summary,
        "origin": _code(event.origin),
        "destination": _code(event.destination),
        "participants": list(event.participants),
        "places": list(event.places),
        "note": event.note,
        "citations": _citations(event.citations),
        "cameo": event.effective_cameo,
        "plover": None if plover is None else plover.event,
        "plover_mode": None if plover is None else plover.mode,
        "plover_contexts": [] if plover is None else list(plover.contexts),
        "called_off": _edtf(event.called_off),
        "moved_to": _edtf(event.moved_to),
    }


def _event_rows(relation: Relation) -> Iterator[dict[str, Any]]:
    for event in relation.events:
        yield event_row(event)


def trade_row(period: TradePeriod) -> dict[str, Any]:
    """The columns of ``trade`` for one period, but its relation's two countries."""
    estimate = period.annualized()
    return {
        "flow": period.flow.value,
        **when_columns(period.period, "period"),
        "months": period.months,
        "amount": period.value.amount,
        "currency": period.value.currency,
        "annualized_amount": estimate.value.amount,
        "is_estimate": estimate.is_estimate,
        "reporter": _code(period.reporter),
        "note": period.note,
        "citations": _citations(period.citations),
    }


def _trade_rows(relation: Relation) -> Iterator[dict[str, Any]]:
    for period in relation.trade:
        yield trade_row(period)


def _mission_rows(relation: Relation) -> Iterator[dict[str, Any]]:
    for mission in relation.missions:
        yield {
            "sending": mission.sending.code,
            "receiving": mission.receiving.code,
            "kind": mission.kind.value,
            **when_columns(mission.opened, "opened"),
            "citations": _citations(mission.citations),
            "closed": _edtf(mission.closed),
            "level": None if mission.level is None else mission.level.value,
        }


def _statement_rows(relation: Relation) -> Iterator[dict[str, Any]]:
    for statement in relation.statements:
        yield {
            "id": statement.id,
            "speaker": statement.speaker,
            "summary": statement.summary,
            "occasion": statement.occasion,
            "areas": [area.value for area in statement.areas],
            "direct_quote": statement.direct_quote,
            **when_columns(statement.when, "when"),
            "citations": _citations(statement.citations),
        }


def _relation_rows(relation: Relation) -> Iterator[dict[str, Any]]:
    established = relation.established
    yield {
        "established": _edtf(established),
        "established_earliest": None if established is None else established.earliest,
        "established_latest": None if established is None else established.latest,
    }


def _rupture_rows(relation: Relation) -> Iterator[dict[str, Any]]:
    for rupture in relation.ruptures:
        restored = rupture.restored
        yield {
            "severed": rupture.severed.edtf,
            "severed_earliest": rupture.severed.earliest,
            "severed_latest": rupture.severed.latest,
            "restored": _edtf(restored),
            "restored_earliest": None if restored is None else restored.earliest,
            "restored_latest": None if restored is None else restored.latest,
        }


def level_spans(
    mission: Mission,
) -> Iterator[tuple[RepresentationLevel, dt.date | None, dt.date | None]]:
    """Each known level of a mission with the days it may be in force (``None``: open).

    As :meth:`Mission.level_on` reads the dates: the mission may be open
    from its opening's earliest day to its closing's latest; a change is in
    force from its latest day (the day it has certainly happened by) until
    the next change is.
    """
    opened = None if mission.opened is None else mission.opened.earliest
    closed = None if mission.closed is None else mission.closed.latest
    # Level i is in force from its start while no later change in the list
    # has begun: level_on takes the last change certainly begun by a day.
    starts: list[dt.date | None] = [None, *(c.when.latest for c in mission.level_changes)]
    levels = [mission.level, *(c.level for c in mission.level_changes)]
    for index, level in enumerate(levels):
        if level is None:
            continue
        begins = [day for day in (opened, starts[index]) if day is not None]
        ends = [day - dt.timedelta(days=1) for day in starts[index + 1 :] if day is not None]
        if closed is not None:
            ends.append(closed)
        first = max(begins) if begins else None
        last = min(ends) if ends else None
        if first is not None and last is not None and last < first:
            continue  # never in force: a later change began first
        yield level, first, last


def _mission_level_rows(relation: Relation) -> Iterator[dict[str, Any]]:
    for mission in relation.missions:
        for level, first, last in level_spans(mission):
            yield {
                "sending": mission.sending.code,
                "receiving": mission.receiving.code,
                "kind": mission.kind.value,
                "level": level.value,
                "first_day": first,
                "last_day": last,
            }


_ROWS: dict[str, Callable[[Relation], Iterator[dict[str, Any]]]] = {
    "events": _event_rows,
    "trade": _trade_rows,
    "missions": _mission_rows,
    "statements": _statement_rows,
    "relations": _relation_rows,
    "ruptures": _rupture_rows,
    "mission_levels": _mission_level_rows,
}


def relations_of(source: object) -> tuple[Relation, ...]:
    """The relations of a :class:`Relation` or a :class:`Dataset`.

    Raises:
        InvalidValueError: ``source`` is neither.
    """
    if isinstance(source, Relation):
        return (source,)
    if isinstance(source, Dataset):
        return source.relations
    msg = f"expected a Relation or a Dataset, got {source!r}"
    raise InvalidValueError(msg, path=("source",))


def check_table(table: object) -> str:
    """``table`` if it names a table, else an error listing the tables."""
    if not isinstance(table, str) or table not in SCHEMAS:
        names = ", ".join(repr(name) for name in TABLES)
        msg = f"expected one of {names}, got {table!r}"
        raise InvalidValueError(msg, path=("table",))
    return table


def columns(source: object, table: str) -> dict[str, list[Any]]:
    """The table ``table`` of ``source`` as lists of plain values, one per column."""
    name = check_table(table)
    out: dict[str, list[Any]] = {column.name: [] for column in SCHEMAS[name]}
    for relation in relations_of(source):
        first, second = relation.key
        for row in _ROWS[name](relation):
            out["country_a"].append(first)
            out["country_b"].append(second)
            for key, value in row.items():
                out[key].append(value)
    return out
