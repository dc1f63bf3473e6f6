"""The base of bilateral's vocabularies: the enums its values take."""

from __future__ import annotations

import enum
from typing import TypeVar


class Vocabulary(enum.StrEnum):
    """A closed list of words, written in JSON as their values.

    Every enum of bilateral (event kinds, statuses, flows, mission kinds,
    areas, precisions) derives from it, so that the wire format finds them by
    their class rather than by a list (see ``configure_converter``).
    """


V = TypeVar("V", bound=Vocabulary)


def member_of(kind: type[V], value: V | str) -> V:
    """A converter's step: a ``str`` that is one of ``kind``'s values becomes the member.

    Anything else is returned as it is, for the field's validator to refuse
    with its usual message and path: a converter never raises, nor guesses.
    """
    if isinstance(value, str) and not isinstance(value, kind):
        try:
            return kind(value)
        except ValueError:
            pass
    return value  # type: ignore[return-value]  # left for the validator
