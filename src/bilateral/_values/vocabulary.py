"""The base of bilateral's vocabularies: the enums its values take."""

from __future__ import annotations

import enum


class Vocabulary(enum.StrEnum):
    """A closed list of words, written in JSON as their values.

    Every enum of bilateral (event kinds, statuses, flows, mission kinds,
    areas, precisions) derives from it, so that the wire format finds them by
    their class rather than by a list (see ``configure_converter``).
    """
