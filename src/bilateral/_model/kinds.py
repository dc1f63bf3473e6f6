"""The vocabularies of the model: event kinds, statuses, flows, mission kinds, areas.

Each event kind and each mission kind has one record here holding all that
bilateral says about it: codes in other vocabularies, and the messages the
text layer translates to name it. Adding a kind is a member of the enum and
its record, then the catalogs (see docs/contributing.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from bilateral._values.i18n import N_, Message, pgettext
from bilateral._values.vocabulary import Vocabulary


class EventKind(Vocabulary):
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
        return EVENT_KINDS[self].cameo

    @property
    def plover(self) -> str:
        """The PLOVER event type."""
        return EVENT_KINDS[self].plover

    @property
    def mapping_is_judgement(self) -> bool:
        """Whether the CAMEO/PLOVER mapping is a judgement, not a direct match."""
        return EVENT_KINDS[self].mapping_is_judgement


@attrs.frozen(kw_only=True)
class EventKindRecord:
    """All that bilateral says about one event kind.

    Attributes:
        cameo: The CAMEO 1.1b3 event code.
        plover: The PLOVER event type.
        mapping_is_judgement: Whether the mapping to CAMEO and PLOVER is our
            reading rather than a one-to-one match (docs/explanation/event-codes.md).
        label: The kind as the subject of "{kind} took place {when}." ("An
            official visit"), a message the text layer translates.
    """

    cameo: str
    plover: str
    mapping_is_judgement: bool
    label: Message


EVENT_KINDS: Mapping[EventKind, EventKindRecord] = MappingProxyType(
    {
        EventKind.ESTABLISHMENT: EventKindRecord(
            cameo="054",  # Grant diplomatic recognition
            plover="COOPERATE",
            mapping_is_judgement=True,
            label=pgettext("event kind", "The establishment of diplomatic relations"),
        ),
        EventKind.EMBASSY_OPENING: EventKindRecord(
            cameo="050",  # Engage in diplomatic cooperation
            plover="COOPERATE",
            mapping_is_judgement=True,
            label=pgettext("event kind", "An embassy opening"),
        ),
        EventKind.OFFICIAL_VISIT: EventKindRecord(
            cameo="042",  # Make a visit
            plover="CONSULT",
            mapping_is_judgement=False,
            label=pgettext("event kind", "An official visit"),
        ),
        EventKind.COMMISSION_MEETING: EventKindRecord(
            cameo="040",  # Consult
            plover="CONSULT",
            mapping_is_judgement=True,
            label=pgettext("event kind", "A meeting of the intergovernmental commission"),
        ),
        EventKind.BUSINESS_FORUM: EventKindRecord(
            cameo="061",  # Cooperate economically
            plover="COOPERATE",
            mapping_is_judgement=True,
            label=pgettext("event kind", "A business forum"),
        ),
        EventKind.SIGNING: EventKindRecord(
            cameo="057",  # Sign formal agreement
            plover="AGREE",
            mapping_is_judgement=False,
            label=pgettext("event kind", "A signing of documents"),
        ),
        EventKind.STATEMENT: EventKindRecord(
            cameo="010",  # Make statement
            plover="SUPPORT",
            mapping_is_judgement=True,
            label=pgettext("event kind", "A statement"),
        ),
        EventKind.MEETING: EventKindRecord(
            cameo="040",  # Consult
            plover="CONSULT",
            mapping_is_judgement=False,
            label=pgettext("event kind", "A meeting"),
        ),
        EventKind.COMMEMORATION: EventKindRecord(
            cameo="017",  # Engage in symbolic act
            plover="SUPPORT",
            mapping_is_judgement=True,
            label=pgettext("event kind", "A commemorative event"),
        ),
    }
)


class Status(Vocabulary):
    """Whether an event has happened (as of its source) or is planned."""

    HELD = "held"
    PLANNED = "planned"


class Flow(Vocabulary):
    """Which trade flow a figure measures.

    Re-exports are goods exported in the state they were imported in;
    re-imports, goods imported in the state they were exported in. Both are
    figures of their own, as the UN Comtrade flow codes ``RX`` and ``RM``
    keep them, not parts of exports or imports.
    """

    TURNOVER = "turnover"
    EXPORTS = "exports"
    IMPORTS = "imports"
    RE_EXPORTS = "re_exports"
    RE_IMPORTS = "re_imports"


class MissionKind(Vocabulary):
    """The kind of a diplomatic mission."""

    EMBASSY = "embassy"
    CONSULATE_GENERAL = "consulate_general"
    CONSULATE = "consulate"
    HONORARY_CONSULATE = "honorary_consulate"


@attrs.frozen
class MissionKindRecord:
    """All that bilateral says about one kind of mission.

    Attributes:
        sentence: The sentence saying that such a mission opened, with the
            fields ``{sending}``, ``{receiving}`` and ``{when}``; a message
            the text layer translates.
    """

    sentence: Message


MISSION_KINDS: Mapping[MissionKind, MissionKindRecord] = MappingProxyType(
    {
        MissionKind.EMBASSY: MissionKindRecord(
            N_("The embassy of {sending} in {receiving} opened {when}.")
        ),
        MissionKind.CONSULATE_GENERAL: MissionKindRecord(
            N_("The consulate general of {sending} in {receiving} opened {when}.")
        ),
        MissionKind.CONSULATE: MissionKindRecord(
            N_("The consulate of {sending} in {receiving} opened {when}.")
        ),
        MissionKind.HONORARY_CONSULATE: MissionKindRecord(
            N_("The honorary consulate of {sending} in {receiving} opened {when}.")
        ),
    }
)


class Area(Vocabulary):
    """An area of cooperation a statement is about."""

    ECONOMIC = "economic"
    TRADE = "trade"
    HUMANITARIAN = "humanitarian"
    INTERPARLIAMENTARY = "interparliamentary"
    POLITICAL = "political"
    EU_INTEGRATION = "eu_integration"
