"""Constructors take an enum's value and EDTF text, as Country and PartialDate already did.

The values here are made up for the tests.
"""

from __future__ import annotations

import json

import pytest

from bilateral import (
    Area,
    Country,
    DateRange,
    DocumentCount,
    Event,
    EventKind,
    Flow,
    InvalidDateError,
    InvalidValueError,
    LevelChange,
    Mission,
    MissionKind,
    Money,
    PartialDate,
    Relation,
    RepresentationLevel,
    Rupture,
    Statement,
    Status,
    TradePeriod,
    UnknownCodeError,
    ValidationError,
    dumps,
    load_bundled,
    loads,
)


def test_an_event_takes_its_kind_status_and_dates_as_text():
    event = Event(
        "made-up",
        "meeting",
        "postponed",
        "2022-05",
        "A made-up meeting",
        called_off="2022-04",
        moved_to="2022-06/..",
    )
    assert event == Event(
        "made-up",
        EventKind.MEETING,
        Status.POSTPONED,
        PartialDate("2022-05"),
        "A made-up meeting",
        called_off=PartialDate("2022-04"),
        moved_to=DateRange("2022-06/.."),
    )


def test_every_vocabulary_and_date_field_takes_text():
    assert TradePeriod("turnover", "2021", Money(1, "USD")) == TradePeriod(
        Flow.TURNOVER, PartialDate("2021"), Money(1, "USD")
    )
    assert Statement("s", None, "Made up", areas=["trade"], when="2022").areas == (Area.TRADE,)
    mission = Mission("LT", "AZ", kind="embassy", opened="2007", closed="2008", level="ambassador")
    assert (mission.kind, mission.opened, mission.closed, mission.level) == (
        MissionKind.EMBASSY,
        PartialDate("2007"),
        PartialDate("2008"),
        RepresentationLevel.AMBASSADOR,
    )
    assert LevelChange("2008", "ambassador").level is RepresentationLevel.AMBASSADOR
    assert Rupture("1990", "1991") == Rupture(PartialDate("1990"), PartialDate("1991"))
    assert DocumentCount(3, "2022").as_of == PartialDate("2022")
    assert Relation(("AZ", "LT"), established="1995-11-20").established == PartialDate("1995-11-20")


@pytest.mark.parametrize(
    ("build", "path", "shown"),
    [
        (lambda: Event("e", "meetingx", "held", None, "s"), ("kind",), "'meetingx'"),
        (lambda: Event("e", "meeting", "HELD", None, "s"), ("status",), "'HELD'"),
        (lambda: Event("e", "meeting", "held", "2022-13", "s"), ("when",), "'2022-13'"),
        (lambda: TradePeriod("turnover", "2021/2022", Money(1, "USD")), ("period",), "2021/2022"),
        (lambda: Statement("s", None, "x", areas=["trade", "tradex"]), ("areas", 1), "'tradex'"),
        (lambda: Mission("LT", "AZ", kind=3), ("kind",), "3"),
    ],
)
def test_text_that_is_not_a_value_is_refused_by_the_validator(build, path, shown):
    with pytest.raises(InvalidValueError) as caught:
        build()
    assert caught.value.path == path
    assert shown in caught.value.reason


def test_events_within_takes_edtf_text():
    dataset = load_bundled()
    assert dataset.events(within="2022") == dataset.events(within=PartialDate("2022"))
    with pytest.raises(InvalidDateError) as caught:
        dataset.events(within="20x")
    assert caught.value.path == ("within",)


def test_a_range_takes_two_ends_as_text():
    assert DateRange("2022", "2023") == DateRange(PartialDate("2022"), PartialDate("2023"))
    assert DateRange("2022", None) == DateRange("2022/..")
    with pytest.raises(InvalidDateError) as caught:
        DateRange("2022", "2023-13")
    assert caught.value.path == ("end",)
    assert "not both" not in str(caught.value)


def test_from_cow_takes_edtf_text_and_refuses_what_is_not_a_date():
    assert Country.from_cow(365, "1980") == Country.from_cow(365, PartialDate("1980"))
    with pytest.raises(InvalidValueError) as caught:
        Country.from_cow(365, 1980)  # type: ignore[arg-type]
    assert caught.value.path == ("on",)
    assert not isinstance(caught.value, UnknownCodeError)


def test_the_wire_format_stays_strict():
    document = json.loads(dumps(load_bundled()))
    document["relations"][0]["trade"][0]["flow"] = "Turnover"  # not a value: still refused
    with pytest.raises(ValidationError) as caught:
        loads(json.dumps(document))
    assert caught.value.problems[0].path == "$.relations[0].trade[0].flow"
