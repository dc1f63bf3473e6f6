"""Readable sentences about relations, events, trade and datasets.

The sentences are gettext messages of the ``bilateral`` domain, translated in
``bilateral/locale/``; every name, date, amount and duration in them comes
from :mod:`bilateral._text.format`, so from CLDR. Placeholders are ``str.format``
fields (``{date}``), which translations may move but must keep.
"""

from __future__ import annotations

import datetime as dt
import gettext
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bilateral._model import (
    Dataset,
    DocumentCount,
    Event,
    EventKind,
    Flow,
    Mission,
    MissionKind,
    Relation,
    Status,
    TradeChange,
    TradePeriod,
)
from bilateral._text.catalog import translations
from bilateral._text.format import (
    format_country,
    format_date,
    format_duration,
    format_money,
    format_number,
    format_percent,
)
from bilateral._values.dates import DateRange, Precision, When
from bilateral._values.errors import InvalidValueError
from bilateral._values.locales import parse_locale
from bilateral._values.sources import Source

if TYPE_CHECKING:
    from babel import Locale


def _t(locale: str) -> tuple[Locale, gettext.NullTranslations]:
    loc = parse_locale(locale)
    return loc, translations(loc)


def _sentence(template: str, **values: str) -> str:
    """Fill a sentence template; a value that ends in an abbreviation's dot ends it."""
    text = template.format(**values)
    if text.endswith("..") and not text.endswith("..."):
        return text[:-1]
    return text


def when_phrase(when: When | None, locale: str = "en") -> str:
    """A date as it follows a verb: "on November 20, 1995", "in 2022", "on or after …"."""
    _, t = _t(locale)
    if when is None:
        return t.gettext("at a date the sources do not give")
    text = format_date(when, locale)
    if isinstance(when, DateRange):
        return text
    if when.precision is Precision.DAY:
        return t.pgettext("day", "on {date}").format(date=text)
    if when.precision is Precision.MONTH:
        return t.pgettext("month", "in {date}").format(date=text)
    if when.precision is Precision.YEAR:
        return t.pgettext("year", "in {date}").format(date=text)
    return t.pgettext("period", "in {date}").format(date=text)


def _event_kind(kind: EventKind, t: gettext.NullTranslations) -> str:
    names = {
        EventKind.ESTABLISHMENT: t.pgettext(
            "event kind", "The establishment of diplomatic relations"
        ),
        EventKind.EMBASSY_OPENING: t.pgettext("event kind", "An embassy opening"),
        EventKind.OFFICIAL_VISIT: t.pgettext("event kind", "An official visit"),
        EventKind.COMMISSION_MEETING: t.pgettext(
            "event kind", "A meeting of the intergovernmental commission"
        ),
        EventKind.BUSINESS_FORUM: t.pgettext("event kind", "A business forum"),
        EventKind.SIGNING: t.pgettext("event kind", "A signing of documents"),
        EventKind.STATEMENT: t.pgettext("event kind", "A statement"),
        EventKind.MEETING: t.pgettext("event kind", "A meeting"),
        EventKind.COMMEMORATION: t.pgettext("event kind", "A commemorative event"),
    }
    return names[kind]


def describe_event(event: Event, locale: str = "en") -> str:
    """One sentence: what kind of event, between whom, held or planned, when."""
    _, t = _t(locale)
    kind = _event_kind(event.kind, t)
    if event.origin is not None and event.destination is not None:
        kind = t.gettext("{kind} (from {origin} to {destination})").format(
            kind=kind,
            origin=format_country(event.origin, locale),
            destination=format_country(event.destination, locale),
        )
    when = when_phrase(event.when, locale)
    if event.status is Status.PLANNED:
        return _sentence(t.gettext("{kind} is planned {when}."), kind=kind, when=when)
    return _sentence(t.gettext("{kind} took place {when}."), kind=kind, when=when)


def describe_mission(mission: Mission, locale: str = "en") -> str:
    """One sentence: whose mission, where, opened when."""
    _, t = _t(locale)
    templates = {
        MissionKind.EMBASSY: t.gettext("The embassy of {sending} in {receiving} opened {when}."),
        MissionKind.CONSULATE_GENERAL: t.gettext(
            "The consulate general of {sending} in {receiving} opened {when}."
        ),
        MissionKind.CONSULATE: t.gettext(
            "The consulate of {sending} in {receiving} opened {when}."
        ),
        MissionKind.HONORARY_CONSULATE: t.gettext(
            "The honorary consulate of {sending} in {receiving} opened {when}."
        ),
    }
    return _sentence(
        templates[mission.kind],
        sending=format_country(mission.sending, locale),
        receiving=format_country(mission.receiving, locale),
        when=when_phrase(mission.opened, locale),
    )


def describe_documents(count: DocumentCount, locale: str = "en") -> str:
    """One sentence: how many documents were signed as of a date."""
    _, t = _t(locale)
    template = t.ngettext(
        "As of {date}, the two countries had signed {count} document.",
        "As of {date}, the two countries had signed {count} documents.",
        count.count,
    )
    return _sentence(
        template, date=format_date(count.as_of, locale), count=format_number(count.count, locale)
    )


