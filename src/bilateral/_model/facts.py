"""The facts of a relation: people, events, missions, document counts, statements."""

from __future__ import annotations

import attrs

from bilateral._model.kinds import Area, EventKind, MissionKind, Status
from bilateral._values.checks import (
    COUNT,
    ID,
    TEXT,
    as_tuple,
    check_count,
    check_id,
    check_optional_text,
    check_text,
    is_a,
    is_visible,
    optional_a,
    shown,
)
from bilateral._values.country import Country, to_country, to_optional_country
from bilateral._values.dates import (
    DateRange,
    PartialDate,
    When,
)
from bilateral._values.errors import InvalidValueError
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


def _areas(value: list[Area] | tuple[Area, ...]) -> tuple[Area, ...]:
    return as_tuple(value, Area, "areas")


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
    """A diplomatic event, held or planned.

    Attributes:
        id: A short id that statements use.
        kind: What kind of event.
        status: Held or planned, as of the source.
        when: Its date as precise as the source gives, a range (``None`` for
            an open end), or ``None`` when the source gives no date at all.
        summary: What happened, in a sentence.
        origin: For a visit, the visiting country (given with ``destination``).
        destination: For a visit, the host country (given with ``origin``).
        participants: Ids of the people taking part.
        places: Where it happened, as the source names it.
        note: A caveat on reading the source (how a date was inferred).
        citations: Where the source says it.
    """

    id: str = attrs.field(validator=check_id, metadata=ID)
    kind: EventKind = attrs.field(validator=is_a(EventKind))
    status: Status = attrs.field(validator=is_a(Status))
    when: When | None = attrs.field(validator=_when)
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

    sending: Country = attrs.field(converter=to_country, validator=is_a(Country))
    receiving: Country = attrs.field(converter=to_country, validator=is_a(Country))
    kind: MissionKind = attrs.field(
        default=MissionKind.EMBASSY, kw_only=True, validator=is_a(MissionKind)
    )
    opened: PartialDate | None = attrs.field(
        default=None, kw_only=True, validator=optional_a(PartialDate)
    )
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)

    def __attrs_post_init__(self) -> None:
        if self.sending == self.receiving:
            msg = f"a mission of {self.sending.code!r} cannot be in its own country"
            raise InvalidValueError(msg, path=("receiving",))


@attrs.frozen
class DocumentCount:
    """How many documents the two countries had signed, as of a date.

    Attributes:
        count: The number of documents.
        as_of: The date the count is given for.
        citations: Where the source says it.
    """

    count: int = attrs.field(validator=check_count, metadata=COUNT)
    as_of: PartialDate = attrs.field(validator=is_a(PartialDate))
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
    when: When | None = attrs.field(default=None, kw_only=True, validator=_when)
    citations: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)
