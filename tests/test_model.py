from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral import (
    Citation,
    CitationMismatchError,
    Country,
    CurrencyMismatchError,
    Dataset,
    DateRange,
    DocumentCount,
    Event,
    EventKind,
    Flow,
    InvalidValueError,
    Mission,
    Money,
    NotFoundError,
    PartialDate,
    Person,
    Relation,
    Source,
    Statement,
    Status,
    TimelineKind,
    TradePeriod,
    ValidationError,
)
from tests.strategies import countries, money, relations

TEXT = "Relations began on 1 May 2000. Ann Smith visited in 2001. Trade was $5 million in 2001."
SOURCE = Source("s1", "Example News", dt.date(2002, 1, 1), TEXT)


def small(**changes):
    cite = SOURCE.cite
    relation = Relation(
        ("LT", "AZ"),
        established=PartialDate("2000-05-01"),
        established_citations=[cite("Relations began on 1 May 2000.")],
        events=[
            Event(
                "visit",
                EventKind.OFFICIAL_VISIT,
                Status.HELD,
                PartialDate("2001"),
                "A visit",
                origin=Country("LT"),
                destination=Country("AZ"),
                participants=["ann"],
                citations=[cite("Ann Smith visited in 2001.")],
            )
        ],
        trade=[
            TradePeriod(
                Flow.TURNOVER,
                PartialDate("2001"),
                Money("5000000", "USD"),
                citations=[cite("Trade was $5 million in 2001.")],
            )
        ],
        statements=[Statement("said", "ann", "Something", occasion="visit")],
    )
    fields = {
        "sources": [SOURCE],
        "people": [Person("ann", "Ann Smith", citations=[cite("Ann Smith")])],
        "relations": [relation],
    }
    fields.update(changes)
    return Dataset(**fields)


class TestRelation:
    def test_order_of_countries_does_not_matter(self):
        assert Relation(("AZ", "LT")) == Relation(("LT", "AZ"))
        assert (Country("AZ"), Country("LT")) == Relation(("LTU", "031")).countries

    def test_same_country_twice(self):
        with pytest.raises(InvalidValueError, match="two different countries, got 'AZ' twice"):
            Relation(("AZ", "AZE"))

    @pytest.mark.parametrize("value", [("AZ",), "AZLT", ("AZ", "LT", "GE")])
    def test_not_two_countries(self, value):
        with pytest.raises(InvalidValueError, match="countries: expected two countries"):
            Relation(value)

    def test_mission_outside_the_relation(self):
        with pytest.raises(InvalidValueError, match=r"missions\[0\]: a mission of 'GE' in 'AZ'"):
            Relation(("AZ", "LT"), missions=[Mission(Country("GE"), Country("AZ"))])

    def test_visit_from_outside_the_relation(self):
        event = Event(
            "e",
            EventKind.OFFICIAL_VISIT,
            Status.HELD,
            None,
            "x",
            origin=Country("GE"),
            destination=Country("AZ"),
        )

        with pytest.raises(
            InvalidValueError, match=r"events\[0\].origin: 'GE' is not in this relation"
        ):
            Relation(("AZ", "LT"), events=[event])

    def test_age_and_anniversaries(self):
        relation = small().relation("AZ", "LT")

        assert "2 years, 8 months and 1 day" == str(relation.age(on=dt.date(2003, 1, 2)))
        assert PartialDate("2010-05-01") == relation.anniversary(10).when
        assert PartialDate("2003-05-01") == relation.next_anniversary(dt.date(2002, 6, 1)).when

    @pytest.mark.parametrize(
        "helper",
        [
            lambda r: r.age(on=dt.date(2020, 1, 1)),
            lambda r: r.age(),
            lambda r: r.anniversary(10),
            lambda r: r.next_anniversary(dt.date(2020, 1, 1)),
            lambda r: r.next_anniversary(),
        ],
    )
    def test_helpers_need_a_known_establishment(self, helper):
        with pytest.raises(
            InvalidValueError,
            match=r"^established: the establishment date of \('AZ', 'LT'\) is not known$",
        ):
            helper(Relation(("AZ", "LT")))

    def test_timeline_rule(self):
        relation = Relation(
            ("AZ", "LT"),
            established=PartialDate("1995-11-20"),
            events=[
                Event(
                    "planned",
                    EventKind.MEETING,
                    Status.PLANNED,
                    DateRange("2023-02-17/.."),
                    "Planned",
                ),
                Event(
                    "before",
                    EventKind.MEETING,
                    Status.HELD,
                    DateRange("../2023-02-17"),
                    "Before",
                ),
                Event("undated", EventKind.MEETING, Status.HELD, None, "Undated"),
                Event("year", EventKind.MEETING, Status.HELD, PartialDate("2022"), "Year"),
                Event(
                    "half",
                    EventKind.MEETING,
                    Status.HELD,
                    PartialDate("2022-40"),
                    "Half",
                ),
            ],
        )

        labels = [e.label for e in relation.timeline()]

        assert [
            "Diplomatic relations established",
            "Half (held)",
            "Year (held)",
            "Before (held)",
            "Planned (planned)",
            "Undated (held)",
        ] == labels

    def test_timeline_kinds_say_what_each_item_is(self):
        relation = small().relation("AZ", "LT")

        assert [
            (TimelineKind.ESTABLISHMENT, relation),
            (TimelineKind.EVENT, relation.events[0]),
            (TimelineKind.TRADE, relation.trade[0]),
            (TimelineKind.STATEMENT, relation.statements[0]),
        ] == [(e.kind, e.item) for e in relation.timeline()]
        assert ["establishment", "event", "trade", "statement"] == [
            str(e.kind) for e in relation.timeline()
        ]

    def test_planned_and_held(self):
        relation = small().relation("AZ", "LT")

        assert ("visit",) == tuple(e.id for e in relation.held())
        assert () == relation.planned()


