"""Readable sentences about relations, events, trade and datasets.

The sentences are gettext messages of the ``bilateral`` domain, translated in
``bilateral/locale/``; every name, date, amount and duration in them comes
from :mod:`bilateral._text.format`, so from CLDR. Placeholders are ``str.format``
fields (``{date}``), which translations may move but must keep.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
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
    Person,
    Relation,
    Statement,
    Status,
    TradeChange,
    TradePeriod,
)
from bilateral._model.kinds import (
    EVENT_KINDS,
    MISSION_KINDS,
    PLOVER_TYPES,
    REPRESENTATION_LEVELS,
)
from bilateral._text.catalog import text_locale, translations
from bilateral._text.format import (
    date_phrase,
    format_country,
    format_duration,
    format_number,
    format_percent,
    money_phrase,
    when_phrase,
)
from bilateral._text.grammar import CountryName
from bilateral._values.country import Country
from bilateral._values.errors import InvalidValueError
from bilateral._values.i18n import Message, pgettext
from bilateral._values.locales import parse_locale
from bilateral._values.sources import Citation, Source

if TYPE_CHECKING:
    from babel import Locale


def _t(locale: str) -> tuple[Locale, gettext.NullTranslations]:
    loc = parse_locale(locale)
    return loc, translations(loc)


def _sentence(template: str, **values: object) -> str:
    """Fill a sentence template: a capital first letter; a value ending in an abbreviation's dot ends it."""
    text = template.format(**values)
    if text[:1].islower():
        text = text[0].upper() + text[1:]
    if text.endswith("..") and not text.endswith("..."):
        return text[:-1]
    return text


def _then(text: str, more: str) -> str:
    """Two sentences in a row: a space after a Latin or Cyrillic full stop, none after "。"."""
    return text + more if text.endswith("。") else f"{text} {more}"


def _country(country: Country, locale: str, t: gettext.NullTranslations) -> CountryName:
    """A country as a sentence names it: CLDR's name, its cases from the catalog."""
    return CountryName(
        country.code, format_country(country, locale), t, parse_locale(locale).language
    )


def _translate(message: Message, t: gettext.NullTranslations) -> str:
    """A message the model marked (see :mod:`bilateral._values.i18n`), translated."""
    if message.context is None:
        return t.gettext(message.id)
    return t.pgettext(message.context, message.id)


def _event_kind(kind: EventKind, t: gettext.NullTranslations) -> str:
    return _translate(EVENT_KINDS[kind].label, t)


# Translators: a coded event's PLOVER type with its mode; {kind} is the type ("An assault"),
# {mode} the mode as the PLOVER manual writes it ("firearms", "visit"), a code left in English.
# The gender is the type's.
_WITH_MODE = pgettext("PLOVER event type with its mode", "{kind} (mode: {mode})")
# Translators: an event known only by its CAMEO code; {kind} is "An event" (the "event kind"
# message), {code} the CAMEO code ("042"). The gender is that of "An event".
_WITH_CAMEO = pgettext("event with its CAMEO code", "{kind} (CAMEO {code})")


def _event_label(event: Event, t: gettext.NullTranslations) -> tuple[str, str]:
    """What the event is called as a sentence's subject, and the gender of that name.

    A curated kind's label; a coded event by its PLOVER type (and mode), else
    as an event with its CAMEO code.
    """
    coding = event.plover if event.kind is EventKind.CODED else None
    if coding is not None:
        label = _translate(PLOVER_TYPES[coding.event].label, t)
        if coding.mode is not None:
            label = _translate(_WITH_MODE, t).format(kind=label, mode=coding.mode)
        return label, _translate(_PLOVER_GENDERS[coding.event], t)
    label = _event_kind(event.kind, t)
    if event.kind is EventKind.CODED:
        label = _translate(_WITH_CAMEO, t).format(kind=label, code=event.cameo)
    gender = _translate(_GENDERS[event.kind], t) if event.kind in _GENDERS else ""
    return label, gender


