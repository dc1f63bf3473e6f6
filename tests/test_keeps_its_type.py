"""Converters marked ``keeps_its_type`` give back a value of their field's type unchanged.

The JSON format's trusted structuring skips them where its hooks built a
value of the field's type; these tests hold the mark true for every marked
converter of the model, on every field value of generated datasets.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from bilateral import Dataset, Event, ValidationError, load_bundled, loads
from bilateral._values.checks import keeps_type
from tests.strategies import datasets


def _records(value: Any) -> list[Any]:
    """``value`` and every record inside it."""
    found = [value]
    for field in attrs.fields(type(value)):
        item = getattr(value, field.name)
        for part in item if isinstance(item, tuple) else (item,):
            if attrs.has(type(part)) and type(part).__module__ == "bilateral":
                found.extend(_records(part))
    return found


def _marked_fields(dataset: Dataset) -> list[tuple[Any, Any, Any]]:
    return [
        (record, field, getattr(record, field.name))
        for record in _records(dataset)
        for field in attrs.fields(type(record))
        if keeps_type(field.converter)
    ]


def test_the_model_marks_converters_and_not_those_that_check_more():
    kinds = {type(record).__name__: record for record, _, _ in _marked_fields(load_bundled())}
    assert {"Dataset", "Relation", "Event", "Statement", "Mission", "TradePeriod"} <= kinds.keys()
    places = attrs.fields(Event).places
    assert not keeps_type(places.converter)  # it checks each place name's characters


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets())
def test_a_marked_converter_gives_back_a_value_of_its_fields_type(dataset):
    for record, field, value in _marked_fields(dataset):
        converted = field.converter(value)
        assert converted == value, (type(record).__name__, field.name)
        if not isinstance(value, tuple):
            assert converted is value, (type(record).__name__, field.name)


def test_a_place_without_a_visible_character_is_still_refused_when_read():
    text = (
        '{"format":"bilateral","version":2,"relations":[{"countries":["AZ","LT"],'
        '"events":[{"id":"e","kind":"meeting","status":"held","when":null,'
        '"summary":"A meeting.","places":["\\u200b"]}]}]}'
    )
    with pytest.raises(ValidationError, match=r"places\[0\]: expected a place name"):
        loads(text)
