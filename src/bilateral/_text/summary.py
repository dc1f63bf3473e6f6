"""The plain-text summary that ``python -m bilateral`` prints, in any locale."""

from __future__ import annotations

import datetime as dt

from bilateral._model import Dataset, Relation, Status
from bilateral._text.catalog import translations
from bilateral._text.describe import (
    correction_line,
    describe_age,
    describe_change,
    describe_documents,
    describe_established,
    describe_event,
    describe_mission,
    describe_trade,
    source_line,
    trade_changes,
)
from bilateral._text.format import format_country
from bilateral._values.locales import parse_locale
from bilateral._values.sources import Citation
from bilateral._wire.bundled import load_bundled


def _cites(citations: tuple[Citation, ...], locale: str) -> list[str]:
    t = translations(parse_locale(locale))
    if not citations:
        return ["    " + t.gettext("(no citation)")]
    template = t.gettext("source: {source} [{start}:{end}] “{quote}”")
    return [
        "    " + template.format(source=c.source, start=c.start, end=c.end, quote=c.quote)
        for c in citations
    ]


def relation_summary(
    dataset: Dataset, relation: Relation, *, today: dt.date, locale: str = "en"
) -> list[str]:
    """The summary lines for one relation."""
    t = translations(parse_locale(locale))
    first, second = relation.countries
    lines = [
        t.gettext("{first} ({first_code}) and {second} ({second_code})").format(
            first=format_country(first, locale),
            first_code=first.code,
            second=format_country(second, locale),
            second_code=second.code,
        ),
        "",
        describe_established(relation, locale),
        *_cites(relation.established_citations, locale),
    ]
    published = {s.id: s.published for s in dataset.sources}
    days = [today, *sorted({published[c.source] for c in relation.established_citations})]
    for day in dict.fromkeys(days):
        age = describe_age(relation, day, locale)
        if age is not None:
            lines.append("  " + age)
    lines += ["", t.gettext("Missions:")]
    for mission in relation.missions:
        lines += ["  " + describe_mission(mission, locale), *_cites(mission.citations, locale)]
    lines += ["", t.gettext("Signed documents:")]
    for count in relation.documents:
        lines += ["  " + describe_documents(count, locale), *_cites(count.citations, locale)]
    lines += ["", t.gettext("Trade:")]
    for period in relation.trade:
        lines += [
            "  " + describe_trade(period, locale, relation=relation),
            *_cites(period.citations, locale),
        ]
    lines += ["  " + describe_change(change, locale) for change in trade_changes(relation)]
    for status, title in (
        (Status.HELD, t.gettext("Events held:")),
        (Status.PLANNED, t.gettext("Events planned:")),
    ):
        lines += ["", title]
        for entry in relation.timeline():
            event = entry.item
            if entry.kind != "event" or event.status is not status:
                continue
            lines += ["  " + describe_event(event, locale), *_cites(event.citations, locale)]
    return lines


def summary(*, today: dt.date, dataset: Dataset | None = None, locale: str = "en") -> str:
    """The summary of ``dataset`` (default: the bundled one) as text in ``locale``.

    Raises:
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    parse_locale(locale)
    data = load_bundled() if dataset is None else dataset
    lines = [source_line(source, locale) for source in data.sources]
    lines += [correction_line(c.original, c.corrected, locale) for c in data.corrections]
    for relation in data.relations:
        lines.append("")
        lines += relation_summary(data, relation, today=today, locale=locale)
    return "\n".join(lines) + "\n"