# Translators: the grammatical gender of your translation of this event kind, for the
# verbs that agree with it: write "masculine", "feminine" or "neuter"; a language whose
# verbs do not agree writes "none".
_GENDERS: dict[EventKind, Message] = {
    EventKind.ESTABLISHMENT: pgettext(
        "gender of an event kind", "The establishment of diplomatic relations"
    ),
    EventKind.EMBASSY_OPENING: pgettext("gender of an event kind", "An embassy opening"),
    EventKind.OFFICIAL_VISIT: pgettext("gender of an event kind", "An official visit"),
    EventKind.COMMISSION_MEETING: pgettext(
        "gender of an event kind", "A meeting of the intergovernmental commission"
    ),
    EventKind.BUSINESS_FORUM: pgettext("gender of an event kind", "A business forum"),
    EventKind.SIGNING: pgettext("gender of an event kind", "A signing of documents"),
    EventKind.STATEMENT: pgettext("gender of an event kind", "A statement"),
    EventKind.MEETING: pgettext("gender of an event kind", "A meeting"),
    EventKind.COMMEMORATION: pgettext("gender of an event kind", "A commemorative event"),
    EventKind.STATE_VISIT: pgettext("gender of an event kind", "A state visit"),
    EventKind.SUMMIT: pgettext("gender of an event kind", "A summit"),
    EventKind.PHONE_CALL: pgettext("gender of an event kind", "A telephone conversation"),
    EventKind.TREATY_SIGNING: pgettext("gender of an event kind", "The signing of a treaty"),
    EventKind.TREATY_RATIFICATION: pgettext(
        "gender of an event kind", "The ratification of a treaty"
    ),
    EventKind.RECOGNITION: pgettext("gender of an event kind", "Diplomatic recognition"),
    EventKind.RELATIONS_SEVERED: pgettext(
        "gender of an event kind", "The severance of diplomatic relations"
    ),
    EventKind.RELATIONS_RESTORED: pgettext(
        "gender of an event kind", "The restoration of diplomatic relations"
    ),
    EventKind.EMBASSY_CLOSING: pgettext("gender of an event kind", "An embassy closing"),
    EventKind.AMBASSADOR_APPOINTMENT: pgettext(
        "gender of an event kind", "The appointment of an ambassador"
    ),
    EventKind.AMBASSADOR_RECALL: pgettext("gender of an event kind", "The recall of an ambassador"),
    EventKind.AMBASSADOR_EXPULSION: pgettext(
        "gender of an event kind", "The expulsion of an ambassador"
    ),
    EventKind.SANCTIONS_IMPOSED: pgettext("gender of an event kind", "The imposition of sanctions"),
    EventKind.SANCTIONS_LIFTED: pgettext("gender of an event kind", "The lifting of sanctions"),
    EventKind.PROTEST: pgettext("gender of an event kind", "A diplomatic protest"),
    EventKind.DEMONSTRATION: pgettext("gender of an event kind", "A demonstration"),
    # Translators: the gender of "An event" (an event known only by its codes), as above.
    EventKind.CODED: pgettext("gender of an event kind", "An event"),
}

# Translators: the grammatical gender of your translation of this PLOVER event type (the
# "PLOVER event type" messages), as for the event kinds: "masculine", "feminine", "neuter", or
# "none" in a language whose verbs do not agree.
_PLOVER_GENDERS: dict[str, Message] = {
    "AGREE": pgettext("gender of a PLOVER event type", "An agreement"),
    "CONSULT": pgettext("gender of a PLOVER event type", "A consultation"),
    "SUPPORT": pgettext("gender of a PLOVER event type", "An expression of support"),
    "CONCEDE": pgettext("gender of a PLOVER event type", "A concession"),
    "COOPERATE": pgettext("gender of a PLOVER event type", "Cooperation"),
    "AID": pgettext("gender of a PLOVER event type", "The provision of aid"),
    "RETREAT": pgettext("gender of a PLOVER event type", "A retreat"),
    "REQUEST": pgettext("gender of a PLOVER event type", "A request"),
    "ACCUSE": pgettext("gender of a PLOVER event type", "An accusation"),
    "REJECT": pgettext("gender of a PLOVER event type", "A rejection"),
    "THREATEN": pgettext("gender of a PLOVER event type", "A threat"),
    "PROTEST": pgettext("gender of a PLOVER event type", "A protest"),
    "SANCTION": pgettext("gender of a PLOVER event type", "A sanction"),
    "MOBILIZE": pgettext("gender of a PLOVER event type", "A mobilization"),
    "COERCE": pgettext("gender of a PLOVER event type", "Coercion"),
    "ASSAULT": pgettext("gender of a PLOVER event type", "An assault"),
}

