"""How values show themselves in a notebook: HTML tables and readable text.

Jupyter calls ``_repr_html_`` for rich output and IPython's pretty printer
calls ``_repr_pretty_`` for plain text; both are built here from the same
tables, so the two never disagree. Every piece of text is escaped with
:func:`html.escape`: a summary or a source's words may hold ``<`` or ``&``.
Dates show in words (:func:`bilateral.format_date`) next to their EDTF
string.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Protocol

import attrs

from bilateral._model import Dataset, Event, Mission, Relation, TradePeriod
from bilateral._text.format import format_date
from bilateral._values.dates import When
from bilateral._values.sources import Source


class _Printer(Protocol):
    """The part of IPython's ``RepresentationPrinter`` that is used."""

    def text(self, obj: str) -> None: ...


def _in_words(when: When | None) -> str:
    """A date in words, as every text of the library puts it (English)."""
    return "not given" if when is None else format_date(when)


def _edtf(when: When | None) -> str:
    return "unknown" if when is None else when.edtf


@attrs.frozen
class Table:
    """A titled table of text cells, rendered as HTML or as aligned text."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def to_html(self) -> str:
        """An HTML ``<table>`` with a caption; every cell escaped."""
        head = "".join(f"<th>{html.escape(h)}</th>" for h in self.headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
            for row in self.rows
        )
        if not self.rows:
            body = f'<tr><td colspan="{len(self.headers)}">none</td></tr>'
        return (
            f'<table class="bilateral"><caption>{html.escape(self.title)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )

    def to_text(self) -> str:
        """The table as text: a title line, then columns padded to align."""
        if not self.rows:
            return f"{self.title}: none"
        widths = [
            max(len(cell) for cell in column)
            for column in zip(self.headers, *self.rows, strict=True)
        ]
        lines = [f"{self.title}:"]
        for row in (self.headers, *self.rows):
            cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            lines.append("  " + "  ".join(cells).rstrip())
        return "\n".join(lines)


def _status(event: Event) -> str:
    """The status, with when it was called off and where it was moved, when known."""
    said = [f"called off {event.called_off.edtf}"] if event.called_off is not None else []
    if event.moved_to is not None:
        said.append(f"moved to {event.moved_to.edtf}")
    return event.status.value + (f" ({', '.join(said)})" if said else "")


def _plover(event: Event) -> str:
    coding = event.effective_plover
    if coding is None:
        return ""
    return " ".join([coding.event, *([coding.mode] if coding.mode else []), *coding.contexts])


def events_table(events: Iterable[Event], title: str = "Events") -> Table:
    """One row per event: its date, in words, status, kind, summary, and the codes that apply."""
    rows = tuple(
        (
            _edtf(e.when),
            _in_words(e.when),
            _status(e),
            e.kind.value,
            e.summary,
            e.effective_cameo or "",
            _plover(e),
        )
        for e in events
    )
    headers = ("When", "In words", "Status", "Kind", "Summary", "CAMEO", "PLOVER")
    return Table(title, headers, rows)


def trade_table(trade: Iterable[TradePeriod], title: str = "Trade") -> Table:
    """One row per trade figure, with its value annualized and whether that is an estimate."""
    rows = []
    for period in trade:
        estimate = period.annualized()
        basis = f"estimated from {estimate.months} months" if estimate.is_estimate else "a year"
        rows.append(
            (
                period.flow.value,
                period.period.edtf,
                _in_words(period.period),
                "not given" if period.reporter is None else period.reporter.code,
                str(period.value),
                str(estimate.value),
                basis,
            )
        )
    headers = ("Flow", "Period", "In words", "Reporter", "Value", "Annualized", "Basis")
    return Table(title, headers, tuple(rows))


def _levels(mission: Mission) -> str:
    """The level it opened at, then each change with its date ("" when none is known)."""
    said = [] if mission.level is None else [mission.level.value.replace("_", " ")]
    said += [f"{c.level.value.replace('_', ' ')} from {c.when.edtf}" for c in mission.level_changes]
    return ", ".join(said)


def missions_table(missions: Iterable[Mission], title: str = "Missions") -> Table:
    """One row per mission: whose, where, what kind, when it opened and closed, its levels."""
    rows = tuple(
        (
            m.sending.name(),
            m.receiving.name(),
            m.kind.value.replace("_", " "),
            _edtf(m.opened),
            _in_words(m.opened),
            "" if m.closed is None else m.closed.edtf,
            _levels(m),
        )
        for m in missions
    )
    headers = ("Of", "In", "Kind", "Opened", "In words", "Closed", "Level")
    return Table(title, headers, rows)


def relation_tables(relation: Relation) -> list[Table]:
    """The tables that show a relation: its facts, missions, events and trade."""
    first, second = relation.countries
    facts: list[tuple[str, ...]] = [
        (
            "Established",
            _edtf(relation.established),
            _in_words(relation.established),
        ),
    ]
    for rupture in relation.ruptures:
        facts.append(("Severed", rupture.severed.edtf, _in_words(rupture.severed)))
        if rupture.restored is not None:
            facts.append(("Restored", rupture.restored.edtf, _in_words(rupture.restored)))
    facts.extend(
        (
            "Documents signed",
            f"{count.count} as of {count.as_of}",
            _in_words(count.as_of),
        )
        for count in relation.documents
    )
    title = f"{first.name()} ({first.code}) and {second.name()} ({second.code})"
    return [
        Table(title, ("Fact", "Value", "In words"), tuple(facts)),
        missions_table(relation.missions),
        events_table((e.item for e in relation.timeline() if isinstance(e.item, Event)), "Events"),
        trade_table(relation.trade),
    ]


def _published(source: Source) -> str:
    # A dataset may give only when its version was issued (a year).
    if source.published is not None:
        return source.published.isoformat()
    return "" if source.issued is None else source.issued.edtf


def dataset_tables(dataset: Dataset) -> list[Table]:
    """The tables that show a dataset: sources, corrections, then each relation."""
    sources = Table(
        "Sources",
        ("Id", "Publisher", "Title", "Published"),
        tuple((s.id, s.publisher, s.title or "", _published(s)) for s in dataset.sources),
    )
    corrections = Table(
        "Corrections",
        ("Source says", "Read as", "Why"),
        tuple((c.original, c.corrected, c.reason) for c in dataset.corrections),
    )
    tables = [sources, corrections]
    for relation in dataset.relations:
        tables.extend(relation_tables(relation))
    return tables


def to_html(tables: Sequence[Table]) -> str:
    """The tables as one HTML fragment."""
    return '<div class="bilateral">' + "".join(t.to_html() for t in tables) + "</div>"


def to_text(tables: Sequence[Table]) -> str:
    """The tables as plain text, separated by blank lines."""
    return "\n\n".join(t.to_text() for t in tables)


def pretty(printer: _Printer, tables: Sequence[Table], *, cycle: bool) -> None:
    """Feed IPython's pretty printer the tables as text."""
    printer.text("..." if cycle else to_text(tables))


def tables_of(value: Event | TradePeriod | Relation | Dataset) -> list[Table]:
    """The tables a value shows itself as."""
    if isinstance(value, Event):
        return [events_table([value], "Event")]
    if isinstance(value, TradePeriod):
        return [trade_table([value], "Trade period")]
    if isinstance(value, Relation):
        return relation_tables(value)
    return dataset_tables(value)


def repr_html(value: Event | TradePeriod | Relation | Dataset) -> str:
    """Jupyter's ``_repr_html_`` of a value."""
    return to_html(tables_of(value))


def repr_pretty(value: Relation | Dataset, printer: _Printer, cycle: bool) -> None:
    """IPython's ``_repr_pretty_`` of a value."""
    pretty(printer, tables_of(value), cycle=cycle)