class TestTrade:
    def test_annualized_half(self):
        period = TradePeriod(Flow.TURNOVER, PartialDate("2022-40"), Money("14400000", "USD"))
        got = period.annualized()

        assert Money("28800000", "USD") == got.value
        assert got.is_estimate
        assert "28,800,000 USD a year (estimated from 6 months)" == str(got)

    @pytest.mark.parametrize(("period", "factor"), [("2022", 1), ("2022-33", 4), ("2022-05", 12)])
    def test_annualized_factors(self, period, factor):
        got = TradePeriod(Flow.TURNOVER, PartialDate(period), Money("100", "EUR")).annualized()

        assert Money(100 * factor, "EUR") == got.value
        assert got.is_estimate == (factor != 1)

    def test_change_on_annualized_basis(self):
        before = TradePeriod(Flow.TURNOVER, PartialDate("2021"), Money("42000000", "USD"))
        after = TradePeriod(Flow.TURNOVER, PartialDate("2022-40"), Money("14400000", "USD"))
        change = before.change_to(after)

        assert Money("-13200000", "USD") == change.difference
        assert Decimal("-31.43") == change.percent
        assert change.is_estimate

    def test_change_from_zero_has_no_ratio(self):
        zero = TradePeriod(Flow.TURNOVER, PartialDate("2021"), Money("0", "USD"))
        some = TradePeriod(Flow.TURNOVER, PartialDate("2022"), Money("1", "USD"))

        assert zero.change_to(some).ratio is None
        assert zero.change_to(some).percent is None

    def test_change_between_different_flows(self):
        turnover = TradePeriod(Flow.TURNOVER, PartialDate("2021"), Money("1", "USD"))
        exports = TradePeriod(
            Flow.EXPORTS, PartialDate("2022"), Money("1", "USD"), reporter=Country("AZ")
        )

        with pytest.raises(InvalidValueError, match="cannot compare turnover"):
            turnover.change_to(exports)

    @pytest.mark.parametrize(
        ("first", "second"), [("2022", "2021"), ("2022", "2022-40"), ("2021", "2021-12")]
    )
    def test_change_needs_a_later_period(self, first, second):
        before = TradePeriod(Flow.TURNOVER, PartialDate(first), Money("1", "USD"))
        after = TradePeriod(Flow.TURNOVER, PartialDate(second), Money("1", "USD"))

        with pytest.raises(
            InvalidValueError, match=f"later: '{second}' does not start after '{first}' ends"
        ):
            before.change_to(after)

    def test_countries_by_code(self):
        mission = Mission("AZE", "lt")
        event = Event(
            "e", EventKind.OFFICIAL_VISIT, Status.HELD, None, "x", origin="LT", destination=31
        )

        assert (Country("AZ"), Country("LT")) == (mission.sending, mission.receiving)
        assert (Country("LT"), Country("AZ")) == (event.origin, event.destination)
        assert Country("LT") == Person("p", "P", country="LTU").country

    def test_change_between_currencies(self):
        dollars = TradePeriod(Flow.TURNOVER, PartialDate("2021"), Money("1", "USD"))
        euros = TradePeriod(Flow.TURNOVER, PartialDate("2022"), Money("1", "EUR"))

        with pytest.raises(
            CurrencyMismatchError, match=r"later\.value\.currency: cannot compare USD with EUR"
        ):
            dollars.change_to(euros)

    def test_day_period_is_rejected(self):
        with pytest.raises(
            InvalidValueError,
            match="period: a trade period is a year, half, quarter or month",
        ):
            TradePeriod(Flow.TURNOVER, PartialDate("2022-01-01"), Money("1", "USD"))

    def test_negative_value_is_rejected(self):
        with pytest.raises(
            InvalidValueError,
            match=r"value\.amount: a trade value cannot be negative, got -1",
        ):
            TradePeriod(Flow.TURNOVER, PartialDate("2022"), Money("-1", "USD"))

    def test_exports_need_a_reporter(self):
        with pytest.raises(InvalidValueError, match="reporter: exports need a reporting country"):
            TradePeriod(Flow.EXPORTS, PartialDate("2022"), Money("1", "USD"))

    def test_wrong_types(self):
        # "turnover" is Flow.TURNOVER's value, so it is taken; "Turnover" is not.
        with pytest.raises(InvalidValueError, match="flow: expected Flow, got 'Turnover'"):
            TradePeriod("Turnover", PartialDate("2022"), Money("1", "USD"))
        with pytest.raises(InvalidValueError, match="value: expected Money"):
            TradePeriod(Flow.TURNOVER, PartialDate("2022"), 1)  # type: ignore[arg-type]