def describe_trade(
    period: TradePeriod, locale: str = "en", *, relation: Relation | None = None
) -> str:
    """One or two sentences: the figure, and its annualized estimate if it is one.

    Turnover names the two countries of ``relation`` when it is given.
    """
    _, t = _t(locale)
    money = format_money(period.value, locale, compact=True)
    when = when_phrase(period.period, locale)
    if period.flow is Flow.TURNOVER:
        if relation is None:
            text = _sentence(
                t.gettext("Trade turnover was {money} {when}."), money=money, when=when
            )
        else:
            first, second = relation.countries
            text = t.gettext("Trade turnover between {first} and {second} was {money} {when}.")
            text = _sentence(
                text,
                first=format_country(first, locale),
                second=format_country(second, locale),
                money=money,
                when=when,
            )
    else:
        assert period.reporter is not None  # exports and imports have one  # noqa: S101
        reporter = format_country(period.reporter, locale)
        partner = _partner(period, relation, locale)
        if period.flow is Flow.EXPORTS:
            template = t.gettext("Exports of {reporter} to {partner} were {money} {when}.")
        else:
            template = t.gettext("Imports of {reporter} from {partner} were {money} {when}.")
        text = _sentence(template, reporter=reporter, partner=partner, money=money, when=when)
    estimate = period.annualized()
    if estimate.is_estimate:
        text += " " + _sentence(
            t.ngettext(
                "Annualized, that is {money} a year (an estimate from {count} month).",
                "Annualized, that is {money} a year (an estimate from {count} months).",
                estimate.months,
            ),
            money=format_money(estimate.value, locale, compact=True),
            count=format_number(estimate.months, locale),
        )
    return text


def _partner(period: TradePeriod, relation: Relation | None, locale: str) -> str:
    if relation is not None:
        for country in relation.countries:
            if country != period.reporter:
                return format_country(country, locale)
    _, t = _t(locale)
    return t.gettext("the partner country")


def describe_change(change: TradeChange, locale: str = "en") -> str:
    """One or two sentences: the annualized change between two periods."""
    _, t = _t(locale)
    after = format_date(change.after.period, locale)
    before = format_date(change.before.period, locale)
    if change.ratio is None or change.difference.amount == 0:
        text = t.gettext("Annualized, the figure for {after} is the same as for {before}.")
        text = _sentence(text, after=after, before=before)
    else:
        if change.difference.amount > 0:
            template = t.gettext(
                "Annualized, the figure for {after} is {percent} ({money}) higher than for {before}."
            )
        else:
            template = t.gettext(
                "Annualized, the figure for {after} is {percent} ({money}) lower than for {before}."
            )
        text = _sentence(
            template,
            after=after,
            before=before,
            percent=format_percent(abs(change.ratio), locale),
            money=format_money(abs(change.difference), locale, compact=True),
        )
    if change.is_estimate:
        text += " " + t.gettext(
            "This is an estimate: at least one of the two figures covers less than a year."
        )
    return text


def describe_age(relation: Relation, on: dt.date, locale: str = "en") -> str | None:
    """How old the relation was on ``on``; ``None`` when the establishment date is unknown.

    A day before the earliest possible establishment date says that the
    relations were not yet established then.
    """
    _, t = _t(locale)
    if relation.established is None:
        return None
    if on < relation.established.earliest:
        return _sentence(
            t.gettext("On {day}, the relations were not yet established."),
            day=format_date(on, locale),
        )
    age = relation.age(on=on)
    return _sentence(
        t.gettext("On {day}, the relations were {age} old."),
        day=format_date(on, locale),
        age=format_duration(age, locale),
    )


def describe_established(relation: Relation, locale: str = "en") -> str:
    """One sentence: when diplomatic relations were established, or that it is unknown."""
    _, t = _t(locale)
    first, second = (format_country(c, locale) for c in relation.countries)
    if relation.established is None:
        return _sentence(
            t.gettext(
                "The sources do not say when diplomatic relations between {first} and {second} were established."
            ),
            first=first,
            second=second,
        )
    return _sentence(
        t.gettext("Diplomatic relations between {first} and {second} were established {when}."),
        first=first,
        second=second,
        when=when_phrase(relation.established, locale),
    )


def trade_changes(relation: Relation) -> list[TradeChange]:
    """The changes between consecutive comparable trade figures of ``relation``.

    Figures are comparable when they measure the same flow, reported by the
    same country, in the same currency. Within each such group (in the order
    the groups first appear), the figures are put in time order and each is
    compared with the next one, but only when the next one starts after it
    ends: a year is never compared with a half of itself.
    """
    groups: dict[tuple[Flow, str | None, str], list[TradePeriod]] = {}
    for period in relation.trade:
        reporter = None if period.reporter is None else period.reporter.code
        groups.setdefault((period.flow, reporter, period.value.currency), []).append(period)
    changes = []
    for periods in groups.values():
        ordered = sorted(periods, key=lambda p: (p.period.earliest, p.period.latest))
        for before, after in itertools.pairwise(ordered):
            if after.period.earliest <= before.period.latest:
                continue
            try:
                changes.append(before.change_to(after))
            except InvalidValueError:
                continue
    return changes


