"""The facts of a relation: people, events, missions, ruptures, document counts, statements."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from bilateral._model.converters import (
    to_area,
    to_event_kind,
    to_mission_kind,
    to_optional_representation_level,
    to_representation_level,
    to_status,
)
from bilateral._model.kinds import Area, EventKind, MissionKind, RepresentationLevel, Status
from bilateral._values.checks import (
    COUNT,
    ID,
    TEXT,
    as_tuple,
    check_count,
    check_id,
    check_optional_text,
    check_text,
    deferred_schema_rule,
    is_a,
    is_visible,
    keeps_its_type,
    omitted_at_default,
    optional_a,
    schema_rule,
    shown,
)
from bilateral._values.country import Country, check_exists, to_country, to_optional_country
from bilateral._values.dates import (
    DateRange,
    PartialDate,
    When,
    to_optional_partial_date,
    to_optional_when,
    to_partial_date,
)
from bilateral._values.errors import InvalidValueError, UnknownCodeError
from bilateral._values.sources import Citation, citations

_when = optional_a(PartialDate, DateRange)


# Named converters, so that mypy's attrs plugin types the constructors.
def _participants(value: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return as_tuple(value, str, "participants")


def _places(value: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    places = as_tuple(value, str, "places")
    for index, place in enumerate(places):
        if not any(map(is_visible, place)):
            msg = f"expected a place name with at least one visible character, got {shown(place)}"
            raise InvalidValueError(msg, path=("places", index))
    return places


def _contexts(value: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return as_tuple(value, str, "contexts")


def _level_changes(
    value: list[LevelChange] | tuple[LevelChange, ...],
) -> tuple[LevelChange, ...]:
    return as_tuple(value, LevelChange, "level_changes")


def _before(first: PartialDate, second: PartialDate) -> bool:
    """Whether ``first`` certainly ends before ``second`` begins."""
    return first.latest < second.earliest


def _placed(error: UnknownCodeError, *path: str | int) -> UnknownCodeError:
    """The same refusal (code, suggestions) at this class's own field."""
    return UnknownCodeError(error.reason, error.code, error.suggestions, path=path)


# The PLOVER and CAMEO tables (bilateral._values.vocabularies) load and are
# read on first use: by a coded event, or by the JSON Schema.
def _plover_event_types_rule() -> dict[str, Any]:
    from bilateral._values import vocabularies  # noqa: PLC0415

    return {"enum": list(vocabularies.plover_event_types())}


def _plover_contexts_rule() -> dict[str, Any]:
    from bilateral._values import vocabularies  # noqa: PLC0415

    return {"items": {"enum": list(vocabularies.plover_contexts())}}


def _check_cameo(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    del instance
    if value is None:
        return
    if not isinstance(value, str):
        msg = f"expected a CAMEO code (a string), got {value!r}"
        raise InvalidValueError(msg, path=(attribute.name,))
    from bilateral._values import vocabularies  # noqa: PLC0415 - the CAMEO table on first use

    try:
        found = vocabularies.cameo_code(value)
    except UnknownCodeError as error:
        raise _placed(error, attribute.name) from None
    if found.code != value:
        msg = f"write the CAMEO code as {found.code!r}, not {value!r}"
        raise InvalidValueError(msg, path=(attribute.name,))


@attrs.frozen
class PloverCoding:
    """An event coded in PLOVER: its event type, and a mode and contexts if given.

    Every part is checked against the current PLOVER manual (bundled in
    ``bilateral/data/reference``): the type is one of its event types, the
    mode one of that type's modes, each context one of its contexts. Older
    type names (``DEMAND``) are refused with the current one suggested, so
    that a dataset holds one spelling of each type.

    >>> PloverCoding("CONSULT", "phone")
    PloverCoding(event='CONSULT', mode='phone', contexts=())

    Attributes:
        event: The event type, in capitals as the manual writes it
            (``"CONSULT"``).
        mode: One of the type's modes (``"visit"``), or ``None``.
        contexts: Contexts of the manual (``"economic"``), in any number.

    Raises:
        UnknownCodeError: A part is not in the manual; the error's
            ``suggestions`` are the nearest valid ones.
    """

    event: str = attrs.field(
        validator=is_a(str),
        metadata=deferred_schema_rule(_plover_event_types_rule),
    )
    mode: str | None = attrs.field(default=None, validator=optional_a(str))
    contexts: tuple[str, ...] = attrs.field(
        default=(),
        converter=_contexts,
        metadata=deferred_schema_rule(_plover_contexts_rule),
    )

    def __attrs_post_init__(self) -> None:
        from bilateral._values import vocabularies  # noqa: PLC0415 - on first use

        try:
            kind = vocabularies.plover_event_type(self.event)
        except UnknownCodeError as error:
            raise _placed(error, "event") from None
        if kind.name != self.event:
            msg = f"write the PLOVER event type as {kind.name!r}, not {self.event!r}"
            raise InvalidValueError(msg, path=("event",))
        if self.mode is not None:
            try:
                found = vocabularies.plover_mode(kind.name, self.mode)
            except UnknownCodeError as error:
                raise _placed(error, "mode") from None
            if found.name != self.mode:
                msg = f"write the mode as {found.name!r}, not {self.mode!r}"
                raise InvalidValueError(msg, path=("mode",))
        for index, context in enumerate(self.contexts):
            try:
                known = vocabularies.plover_context(context)
            except UnknownCodeError as error:
                raise _placed(error, "contexts", index) from None
            if known.name != context:
                msg = f"write the context as {known.name!r}, not {context!r}"
                raise InvalidValueError(msg, path=("contexts", index))


def _areas(value: list[Area | str] | tuple[Area | str, ...]) -> tuple[Area, ...]:
    if isinstance(value, list | tuple):
        value = [to_area(item) for item in value]
    return as_tuple(value, Area, "areas")


# They give back a value already of their field's type (see keeps_its_type).
keeps_its_type(_participants, _contexts, _level_changes, _areas)


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

    id: str = attrs.field(validator=check_id, metadata=ID)
    name: str = attrs.field(validator=check_text, metadata=TEXT)
    role: str | None = attrs.field(
        default=None, kw_only=True, validator=check_optional_text, metadata=TEXT
    )
    country: Country | None = attrs.field(
        default=None, kw_only=True, converter=to_optional_country, validator=optional_a(Country)
    )
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)


