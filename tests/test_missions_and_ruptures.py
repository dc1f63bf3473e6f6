"""Statuses, event codes, missions over time and ruptures of relations.

Every date and fact below is made up for the tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral import (
    Event,
    EventKind,
    InvalidValueError,
    LevelChange,
    Mission,
    PartialDate,
    PloverCoding,
    Relation,
    RepresentationLevel,
    Rupture,
    Status,
    UnknownCodeError,
    describe,
    dumps,
    loads,
)
from bilateral._model.dataset import Dataset

P = PartialDate
LEVEL = RepresentationLevel


def _made_up_relation(**kwargs: object) -> Relation:
    return Relation(("AZ", "LT"), established=P("1995-11-20"), **kwargs)  # type: ignore[arg-type]


class TestStatus:
    def test_a_postponed_event_says_when_and_to_when(self):
        event = Event(
            "e", EventKind.SUMMIT, Status.POSTPONED, P("2020-03"), "Made up.",
            called_off=P("2020-02-20"), moved_to=P("2021"),
        )  # fmt: skip

        assert (
            "A summit, planned in March 2020, was postponed on February 20, 2020. "
            "It is now planned in 2021."
        ) == describe(event)

    def test_a_cancelled_event_without_a_date_says_so(self):
        event = Event("e", EventKind.STATE_VISIT, Status.CANCELLED, P("2020"), "Made up.")

        assert "A state visit, planned in 2020, was cancelled." == describe(event)

    @pytest.mark.parametrize("status", [Status.HELD, Status.PLANNED])
    def test_only_an_event_called_off_has_a_date_it_was_called_off(self, status):
        with pytest.raises(InvalidValueError) as info:
            Event("e", EventKind.SUMMIT, status, None, "x", called_off=P("2020"))

        assert ("called_off",) == info.value.path

    @pytest.mark.parametrize("status", [Status.HELD, Status.PLANNED, Status.CANCELLED])
    def test_only_a_postponed_event_is_moved(self, status):
        with pytest.raises(InvalidValueError) as info:
            Event("e", EventKind.SUMMIT, status, None, "x", moved_to=P("2020"))

        assert ("moved_to",) == info.value.path

    def test_called_off_lists_cancelled_and_postponed(self):
        events = [
            Event(str(i), EventKind.SUMMIT, status, None, "x") for i, status in enumerate(Status)
        ]
        relation = _made_up_relation(events=events)

        assert [Status.CANCELLED, Status.POSTPONED] == [e.status for e in relation.called_off()]


class TestCodes:
    def test_unknown_cameo_code_is_refused_with_suggestions(self):
        with pytest.raises(UnknownCodeError) as info:
            Event("e", EventKind.MEETING, Status.HELD, None, "x", cameo="0455")

        assert ("cameo",) == info.value.path
        assert "045" in info.value.suggestions

    def test_a_code_written_loosely_is_refused(self):
        with pytest.raises(InvalidValueError, match="write the CAMEO code as '041'"):
            Event("e", EventKind.MEETING, Status.HELD, None, "x", cameo=" 041")
        with pytest.raises(InvalidValueError, match="write the PLOVER event type as 'CONSULT'"):
            PloverCoding("consult")

    def test_unknown_context_is_refused_at_its_index(self):
        with pytest.raises(UnknownCodeError) as info:
            PloverCoding("CONSULT", contexts=("economic", "economy"))

        assert ("contexts", 1) == info.value.path
        assert "economic" in info.value.suggestions

    def test_own_codes_may_replace_a_judgement(self):
        event = Event(
            "e", EventKind.STATEMENT, Status.HELD, None, "x",
            cameo="051", plover=PloverCoding("SUPPORT"),
        )  # fmt: skip

        assert ("051", "SUPPORT") == (event.effective_cameo, event.effective_plover.event)

    def test_own_codes_may_not_contradict_a_direct_kind(self):
        with pytest.raises(InvalidValueError) as info:
            Event("e", EventKind.PHONE_CALL, Status.HELD, None, "x", plover=PloverCoding("SUPPORT"))

        assert ("plover", "event") == info.value.path

    @pytest.mark.parametrize("kind", [k for k in EventKind if k is not EventKind.CODED], ids=str)
    def test_without_own_codes_the_kind_applies(self, kind):
        event = Event("e", kind, Status.HELD, None, "x")

        assert (kind.cameo, kind.plover, kind.plover_mode) == (
            event.effective_cameo,
            event.effective_plover.event,
            event.effective_plover.mode,
        )


class TestMissions:
    def test_closed_before_opened_is_refused(self):
        with pytest.raises(InvalidValueError) as info:
            Mission("AZ", "LT", opened=P("2007-09"), closed=P("2007-08"))

        assert ("closed",) == info.value.path

    def test_closed_in_the_month_it_opened_is_allowed(self):
        assert Mission("AZ", "LT", opened=P("2007-09"), closed=P("2007")).closed == P("2007")

    def test_the_level_in_force_follows_the_changes(self):
        mission = Mission(
            "AZ", "LT", opened=P("2007-09"), closed=P("2015"), level=LEVEL.CHARGE_D_AFFAIRES,
            level_changes=[LevelChange(P("2009-05-01"), LEVEL.AMBASSADOR)],
        )  # fmt: skip

        assert [None, LEVEL.CHARGE_D_AFFAIRES, LEVEL.AMBASSADOR, None] == [
            mission.level_on(dt.date(y, m, 1))
            for y, m in ((2006, 1), (2008, 1), (2010, 1), (2016, 1))
        ]

    @pytest.mark.parametrize(
        ("changes", "index"),
        [
            ([LevelChange(P("2001"), LEVEL.AMBASSADOR)], 0),
            ([LevelChange(P("2016"), LEVEL.AMBASSADOR)], 0),
            ([LevelChange(P("2012"), LEVEL.AMBASSADOR), LevelChange(P("2009"), LEVEL.MINISTER)], 1),
        ],
        ids=["before it opened", "after it closed", "out of order"],
    )
    def test_changes_outside_its_life_or_out_of_order_are_refused(self, changes, index):
        with pytest.raises(InvalidValueError) as info:
            Mission("AZ", "LT", opened=P("2007-09"), closed=P("2015"), level_changes=changes)

        assert ("level_changes", index, "when") == info.value.path

    def test_a_mission_round_trips_and_old_documents_stay_byte_identical(self):
        mission = Mission(
            "AZ", "LT", opened=P("2007-09"), closed=P("2015"), level=LEVEL.MINISTER,
            level_changes=[LevelChange(P("2009"), LEVEL.AMBASSADOR)],
        )  # fmt: skip
        dataset = Dataset(relations=[_made_up_relation(missions=[mission])])

        assert dataset == loads(dumps(dataset))
        assert '"level_changes"' not in dumps(Dataset(relations=[_made_up_relation()]))


class TestRuptures:
    def test_age_says_which_span_it_measures(self):
        relation = _made_up_relation(
            ruptures=[
                Rupture(P("2000-01-01"), P("2002-01-01")),
                Rupture(P("2010-06-01"), P("2011-06-01")),
            ]
        )
        day = dt.date(2023, 2, 17)

        assert P("1995-11-20") == relation.counted_from("establishment", day)
        assert P("2011-06-01") == relation.counted_from("restoration", day)
        assert P("2002-01-01") == relation.counted_from("restoration", dt.date(2005, 1, 1))
        with pytest.raises(InvalidValueError, match="not restored on 2010-12-01"):
            relation.counted_from("restoration", dt.date(2010, 12, 1))
        assert 27 == relation.age(day).longest.years
        assert 11 == relation.age(day, since="restoration").longest.years

    def test_age_since_restoration_while_severed_is_refused(self):
        relation = _made_up_relation(ruptures=[Rupture(P("2000-01-01"))])

        with pytest.raises(InvalidValueError, match=r"severed .* and not restored"):
            relation.age(dt.date(2023, 1, 1), since="restoration")
        assert relation.severed_on(dt.date(2023, 1, 1))
        assert (
            "On January 1, 2023, the relations were severed."
            == describe(relation, today=dt.date(2023, 1, 1)).split("\n")[2]
        )

    def test_unknown_span_is_refused(self):
        with pytest.raises(InvalidValueError) as info:
            _made_up_relation().age(dt.date(2023, 1, 1), since="birth")  # type: ignore[arg-type]

        assert ("since",) == info.value.path

    @pytest.mark.parametrize(
        ("ruptures", "path"),
        [
            ([Rupture(P("1990"))], ("ruptures", 0, "severed")),
            ([Rupture(P("2000"), P("2001")), Rupture(P("2000-06"))], ("ruptures", 1, "severed")),
            ([Rupture(P("2000")), Rupture(P("2005"))], ("ruptures", 0, "restored")),
        ],
        ids=["before the establishment", "before the last restoration", "unrestored then another"],
    )
    def test_ruptures_out_of_order_are_refused(self, ruptures, path):
        with pytest.raises(InvalidValueError) as info:
            _made_up_relation(ruptures=ruptures)

        assert path == info.value.path

    def test_restored_before_severed_is_refused(self):
        with pytest.raises(InvalidValueError) as info:
            Rupture(P("2000-05"), P("2000-04"))

        assert ("restored",) == info.value.path

    def test_ruptures_are_told_in_every_catalog(self):
        relation = _made_up_relation(ruptures=[Rupture(P("2000"), P("2002"))])

        assert [
            "Diplomatic relations between Azerbaijan and Lithuania were severed in 2000.",
            "Diplomatic relations between Azerbaijan and Lithuania were restored in 2002.",
        ] == describe(relation).split("\n")[1:3]
        assert "разорваны в 2000 году" in describe(relation, "ru")
        assert "nutraukti 2000 m." in describe(relation, "lt")
        assert "kəsilib" in describe(relation, "az")

    @given(st.integers(1996, 2020), st.integers(0, 5))
    def test_restoration_is_never_older_than_establishment(self, severed, gap):
        relation = _made_up_relation(ruptures=[Rupture(P(str(severed)), P(str(severed + gap)))])
        day = dt.date(2030, 1, 1)

        assert (
            relation.age(day, since="restoration").longest.total_months
            <= relation.age(day).longest.total_months
        )
