"""Merging datasets and querying them.

The datasets built here beside the bundled one are made up for the tests:
their people, events and figures are invented, not facts.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bilateral
from bilateral import (
    Dataset,
    DateRange,
    Event,
    EventKind,
    InvalidValueError,
    Match,
    MergeConflictError,
    Mission,
    PartialDate,
    Person,
    Relation,
    Status,
    ValidationError,
    load_bundled,
    merge,
)
from bilateral._model.query import window_bounds, window_match
from tests.strategies import datasets

# --- Made-up datasets (not facts) ----------------------------------------------


def made_up_event(event_id: str, when: object, **kwargs: object) -> Event:
    defaults = {"kind": EventKind.MEETING, "status": Status.HELD, "summary": "A made-up meeting"}
    return Event(event_id, when=when, **{**defaults, **kwargs})


def made_up(*relations: Relation, people: tuple[Person, ...] = ()) -> Dataset:
    return Dataset((), people, relations)


GE_TR = Relation(
    ("GE", "TR"),
    established=PartialDate("1992-05-21"),
    events=[made_up_event("ge-tr-1", PartialDate("2022-05"))],
    missions=[Mission("GE", "TR")],
)


class TestMerge:
    def test_a_dataset_merged_with_itself_is_itself(self):
        bundled = load_bundled()
        assert merge(bundled, bundled) == bundled
        assert bundled.merge(bundled, bundled) == bundled

    def test_nothing_merged_is_an_empty_dataset(self):
        assert merge() == Dataset()

    def test_relations_of_different_pairs_are_united(self):
        bundled = load_bundled()
        merged = bundled.merge(made_up(GE_TR))
        assert [r.key for r in merged.relations] == [("AZ", "LT"), ("GE", "TR")]
        assert merged.sources == bundled.sources
        assert isinstance(merged, Dataset)

    def test_two_relations_for_one_pair_merge_fact_by_fact(self):
        later = Relation(
            ("TR", "GE"),
            events=[
                made_up_event("ge-tr-1", PartialDate("2022-05")),  # the same event: once
                made_up_event("ge-tr-2", PartialDate("2023")),
            ],
            missions=[Mission("GE", "TR"), Mission("TR", "GE")],
        )
        merged = made_up(GE_TR).merge(made_up(later)).relation("GE", "TR")
        assert [e.id for e in merged.events] == ["ge-tr-1", "ge-tr-2"]
        assert merged.missions == (Mission("GE", "TR"), Mission("TR", "GE"))
        # One dataset gives the establishment date, the other does not: kept.
        assert merged.established == PartialDate("1992-05-21")

    def test_one_id_with_two_values_names_both(self):
        first = made_up(GE_TR, people=(Person("p1", "A made-up name"),))
        second = made_up(people=(Person("p0", "Other"), Person("p1", "Another made-up name")))
        with pytest.raises(MergeConflictError) as info:
            merge(first, second)
        error = info.value
        assert error.datasets == (0, 1)
        assert error.paths == (("people", 0, "name"), ("people", 1, "name"))
        assert error.path == ("people", 1, "name")
        assert error.values == ("A made-up name", "Another made-up name")
        assert str(error) == (
            "people[1].name: person 'p1' differs between dataset 0 "
            '($.people[0].name: "A made-up name") and dataset 1 '
            '($.people[1].name: "Another made-up name")'
        )

    def test_an_event_with_another_date_is_a_conflict_at_its_path(self):
        moved = attrs.evolve(GE_TR, events=[made_up_event("ge-tr-1", PartialDate("2022-06"))])
        with pytest.raises(MergeConflictError, match="event 'ge-tr-1' differs") as info:
            merge(made_up(GE_TR), Dataset(), made_up(moved))
        assert info.value.datasets == (0, 2)
        assert info.value.path == ("relations", 0, "events", 0, "when")
        assert info.value.values == (PartialDate("2022-05"), PartialDate("2022-06"))

    def test_a_date_is_named_whole_as_the_format_writes_it(self):
        day = attrs.evolve(GE_TR, established=PartialDate("1995-11-20"))
        month = attrs.evolve(GE_TR, established=PartialDate("1995-11"))
        with pytest.raises(MergeConflictError) as info:
            merge(made_up(day), made_up(month))
        assert info.value.paths == (("relations", 0, "established"),) * 2
        assert info.value.values == (PartialDate("1995-11-20"), PartialDate("1995-11"))
        assert str(info.value) == (
            "relations[0].established: established of relation GE-TR differs between dataset 0 "
            '($.relations[0].established: "1995-11-20") and dataset 1 '
            '($.relations[0].established: "1995-11")'
        )

    def test_a_list_in_a_record_is_followed_to_the_item_that_differs(self):
        def at(place):
            event = made_up_event("ge-tr-1", PartialDate("2022-05"), places=(place,))
            return made_up(attrs.evolve(GE_TR, events=[event]))

        with pytest.raises(MergeConflictError) as info:
            merge(at("Tbilisi"), at("Ankara"))
        assert info.value.path == ("relations", 0, "events", 0, "places", 0)
        assert str(info.value).endswith(
            '($.relations[0].events[0].places[0]: "Tbilisi") and dataset 1 '
            '($.relations[0].events[0].places[0]: "Ankara")'
        )

    def test_two_establishment_dates_are_a_conflict(self):
        other = attrs.evolve(GE_TR, established=PartialDate("1992"))
        with pytest.raises(MergeConflictError, match="established of relation GE-TR differs"):
            merge(made_up(GE_TR), made_up(other))

    def test_a_conflict_is_an_invalid_value(self):
        assert issubclass(MergeConflictError, InvalidValueError)
        assert issubclass(MergeConflictError, bilateral.BilateralError)

    def test_the_merge_is_validated(self):
        # The same event id in two relations: each dataset is valid, the merge is not.
        other = Relation(("AZ", "GE"), events=[made_up_event("ge-tr-1", PartialDate("2022-05"))])
        with pytest.raises(ValidationError, match="duplicate event id 'ge-tr-1'"):
            merge(made_up(GE_TR), made_up(other))

    def test_only_datasets_merge(self):
        with pytest.raises(InvalidValueError, match="expected a Dataset") as info:
            merge(Dataset(), [])  # type: ignore[arg-type]
        assert info.value.path == ("datasets", 1)

    @settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
    @given(datasets())
    def test_merge_is_idempotent(self, dataset):
        assert merge(dataset, dataset) == dataset

    @settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
    @given(datasets(), datasets())
    def test_a_merge_holds_everything_of_both(self, first, second):
        try:
            merged = merge(first, second)
        except (MergeConflictError, ValidationError):
            return
        for dataset in (first, second):
            assert set(dataset.sources) <= set(merged.sources)
            assert set(dataset.people) <= set(merged.people)
            assert set(dataset.corrections) <= set(merged.corrections)
            for relation in dataset.relations:
                held = merged.relation(*relation.countries)
                assert set(relation.events) <= set(held.events)
                assert set(relation.trade) <= set(held.trade)
        assert merge(merged, second) == merged


class TestRelationsOfACountry:
    def test_relations_of(self):
        merged = load_bundled().merge(made_up(GE_TR))
        assert [r.key for r in merged.relations_of("GE")] == [("GE", "TR")]
        assert [r.key for r in merged.relations_of("LTU")] == [("AZ", "LT")]
        assert merged.relations_of("US") == ()

    def test_has_relation_in_either_order(self):
        bundled = load_bundled()
        assert bundled.has_relation("LT", "AZ")
        assert not bundled.has_relation("LT", "GE")


class TestEventQueries:
    def test_events_of_a_year(self):
        found = load_bundled().events(within=PartialDate("2022"))
        assert [e.id for e in found.certain] == ["official-visit-2022"]
        # Dated "on or before 17 February 2023": may or may not be in 2022.
        assert "davos-meeting" in [e.id for e in found.possible]
        # Planned "on or after 17 February 2023": certainly not in 2022.
        assert "commission-meeting-planned" not in [e.id for e in found.events]

    def test_an_event_dated_by_year_is_only_possibly_within_a_month_of_it(self):
        found = load_bundled().events(within=PartialDate("2022-06"))
        assert [m.match for m in found if m.event.id == "official-visit-2022"] == [Match.POSSIBLE]

    def test_filters(self):
        bundled = load_bundled()
        assert [e.id for e in bundled.events(kind=EventKind.OFFICIAL_VISIT).events] == [
            "official-visit-2022"
        ]
        assert [e.id for e in bundled.events(status="planned").events] == [
            "commission-meeting-planned"
        ]
        consult = bundled.events(plover="consult").events
        assert all(e.kind.plover == "CONSULT" for e in consult)
        assert consult
        assert all(e.kind.cameo.startswith("04") for e in bundled.events(cameo_root="04").events)
        assert len(bundled.events()) == len(bundled.relations[0].events)
        assert bundled.events(country="GE").events == ()

    def test_without_a_window_every_match_is_certain(self):
        assert {m.match for m in load_bundled().events()} == {Match.CERTAIN}

    def test_undated_events_are_possibly_within_any_window(self):
        undated = made_up(Relation(("GE", "TR"), events=[made_up_event("x", None)]))
        assert undated.events(within=PartialDate("1990")).possible[0].id == "x"

    def test_results_are_in_timeline_order(self):
        events = [
            made_up_event("late", PartialDate("2023")),
            made_up_event("early", PartialDate("2021")),
        ]
        found = made_up(Relation(("GE", "TR"), events=events)).events(
            within=(None, dt.date(2024, 1, 1))
        )
        assert [e.id for e in found.certain] == ["early", "late"]

    @pytest.mark.parametrize(
        ("keyword", "value", "match"),
        [
            ("kind", "picnic", "expected one of"),
            ("status", "maybe", "expected one of"),
            ("cameo_root", "4", "two digits"),
            ("cameo_root", "21", "two digits"),
            ("plover", "PICNIC", "PLOVER"),
            ("within", "20x", "is not an EDTF date"),
            ("within", 2022, "expected a PartialDate"),
            ("within", (dt.date(2022, 2, 1), dt.date(2022, 1, 1)), "ends"),
        ],
    )
    def test_bad_filters_are_named(self, keyword, value, match):
        with pytest.raises(InvalidValueError, match=match) as info:
            load_bundled().events(**{keyword: value})
        assert info.value.path[0] == keyword


# --- The window rule, against brute force over days ------------------------------

# Dates are drawn from 2020 to 2021; an open end reaches to the edges of the
# universe of days, 2019 and 2022, which no drawn date reaches.
UNIVERSE = (dt.date(2019, 1, 1), dt.date(2022, 12, 31))


@st.composite
def small_dates(draw: st.DrawFn) -> PartialDate:  # noqa: PLR0911 - one return per shape
    year = draw(st.integers(2020, 2021))
    shape = draw(st.sampled_from(["year", "month", "day", "quarter", "half", "season", "xx"]))
    if shape == "year":
        return PartialDate(year)
    if shape == "quarter":
        return PartialDate(year, quarter=draw(st.integers(1, 4)))
    if shape == "half":
        return PartialDate(year, half=draw(st.integers(1, 2)))
    if shape == "season":
        return PartialDate(year, season=draw(st.integers(1, 4)))
    month = draw(st.integers(1, 12))
    if shape == "month":
        return PartialDate(year, month)
    if shape == "xx":
        return PartialDate(year, month, unspecified_parts=1)
    return PartialDate(year, month, draw(st.integers(1, 28)))


@st.composite
def small_whens(draw: st.DrawFn) -> PartialDate | DateRange:
    first = draw(small_dates())
    shape = draw(st.sampled_from(["date", "closed", "open-end", "open-start"]))
    if shape == "date":
        return first
    if shape == "open-end":
        return DateRange(first, None)
    if shape == "open-start":
        return DateRange(None, first)
    second = draw(small_dates())
    low, high = sorted([first, second], key=lambda d: d.earliest)
    return DateRange(low, high)


def days_of(when: PartialDate | DateRange) -> set[dt.date]:
    low = when.earliest or UNIVERSE[0]
    high = when.latest or UNIVERSE[1]
    return {low + dt.timedelta(days=n) for n in range((high - low).days + 1)}


@given(small_whens(), small_whens() | small_dates())
@settings(max_examples=300)
def test_window_rule_matches_brute_force_over_days(when, window):
    event_days, window_days = days_of(when), days_of(window)
    if event_days <= window_days:
        expected = Match.CERTAIN
    elif event_days & window_days:
        expected = Match.POSSIBLE
    else:
        expected = None
    assert window_match(when, window_bounds(window)) is expected


# A window of two days stays off the universe's edges, where open ends reach.
INSIDE = (dt.date(2019, 1, 2), dt.date(2022, 12, 30))


@given(small_whens(), st.dates(*INSIDE), st.integers(0, 400))
def test_window_of_two_days_matches_brute_force(when, first, length):
    last = min(first + dt.timedelta(days=length), INSIDE[1])
    length = (last - first).days
    event_days = days_of(when)
    window_days = {first + dt.timedelta(days=n) for n in range(length + 1)}
    expected = (
        Match.CERTAIN
        if event_days <= window_days
        else Match.POSSIBLE
        if event_days & window_days
        else None
    )
    assert window_match(when, window_bounds((first, last))) is expected