# Translators: an event that took place; {kind} is the event kind ("An official visit", or
# with its route, "An official visit from Lithuania to Azerbaijan"), {kind_lower} the same
# with a small first letter, {when} the date as it follows a verb ("in 2022"). This one
# serves a kind whose gender your catalog does not give: make it agree with nothing.
_HELD = pgettext("event held", "{kind} took place {when}.")
_HELD_BY_GENDER: dict[str, Message] = {
    # Translators: as "event held", for a kind of masculine gender.
    "masculine": pgettext("event held, masculine", "{kind} took place {when}."),
    # Translators: as "event held", for a kind of feminine gender.
    "feminine": pgettext("event held, feminine", "{kind} took place {when}."),
    # Translators: as "event held", for a kind of neuter gender.
    "neuter": pgettext("event held, neuter", "{kind} took place {when}."),
}
# Translators: an event that is planned; {kind}, {kind_lower} and {when} as in "event held"
# ({when} is often a range: "on or after 17 February 2023"). For a kind whose gender your
# catalog does not give.
_PLANNED = pgettext("event planned", "{kind} is planned {when}.")
_PLANNED_BY_GENDER: dict[str, Message] = {
    # Translators: as "event planned", for a kind of masculine gender.
    "masculine": pgettext("event planned, masculine", "{kind} is planned {when}."),
    # Translators: as "event planned", for a kind of feminine gender.
    "feminine": pgettext("event planned, feminine", "{kind} is planned {when}."),
    # Translators: as "event planned", for a kind of neuter gender.
    "neuter": pgettext("event planned, neuter", "{kind} is planned {when}."),
}
# Translators: an event kind with its route, the subject of "event held" and "event planned";
# {kind} is the kind ("An official visit"), {kind_lower} the same with a small first letter,
# {origin} and {destination} the countries ({origin:ablative}, {destination:accusative} and
# the other cases give them in a case).
_ROUTE = pgettext("event kind with its route", "{kind} from {origin} to {destination}")


def _lower_first(text: str) -> str:
    # "İ" (Turkish, Azerbaijani) is "i": Python's lower() adds a combining dot to it.
    first = "i" if text[:1] == "İ" else text[:1].lower()
    return first + text[1:]


def describe_event(event: Event, locale: str = "en") -> str:
    """One sentence: what kind of event, between whom, held, planned or called off, when.

    A cancelled or postponed event says when it was planned for and, when
    known, when it was called off; a postponed one adds the date it was
    moved to, when known.
    """
    locale = text_locale(locale)
    _, t = _t(locale)
    kind, gender = _event_label(event, t)
    if event.origin is not None and event.destination is not None:
        kind = _translate(_ROUTE, t).format(
            kind=kind,
            kind_lower=_lower_first(kind),
            origin=_country(event.origin, locale, t),
            destination=_country(event.destination, locale, t),
        )
    if event.status is Status.PLANNED:
        template = _PLANNED_BY_GENDER.get(gender, _PLANNED)
        when = date_phrase(event.when, "planned", locale)
    elif event.status in (Status.CANCELLED, Status.POSTPONED):
        when = date_phrase(event.when, "planned", locale)
        return _called_off(event, (kind, gender), when, locale, t)
    else:
        template = _HELD_BY_GENDER.get(gender, _HELD)
        when = when_phrase(event.when, locale)
    return _sentence(_translate(template, t), kind=kind, kind_lower=_lower_first(kind), when=when)


