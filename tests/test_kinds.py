from __future__ import annotations

import enum

import pytest

from bilateral import Area, EventKind, Flow, MissionKind, Precision, Status
from bilateral._model.kinds import EVENT_KINDS, MISSION_KINDS
from bilateral._text.catalog import LOCALE_DIR, parse_locale, translations
from bilateral._values.vocabulary import Vocabulary
from bilateral._wire.converter import make_converter
from tests.test_catalogs import _key, _messages, _read

VOCABULARIES = [Area, EventKind, Flow, MissionKind, Precision, Status]


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
