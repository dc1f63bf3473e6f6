"""orjson writing straight from the values gives the reference writer's text and errors.

The reference writer is the converter's unstructuring (cattrs) encoded by the
standard library; ``dumps`` with orjson installed writes the values with
``bilateral._wire.writer`` instead, and falls back to the reference for what
it cannot write.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilateral import (
    Dataset,
    Money,
    PartialDate,
    Source,
    cow_source,
    dump,
    dumps,
    load_bundled,
    loads,
)
from bilateral._wire.converter import (
    FORMAT_NAME,
    FORMAT_VERSION,
    dataset_to_data,
    dumps_utf8,
    unstructure,
)
from bilateral._wire.writer import omitted_at_default, write_bytes
from tests.corpus_outputs import made_up, sources
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


def fast(value: Any, indent: int | None) -> str | None:
    """The fast writer's text, as ``dumps`` asks for it; None where it leaves it to the reference."""
    header = (
        {"format": FORMAT_NAME, "version": FORMAT_VERSION} if isinstance(value, Dataset) else None
    )
    text = write_bytes(orjson, value, indent, header)
    return None if text is None else text.decode()


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(datasets(), st.sampled_from([None, 2]))
def test_datasets_are_written_as_the_reference_writes_them(dataset, indent):
    # The fast writer writes them itself (a fallback would hide its mistakes).
    assert reference(dataset, indent) == fast(dataset, indent) == dumps(dataset, indent=indent)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.one_of(partial_dates(), date_ranges(), countries, money, events(), trade_periods())
    | st.lists(partial_dates() | countries | money, max_size=4).map(tuple),
    st.sampled_from([None, 2]),
)
def test_values_are_written_as_the_reference_writes_them(value, indent):
    assert reference(value, indent) == fast(value, indent) == dumps(value, indent=indent)


def every_omitted_field() -> list[Any]:
    """Values that, together, set every field a document holds only away from its default."""
    cow = cow_source("GDR")
    text = Source("s", "Azernews", dt.date(2023, 2, 17), "They met.", doi="10.1000/x.1")
    return [
        *made_up(),
        *sources(),
        cow,
        text,
        text.cite("met"),
        cow.cite_record(next(iter(cow.records or {})), "styear", "stmonth"),
    ]


def omitted_fields_set(values: list[Any]) -> dict[type, set[str]]:
    """The fields omitted at their default that ``values`` (and what they hold) set, by class."""
    found: dict[type, set[str]] = {}

    def walk(value: Any) -> None:
        if isinstance(value, tuple | list):
            for item in value:
                walk(item)
        elif attrs.has(type(value)) and type(value).__module__.startswith("bilateral"):
            kind = type(value)
            found.setdefault(kind, set())
            for field in attrs.fields(kind):
                default = field.default
                if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                    default = default.factory()
                held = getattr(value, field.name)
                if field.name in omitted_at_default(kind) and held != default:
                    found[kind].add(field.name)
                walk(held)

    walk(values)
    return found


def test_the_examples_set_every_field_omitted_at_its_default():
    found = omitted_fields_set(every_omitted_field())

    assert len(found) >= 10
    assert {kind: omitted_at_default(kind) for kind in found} == found


@pytest.mark.parametrize("indent", [None, 2])
def test_fields_away_from_their_default_are_written_by_the_fast_writer(indent):
    for value in every_omitted_field():
        assert reference(value, indent) == fast(value, indent)


@pytest.mark.parametrize("indent", [None, 2])
def test_the_bundled_dataset_is_written_by_the_fast_writer(indent):
    # Its fields omitted at their default are set somewhere (ruptures, level changes, a
    # citation of a record, an event called off and one moved, a source's licence...).
    dataset = load_bundled()

    assert reference(dataset, indent) == fast(dataset, indent)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(datasets(), st.sampled_from([None, 2]))
def test_the_bytes_are_the_texts_in_utf8(dataset, indent):
    assert dumps(dataset, indent=indent).encode("utf-8") == dumps_utf8(dataset, indent=indent)


@pytest.mark.parametrize("indent", [None, 2, 4])
def test_the_bytes_of_what_orjson_cannot_write_are_the_references(indent):
    for value in [{"count": 10**30}, ["\u00e9", 10**30]]:
        assert reference(value, indent).encode("utf-8") == dumps_utf8(value, indent=indent)


def test_dump_writes_the_bytes_of_the_text(tmp_path):
    dataset = load_bundled()  # text beyond ASCII
    dump(dataset, tmp_path / "data.json")

    assert not (tmp_path / "data.json").read_bytes().isascii()
    assert dumps(dataset).encode("utf-8") == (tmp_path / "data.json").read_bytes()


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

    assert write_bytes(orjson, value, indent) is None
    assert json.dumps("2022-40", indent=indent) + "\n" == dumps(value, indent=indent)


@pytest.mark.parametrize("indent", [None, 2])
def test_what_orjson_cannot_write_is_written_by_the_standard_library(indent):
    # an integer over 64 bits, a lone surrogate
    for value in [{"count": 10**30}, ["\ud800"]]:
        assert write_bytes(orjson, value, indent) is None
        assert reference(value, indent) == dumps(value, indent=indent)


@pytest.mark.parametrize("indent", [None, 2])
def test_what_nothing_can_write_fails_as_in_the_reference(indent):
    with pytest.raises(TypeError) as expected:
        reference(complex(1, 2), indent)
    with pytest.raises(TypeError) as found:
        dumps(complex(1, 2), indent=indent)

    assert str(found.value) == str(expected.value)