class TestValues:
    def test_event_kinds_have_codes(self):
        plover = {
            "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
        }  # fmt: skip
        for kind in EventKind:
            if kind is EventKind.CODED:  # its events give their own codes
                assert (None, None) == (kind.plover, kind.cameo)
                continue
            assert kind.plover in plover, kind
            # CAMEO codes are two to four digits under the 20 top-level categories 01-20.
            assert kind.cameo is not None
            assert 2 <= len(kind.cameo) <= 4, kind
            assert 1 <= int(kind.cameo[:2]) <= 20, kind

    def test_visit_to_itself(self):
        with pytest.raises(InvalidValueError, match="from 'AZ' to itself"):
            Event(
                "e",
                EventKind.OFFICIAL_VISIT,
                Status.HELD,
                None,
                "x",
                origin=Country("AZ"),
                destination=Country("AZ"),
            )

    def test_mission_in_its_own_country(self):
        with pytest.raises(InvalidValueError, match="cannot be in its own country"):
            Mission(Country("AZ"), Country("AZ"))

    @pytest.mark.parametrize("bad", ["Bad Id", "", "-x", 3])
    def test_ids(self, bad):
        with pytest.raises(InvalidValueError, match="id: expected an id"):
            Person(bad, "Name")

    def test_empty_text(self):
        with pytest.raises(
            InvalidValueError, match="name: expected a string with at least one visible character"
        ):
            Person("p", "  ")

    def test_lists_become_tuples_and_strings_are_not_lists(self):
        assert ("a", "b") == Event(
            "e", EventKind.MEETING, Status.HELD, None, "x", places=["a", "b"]
        ).places
        with pytest.raises(InvalidValueError, match="places: expected a list or tuple of str"):
            Event("e", EventKind.MEETING, Status.HELD, None, "x", places="Davos")
        with pytest.raises(InvalidValueError, match=r"citations\[0\]: expected Citation"):
            Person("p", "P", citations=["quote"])

    def test_document_count(self):
        with pytest.raises(
            InvalidValueError, match=r"count: expected an integer from 0 to 2\*\*53 - 1, got -1"
        ):
            DocumentCount(-1, PartialDate("2023"))

    def test_citation_length_must_match(self):
        with pytest.raises(
            InvalidValueError,
            match="end: a quote of 3 characters from offset 0 ends at 3, got 4",
        ):
            Citation("s", 0, 4, "abc")

    def test_values_are_frozen_and_hashable(self):
        person = Person("p", "P")

        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            person.name = "Q"  # type: ignore[misc]
        assert hash(person) == hash(Person("p", "P"))


