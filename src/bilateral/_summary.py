"""The plain-text summary that ``python -m bilateral`` prints."""

from __future__ import annotations

import datetime as dt

from bilateral._data import load_bundled
from bilateral._dates import Age
from bilateral._model import Dataset, Relation, Status
from bilateral._sources import Citation


def _age(relation: Relation, on: dt.date) -> str:
    try:
        age: Age = relation.age(on=on)
    except ValueError:
        return "unknown"
    return str(age)


def _cites(citations: tuple[Citation, ...]) -> str:
    if not citations:
        return "    (no citation)"
    return "\n".join(f'    source: {c.source} [{c.start}:{c.end}] "{c.quote}"' for c in citations)


def relation_summary(dataset: Dataset, relation: Relation, *, today: dt.date) -> list[str]:  # noqa: C901 - one section after another
    """The summary lines for one relation."""
    first, second = relation.countries
    lines = [f"{first.name()} ({first.code}) and {second.name()} ({second.code})", ""]
    published = {s.id: s.published for s in dataset.sources}
    if relation.established is not None:
        lines.append(f"Diplomatic relations established: {relation.established}")
        lines.append(_cites(relation.established_citations))
        lines.append(f"  Age today ({today.isoformat()}): {_age(relation, today)}")
        for source_id in sorted({c.source for c in relation.established_citations}):
            day = published[source_id]
            lines.append(f"  Age on the article's date ({day.isoformat()}): {_age(relation, day)}")
    else:
        lines.append("Diplomatic relations established: unknown")
    lines += ["", "Embassies:"]
    for mission in relation.missions:
        opened = "opening date unknown" if mission.opened is None else f"opened {mission.opened}"
        lines.append(
            f"  {mission.kind.value.replace('_', ' ').capitalize()} of {mission.sending.name()} "
            f"in {mission.receiving.name()}: {opened}"
        )
        lines.append(_cites(mission.citations))
    lines += ["", "Signed documents:"]
    for count in relation.documents:
        lines.append(f"  {count.count} as of {count.as_of}")
        lines.append(_cites(count.citations))
    lines += ["", "Trade:"]
    for period in relation.trade:
        estimate = period.annualized()
        lines.append(
            f"  {period.flow.value.capitalize()} {period.period} ({period.months} months): "
            f"{period.value}; annualized {estimate}"
        )
        lines.append(_cites(period.citations))
    for before, after in zip(relation.trade, relation.trade[1:], strict=False):
        try:
            change = before.change_to(after)
        except ValueError:
            continue
        lines.append(
            f"  Change {before.period} to {after.period}, annualized: {change.difference} "
            f"({change.percent:+}%)" + (" (estimate)" if change.is_estimate else "")
        )
    for status, title in (
        (Status.HELD, "Events held"),
        (Status.PLANNED, "Events planned"),
    ):
        lines += ["", f"{title}:"]
        for entry in relation.timeline():
            event = entry.item
            if entry.kind != "event" or event.status is not status:
                continue
            when = "date unknown" if event.when is None else str(event.when)
            lines.append(f"  {when}  {event.summary} [{event.kind.value}]")
            lines.append(_cites(event.citations))
    return lines


def summary(*, today: dt.date, dataset: Dataset | None = None) -> str:
    """The summary of ``dataset`` (default: the bundled one) as text."""
    data = load_bundled() if dataset is None else dataset
    lines: list[str] = []
    for source in data.sources:
        title = f" {source.title!r}" if source.title else ""
        lines.append(f"Source: {source.publisher}{title}, {source.published.isoformat()}")
    lines.extend(f"Correction: {c.original!r} read as {c.corrected!r}" for c in data.corrections)
    for relation in data.relations:
        lines.append("")
        lines += relation_summary(data, relation, today=today)
    return "\n".join(lines) + "\n"