def describe_relation(
    relation: Relation, locale: str = "en", *, today: dt.date | None = None
) -> str:
    """The relation in sentences, one per line, events in timeline order."""
    lines = [describe_established(relation, locale)]
    if today is not None:
        age = describe_age(relation, today, locale)
        if age is not None:
            lines.append(age)
    lines += [describe_mission(m, locale) for m in relation.missions]
    lines += [describe_documents(c, locale) for c in relation.documents]
    lines += [describe_trade(p, locale, relation=relation) for p in relation.trade]
    lines += [describe_change(c, locale) for c in trade_changes(relation)]
    lines += [
        describe_event(entry.item, locale) for entry in relation.timeline() if entry.kind == "event"
    ]
    return "\n".join(lines)


def describe_dataset(dataset: Dataset, locale: str = "en", *, today: dt.date | None = None) -> str:
    """The dataset: what it holds, its sources and corrections, then each relation."""
    _, t = _t(locale)
    from babel.lists import format_list  # noqa: PLC0415 - locale data loads on first use

    sources, people, relations = (len(dataset.sources), len(dataset.people), len(dataset.relations))
    items = [
        t.ngettext("{count} source", "{count} sources", sources).format(
            count=format_number(sources, locale)
        ),
        t.ngettext("{count} person", "{count} people", people).format(
            count=format_number(people, locale)
        ),
        t.ngettext("{count} relation", "{count} relations", relations).format(
            count=format_number(relations, locale)
        ),
    ]
    held = format_list(items, locale=parse_locale(locale))
    lines = [_sentence(t.gettext("The dataset holds {items}."), items=held)]
    lines += [source_line(s, locale) for s in dataset.sources]
    lines += [correction_line(c.original, c.corrected, locale) for c in dataset.corrections]
    for relation in dataset.relations:
        lines += ["", describe_relation(relation, locale, today=today)]
    return "\n".join(lines)


def source_line(source: Source, locale: str = "en") -> str:
    """One sentence naming a source, its title and the day it was published."""
    _, t = _t(locale)
    day = format_date(source.published, locale)
    if source.title:
        return _sentence(
            t.gettext("Source: {publisher}, “{title}”, published {date}."),
            publisher=source.publisher,
            title=source.title,
            date=day,
        )
    return _sentence(
        t.gettext("Source: {publisher}, published {date}."), publisher=source.publisher, date=day
    )


def correction_line(original: str, corrected: str, locale: str = "en") -> str:
    """One sentence saying how a misprint in a source is read."""
    _, t = _t(locale)
    return t.gettext("Correction: the source's “{original}” is read as “{corrected}”.").format(
        original=original, corrected=corrected
    )


def describe(
    value: Relation | Event | TradePeriod | Mission | DocumentCount | TradeChange | Dataset,
    locale: str = "en",
    *,
    today: dt.date | None = None,
) -> str:
    """``value`` in readable sentences in ``locale``.

    Sentences are the library's own messages, translated for English,
    Azerbaijani, Lithuanian and Russian; any other locale babel knows gets the
    English sentences with its own CLDR names, dates, amounts and durations.

    >>> from bilateral import load_bundled
    >>> relation = load_bundled().relation("AZ", "LT")
    >>> print(describe(relation.missions[0], "lt"))
    Ambasada (siunčiančioji valstybė – Azerbaidžanas, priimančioji valstybė – Lietuva) atidaryta 2007 m. rugsėjis.

    Args:
        value: A relation, event, trade period, mission, document count,
            trade change or a whole dataset.
        locale: A locale identifier babel knows, such as ``"lt"`` or ``"ru_RU"``.
        today: For a relation or a dataset, the day to give the relation's
            age on (no age when ``None``).

    Raises:
        UnknownLocaleError: ``locale`` is not a locale babel knows.
        InvalidValueError: ``value`` is none of these.
    """
    parse_locale(locale)
    if isinstance(value, Dataset):
        return describe_dataset(value, locale, today=today)
    if isinstance(value, Relation):
        return describe_relation(value, locale, today=today)
    for kind, render in _RENDERERS:
        if isinstance(value, kind):
            return render(value, locale)
    msg = f"value: expected a Relation, Event, TradePeriod, Mission, DocumentCount, TradeChange or Dataset, got {value!r}"
    raise InvalidValueError(msg)


_RENDERERS: tuple[tuple[type[Any], Callable[[Any, str], str]], ...] = (
    (Event, describe_event),
    (TradePeriod, describe_trade),
    (Mission, describe_mission),
    (DocumentCount, describe_documents),
    (TradeChange, describe_change),
)