class TestSourceAndCitations:
    def test_cite_finds_offsets(self):
        citation = SOURCE.cite("Ann Smith")

        assert TEXT[citation.start : citation.end] == citation.quote

    def test_cite_occurrence(self):
        first, second = SOURCE.cite("2001"), SOURCE.cite("2001", occurrence=2)

        assert first.start < second.start

    def test_cite_missing(self):
        with pytest.raises(NotFoundError, match="does not appear"):
            SOURCE.cite("Bob")

    def test_check(self):
        with pytest.raises(CitationMismatchError, match="is not the text of source 's1'"):
            SOURCE.check(Citation("s1", 0, 3, "xyz"))


class TestDataset:
    def test_relation_lookup_in_either_order(self):
        dataset = small()

        assert dataset.relation("AZ", "LT") is dataset.relation("LT", "AZ")

    def test_missing_relation(self):
        with pytest.raises(NotFoundError, match="no relation between 'AZ' and 'GE'") as info:
            small().relation("AZ", "GE")

        assert isinstance(info.value, KeyError)

    def test_person_and_source(self):
        dataset = small()

        assert "Ann Smith" == dataset.person("ann").name
        assert SOURCE is dataset.source("s1")
        with pytest.raises(NotFoundError):
            dataset.person("bob")
        with pytest.raises(NotFoundError):
            dataset.source("s2")

    def test_mismatched_citation_cannot_be_in_a_dataset(self):
        bad = Person("ann", "Ann Smith", citations=[Citation("s1", 0, 9, "Ann Smith")])

        with pytest.raises(
            ValidationError,
            match=r"\$.people\[0\].citations\[0\].quote: 'Ann Smith' is not the text",
        ):
            small(people=[bad])

    def test_every_integrity_problem_is_listed(self):
        relation = small().relations[0]
        broken = attrs.evolve(
            relation,
            statements=[Statement("said", "bob", "x", occasion="nothing")],
            events=[
                *relation.events,
                attrs.evolve(relation.events[0], participants=["carol"]),
            ],
        )

        with pytest.raises(ValidationError) as info:
            small(
                relations=[broken, Relation(("AZ", "LT"))],
                people=[Person("ann", "A"), Person("ann", "B")],
            )

        assert [
            ("$.people[1].id", "duplicate person id 'ann' (first used at $.people[0])"),
            (
                "$.relations[0].events[1].id",
                "duplicate event id 'visit' (first used at $.relations[0].events[0])",
            ),
            ("$.relations[0].events[1].participants[0]", "no person with id 'carol'"),
            ("$.relations[0].statements[0].speaker", "no person with id 'bob'"),
            (
                "$.relations[0].statements[0].occasion",
                "no event with id 'nothing' in this relation",
            ),
            (
                "$.relations[1].countries",
                "a second relation between 'AZ' and 'LT' (first at $.relations[0])",
            ),
        ] == [(p.path, p.message) for p in info.value.problems]

    def test_one_citation_object_cited_in_many_places_is_reported_at_each(self):
        # loads shares equal citations: one object in many places, each reported.
        wrong = Citation("elsewhere", 0, 4, "Anna")
        relation = small().relations[0]
        broken = attrs.evolve(
            relation,
            established_citations=[wrong],
            events=[
                attrs.evolve(relation.events[0], citations=[relation.events[0].citations[0], wrong])
            ],
        )

        with pytest.raises(ValidationError) as info:
            small(
                relations=[
                    broken,
                    attrs.evolve(broken, countries=("LT", "GE"), events=[], statements=[]),
                ]
            )

        assert [
            ("$.relations[0].established_citations[0].source", "no source with id 'elsewhere'"),
            ("$.relations[0].events[0].citations[1].source", "no source with id 'elsewhere'"),
            ("$.relations[1].established_citations[0].source", "no source with id 'elsewhere'"),
        ] == [(p.path, p.message) for p in info.value.problems]

    def test_citation_of_unknown_source(self):
        with pytest.raises(
            ValidationError,
            match=r"\$.people\[0\].citations\[0\].source: no source with id 's1'",
        ):
            small(sources=[])