@attrs.frozen
class Event:
    """A diplomatic event, held, planned, cancelled or postponed.

    An event may carry its own CAMEO code and PLOVER coding, more precise
    than its kind's (a meeting that was a telephone call: ``cameo="041"``).
    They may refine the kind but not contradict it: where the kind's mapping
    is direct (``kind.mapping_is_judgement`` is false), an explicit CAMEO code
    must lie in the same top-level category as the kind's and an explicit
    PLOVER type must be the kind's. Where the kind's mapping is a judgement,
    explicit codes replace it: that is the judgement the kind leaves to you.
    :attr:`effective_cameo` and :attr:`effective_plover` give the codes that
    apply either way.

    An event of kind ``EventKind.CODED`` is known only by its codes: it must
    give ``cameo`` or ``plover`` (or both), and its effective codes are its
    own, ``None`` where it gives none.

    Attributes:
        id: A short id that statements use.
        kind: What kind of event.
        status: Held, planned, cancelled or postponed, as of the source.
        when: Its date as precise as the source gives, a range (``None`` for
            an open end), or ``None`` when the source gives no date at all.
            For a cancelled or postponed event, the date it was planned for.
        summary: What happened, in a sentence.
        origin: For a visit, the visiting country (given with ``destination``).
        destination: For a visit, the host country (given with ``origin``).
        participants: Ids of the people taking part.
        places: Where it happened, as the source names it.
        note: A caveat on reading the source (how a date was inferred).
        citations: Where the source says it.
        cameo: Its own CAMEO 1.1b3 code, one the bundled tables name
            (``"041"``); ``None`` to use the kind's.
        plover: Its own PLOVER coding; ``None`` to use the kind's. A coded
            event (``EventKind.CODED``) gives ``cameo``, ``plover`` or both.
        called_off: For a cancelled or postponed event, when it was called
            off or put off, as precise as the source gives.
        moved_to: For a postponed event, the date it was moved to, if known.
    """

    id: str = attrs.field(validator=check_id, metadata=ID)
    kind: EventKind = attrs.field(converter=to_event_kind, validator=is_a(EventKind))
    status: Status = attrs.field(converter=to_status, validator=is_a(Status))
    when: When | None = attrs.field(converter=to_optional_when, validator=_when)
    summary: str = attrs.field(validator=check_text, metadata=TEXT)
    origin: Country | None = attrs.field(
        default=None, kw_only=True, converter=to_optional_country, validator=optional_a(Country)
    )
    destination: Country | None = attrs.field(
        default=None, kw_only=True, converter=to_optional_country, validator=optional_a(Country)
    )
    participants: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_participants)
    places: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_places, metadata=TEXT
    )
    note: str | None = attrs.field(
        default=None, kw_only=True, validator=check_optional_text, metadata=TEXT
    )
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)
    cameo: str | None = attrs.field(
        default=None,
        kw_only=True,
        validator=_check_cameo,
        metadata=omitted_at_default(schema_rule(pattern="^[0-9]{2,4}$")),
    )
    plover: PloverCoding | None = attrs.field(
        default=None,
        kw_only=True,
        validator=optional_a(PloverCoding),
        metadata=omitted_at_default(),
    )
    called_off: PartialDate | None = attrs.field(
        converter=to_optional_partial_date,
        default=None,
        kw_only=True,
        validator=optional_a(PartialDate),
        metadata=omitted_at_default(),
    )
    moved_to: When | None = attrs.field(
        converter=to_optional_when,
        default=None,
        kw_only=True,
        validator=_when,
        metadata=omitted_at_default(),
    )

    def __attrs_post_init__(self) -> None:
        if self.origin is not None and self.destination is None:
            msg = "a visit with an origin needs a destination too"
            raise InvalidValueError(msg, path=("destination",))
        if self.origin is None and self.destination is not None:
            msg = "a visit with a destination needs an origin too"
            raise InvalidValueError(msg, path=("origin",))
        if self.origin is not None and self.origin == self.destination:
            msg = f"the visit goes from {self.origin.code!r} to itself"
            raise InvalidValueError(msg, path=("destination",))
        check_exists((self.origin, self.destination), self.when, ("when",))
        self._check_codes()
        self._check_status()

    def _check_codes(self) -> None:
        if self.kind.cameo is None or self.kind.plover is None:  # EventKind.CODED
            if self.cameo is None and self.plover is None:
                msg = (
                    f"an event of kind {self.kind.value!r} is known by its codes: give its "
                    "PLOVER coding, its CAMEO code or both"
                )
                raise InvalidValueError(msg, path=("plover",))
            return
        if self.kind.mapping_is_judgement:
            return
        if self.cameo is not None and self.cameo[:2] != self.kind.cameo[:2]:
            msg = (
                f"CAMEO {self.cameo!r} is not in the category of {self.kind.value!r} "
                f"({self.kind.cameo[:2]}); choose a kind that fits"
            )
            raise InvalidValueError(msg, path=("cameo",))
        if self.plover is not None and self.plover.event != self.kind.plover:
            msg = (
                f"PLOVER {self.plover.event!r} is not the type of {self.kind.value!r} "
                f"({self.kind.plover}); choose a kind that fits"
            )
            raise InvalidValueError(msg, path=("plover", "event"))

    def _check_status(self) -> None:
        if self.called_off is not None and self.status not in _CALLED_OFF:
            msg = f"only a cancelled or postponed event is called off, not a {self.status} one"
            raise InvalidValueError(msg, path=("called_off",))
        if self.moved_to is not None and self.status is not Status.POSTPONED:
            msg = f"only a postponed event is moved to a date, not a {self.status} one"
            raise InvalidValueError(msg, path=("moved_to",))

    @property
    def effective_cameo(self) -> str | None:
        """The CAMEO code that applies, the event's own or else its kind's.

        ``None`` only for a coded event (``EventKind.CODED``) that gives no
        CAMEO code: nothing is derived from its PLOVER coding.

        >>> Event("call", EventKind.MEETING, Status.HELD, None, "A call.", cameo="041").effective_cameo
        '041'
        """
        return self.kind.cameo if self.cameo is None else self.cameo

    @property
    def effective_plover(self) -> PloverCoding | None:
        """The PLOVER coding that applies, the event's own or else its kind's type and mode.

        ``None`` only for a coded event (``EventKind.CODED``) that gives no
        PLOVER coding: nothing is derived from its CAMEO code.

        >>> Event("v", EventKind.STATE_VISIT, Status.HELD, None, "A visit.").effective_plover
        PloverCoding(event='CONSULT', mode='visit', contexts=())
        """
        if self.plover is not None:
            return self.plover
        if self.kind.plover is None:
            return None
        return PloverCoding(self.kind.plover, self.kind.plover_mode)


