"""Readable sentences about relations, events, trade and datasets.

The sentences are gettext messages of the ``bilateral`` domain, translated in
``bilateral/locale/``; every name, date, amount and duration in them comes
from :mod:`bilateral._text.format`, so from CLDR. Placeholders are ``str.format``
fields (``{date}``), which translations may move but must keep.
"""

from __future__ import annotations

import datetime as dt
import enum
import gettext
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import attrs

from bilateral._model import (
    Dataset,
    DocumentCount,
    Event,
    EventKind,
    Flow,
    Mission,
    Relation,
    Status,
    TradeChange,
    TradePeriod,
)
from bilateral._model.kinds import EVENT_KINDS, MISSION_KINDS, REPRESENTATION_LEVELS
from bilateral._text.catalog import translations
from bilateral._text.format import (
    format_country,
    format_date,
    format_duration,
    format_money,
    format_number,
    format_percent,
    when_phrase,
)
from bilateral._values.errors import InvalidValueError
from bilateral._values.i18n import Message
from bilateral._values.locales import parse_locale
from bilateral._values.sources import Citation, Source

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


def _translate(message: Message, t: gettext.NullTranslations) -> str:
    """A message the model marked (see :mod:`bilateral._values.i18n`), translated."""
    if message.context is None:
        return t.gettext(message.id)
    return t.pgettext(message.context, message.id)


def _event_kind(kind: EventKind, t: gettext.NullTranslations) -> str:
    return _translate(EVENT_KINDS[kind].label, t)


def describe_event(event: Event, locale: str = "en") -> str:
    """One sentence: what kind of event, between whom, held, planned or called off, when.

    A cancelled or postponed event says when it was planned for and, when
    known, when it was called off; a postponed one adds the date it was
    moved to, when known.
    """
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
    if event.status in (Status.CANCELLED, Status.POSTPONED):
        return _called_off(event, kind, when, locale, t)
    return _sentence(t.gettext("{kind} took place {when}."), kind=kind, when=when)


def _called_off(
    event: Event, kind: str, when: str, locale: str, t: gettext.NullTranslations
) -> str:
    cancelled = event.status is Status.CANCELLED
    if event.called_off is None:
        if cancelled:
            template = t.gettext("{kind}, planned {when}, was cancelled.")
        else:
            template = t.gettext("{kind}, planned {when}, was postponed.")
        text = _sentence(template, kind=kind, when=when)
    else:
        if cancelled:
            template = t.gettext("{kind}, planned {when}, was cancelled {called_off}.")
        else:
            template = t.gettext("{kind}, planned {when}, was postponed {called_off}.")
        text = _sentence(
            template, kind=kind, when=when, called_off=when_phrase(event.called_off, locale)
        )
    if event.moved_to is not None:
        text += " " + _sentence(
            t.gettext("It is now planned {when}."), when=when_phrase(event.moved_to, locale)
        )
    return text


def describe_mission(mission: Mission, locale: str = "en") -> str:
    """Whose mission, where, opened when; then its levels of representation and closing.

    The opening comes first; then the level it opened at and each change of
    level, and its closing, each in a sentence of its own when known.
    """
    _, t = _t(locale)
    names = {
        "sending": format_country(mission.sending, locale),
        "receiving": format_country(mission.receiving, locale),
    }
    said = [
        _sentence(
            _translate(MISSION_KINDS[mission.kind].sentence, t),
            when=when_phrase(mission.opened, locale),
            **names,
        )
    ]
    levels = [(mission.opened, mission.level)] if mission.level is not None else []
    levels += [(change.when, change.level) for change in mission.level_changes]
    said += [
        _sentence(
            _translate(REPRESENTATION_LEVELS[level].sentence, t),
            when=when_phrase(when, locale),
            **names,
        )
        for when, level in levels
        if level is not None
    ]
    if mission.closed is not None:
        said.append(
            _sentence(
                _translate(MISSION_KINDS[mission.kind].closed, t),
                when=when_phrase(mission.closed, locale),
                **names,
            )
        )
    return " ".join(said)


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
        assert period.reporter is not None  # every flow but turnover has one  # noqa: S101
        reporter = format_country(period.reporter, locale)
        partner = _partner(period, relation, locale)
        if period.flow is Flow.EXPORTS:
            template = t.gettext("Exports of {reporter} to {partner} were {money} {when}.")
        elif period.flow is Flow.IMPORTS:
            template = t.gettext("Imports of {reporter} from {partner} were {money} {when}.")
        elif period.flow is Flow.RE_EXPORTS:
            template = t.gettext("Re-exports of {reporter} to {partner} were {money} {when}.")
        else:
            template = t.gettext("Re-imports of {reporter} from {partner} were {money} {when}.")
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
    if relation.severed_on(on):
        return _sentence(
            t.gettext("On {day}, the relations were severed."), day=format_date(on, locale)
        )
    age = relation.age(on=on)
    return _sentence(
        t.gettext("On {day}, the relations were {age} old."),
        day=format_date(on, locale),
        age=format_duration(age, locale),
    )