# Translators: an event that was called off; {kind} and {kind_lower} as in "event held",
# {when} the date it was planned for ("planned: ..." messages, "on 17 February 2023"). For a
# kind whose gender your catalog does not give; the gendered variants follow.
_CANCELLED = pgettext("event cancelled", "{kind}, planned {when}, was cancelled.")
# Translators: as "event cancelled", and {called_off} is the date it was called off, as it
# follows a verb ("when: ..." messages).
_CANCELLED_ON = pgettext(
    "event cancelled on a date", "{kind}, planned {when}, was cancelled {called_off}."
)
# Translators: as "event cancelled", for an event that was postponed.
_POSTPONED = pgettext("event postponed", "{kind}, planned {when}, was postponed.")
# Translators: as "event cancelled on a date", for an event that was postponed.
_POSTPONED_ON = pgettext(
    "event postponed on a date", "{kind}, planned {when}, was postponed {called_off}."
)
# Translators: the sentence after a postponed event's, saying when it is planned now; {when}
# is the new date as a plan gives it ("planned: ..." messages). Its subject is the event just
# named: the gendered variants follow.
_MOVED_TO = pgettext("event moved to", "It is now planned {when}.")
_CALLED_OFF_BY_GENDER: dict[Message, dict[str, Message]] = {
    _CANCELLED: {
        # Translators: as "event cancelled", for a kind of masculine gender.
        "masculine": pgettext(
            "event cancelled, masculine", "{kind}, planned {when}, was cancelled."
        ),
        # Translators: as "event cancelled", for a kind of feminine gender.
        "feminine": pgettext("event cancelled, feminine", "{kind}, planned {when}, was cancelled."),
        # Translators: as "event cancelled", for a kind of neuter gender.
        "neuter": pgettext("event cancelled, neuter", "{kind}, planned {when}, was cancelled."),
    },
    _CANCELLED_ON: {
        # Translators: as "event cancelled on a date", for a kind of masculine gender.
        "masculine": pgettext(
            "event cancelled on a date, masculine",
            "{kind}, planned {when}, was cancelled {called_off}.",
        ),
        # Translators: as "event cancelled on a date", for a kind of feminine gender.
        "feminine": pgettext(
            "event cancelled on a date, feminine",
            "{kind}, planned {when}, was cancelled {called_off}.",
        ),
        # Translators: as "event cancelled on a date", for a kind of neuter gender.
        "neuter": pgettext(
            "event cancelled on a date, neuter",
            "{kind}, planned {when}, was cancelled {called_off}.",
        ),
    },
    _POSTPONED: {
        # Translators: as "event postponed", for a kind of masculine gender.
        "masculine": pgettext(
            "event postponed, masculine", "{kind}, planned {when}, was postponed."
        ),
        # Translators: as "event postponed", for a kind of feminine gender.
        "feminine": pgettext("event postponed, feminine", "{kind}, planned {when}, was postponed."),
        # Translators: as "event postponed", for a kind of neuter gender.
        "neuter": pgettext("event postponed, neuter", "{kind}, planned {when}, was postponed."),
    },
    _POSTPONED_ON: {
        # Translators: as "event postponed on a date", for a kind of masculine gender.
        "masculine": pgettext(
            "event postponed on a date, masculine",
            "{kind}, planned {when}, was postponed {called_off}.",
        ),
        # Translators: as "event postponed on a date", for a kind of feminine gender.
        "feminine": pgettext(
            "event postponed on a date, feminine",
            "{kind}, planned {when}, was postponed {called_off}.",
        ),
        # Translators: as "event postponed on a date", for a kind of neuter gender.
        "neuter": pgettext(
            "event postponed on a date, neuter",
            "{kind}, planned {when}, was postponed {called_off}.",
        ),
    },
    _MOVED_TO: {
        # Translators: as "event moved to", for a kind of masculine gender.
        "masculine": pgettext("event moved to, masculine", "It is now planned {when}."),
        # Translators: as "event moved to", for a kind of feminine gender.
        "feminine": pgettext("event moved to, feminine", "It is now planned {when}."),
        # Translators: as "event moved to", for a kind of neuter gender.
        "neuter": pgettext("event moved to, neuter", "It is now planned {when}."),
    },
}


def _called_off(
    event: Event, named: tuple[str, str], when: str, locale: str, t: gettext.NullTranslations
) -> str:
    kind, gender = named  # the name and its gender

    def gendered(message: Message) -> str:
        return _translate(_CALLED_OFF_BY_GENDER[message].get(gender, message), t)

    cancelled = event.status is Status.CANCELLED
    values = {"kind": kind, "kind_lower": _lower_first(kind), "when": when}
    if event.called_off is None:
        text = _sentence(gendered(_CANCELLED if cancelled else _POSTPONED), **values)
    else:
        text = _sentence(
            gendered(_CANCELLED_ON if cancelled else _POSTPONED_ON),
            called_off=when_phrase(event.called_off, locale),
            **values,
        )
    if event.moved_to is not None:
        text = _then(
            text,
            _sentence(gendered(_MOVED_TO), when=date_phrase(event.moved_to, "planned", locale)),
        )
    return text


