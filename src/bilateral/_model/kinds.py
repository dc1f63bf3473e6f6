"""The vocabularies of the model: event kinds, statuses, flows, missions, levels, areas.

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
    """What kind of diplomatic event happened, is planned, or was called off.

    Each kind maps to a CAMEO code and a PLOVER event type, with a PLOVER
    mode where the manual has one that fits (see :attr:`cameo`,
    :attr:`plover`, :attr:`plover_mode`); :attr:`mapping_is_judgement` says
    where the mapping is our reading rather than a one-to-one match, and
    :attr:`judgement` why.

    ``CODED`` is the one kind that is not curated: an event known only
    by its own CAMEO code and/or PLOVER coding (``Event.cameo``,
    ``Event.plover``), which it must give; the kind has no codes of its own
    (:attr:`cameo` and :attr:`plover` are ``None``).
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
    STATE_VISIT = "state_visit"
    SUMMIT = "summit"
    PHONE_CALL = "phone_call"
    TREATY_SIGNING = "treaty_signing"
    TREATY_RATIFICATION = "treaty_ratification"
    RECOGNITION = "recognition"
    RELATIONS_SEVERED = "relations_severed"
    RELATIONS_RESTORED = "relations_restored"
    EMBASSY_CLOSING = "embassy_closing"
    AMBASSADOR_APPOINTMENT = "ambassador_appointment"
    AMBASSADOR_RECALL = "ambassador_recall"
    AMBASSADOR_EXPULSION = "ambassador_expulsion"
    SANCTIONS_IMPOSED = "sanctions_imposed"
    SANCTIONS_LIFTED = "sanctions_lifted"
    PROTEST = "diplomatic_protest"
    DEMONSTRATION = "demonstration"
    CODED = "coded_event"

    @property
    def cameo(self) -> str | None:
        """The CAMEO event code (CAMEO 1.1b3), one the bundled tables name.

        ``None`` for ``CODED``, whose events give their own.
        """
        return EVENT_KINDS[self].cameo

    @property
    def plover(self) -> str | None:
        """The PLOVER event type; ``None`` for ``CODED``, whose events give their own."""
        return EVENT_KINDS[self].plover

    @property
    def plover_mode(self) -> str | None:
        """The PLOVER mode of :attr:`plover`, where the manual has one that fits."""
        return EVENT_KINDS[self].plover_mode

    @property
    def mapping_is_judgement(self) -> bool:
        """Whether the CAMEO/PLOVER mapping is a judgement, not a direct match."""
        return EVENT_KINDS[self].mapping_is_judgement

    @property
    def judgement(self) -> str | None:
        """Why the mapping is a judgement (in English); ``None`` for a direct match."""
        return EVENT_KINDS[self].judgement


