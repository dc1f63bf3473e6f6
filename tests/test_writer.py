"""orjson writing straight from the values gives the reference writer's text and errors.

The reference writer is the converter's unstructuring (cattrs) encoded by the
standard library; ``dumps`` with orjson installed writes the values with
``bilateral._wire.writer`` instead, and falls back to the reference for what
it cannot write.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilateral import Dataset, Money, PartialDate, dumps, loads
from bilateral._wire.converter import dataset_to_data, unstructure
from bilateral._wire.writer import write
from tests.strategies import (
    countries,
    datasets,
    date_ranges,
    events,
    money,
    partial_dates,
    trade_periods,
)

orjson = pytest.importorskip("orjson")


def reference(value: Any, indent: int | None) -> str:
    """The converter's data written by the standard library (the reference writer)."""
    data = dataset_to_data(value) if isinstance(value, Dataset) else unstructure(value)
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(datasets(), st.sampled_from([None, 2]))
def test_datasets_are_written_as_the_reference_writes_them(dataset, indent):
    assert reference(dataset, indent) == dumps(dataset, indent=indent)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.one_of(partial_dates(), date_ranges(), countries, money, events(), trade_periods())
    | st.lists(partial_dates() | countries | money, max_size=4).map(tuple),
    st.sampled_from([None, 2]),
)
def test_values_are_written_as_the_reference_writes_them(value, indent):
    assert reference(value, indent) == dumps(value, indent=indent)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(datasets())
def test_compact_text_has_no_spaces_between_tokens_and_reads_back(dataset):
    text = dumps(dataset, indent=None)

    assert text == json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
    assert loads(text) == dataset


def test_compact_text_is_minimal():
    assert '{"amount":"14400000","currency":"USD"}' == dumps(Money("14400000", "USD"), indent=None)


@pytest.mark.parametrize("indent", [0, 4, "\t"])
def test_other_indentations_are_the_standard_librarys(indent):
    value = PartialDate("2022-40")

    assert write(orjson, value, indent) is None
    assert json.dumps("2022-40", indent=indent) + "\n" == dumps(value, indent=indent)


@pytest.mark.parametrize("indent", [None, 2])
def test_what_orjson_cannot_write_is_written_by_the_standard_library(indent):
    # an integer over 64 bits, a lone surrogate
    for value in [{"count": 10**30}, ["\ud800"]]:
        assert write(orjson, value, indent) is None
        assert reference(value, indent) == dumps(value, indent=indent)


@pytest.mark.parametrize("indent", [None, 2])
def test_what_nothing_can_write_fails_as_in_the_reference(indent):
    with pytest.raises(TypeError) as expected:
        reference(complex(1, 2), indent)
    with pytest.raises(TypeError) as found:
        dumps(complex(1, 2), indent=indent)

    assert str(found.value) == str(expected.value)