def describe_mission(mission: Mission, locale: str = "en") -> str:
    """Whose mission, where, opened when; then its levels of representation and closing.

    The opening comes first; then the level it opened at and each change of
    level, and its closing, each in a sentence of its own when known.
    """
    locale = text_locale(locale)
    _, t = _t(locale)
    names = {
        "sending": _country(mission.sending, locale, t),
        "receiving": _country(mission.receiving, locale, t),
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
    return functools.reduce(_then, said)


def describe_documents(count: DocumentCount, locale: str = "en") -> str:
    """One sentence: how many documents were signed as of a date."""
    locale = text_locale(locale)
    _, t = _t(locale)
    # Translators: {as_of} is the date as of which the count is given, with its preposition
    # ("as of 17 February 2023", from the "as of: ..." messages); the sentence starts with a
    # capital letter whatever it starts with. {count} is the number of documents.
    template = t.ngettext(
        "{as_of}, the two countries had signed {count} document.",
        "{as_of}, the two countries had signed {count} documents.",
        count.count,
    )
    return _sentence(
        template,
        as_of=date_phrase(count.as_of, "as of", locale),
        count=format_number(count.count, locale),
    )


def describe_trade(
    period: TradePeriod, locale: str = "en", *, relation: Relation | None = None
) -> str:
    """One or two sentences: the figure, and its annualized estimate if it is one.

    Turnover names the two countries of ``relation`` when it is given, and
    so do exports and imports their partner.
    """
    locale = text_locale(locale)
    _, t = _t(locale)
    money = money_phrase(period.value, locale)
    when = when_phrase(period.period, locale)
    if period.flow is Flow.TURNOVER:
        if relation is None:
            # Translators: {money} is an amount in running text ("$42M"), {when} the period as it
            # follows a verb ("in 2021", "in January–June 2022").
            template = t.gettext("Trade turnover was {money} {when}.")
            text = _sentence(template, money=money, when=when)
        else:
            first, second = relation.countries
            # Translators: {first} and {second} are countries ({first:instrumental} and the
            # other cases give them in a case), {money} an amount in running text, {when} the
            # period as it follows a verb.
            template = t.gettext("Trade turnover between {first} and {second} was {money} {when}.")
            text = _sentence(
                template,
                first=_country(first, locale, t),
                second=_country(second, locale, t),
                money=money,
                when=when,
            )
    else:
        assert period.reporter is not None  # exports and imports have one  # noqa: S101
        reporter = _country(period.reporter, locale, t)
        partner = _partner(period, relation)
        text = _sentence(
            _flow_template(period.flow, partner is not None, t),
            reporter=reporter,
            partner=None if partner is None else _country(partner, locale, t),
            money=money,
            when=when,
        )
    estimate = period.annualized()
    if estimate.is_estimate:
        # Translators: {money} is the annualized amount in running text, {count} the number of
        # months the figure covers.
        template = t.ngettext(
            "Annualized, that is {money} a year (an estimate from {count} month).",
            "Annualized, that is {money} a year (an estimate from {count} months).",
            estimate.months,
        )
        text = _then(
            text,
            _sentence(
                template,
                money=money_phrase(estimate.value, locale),
                count=format_number(estimate.months, locale),
            ),
        )
    return text


def _flow_template(flow: Flow, with_partner: bool, t: gettext.NullTranslations) -> str:  # noqa: PLR0911 - one template per flow
    if flow is Flow.EXPORTS and with_partner:
        # Translators: {reporter} and {partner} are countries ({partner:accusative} and the
        # other cases give them in a case), {money} an amount in running text, {when} the period
        # as it follows a verb.
        return t.gettext("Exports of {reporter} to {partner} were {money} {when}.")
    if flow is Flow.EXPORTS:
        # Translators: {reporter} is a country, {money} an amount in running text, {when} the
        # period as it follows a verb.
        return t.gettext("Exports of {reporter} were {money} {when}.")
    if flow is Flow.RE_EXPORTS and with_partner:
        # Translators: as for exports: {reporter} and {partner} are countries, {money} an
        # amount in running text, {when} the period as it follows a verb.
        return t.gettext("Re-exports of {reporter} to {partner} were {money} {when}.")
    if flow is Flow.RE_EXPORTS:
        # Translators: {reporter} is a country, {money} an amount in running text, {when} the
        # period as it follows a verb.
        return t.gettext("Re-exports of {reporter} were {money} {when}.")
    if flow is Flow.RE_IMPORTS and with_partner:
        # Translators: as for exports: {reporter} and {partner} are countries, {money} an
        # amount in running text, {when} the period as it follows a verb.
        return t.gettext("Re-imports of {reporter} from {partner} were {money} {when}.")
    if flow is Flow.RE_IMPORTS:
        # Translators: {reporter} is a country, {money} an amount in running text, {when} the
        # period as it follows a verb.
        return t.gettext("Re-imports of {reporter} were {money} {when}.")
    if with_partner:
        # Translators: as for exports: {reporter} and {partner} are countries, {money} an
        # amount in running text, {when} the period as it follows a verb.
        return t.gettext("Imports of {reporter} from {partner} were {money} {when}.")
    # Translators: {reporter} is a country, {money} an amount in running text, {when} the period
    # as it follows a verb.
    return t.gettext("Imports of {reporter} were {money} {when}.")


def _partner(period: TradePeriod, relation: Relation | None) -> Country | None:
    if relation is not None:
        for country in relation.countries:
            if country != period.reporter:
                return country
    return None


def describe_change(change: TradeChange, locale: str = "en") -> str:
    """One or two sentences: the annualized change between two periods."""
    locale = text_locale(locale)
    _, t = _t(locale)
    after = date_phrase(change.after.period, "for", locale)
    before = date_phrase(change.before.period, "for", locale)
    if change.difference.amount == 0:
        # Translators: {after} and {before} are the two periods with their preposition ("for
        # January–June 2022", "for 2021", from the "for: ..." messages).
        text = t.gettext("Annualized, the figure {after} is the same as {before}.")
        text = _sentence(text, after=after, before=before)
    elif change.ratio is None:
        # A rise from a figure of zero: no percentage says it. (A trade figure is never
        # negative, so a fall from zero does not happen.)
        text = _sentence(
            # Translators: the earlier figure was zero, so no percentage: {after} and {before}
            # are the periods with their preposition ("for 2021", from the "for: ..."
            # messages), {money} the later figure's rise as an amount in running text.
            t.gettext(
                "Annualized, the figure {after} is {money} higher than {before}, when it was zero."
            ),
            after=after,
            before=before,
            money=money_phrase(abs(change.difference), locale),
        )
    else:
        if change.difference.amount > 0:
            # Translators: {after} and {before} are the two periods with their preposition ("for
            # 2022", from the "for: ..." messages), {percent} the change, {money} the difference
            # as an amount in running text.
            template = t.gettext(
                "Annualized, the figure {after} is {percent} ({money}) higher than {before}."
            )
        else:
            # Translators: as for "higher": {after} and {before} are the periods with their
            # preposition, {percent} the change, {money} the difference in running text.
            template = t.gettext(
                "Annualized, the figure {after} is {percent} ({money}) lower than {before}."
            )
        text = _sentence(
            template,
            after=after,
            before=before,
            percent=format_percent(abs(change.ratio), locale),
            money=money_phrase(abs(change.difference), locale),
        )
    if change.is_estimate:
        text = _then(
            text,
            t.gettext(
                "This is an estimate: at least one of the two figures covers less than a year."
            ),
        )
    return text


def describe_age(relation: Relation, on: dt.date, locale: str = "en") -> str | None:
    """How old the relation was on ``on``; ``None`` when the establishment date is unknown.

    A day before the earliest possible establishment date says that the
    relations were not yet established then.
    """
    locale = text_locale(locale)
    _, t = _t(locale)
    if relation.established is None:
        return None
    if on < relation.established.earliest:
        return _sentence(
            # Translators: {day} is a day as a range bound (the "date: day" message).
            t.gettext("On {day}, the relations were not yet established."),
            day=date_phrase(on, "date", locale),
        )
    if relation.severed_on(on):
        return _sentence(
            # Translators: {day} is a day (the "date: day" message) on which the relations were
            # severed and not yet restored.
            t.gettext("On {day}, the relations were severed."),
            day=date_phrase(on, "date", locale),
        )
    age = relation.age(on=on)
    return _sentence(
        # Translators: {day} is a day (the "date: day" message), {age} a duration ("27 years, 2
        # months and 28 days"; an age known only roughly reads "between … and …").
        t.gettext("On {day}, the relations were {age} old."),
        day=date_phrase(on, "date", locale),
        age=format_duration(age, locale),
    )


def describe_ruptures(relation: Relation, locale: str = "en") -> list[str]:
    """A sentence for each severance of the relations and each restoration, in order."""
    locale = text_locale(locale)
    _, t = _t(locale)
    first, second = (_country(c, locale, t) for c in relation.countries)
    said = []
    for rupture in relation.ruptures:
        said.append(
            _sentence(
                # Translators: {first} and {second} are countries ({first:instrumental} and the
                # other cases give them in a case), {when} the date as it follows a verb.
                t.gettext("Diplomatic relations between {first} and {second} were severed {when}."),
                first=first,
                second=second,
                when=when_phrase(rupture.severed, locale),
            )
        )
        if rupture.restored is not None:
            said.append(
                _sentence(
                    # Translators: as for "were severed": {first} and {second} are countries,
                    # {when} the date as it follows a verb.
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
    locale = text_locale(locale)
    _, t = _t(locale)
    first, second = (_country(c, locale, t) for c in relation.countries)
    if relation.established is None:
        return _sentence(
            # Translators: {first} and {second} are countries ({first:instrumental} and the
            # other cases give them in a case).
            t.gettext(
                "The sources do not say when diplomatic relations between {first} and {second} were established."
            ),
            first=first,
            second=second,
        )
    return _sentence(
        # Translators: {first} and {second} are countries ({first:instrumental} and the other
        # cases give them in a case), {when} the date as it follows a verb ("on 20 November 1995").
        t.gettext("Diplomatic relations between {first} and {second} were established {when}."),
        first=first,
        second=second,
        when=when_phrase(relation.established, locale),
    )


# Translators: who said a statement: {name} is the person's name and {role} the role the
# source gives ("Deputy Foreign Minister"); both are data from the source, left as it
# writes them.
_SPEAKER = pgettext("speaker with role", "{name} ({role})")
# Translators: a statement someone made; {speaker} is the person (a name, or "speaker with
# role"), {when} the date as it follows a verb ("on 17 February 2023", "on or before …"),
# {summary} what was said, a sentence in the source's language that is not translated. The
# speaker's gender is not known: use a construction that does not agree with it.
_SAID = pgettext("statement by a speaker", "{speaker} said {when}: {summary}")
# Translators: as "statement by a speaker", when the source quotes the speaker's words
# directly ({summary} is still a summary of them, not the words).
_SAID_QUOTED = pgettext(
    "statement by a speaker, quoted",
    "{speaker} said {when}, in words the source quotes directly: {summary}",
)
# Translators: a statement whose speaker is not named here; {when} the date as it follows a
# verb, {summary} what was said, in the source's language, not translated.
_MADE = pgettext("statement, speaker not named", "A statement was made {when}: {summary}")
# Translators: as "statement, speaker not named", when the source quotes the words directly.
_MADE_QUOTED = pgettext(
    "statement, speaker not named, quoted",
    "A statement was made {when}, in words the source quotes directly: {summary}",
)
# Translators: something the source states in its own voice; {when} the date as it follows
# a verb, {summary} what it says, in the source's language, not translated.
_SOURCE_SAYS = pgettext("statement in the source's own voice", "The source says {when}: {summary}")


def describe_statement(
    statement: Statement, locale: str = "en", *, people: Iterable[Person] = ()
) -> str:
    """One sentence: who said it, when, whether the source quotes it, then what was said.

    The speaker is named (with the role the source gives) when ``people``
    holds the person whose id the statement gives, such as a dataset's
    ``people``; otherwise the sentence says only that a statement was made.
    A statement the source makes in its own voice (no speaker) says so.
    A statement with no date says that the sources do not give it.

    The frame is translated; the summary is data from the source and stays
    in the source's language (English in the bundled dataset).
    """
    locale = text_locale(locale)
    _, t = _t(locale)
    when = when_phrase(statement.when, locale)
    if statement.speaker is None:
        return _sentence(_translate(_SOURCE_SAYS, t), when=when, summary=statement.summary)
    person = next((p for p in people if p.id == statement.speaker), None)
    if person is None:
        template = _MADE_QUOTED if statement.direct_quote else _MADE
        return _sentence(_translate(template, t), when=when, summary=statement.summary)
    speaker = person.name
    if person.role is not None:
        speaker = _translate(_SPEAKER, t).format(name=person.name, role=person.role)
    template = _SAID_QUOTED if statement.direct_quote else _SAID
    return _sentence(_translate(template, t), speaker=speaker, when=when, summary=statement.summary)


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
    STATEMENT = "statement"


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
    relation: Relation,
    locale: str = "en",
    *,
    ages_on: Iterable[dt.date] = (),
    people: Iterable[Person] = (),
) -> list[Sentence]:
    """Everything said about ``relation``, in the order :func:`describe` tells it.

    The establishment; its severances and restorations; its age on each of ``ages_on`` (once per day, none
    when the date is unknown); the missions, documents and trade figures as
    stored; the changes between trade figures; the events in timeline order;
    the statements as stored (their speakers named from ``people``).
    """
    people = tuple(people)
    locale = text_locale(locale)
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
    said += [
        Sentence(Part.STATEMENT, describe_statement(s, locale, people=people), s.citations)
        for s in relation.statements
    ]
    return said


def describe_relation(
    relation: Relation,
    locale: str = "en",
    *,
    today: dt.date | None = None,
    people: Iterable[Person] = (),
) -> str:
    """The relation in sentences, one per line, events in timeline order, then statements."""
    days = () if today is None else (today,)
    said = relation_sentences(relation, locale, ages_on=days, people=people)
    return "\n".join(s.text for s in said)


def provenance_lines(dataset: Dataset, locale: str = "en") -> list[str]:
    """A sentence per source of ``dataset``, then one per correction of a source."""
    locale = text_locale(locale)
    lines = [source_line(s, locale) for s in dataset.sources]
    lines += [correction_line(c.original, c.corrected, locale) for c in dataset.corrections]
    return lines


def describe_dataset(dataset: Dataset, locale: str = "en", *, today: dt.date | None = None) -> str:
    """The dataset: what it holds, its sources and corrections, then each relation."""
    locale = text_locale(locale)
    _, t = _t(locale)
    from babel.lists import format_list  # noqa: PLC0415 - locale data loads on first use

    sources, people, relations = (len(dataset.sources), len(dataset.people), len(dataset.relations))
    # Translators: the three counts are listed in "The dataset holds {items}."; {count} is a
    # number.
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
    # Translators: {items} is the list of counts ("1 source, 3 people and 1 relation").
    lines = [_sentence(t.gettext("The dataset holds {items}."), items=held)]
    lines += provenance_lines(dataset, locale)
    for relation in dataset.relations:
        lines += ["", describe_relation(relation, locale, today=today, people=dataset.people)]
    return "\n".join(lines)


def source_line(source: Source, locale: str = "en") -> str:
    """One sentence naming a source, its title and the day it was published (a dataset: its version)."""
    locale = text_locale(locale)
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
    day = date_phrase(source.published, "date", locale)
    if source.title:
        return _sentence(
            # Translators: {publisher} and {title} are as the source gives them, {date} the day (the
            # "date: day" message).
            t.gettext("Source: {publisher}, “{title}”, published {date}."),
            publisher=source.publisher,
            title=source.title,
            date=day,
        )
    return _sentence(
        # Translators: {publisher} is as the source gives it, {date} the day (the "date: day" message).
        t.gettext("Source: {publisher}, published {date}."),
        publisher=source.publisher,
        date=day,
    )


def correction_line(original: str, corrected: str, locale: str = "en") -> str:
    """One sentence saying how a misprint in a source is read."""
    locale = text_locale(locale)
    _, t = _t(locale)
    # Translators: {original} is the misprint as the source has it, {corrected} how it is read.
    return t.gettext("Correction: the source's “{original}” is read as “{corrected}”.").format(
        original=original, corrected=corrected
    )


def describe(
    value: Relation
    | Event
    | TradePeriod
    | Mission
    | DocumentCount
    | TradeChange
    | Statement
    | Dataset,
    locale: str = "en",
    *,
    today: dt.date | None = None,
    people: Iterable[Person] = (),
) -> str:
    """``value`` in readable sentences in ``locale``.

    Sentences are the library's own messages, translated in the catalogs
    (az, de, en, es, fr, ja, lt, ru, tr, uk, zh); a locale without one
    is served by its language's (``de_AT`` by ``de``), and a locale with
    neither gets wholly English sentences, with a
    :class:`~bilateral.LocaleFallbackWarning` once.

    >>> from bilateral import load_bundled
    >>> relation = load_bundled().relation("AZ", "LT")
    >>> print(describe(relation.missions[0], "lt"))
    Azerbaidžano ambasada Lietuvoje atidaryta 2007 m. rugsėjį.

    A statement's summary is data from its source and is not translated;
    only the sentence around it is. Its speaker is named when ``people``
    holds them (a dataset names its own people):

    >>> dataset = load_bundled()
    >>> statement = dataset.relation("AZ", "LT").statements[0]
    >>> print(describe(statement))  # doctest: +NORMALIZE_WHITESPACE
    A statement was made on or before February 17, 2023: The Azerbaijani-Lithuanian
    Intergovernmental Commission will hold a meeting in the foreseeable future.
    >>> print(describe(statement, "de", people=dataset.people))  # doctest: +NORMALIZE_WHITESPACE
    Khalaf Khalafov (Deputy Foreign Minister) sagte spätestens am 17. Februar 2023: The
    Azerbaijani-Lithuanian Intergovernmental Commission will hold a meeting in the
    foreseeable future.

    Args:
        value: A relation, event, trade period, mission, document count,
            trade change, statement or a whole dataset.
        locale: A locale identifier babel knows, such as ``"lt"`` or ``"ru_RU"``.
        today: For a relation or a dataset, the day to give the relation's
            age on (no age when ``None``).
        people: For a statement or a relation, the people its speakers are
            found among (a dataset's ``people``); a speaker not among them
            is not named. A dataset uses its own.

    Raises:
        UnknownLocaleError: ``locale`` is not a locale babel knows.
        InvalidValueError: ``value`` is none of these.
    """
    locale = text_locale(locale)
    if isinstance(value, Dataset):
        return describe_dataset(value, locale, today=today)
    if isinstance(value, Relation):
        return describe_relation(value, locale, today=today, people=people)
    if isinstance(value, Statement):
        return describe_statement(value, locale, people=people)
    for kind, render in _RENDERERS:
        if isinstance(value, kind):
            return render(value, locale)
    msg = f"value: expected a Relation, Event, TradePeriod, Mission, DocumentCount, TradeChange, Statement or Dataset, got {value!r}"
    raise InvalidValueError(msg)


_RENDERERS: tuple[tuple[type[Any], Callable[[Any, str], str]], ...] = (
    (Event, describe_event),
    (TradePeriod, describe_trade),
    (Mission, describe_mission),
    (DocumentCount, describe_documents),
    (TradeChange, describe_change),
)
