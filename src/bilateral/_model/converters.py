"""Converters of the model's vocabulary fields: an enum's value as users write it.

``Event(..., "meeting", "held", ...)`` is ``Event(..., EventKind.MEETING,
Status.HELD, ...)``. A string that is not a value of the field's enum is left
as it is, for the field's validator to refuse with its usual message and
path. Each is a named function with annotated types, so that mypy's attrs
plugin types the constructors. The JSON format is unaffected: its hooks
check each value strictly before a constructor sees it.
"""

from __future__ import annotations

from bilateral._model.kinds import Area, EventKind, Flow, MissionKind, RepresentationLevel, Status
from bilateral._values.checks import keeps_its_type
from bilateral._values.vocabulary import member_of


def to_event_kind(value: EventKind | str) -> EventKind:
    """An :class:`EventKind`, or its value."""
    return member_of(EventKind, value)


def to_status(value: Status | str) -> Status:
    """A :class:`Status`, or its value."""
    return member_of(Status, value)


def to_flow(value: Flow | str) -> Flow:
    """A :class:`Flow`, or its value."""
    return member_of(Flow, value)


def to_mission_kind(value: MissionKind | str) -> MissionKind:
    """A :class:`MissionKind`, or its value."""
    return member_of(MissionKind, value)


def to_representation_level(value: RepresentationLevel | str) -> RepresentationLevel:
    """A :class:`RepresentationLevel`, or its value."""
    return member_of(RepresentationLevel, value)


def to_optional_representation_level(
    value: RepresentationLevel | str | None,
) -> RepresentationLevel | None:
    """A :class:`RepresentationLevel`, its value, or ``None``."""
    return None if value is None else member_of(RepresentationLevel, value)


def to_area(value: Area | str) -> Area:
    """An :class:`Area`, or its value."""
    return member_of(Area, value)


# They give back a value already of their field's type (see keeps_its_type).
keeps_its_type(
    to_event_kind,
    to_status,
    to_flow,
    to_mission_kind,
    to_representation_level,
    to_optional_representation_level,
    to_area,
)
