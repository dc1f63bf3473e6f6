"""Events known only by their codes (EventKind.CODED); every event here is made up."""

from __future__ import annotations

import json

import pytest

import bilateral
from bilateral import (
    Country,
    Dataset,
    Event,
    EventKind,
    InvalidValueError,
    PartialDate,
    PloverCoding,
    Problem,
    Relation,
    Status,
    ValidationError,
    dumps,
    loads,
)
from bilateral._tables.columns import columns


def _coded(event_id: str = "c", **codes: object) -> Event:
    return Event(
        event_id, EventKind.CODED, Status.HELD, PartialDate("2021-05"), "Made up.", **codes
    )  # type: ignore[arg-type]


def _dataset(*events: Event) -> Dataset:
    return Dataset(relations=[Relation((Country("AZ"), Country("LT")), events=list(events))])


def test_a_coded_event_without_codes_is_refused_at_its_plover_field():
    with pytest.raises(InvalidValueError) as info:
        Event("c", EventKind.CODED, Status.HELD, None, "Made up.")

    assert ("plover",) == info.value.path
    assert "coded_event" in info.value.reason


def test_a_coded_events_effective_codes_are_its_own_and_none_else():
    plover_only = _coded(plover=PloverCoding("ASSAULT", "firearms"))
    cameo_only = _coded(cameo="042")

    assert (None, PloverCoding("ASSAULT", "firearms")) == (
        plover_only.effective_cameo,
        plover_only.effective_plover,
    )
    assert ("042", None) == (cameo_only.effective_cameo, cameo_only.effective_plover)


def test_a_coded_event_may_give_codes_that_no_curated_kind_allows():
    event = _coded(plover=PloverCoding("REJECT"), cameo="12")

    assert ("12", "REJECT") == (event.effective_cameo, event.effective_plover.event)  # type: ignore[union-attr]


def test_a_coded_event_without_codes_in_a_document_is_a_problem_at_its_path():
    document = json.loads(dumps(_dataset(_coded(cameo="042"))))
    del document["relations"][0]["events"][0]["cameo"]

    with pytest.raises(ValidationError) as info:
        loads(json.dumps(document))

    (problem,) = info.value.problems
    assert Problem.at(("relations", 0, "events", 0, "plover"), problem.message) == problem


def test_a_coded_event_round_trips():
    dataset = _dataset(
        _coded(plover=PloverCoding("AGREE", None, ["economic"])), _coded("d", cameo="12")
    )

    assert dataset == loads(dumps(dataset))


def test_queries_read_the_coded_events_own_codes():
    dataset = _dataset(
        _coded(plover=PloverCoding("ASSAULT")), _coded("d", cameo="042"), _coded("e", cameo="190")
    )

    assert 1 == len(dataset.events(plover="ASSAULT"))
    assert 0 == len(dataset.events(plover="CONSULT"))  # a CAMEO code is never read as PLOVER
    assert 1 == len(dataset.events(cameo_root="04"))
    assert 1 == len(dataset.events(cameo_root="19"))
    assert 3 == len(dataset.events(kind=EventKind.CODED))


def test_the_events_table_leaves_a_vocabulary_it_does_not_give_empty():
    rows = columns(
        _dataset(_coded(plover=PloverCoding("ASSAULT", "firearms")), _coded("d", cameo="042")),
        "events",
    )

    assert [None, "042"] == rows["cameo"]
    assert ["ASSAULT", None] == rows["plover"]
    assert ["firearms", None] == rows["plover_mode"]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "An assault (mode: firearms) took place in May 2021."),
        ("ru", "Нападение (режим: firearms) состоялось в мае 2021\u202fг."),
        ("uk", "Напад (режим: firearms) відбувся у травні 2021\u202fр."),
        ("de", "Ein Angriff (Modus: firearms) fand im Mai 2021 statt."),
    ],
)
def test_a_coded_event_is_worded_by_its_plover_type_and_mode(locale, expected):
    assert expected == bilateral.describe(
        _coded(plover=PloverCoding("ASSAULT", "firearms")), locale
    )


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("ru", "Угроза, запланированная на май 2021\u202fг., отменена."),
        ("uk", "Погроза, запланована на травень 2021\u202fр., була скасована."),
    ],
)
def test_the_verb_agrees_with_the_plover_types_gender(locale, expected):
    event = Event(
        "c",
        EventKind.CODED,
        Status.CANCELLED,
        PartialDate("2021-05"),
        "Made up.",
        plover=PloverCoding("THREATEN"),
    )

    assert expected == bilateral.describe(event, locale)


def test_a_coded_event_with_only_a_cameo_code_names_it():
    assert "An event (CAMEO 042) took place in May 2021." == bilateral.describe(_coded(cameo="042"))
    assert "Событие (CAMEO 042) состоялось в мае 2021\u202fг." == bilateral.describe(
        _coded(cameo="042"), "ru"
    )