_CALLED_OFF = (Status.CANCELLED, Status.POSTPONED)


@attrs.frozen
class LevelChange:
    """A change in the level of a mission's representation.

    Attributes:
        when: When the new level began, as precise as the source gives.
        level: The new level.
        citations: Where the source says it.
    """

    when: PartialDate = attrs.field(converter=to_partial_date, validator=is_a(PartialDate))
    level: RepresentationLevel = attrs.field(
        converter=to_representation_level, validator=is_a(RepresentationLevel)
    )
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)


@attrs.frozen
class Mission:
    """A diplomatic mission of one country in the other, over its life.

    Attributes:
        sending: The country whose mission it is.
        receiving: The country it is in.
        kind: Embassy, consulate, ...
        opened: When it opened, as precise as the source gives.
        citations: Where the source says it.
        closed: When it closed, if it did and the source says so; never
            certainly before ``opened``.
        level: The level of representation it opened at (or, when the
            source does not say when it was set, the level the source
            gives), or ``None`` when not known.
        level_changes: Later changes of the level, in time order, each
            within the mission's life (not certainly before it opened nor
            after it closed).
    """

    sending: Country = attrs.field(converter=to_country, validator=is_a(Country))
    receiving: Country = attrs.field(converter=to_country, validator=is_a(Country))
    kind: MissionKind = attrs.field(
        converter=to_mission_kind,
        default=MissionKind.EMBASSY,
        kw_only=True,
        validator=is_a(MissionKind),
    )
    opened: PartialDate | None = attrs.field(
        converter=to_optional_partial_date,
        default=None,
        kw_only=True,
        validator=optional_a(PartialDate),
    )
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)
    closed: PartialDate | None = attrs.field(
        converter=to_optional_partial_date,
        default=None,
        kw_only=True,
        validator=optional_a(PartialDate),
        metadata=omitted_at_default(),
    )
    level: RepresentationLevel | None = attrs.field(
        converter=to_optional_representation_level,
        default=None,
        kw_only=True,
        validator=optional_a(RepresentationLevel),
        metadata=omitted_at_default(),
    )
    level_changes: tuple[LevelChange, ...] = attrs.field(
        default=(), kw_only=True, converter=_level_changes, metadata=omitted_at_default()
    )

    def __attrs_post_init__(self) -> None:
        if self.sending == self.receiving:
            msg = f"a mission of {self.sending.code!r} cannot be in its own country"
            raise InvalidValueError(msg, path=("receiving",))
        check_exists((self.sending, self.receiving), self.opened, ("opened",))
        opened, closed = self.opened, self.closed
        if opened is not None and closed is not None and _before(closed, opened):
            msg = f"the mission closed ({closed}) before it opened ({opened})"
            raise InvalidValueError(msg, path=("closed",))
        previous: PartialDate | None = None
        for index, change in enumerate(self.level_changes):
            where = ("level_changes", index, "when")
            if self.opened is not None and _before(change.when, self.opened):
                msg = f"the level changed ({change.when}) before the mission opened ({self.opened})"
                raise InvalidValueError(msg, path=where)
            if self.closed is not None and _before(self.closed, change.when):
                msg = f"the level changed ({change.when}) after the mission closed ({self.closed})"
                raise InvalidValueError(msg, path=where)
            if previous is not None and _before(change.when, previous):
                msg = f"the changes are out of order: {change.when} comes before {previous}"
                raise InvalidValueError(msg, path=where)
            previous = change.when

    def level_on(self, day: dt.date) -> RepresentationLevel | None:
        """The level in force on ``day``, as far as the dates tell.

        The latest change that certainly began by ``day`` wins, else the
        opening level; ``None`` when the mission was not open (it certainly
        opened after or closed before ``day``) or the level is unknown.
        """
        if self.opened is not None and day < self.opened.earliest:
            return None
        if self.closed is not None and self.closed.latest < day:
            return None
        level = self.level
        for change in self.level_changes:
            if change.when.latest <= day:
                level = change.level
        return level


