from __future__ import annotations

import enum

import pytest

from bilateral import Area, EventKind, Flow, MissionKind, Precision, RepresentationLevel, Status
from bilateral._model.kinds import EVENT_KINDS, MISSION_KINDS
from bilateral._text.catalog import LOCALE_DIR, parse_locale, translations
from bilateral._values.vocabulary import Vocabulary
from bilateral._wire.converter import make_converter
from tests.test_catalogs import _key, _messages, _read

VOCABULARIES = [Area, EventKind, Flow, MissionKind, Precision, RepresentationLevel, Status]


def test_every_event_kind_has_one_record():
    assert list(EventKind) == list(EVENT_KINDS)


def test_every_mission_kind_has_one_record():
    assert list(MissionKind) == list(MISSION_KINDS)


@pytest.mark.parametrize("kind", list(EventKind), ids=str)
def test_the_properties_read_the_record(kind):
    record = EVENT_KINDS[kind]

    assert (record.cameo, record.plover, record.mapping_is_judgement) == (
        kind.cameo,
        kind.plover,
        kind.mapping_is_judgement,
    )


def test_every_label_and_sentence_is_in_the_template():
    template = {_key(m) for m in _messages(_read(LOCALE_DIR / "bilateral.pot"))}
    messages = [r.label for r in EVENT_KINDS.values()]
    messages += [r.sentence for r in MISSION_KINDS.values()]

    assert [] == [m for m in messages if (m.context, m.id) not in template]


def test_labels_are_translated_at_run_time():
    russian = translations(parse_locale("ru"))
    label = EVENT_KINDS[EventKind.MEETING].label

    assert "Встреча" == russian.pgettext(label.context, label.id)


@pytest.mark.parametrize("kind", VOCABULARIES, ids=lambda k: k.__name__)
def test_every_enum_is_a_vocabulary(kind):
    assert issubclass(kind, Vocabulary)
    assert issubclass(kind, enum.StrEnum)


class _Made(Vocabulary):
    """A vocabulary made up for this test."""

    ONE = "one"


def test_a_new_vocabulary_reaches_the_converter_with_no_registration():
    converter = make_converter(detailed_validation=False)

    assert _Made.ONE is converter.structure("one", _Made)
    assert "one" == converter.unstructure(_Made.ONE)
    with pytest.raises(ValueError, match='expected one of "one", got "One"'):
        converter.structure("One", _Made)


@pytest.mark.parametrize("kind", list(EventKind), ids=str)
def test_every_record_names_codes_of_the_bundled_vocabularies(kind):
    from bilateral._values import vocabularies  # noqa: PLC0415

    record = EVENT_KINDS[kind]
    if kind is EventKind.CODED:  # the event's own codes, none of the kind's
        assert (record.cameo, record.plover, record.plover_mode) == (None, None, None)
        return
    assert record.cameo is not None
    assert record.plover is not None
    vocabularies.cameo_code(record.cameo)
    plover = vocabularies.plover_event_type(record.plover)
    assert record.plover == plover.name
    if record.plover_mode is not None:
        assert (
            record.plover_mode == vocabularies.plover_mode(record.plover, record.plover_mode).name
        )
    assert (record.judgement is not None) == record.mapping_is_judgement


@pytest.mark.parametrize(
    "kind",
    [k for k in EventKind if not k.mapping_is_judgement and k is not EventKind.CODED],
    ids=str,
)
def test_a_direct_mapping_agrees_with_the_2021_file_on_the_plover_type(kind):
    from bilateral._values import vocabularies  # noqa: PLC0415

    assert kind.plover == vocabularies.cameo_to_plover_table("2021")[kind.cameo].event


def test_a_judgement_without_a_reason_is_refused():
    from bilateral._model.kinds import EventKindRecord  # noqa: PLC0415
    from bilateral._values.i18n import N_  # noqa: PLC0415

    with pytest.raises(ValueError, match="a reason goes with a judgement"):
        EventKindRecord(cameo="040", plover="CONSULT", mapping_is_judgement=True, label=N_("x"))


def test_the_kinds_the_issue_asks_for_exist():
    asked = {
        "state_visit", "summit", "treaty_signing", "treaty_ratification", "recognition",
        "establishment_of_relations", "relations_severed", "relations_restored",
        "embassy_opening", "embassy_closing", "ambassador_appointment", "ambassador_recall",
        "ambassador_expulsion", "sanctions_imposed", "sanctions_lifted", "diplomatic_protest",
        "phone_call",
    }  # fmt: skip

    assert asked <= {k.value for k in EventKind}
    assert 26 == len(EventKind)  # 25 curated, and the coded kind


def test_a_kind_has_both_codes_or_neither():
    from bilateral._model.kinds import EventKindRecord  # noqa: PLC0415
    from bilateral._values.i18n import N_  # noqa: PLC0415

    with pytest.raises(ValueError, match="a CAMEO code and a PLOVER type, or neither"):
        EventKindRecord(cameo="040", plover=None, mapping_is_judgement=False, label=N_("x"))
    with pytest.raises(ValueError, match="a CAMEO code and a PLOVER type, or neither"):
        EventKindRecord(cameo=None, plover="CONSULT", mapping_is_judgement=False, label=N_("x"))


def test_every_plover_type_has_one_record_and_a_gender():
    from bilateral._model.kinds import PLOVER_TYPES  # noqa: PLC0415
    from bilateral._text.describe import _PLOVER_GENDERS  # noqa: PLC0415
    from bilateral._values import vocabularies  # noqa: PLC0415

    assert list(vocabularies.plover_event_types()) == list(PLOVER_TYPES)
    assert list(PLOVER_TYPES) == list(_PLOVER_GENDERS)
    assert [r.label.id for r in PLOVER_TYPES.values()] == [m.id for m in _PLOVER_GENDERS.values()]


def test_representation_levels_carry_the_cow_codes():
    from bilateral import RepresentationLevel  # noqa: PLC0415

    assert {"charge_d_affaires": 1, "minister": 2, "ambassador": 3, "other": 9} == {
        level.value: level.cow_code for level in RepresentationLevel
    }


@pytest.mark.parametrize("locale", ["az", "de", "ja", "lt", "ru", "tr", "uk", "zh"])
def test_every_new_message_is_translated(locale):
    from bilateral._model.kinds import PLOVER_TYPES, REPRESENTATION_LEVELS  # noqa: PLC0415

    t = translations(parse_locale(locale))
    messages = [r.label for r in EVENT_KINDS.values()]
    messages += [r.label for r in PLOVER_TYPES.values()]
    messages += [r.closed for r in MISSION_KINDS.values()]
    messages += [r.sentence for r in REPRESENTATION_LEVELS.values()]
    for message in messages:
        text = (
            t.gettext(message.id)
            if message.context is None
            else t.pgettext(message.context, message.id)
        )
        assert text != message.id, message
