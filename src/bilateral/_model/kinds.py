"""The vocabularies of the model: event kinds, statuses, flows, mission kinds, areas."""

from __future__ import annotations

import enum


class EventKind(enum.StrEnum):
    """What kind of diplomatic event happened or is planned.

    Each kind maps to a CAMEO code and a PLOVER event type (see
    :attr:`cameo`, :attr:`plover`); :attr:`mapping_is_judgement` says where
    the mapping is our reading rather than a one-to-one match.
    """

    ESTABLISHMENT = "establishment_of_relations"
    EMBASSY_OPENING = "embassy_opening"
    OFFICIAL_VISIT = "official_visit"
    COMMISSION_MEETING = "commission_meeting"
    BUSINESS_FORUM = "business_forum"
    SIGNING = "signing"
    STATEMENT = "statement"
    MEETING = "meeting"
    COMMEMORATION = "commemoration"

    @property
    def cameo(self) -> str:
        """The CAMEO event code (CAMEO 1.1b3)."""
        return _CODES[self][0]

    @property
    def plover(self) -> str:
        """The PLOVER event type."""
        return _CODES[self][1]

    @property
    def mapping_is_judgement(self) -> bool:
        """Whether the CAMEO/PLOVER mapping is a judgement, not a direct match."""
        return _CODES[self][2]


# kind: (CAMEO code, PLOVER type, is the mapping a judgement)
_CODES: dict[EventKind, tuple[str, str, bool]] = {
    EventKind.ESTABLISHMENT: (
        "054",
        "COOPERATE",
        True,
    ),  # 054 Grant diplomatic recognition
    EventKind.EMBASSY_OPENING: ("050", "COOPERATE", True),  # 050 Diplomatic cooperation
    EventKind.OFFICIAL_VISIT: ("042", "CONSULT", False),  # 042 Make a visit
    EventKind.COMMISSION_MEETING: ("040", "CONSULT", True),  # 040 Consult
    EventKind.BUSINESS_FORUM: ("061", "COOPERATE", True),  # 061 Cooperate economically
    EventKind.SIGNING: ("057", "AGREE", False),  # 057 Sign formal agreement
    EventKind.STATEMENT: ("010", "SUPPORT", True),  # 010 Make statement
    EventKind.MEETING: ("040", "CONSULT", False),  # 040 Consult
    EventKind.COMMEMORATION: ("017", "SUPPORT", True),  # 017 Engage in symbolic act
}


class Status(enum.StrEnum):
    """Whether an event has happened (as of its source) or is planned."""

    HELD = "held"
    PLANNED = "planned"


class Flow(enum.StrEnum):
    """Which trade flow a figure measures."""

    TURNOVER = "turnover"
    EXPORTS = "exports"
    IMPORTS = "imports"


class MissionKind(enum.StrEnum):
    """The kind of a diplomatic mission."""

    EMBASSY = "embassy"
    CONSULATE_GENERAL = "consulate_general"
    CONSULATE = "consulate"
    HONORARY_CONSULATE = "honorary_consulate"


class Area(enum.StrEnum):
    """An area of cooperation a statement is about."""

    ECONOMIC = "economic"
    TRADE = "trade"
    HUMANITARIAN = "humanitarian"
    INTERPARLIAMENTARY = "interparliamentary"
    POLITICAL = "political"
    EU_INTEGRATION = "eu_integration"