@attrs.frozen
class Rupture:
    """A break in diplomatic relations: when they were severed and, if so, restored.

    Attributes:
        severed: When the relations were severed.
        restored: When they were restored; ``None`` while they are not (as
            of the sources). Never certainly before ``severed``.
        citations: Where the sources say it.
    """

    severed: PartialDate = attrs.field(converter=to_partial_date, validator=is_a(PartialDate))
    restored: PartialDate | None = attrs.field(
        converter=to_optional_partial_date, default=None, validator=optional_a(PartialDate)
    )
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)

    def __attrs_post_init__(self) -> None:
        if self.restored is not None and _before(self.restored, self.severed):
            msg = f"restored ({self.restored}) before they were severed ({self.severed})"
            raise InvalidValueError(msg, path=("restored",))


@attrs.frozen
class DocumentCount:
    """How many documents the two countries had signed, as of a date.

    Attributes:
        count: The number of documents.
        as_of: The date the count is given for.
        citations: Where the source says it.
    """

    count: int = attrs.field(validator=check_count, metadata=COUNT)
    as_of: PartialDate = attrs.field(converter=to_partial_date, validator=is_a(PartialDate))
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)


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

    id: str = attrs.field(validator=check_id, metadata=ID)
    speaker: str | None = attrs.field(validator=optional_a(str))
    summary: str = attrs.field(validator=check_text, metadata=TEXT)
    occasion: str | None = attrs.field(default=None, kw_only=True, validator=optional_a(str))
    areas: tuple[Area, ...] = attrs.field(default=(), kw_only=True, converter=_areas)
    direct_quote: bool = attrs.field(default=False, kw_only=True, validator=is_a(bool))
    when: When | None = attrs.field(
        converter=to_optional_when, default=None, kw_only=True, validator=_when
    )
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)