def describe_ruptures(relation: Relation, locale: str = "en") -> list[str]:
    """A sentence for each severance of the relations and each restoration, in order."""
    _, t = _t(locale)
    first, second = (format_country(c, locale) for c in relation.countries)
    said = []
    for rupture in relation.ruptures:
        said.append(
            _sentence(
                t.gettext("Diplomatic relations between {first} and {second} were severed {when}."),
                first=first,
                second=second,
                when=when_phrase(rupture.severed, locale),
            )
        )
        if rupture.restored is not None:
            said.append(
                _sentence(
                    t.gettext(
                        "Diplomatic relations between {first} and {second} were restored {when}."
                    ),
                    first=first,
                    second=second,
                    when=when_phrase(rupture.restored, locale),
                )
            )
    return said


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


class Part(enum.Enum):
    """Which part of a relation a sentence tells; the summary heads its sections by them."""

    ESTABLISHED = "established"
    RUPTURE = "rupture"
    AGE = "age"
    MISSION = "mission"
    DOCUMENTS = "documents"
    TRADE = "trade"
    CHANGE = "change"
    HELD = "held"
    PLANNED = "planned"
    CALLED_OFF = "called_off"


_EVENT_PARTS = {
    Status.HELD: Part.HELD,
    Status.PLANNED: Part.PLANNED,
    Status.CANCELLED: Part.CALLED_OFF,
    Status.POSTPONED: Part.CALLED_OFF,
}


@attrs.frozen
class Sentence:
    """One sentence about a relation, with what it tells and where the sources say it.

    Attributes:
        part: Which part of the relation it tells.
        text: The sentence.
        citations: Where the sources say it; ``None`` for what is worked
            out rather than said (an age, a change between figures).
    """

    part: Part
    text: str
    citations: tuple[Citation, ...] | None


def relation_sentences(
    relation: Relation, locale: str = "en", *, ages_on: Iterable[dt.date] = ()
) -> list[Sentence]:
    """Everything said about ``relation``, in the order :func:`describe` tells it.

    The establishment; its severances and restorations; its age on each of ``ages_on`` (once per day, none
    when the date is unknown); the missions, documents and trade figures as
    stored; the changes between trade figures; the events in timeline order.
    """
    said = [
        Sentence(
            Part.ESTABLISHED,
            describe_established(relation, locale),
            relation.established_citations,
        )
    ]
    said += [
        Sentence(Part.RUPTURE, text, rupture.citations)
        for text, rupture in zip(
            describe_ruptures(relation, locale),
            [r for r in relation.ruptures for _ in range(1 if r.restored is None else 2)],
            strict=True,
        )
    ]
    for day in dict.fromkeys(ages_on):
        age = describe_age(relation, day, locale)
        if age is not None:
            said.append(Sentence(Part.AGE, age, None))
    said += [
        Sentence(Part.MISSION, describe_mission(m, locale), m.citations) for m in relation.missions
    ]
    said += [
        Sentence(Part.DOCUMENTS, describe_documents(c, locale), c.citations)
        for c in relation.documents
    ]
    said += [
        Sentence(Part.TRADE, describe_trade(p, locale, relation=relation), p.citations)
        for p in relation.trade
    ]
    said += [
        Sentence(Part.CHANGE, describe_change(c, locale), None) for c in relation.trade_changes()
    ]
    said += [
        Sentence(
            _EVENT_PARTS[entry.item.status],
            describe_event(entry.item, locale),
            entry.item.citations,
        )
        for entry in relation.timeline()
        if isinstance(entry.item, Event)
    ]
    return said


def describe_relation(
    relation: Relation, locale: str = "en", *, today: dt.date | None = None
) -> str:
    """The relation in sentences, one per line, events in timeline order."""
    days = () if today is None else (today,)
    return "\n".join(s.text for s in relation_sentences(relation, locale, ages_on=days))


def provenance_lines(dataset: Dataset, locale: str = "en") -> list[str]:
    """A sentence per source of ``dataset``, then one per correction of a source."""
    lines = [source_line(s, locale) for s in dataset.sources]
    lines += [correction_line(c.original, c.corrected, locale) for c in dataset.corrections]
    return lines


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
    lines += provenance_lines(dataset, locale)
    for relation in dataset.relations:
        lines += ["", describe_relation(relation, locale, today=today)]
    return "\n".join(lines)


def source_line(source: Source, locale: str = "en") -> str:
    """One sentence naming a source, its title and the day it was published (a dataset: its version)."""
    _, t = _t(locale)
    if source.published is None:
        if source.version is not None:
            return _sentence(
                # Translators: a source that is a dataset (a table of data), not a text.
                t.gettext("Dataset: {publisher}, “{title}”, version {version}."),
                publisher=source.publisher,
                title=source.title or "",
                version=source.version,
            )
        return _sentence(
            t.gettext("Dataset: {publisher}, “{title}”."),
            publisher=source.publisher,
            title=source.title or "",
        )
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