@given(countries, countries)
def test_a_relation_is_symmetric(first, second):
    if first == second:
        return
    forward, backward = Relation((first, second)), Relation((second, first))

    assert forward == backward
    assert hash(forward) == hash(backward)
    assert tuple(sorted((first, second))) == forward.countries
    assert forward.involves(first)
    assert forward.involves(second.code)


@given(st.sampled_from(["2022", "2022-40", "2022-41", "2022-33", "2022-07"]), money)
def test_annualized_value_times_months_is_twelve_times_the_value(period, value):
    trade = TradePeriod(Flow.TURNOVER, PartialDate(period), value)
    estimate = trade.annualized()

    assert value.amount * 12 == estimate.value.amount * estimate.months
    assert estimate.is_estimate == (estimate.months != 12)


_ITEM_TYPES = {
    TimelineKind.ESTABLISHMENT: Relation,
    TimelineKind.MISSION: Mission,
    TimelineKind.MISSION_LEVEL: Mission,
    TimelineKind.MISSION_CLOSED: Mission,
    TimelineKind.EVENT: Event,
    TimelineKind.DOCUMENTS: DocumentCount,
    TimelineKind.TRADE: TradePeriod,
    TimelineKind.STATEMENT: Statement,
}


@given(relations())
def test_a_timeline_entry_holds_what_its_kind_says(relation):
    entries = relation.timeline()

    for entry in entries:
        assert isinstance(entry.item, _ITEM_TYPES[entry.kind])
        assert entry.kind.value == str(entry.kind)
    assert len(relation.events) == sum(e.kind is TimelineKind.EVENT for e in entries)
    assert len(relation.trade) == sum(e.kind is TimelineKind.TRADE for e in entries)


@given(
    st.lists(st.integers(1990, 2030), unique=True, max_size=6),
    st.lists(st.integers(1990, 2030), unique=True, max_size=6),
    st.randoms(use_true_random=False),
)
def test_trade_changes_chain_each_series_in_time_order(dollar_years, euro_years, random):
    def figure(year, currency):
        return TradePeriod(Flow.TURNOVER, PartialDate(year), Money(year - 1980, currency))

    dollars = [figure(y, "USD") for y in dollar_years]
    euros = [figure(y, "EUR") for y in euro_years]
    trade = dollars + euros
    random.shuffle(trade)

    def chain(series):
        ordered = sorted(series, key=lambda p: p.period)
        return [a.change_to(b) for a, b in itertools.pairwise(ordered)]

    first, second = (dollars, euros) if trade and trade[0] in dollars else (euros, dollars)
    assert chain(first) + chain(second) == Relation(("AZ", "LT"), trade=trade).trade_changes()


def test_figures_of_one_series_are_those_change_to_accepts():
    lt_exports = TradePeriod(Flow.EXPORTS, PartialDate("2021"), Money(1, "USD"), reporter="LT")
    same = TradePeriod(Flow.EXPORTS, PartialDate("2022"), Money(2, "USD"), reporter="LT")
    az_exports = TradePeriod(Flow.EXPORTS, PartialDate("2022"), Money(2, "USD"), reporter="AZ")
    in_euros = TradePeriod(Flow.EXPORTS, PartialDate("2022"), Money(2, "EUR"), reporter="LT")

    assert lt_exports.series == same.series
    assert lt_exports.ends_before(same)
    assert not same.ends_before(lt_exports)
    assert lt_exports.change_to(same).ratio == 1
    with pytest.raises(InvalidValueError, match="cannot compare exports"):
        lt_exports.change_to(az_exports)
    with pytest.raises(CurrencyMismatchError):
        lt_exports.change_to(in_euros)