def _judgement_reason(
    instance: EventKindRecord, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    del attribute
    if (value is not None) != instance.mapping_is_judgement:
        msg = "a reason goes with a judgement, and only with one"
        raise ValueError(msg)


def _codes_together(
    instance: EventKindRecord, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    del attribute
    if (value is None) != (instance.cameo is None) or (
        value is None and instance.plover_mode is not None
    ):
        msg = "a kind has a CAMEO code and a PLOVER type, or neither (the coded kind)"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class EventKindRecord:
    """All that bilateral says about one event kind.

    Attributes:
        cameo: The CAMEO 1.1b3 event code; always one the bundled tables
            name (``bilateral/data/reference/cameo.csv``). ``None`` only
            for the kind whose events give their own codes
            (``EventKind.CODED``).
        plover: The PLOVER event type of the current manual; ``None`` with
            ``cameo``.
        plover_mode: Its mode, where the manual defines one that fits.
        mapping_is_judgement: Whether the mapping to CAMEO and PLOVER is our
            reading rather than a one-to-one match (docs/explanation/event-codes.md).
        judgement: Why, when it is a judgement; ``None`` otherwise.
        label: The kind as the subject of "{kind} took place {when}." ("An
            official visit"), a message the text layer translates.
    """

    cameo: str | None
    plover: str | None = attrs.field(validator=_codes_together)
    plover_mode: str | None = None
    mapping_is_judgement: bool
    judgement: str | None = attrs.field(default=None, validator=_judgement_reason)
    label: Message


EVENT_KINDS: Mapping[EventKind, EventKindRecord] = MappingProxyType(
    {
        EventKind.ESTABLISHMENT: EventKindRecord(
            cameo="054",  # Grant diplomatic recognition
            plover="SUPPORT",
            mapping_is_judgement=True,
            judgement=(
                "Recognition and the establishment of relations are different acts; "
                "CAMEO has no code for the establishment, 054 is the nearest. PLOVER's "
                "SUPPORT names the initiation of diplomatic ties."
            ),
            label=pgettext("event kind", "The establishment of diplomatic relations"),
        ),
        EventKind.EMBASSY_OPENING: EventKindRecord(
            cameo="050",  # Engage in diplomatic cooperation
            plover="SUPPORT",
            mapping_is_judgement=True,
            judgement="CAMEO and PLOVER have no code for opening a mission.",
            label=pgettext("event kind", "An embassy opening"),
        ),
        EventKind.OFFICIAL_VISIT: EventKindRecord(
            cameo="042",  # Make a visit
            plover="CONSULT",
            plover_mode="visit",
            mapping_is_judgement=False,
            label=pgettext("event kind", "An official visit"),
        ),
        EventKind.COMMISSION_MEETING: EventKindRecord(
            cameo="040",  # Consult
            plover="CONSULT",
            mapping_is_judgement=True,
            judgement=(
                "An intergovernmental commission is more formal than consultations, "
                "and its outcomes may be agreements."
            ),
            label=pgettext("event kind", "A meeting of the intergovernmental commission"),
        ),
        EventKind.BUSINESS_FORUM: EventKindRecord(
            cameo="061",  # Cooperate economically
            plover="COOPERATE",
            mapping_is_judgement=True,
            judgement="A forum is where economic cooperation may start, not proof that it happened.",
            label=pgettext("event kind", "A business forum"),
        ),
        EventKind.SIGNING: EventKindRecord(
            cameo="057",  # Sign formal agreement
            plover="SUPPORT",
            mapping_is_judgement=False,
            label=pgettext("event kind", "A signing of documents"),
        ),
        EventKind.STATEMENT: EventKindRecord(
            cameo="01",  # MAKE PUBLIC STATEMENT (cue category)
            plover="SUPPORT",
            mapping_is_judgement=True,
            judgement=(
                "CAMEO's code (010 Make statement) is neutral and lies in category 01, "
                "which PLOVER dropped, so the bundled tables name only the category; "
                "PLOVER has no neutral statement type, and SUPPORT reads the tone."
            ),
            label=pgettext("event kind", "A statement"),
        ),
        EventKind.MEETING: EventKindRecord(
            cameo="040",  # Consult
            plover="CONSULT",
            mapping_is_judgement=False,
            label=pgettext("event kind", "A meeting"),
        ),
        EventKind.COMMEMORATION: EventKindRecord(
            cameo="01",  # MAKE PUBLIC STATEMENT (cue category)
            plover="SUPPORT",
            mapping_is_judgement=True,
            judgement=(
                "CAMEO's code (017 Engage in symbolic act) lies in category 01, which "
                "PLOVER dropped, so the bundled tables name only the category; SUPPORT "
                "reads a commemoration as an act of support."
            ),
            label=pgettext("event kind", "A commemorative event"),
        ),
        EventKind.STATE_VISIT: EventKindRecord(
            cameo="042",  # Make a visit
            plover="CONSULT",
            plover_mode="visit",
            mapping_is_judgement=False,
            label=pgettext("event kind", "A state visit"),
        ),
        EventKind.SUMMIT: EventKindRecord(
            cameo="040",  # Consult
            plover="CONSULT",
            mapping_is_judgement=True,
            judgement=(
                "Neither vocabulary codes the rank of those who meet; a summit is "
                "consultation at the top. Where it was held (a visit, a third "
                "place) can be given as an explicit code."
            ),
            label=pgettext("event kind", "A summit"),
        ),
        EventKind.PHONE_CALL: EventKindRecord(
            cameo="041",  # Discuss by telephone
            plover="CONSULT",
            plover_mode="phone",
            mapping_is_judgement=False,
            label=pgettext("event kind", "A telephone conversation"),
        ),
        EventKind.TREATY_SIGNING: EventKindRecord(
            cameo="057",  # Sign formal agreement
            plover="SUPPORT",
            mapping_is_judgement=False,
            label=pgettext("event kind", "The signing of a treaty"),
        ),
        EventKind.TREATY_RATIFICATION: EventKindRecord(
            cameo="057",  # Sign formal agreement
            plover="SUPPORT",
            mapping_is_judgement=True,
            judgement=(
                "CAMEO has no code for ratification; 057 (signing) is the nearest. "
                "PLOVER's SUPPORT names ratifying a treaty."
            ),
            label=pgettext("event kind", "The ratification of a treaty"),
        ),
        EventKind.RECOGNITION: EventKindRecord(
            cameo="054",  # Grant diplomatic recognition
            plover="SUPPORT",
            mapping_is_judgement=False,
            label=pgettext("event kind", "Diplomatic recognition"),
        ),
        EventKind.RELATIONS_SEVERED: EventKindRecord(
            cameo="161",  # Reduce or break diplomatic relations
            plover="SANCTION",
            plover_mode="discontinue",
            mapping_is_judgement=False,
            label=pgettext("event kind", "The severance of diplomatic relations"),
        ),
        EventKind.RELATIONS_RESTORED: EventKindRecord(
            cameo="050",  # Engage in diplomatic cooperation
            plover="SUPPORT",
            mapping_is_judgement=True,
            judgement=(
                "CAMEO has no code for restoring relations; 050 is the nearest. "
                "PLOVER's SUPPORT names resuming diplomatic cooperation."
            ),
            label=pgettext("event kind", "The restoration of diplomatic relations"),
        ),
        EventKind.EMBASSY_CLOSING: EventKindRecord(
            cameo="161",  # Reduce or break diplomatic relations
            plover="SANCTION",
            plover_mode="withdraw",
            mapping_is_judgement=True,
            judgement=(
                "An embassy may close for want of money rather than to reduce "
                "relations; both vocabularies read a closing as a reduction."
            ),
            label=pgettext("event kind", "An embassy closing"),
        ),
        EventKind.AMBASSADOR_APPOINTMENT: EventKindRecord(
            cameo="050",  # Engage in diplomatic cooperation
            plover="SUPPORT",
            mapping_is_judgement=True,
            judgement="Neither vocabulary has a code for appointing or accrediting an envoy.",
            label=pgettext("event kind", "The appointment of an ambassador"),
        ),
        EventKind.AMBASSADOR_RECALL: EventKindRecord(
            cameo="161",  # Reduce or break diplomatic relations
            plover="SANCTION",
            plover_mode="withdraw",
            mapping_is_judgement=False,
            label=pgettext("event kind", "The recall of an ambassador"),
        ),
        EventKind.AMBASSADOR_EXPULSION: EventKindRecord(
            cameo="161",  # Reduce or break diplomatic relations
            plover="SANCTION",
            plover_mode="expel",
            mapping_is_judgement=True,
            judgement=(
                "CAMEO's 166 (Expel or withdraw) is about peacekeepers, inspectors and "
                "aid agencies and 174 about deporting individuals; 161 is the nearest "
                "for a diplomat. PLOVER's expel mode names ambassadors."
            ),
            label=pgettext("event kind", "The expulsion of an ambassador"),
        ),
        EventKind.SANCTIONS_IMPOSED: EventKindRecord(
            cameo="163",  # Impose embargo, boycott, or sanctions
            plover="SANCTION",
            plover_mode="discontinue",
            mapping_is_judgement=True,
            judgement=(
                "The 2021 CAMEO-to-PLOVER file maps 163 to COERCE (restrict); the "
                "PLOVER manual codes international sanctions as SANCTION "
                "(discontinue), which we follow."
            ),
            label=pgettext("event kind", "The imposition of sanctions"),
        ),
        EventKind.SANCTIONS_LIFTED: EventKindRecord(
            cameo="085",  # Ease economic sanctions, boycott, embargo
            plover="RETREAT",
            mapping_is_judgement=False,
            label=pgettext("event kind", "The lifting of sanctions"),
        ),
        EventKind.PROTEST: EventKindRecord(
            cameo="114",  # Complain officially
            plover="ACCUSE",
            plover_mode="disapprove",
            mapping_is_judgement=False,
            label=pgettext("event kind", "A diplomatic protest"),
        ),
        EventKind.DEMONSTRATION: EventKindRecord(
            cameo="141",  # Demonstrate or rally
            plover="PROTEST",
            plover_mode="demo",
            mapping_is_judgement=False,
            label=pgettext("event kind", "A demonstration"),
        ),
        EventKind.CODED: EventKindRecord(
            cameo=None,  # the event's own
            plover=None,  # the event's own
            mapping_is_judgement=False,
            # Translators: an event known only by its codes; describe names it by its PLOVER
            # type ("An assault") where it has one, else as this with its CAMEO code.
            label=pgettext("event kind", "An event"),
        ),
    }
)


@attrs.frozen(kw_only=True)
class PloverTypeRecord:
    """All that bilateral says about one PLOVER event type.

    Attributes:
        label: The type as the subject of "{kind} took place {when}."
            ("An assault"), naming an event of ``EventKind.CODED``; a
            message the text layer translates.
    """

    label: Message


PLOVER_TYPES: Mapping[str, PloverTypeRecord] = MappingProxyType(
    {
        # Translators: PLOVER AGREE (agreeing, offering or promising to cooperate), as the subject
        # of "event held".
        "AGREE": PloverTypeRecord(label=pgettext("PLOVER event type", "An agreement")),
        # Translators: PLOVER CONSULT (consultations and meetings, visits and calls), as the subject
        # of "event held".
        "CONSULT": PloverTypeRecord(label=pgettext("PLOVER event type", "A consultation")),
        "SUPPORT": PloverTypeRecord(
            # Translators: PLOVER SUPPORT (diplomatic, non-material support or cooperation), as
            # the subject of "event held".
            label=pgettext("PLOVER event type", "An expression of support")
        ),
        # Translators: PLOVER CONCEDE (verbal concessions, promises to ease restrictions), as the
        # subject of "event held".
        "CONCEDE": PloverTypeRecord(label=pgettext("PLOVER event type", "A concession")),
        # Translators: PLOVER COOPERATE (material cooperation or exchange (economic, military,
        # judicial)), as the subject of "event held".
        "COOPERATE": PloverTypeRecord(label=pgettext("PLOVER event type", "Cooperation")),
        # Translators: PLOVER AID (material aid: money, arms, relief), as the subject of "event
        # held".
        "AID": PloverTypeRecord(label=pgettext("PLOVER event type", "The provision of aid")),
        # Translators: PLOVER RETREAT (de-escalation with material effect: withdrawing, releasing, a
        # ceasefire), as the subject of "event held".
        "RETREAT": PloverTypeRecord(label=pgettext("PLOVER event type", "A retreat")),
        # Translators: PLOVER REQUEST (requests, demands and orders), as the subject of "event
        # held".
        "REQUEST": PloverTypeRecord(label=pgettext("PLOVER event type", "A request")),
        # Translators: PLOVER ACCUSE (disapproval, complaints, accusations, investigations), as the
        # subject of "event held".
        "ACCUSE": PloverTypeRecord(label=pgettext("PLOVER event type", "An accusation")),
        # Translators: PLOVER REJECT (rejections and refusals), as the subject of "event held".
        "REJECT": PloverTypeRecord(label=pgettext("PLOVER event type", "A rejection")),
        # Translators: PLOVER THREATEN (threats and coercive warnings), as the subject of "event
        # held".
        "THREATEN": PloverTypeRecord(label=pgettext("PLOVER event type", "A threat")),
        # Translators: PLOVER PROTEST (civilian demonstrations and collective protest), as the
        # subject of "event held".
        "PROTEST": PloverTypeRecord(label=pgettext("PLOVER event type", "A protest")),
        # Translators: PLOVER SANCTION (any reduction of existing relations, not only formal
        # sanctions), as the subject of "event held".
        "SANCTION": PloverTypeRecord(label=pgettext("PLOVER event type", "A sanction")),
        # Translators: PLOVER MOBILIZE (military or police moves short of force), as the subject of
        # "event held".
        "MOBILIZE": PloverTypeRecord(label=pgettext("PLOVER event type", "A mobilization")),
        # Translators: PLOVER COERCE (repression and restrictions short of violence), as the subject
        # of "event held".
        "COERCE": PloverTypeRecord(label=pgettext("PLOVER event type", "Coercion")),
        # Translators: PLOVER ASSAULT (deliberate actions that may cause physical harm), as the
        # subject of "event held".
        "ASSAULT": PloverTypeRecord(label=pgettext("PLOVER event type", "An assault")),
    }
)
"""A record for each event type of the current PLOVER manual (in its order)."""


class Status(Vocabulary):
    """Whether an event has happened (as of its source), is planned, or was called off."""

    HELD = "held"
    PLANNED = "planned"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


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
        closed: The sentence saying that it closed, with the same fields.
    """

    sentence: Message
    closed: Message


MISSION_KINDS: Mapping[MissionKind, MissionKindRecord] = MappingProxyType(
    {
        MissionKind.EMBASSY: MissionKindRecord(
            N_("The embassy of {sending} in {receiving} opened {when}."),
            N_("The embassy of {sending} in {receiving} closed {when}."),
        ),
        MissionKind.CONSULATE_GENERAL: MissionKindRecord(
            N_("The consulate general of {sending} in {receiving} opened {when}."),
            N_("The consulate general of {sending} in {receiving} closed {when}."),
        ),
        MissionKind.CONSULATE: MissionKindRecord(
            N_("The consulate of {sending} in {receiving} opened {when}."),
            N_("The consulate of {sending} in {receiving} closed {when}."),
        ),
        MissionKind.HONORARY_CONSULATE: MissionKindRecord(
            N_("The honorary consulate of {sending} in {receiving} opened {when}."),
            N_("The honorary consulate of {sending} in {receiving} closed {when}."),
        ),
    }
)


class RepresentationLevel(Vocabulary):
    """The rank of the head of a mission: the levels of the COW Diplomatic Exchange data.

    The Correlates of War Diplomatic Exchange data set (v2006.1, Bayer 2006)
    codes the representation of one state in another as 1 (chargé
    d'affaires), 2 (minister), 3 (ambassador) or 9 (other); 0, no
    representation, is said here by a mission's ``closed`` date instead.
    :attr:`cow_code` gives the code.
    """

    CHARGE_D_AFFAIRES = "charge_d_affaires"
    MINISTER = "minister"
    AMBASSADOR = "ambassador"
    OTHER = "other"

    @property
    def cow_code(self) -> int:
        """The level's code in the COW Diplomatic Exchange data."""
        return REPRESENTATION_LEVELS[self].cow_code


@attrs.frozen
class RepresentationLevelRecord:
    """All that bilateral says about one level of representation.

    Attributes:
        cow_code: The code of the level in the COW Diplomatic Exchange data.
        sentence: The sentence saying that one country's representation in
            the other was at this level from a date, with the fields
            ``{sending}``, ``{receiving}`` and ``{when}``; a message the
            text layer translates.
    """

    cow_code: int
    sentence: Message


REPRESENTATION_LEVELS: Mapping[RepresentationLevel, RepresentationLevelRecord] = MappingProxyType(
    {
        RepresentationLevel.CHARGE_D_AFFAIRES: RepresentationLevelRecord(
            1,
            N_(
                "The representation of {sending} in {receiving} was set at the level "
                "of chargé d'affaires {when}."
            ),
        ),
        RepresentationLevel.MINISTER: RepresentationLevelRecord(
            2,
            N_(
                "The representation of {sending} in {receiving} was set at the level "
                "of minister {when}."
            ),
        ),
        RepresentationLevel.AMBASSADOR: RepresentationLevelRecord(
            3,
            N_(
                "The representation of {sending} in {receiving} was set at the level "
                "of ambassador {when}."
            ),
        ),
        RepresentationLevel.OTHER: RepresentationLevelRecord(
            9,
            N_("The representation of {sending} in {receiving} was set at another level {when}."),
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
