"""The bundled reference tables: COW, ISO 3166-3 former countries, CAMEO and PLOVER.

Tests marked with the shared data read the files others published, at
../shared/data beside the repository (or $BILATERAL_SHARED_DATA), and skip
when they are absent.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import os
import re
from pathlib import Path

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral import BilateralError, PartialDate
from bilateral._values import cow, history, vocabularies
from bilateral._values.dates import DateRange
from bilateral._values.errors import (
    AmbiguousCountryCodeError,
    CountryNotExistingError,
    InvalidValueError,
    UnknownCodeError,
    UnknownCountryError,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BILATERAL_SHARED_DATA") or ROOT.parent / "shared" / "data")
needs_shared = pytest.mark.skipif(
    not (SHARED / "plover").is_dir() or not (SHARED / "cow").is_dir(),
    reason=f"the shared reference data is not at {SHARED}",
)


def _tool():
    spec = importlib.util.spec_from_file_location(
        "build_reference_data", ROOT / "tools" / "build_reference_data.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the bundled files are what the tool makes ----------------------------------------


@needs_shared
def test_the_bundled_tables_are_what_the_tool_makes_from_the_shared_data():
    built = _tool().build(SHARED)
    folder = ROOT / "src" / "bilateral" / "data" / "reference"

    for name, text in built.items():
        assert text == (folder / name).read_text(encoding="utf-8"), name


def test_the_bundled_tables_are_small():
    folder = ROOT / "src" / "bilateral" / "data" / "reference"

    assert sum(p.stat().st_size for p in folder.iterdir()) < 300_000


# --- ISO 3166-3 former countries -------------------------------------------------------


def test_a_former_country_by_any_of_its_codes():
    gdr = history.former_country("DDDE")

    assert gdr == history.former_country("DD") == history.former_country("ddr")
    assert gdr == history.former_country("278") == history.former_country(278)
    assert "German Democratic Republic" == gdr.name
    assert PartialDate("1990-10-30") == gdr.withdrawn
    assert ("DE",) == gdr.successors


def test_the_ussr_is_former_and_its_successors_are_unknown_not_invented():
    ussr = history.former_country("SU")

    assert "SUHH" == ussr.alpha_4
    assert PartialDate("1992-08-30") == ussr.withdrawn
    assert () == ussr.successors


def test_successors_come_from_the_alpha_4_code_or_the_comment():
    assert ("MM",) == history.former_country("BU").successors  # renamed: BUMM
    assert ("BY",) == history.former_country("BYAA").successors  # kept its code: AA
    assert ("KI", "TV") == history.former_country("GEHH").successors  # comment: names
    assert ("FM", "MH", "MP", "PW") == history.former_country("PC").successors
    assert ("CSXX",) == history.former_country("YU").successors  # YUCS: CS, then former
    assert () == history.former_country("NT").successors  # "formerly between..." says none


@pytest.mark.parametrize(
    ("code", "candidates"), [("CS", ("CSHH", "CSXX")), ("891", ("CSXX", "YUCS"))]
)
def test_an_ambiguous_code_is_refused_naming_the_candidates(code, candidates):
    with pytest.raises(AmbiguousCountryCodeError) as caught:
        history.former_country(code)

    assert candidates == caught.value.candidates
    assert code == caught.value.code
    for alpha_4 in candidates:
        assert alpha_4 in str(caught.value)
        assert history.former_country(alpha_4).name in str(caught.value)
    assert isinstance(caught.value, UnknownCountryError)
    assert isinstance(caught.value, BilateralError)


def test_the_ambiguous_codes_are_computed_from_the_data():
    assert {"CS", "891"} == set(history.ambiguous_codes())
    assert ("CSHH", "CSXX") == tuple(c.alpha_4 for c in history.ambiguous_candidates("cs"))
    assert () == history.ambiguous_candidates("DD")


def test_codes_a_current_country_now_has_are_listed_with_both():
    reused = history.reused_codes()

    assert "GE" == reused["GE"][0]
    assert ("GEHH",) == tuple(c.alpha_4 for c in reused["GE"][1])
    assert "AI" in reused  # French Afars and Issas, now Anguilla's
    assert "DD" not in reused


def test_a_code_no_former_country_had_is_refused():
    with pytest.raises(UnknownCountryError, match="'LT' is not the code of a former country"):
        history.former_country("LT")


def test_every_former_country_has_a_withdrawal_date_and_a_unique_alpha_4():
    countries = history.former_countries()

    assert len(countries) == len({c.alpha_4 for c in countries})
    assert all(isinstance(c.withdrawn, PartialDate) for c in countries)
    assert all(c.official_name and c.name for c in countries)


def test_a_fact_after_a_country_ceased_is_refused_saying_when_it_existed():
    with pytest.raises(CountryNotExistingError) as caught:
        history.check_existed("DDR", PartialDate("1995"), "events[0].country")

    message = str(caught.value)
    assert message.startswith("events[0].country: German Democratic Republic (DDDE)")
    assert "1995" in message
    assert "ceased by 1990-10-30" in message
    assert isinstance(caught.value, InvalidValueError)


@pytest.mark.parametrize(
    "when",
    [
        PartialDate("1985"),
        PartialDate("1990"),  # may fall before the withdrawal
        dt.date(1990, 10, 30),
        DateRange(PartialDate("1989"), PartialDate("1995")),
        DateRange(None, PartialDate("1995")),
    ],
)
def test_a_date_that_may_fall_while_the_country_existed_is_allowed(when):
    history.check_existed("DD", when)


def test_current_and_reused_codes_are_not_checked_here():
    history.check_existed("GE", PartialDate("2020"))  # Georgia, not the Gilbert Islands
    history.check_existed("LT", PartialDate("2020"))


@given(st.sampled_from(history.former_countries()), st.integers(1, 3000))
def test_existence_is_refused_exactly_after_the_withdrawal(country, days):
    after = country.withdrawn.latest + dt.timedelta(days=days)

    with pytest.raises(CountryNotExistingError):
        history.check_existed(country.alpha_4, after)
    history.check_existed(country.alpha_4, country.withdrawn.latest)


# --- Correlates of War -----------------------------------------------------------------


def test_cow_russia_by_number_and_abbreviation():
    russia = cow.cow_state(365)

    assert russia == cow.cow_state("RUS") == cow.cow_state("rus") == cow.cow_state("365")
    assert "Russia" == russia.name
    assert (cow.MembershipPeriod(dt.date(1816, 1, 1), dt.date(2016, 12, 31), ongoing=True),) == (
        russia.periods
    )


def test_cow_the_three_germanies():
    germany, gfr, gdr = (cow.cow_state(c) for c in (255, 260, 265))

    assert ("GMY", "GFR", "GDR") == (germany.abbreviation, gfr.abbreviation, gdr.abbreviation)
    assert [(dt.date(1816, 1, 1), dt.date(1945, 5, 8)), (dt.date(1990, 10, 3), _HORIZON)] == [
        (p.start, p.end) for p in germany.periods
    ]
    assert not germany.member_on(dt.date(1970, 1, 1))
    assert gfr.member_on(dt.date(1970, 1, 1))
    assert gdr.member_on(dt.date(1970, 1, 1))
    assert not gdr.member_on(dt.date(1990, 10, 3))


_HORIZON = dt.date(2016, 12, 31)


def test_an_unknown_cow_code_is_refused_with_suggestions():
    with pytest.raises(UnknownCodeError) as caught:
        cow.cow_state("Rusia")

    assert "RUS" == caught.value.suggestions[0]
    assert "did you mean RUS" in str(caught.value)
    with pytest.raises(UnknownCodeError) as caught:
        cow.cow_state(366_000)
    assert "not a state of the Correlates of War" in str(caught.value)


def test_cow_365_maps_to_the_ussr_then_russia_and_both_in_between():
    assert ["SUHH"] == [x.iso for x in cow.iso_for_cow(365, PartialDate("1980"))]
    assert ["SUHH", "RU"] == [x.iso for x in cow.iso_for_cow(365, dt.date(1992, 3, 1))]
    assert ["RU"] == [x.iso for x in cow.iso_for_cow("RUS", PartialDate("2000"))]


def test_cow_345_yugoslavia_continues_as_serbia():
    assert ["YUCS"] == [x.iso for x in cow.iso_for_cow(345, PartialDate("1980"))]
    assert ["CSXX"] == [x.iso for x in cow.iso_for_cow(345, PartialDate("2005"))]
    assert ["CSXX", "RS"] == [x.iso for x in cow.iso_for_cow(345, PartialDate("2006-07"))]
    assert ["RS"] == [x.iso for x in cow.iso_for_cow(345, PartialDate("2010"))]


def test_iso_germany_is_two_cow_states_and_the_gdr_one():
    assert ["GMY", "GFR"] == [s.abbreviation for s in cow.cow_for_iso("DE")]
    assert ["GFR"] == [s.abbreviation for s in cow.cow_for_iso("DE", PartialDate("1980"))]
    assert ["GDR"] == [s.abbreviation for s in cow.cow_for_iso("DDDE")]


def test_states_without_an_iso_code_map_to_none():
    assert () == cow.iso_for_cow("BAV")
    assert () == cow.iso_for_cow(300)  # Austria-Hungary: the project's judgement


def _source_date(source: str) -> PartialDate:
    kind, *rest = source.split(":")
    if kind == "cow":
        ccode, period, edge = rest
        found = cow.cow_state(int(ccode)).periods[int(period) - 1]
        return PartialDate.from_date(found.start if edge == "start" else found.end)
    assert "iso3166-3" == kind
    assert "withdrawn" == rest[1]
    return history.former_country(rest[0]).withdrawn


@pytest.mark.parametrize("link", cow.cow_iso_table(), ids=lambda x: f"{x.ccode}-{x.iso}")
def test_every_date_in_the_cow_iso_mapping_is_its_cited_source(link):
    assert (link.start is None) == (link.start_source is None)
    assert (link.end is None) == (link.end_source is None)
    if link.start is not None:
        assert link.start == _source_date(link.start_source)
    if link.end is not None:
        assert link.end == _source_date(link.end_source)
    assert link.note


@pytest.mark.parametrize("link", cow.cow_iso_table(), ids=lambda x: f"{x.ccode}-{x.iso}")
def test_every_iso_code_in_the_cow_iso_mapping_exists(link):
    if link.iso is None:
        return
    if len(link.iso) == 4:
        assert link.iso == history.former_country(link.iso).alpha_4
    else:
        assert link.iso == "XK" or pycountry.countries.get(alpha_2=link.iso) is not None


def test_every_explicit_row_for_a_name_is_needed():
    for link in cow.cow_iso_table():
        if link.start is None and link.end is None and link.iso and len(link.iso) == 2:
            with pytest.raises(LookupError):
                pycountry.countries.lookup(cow.cow_state(link.ccode).name)


def test_every_cow_state_in_the_mapping_is_documented():
    page = (ROOT / "docs" / "explanation" / "reference-data.md").read_text(encoding="utf-8")

    for link in cow.cow_iso_table():
        assert re.search(rf"^\| {link.ccode} \|", page, re.MULTILINE), link.ccode


@given(st.sampled_from(cow.cow_states()))
def test_cow_lookup_by_number_and_by_abbreviation_agree(state):
    assert state == cow.cow_state(state.ccode) == cow.cow_state(state.abbreviation)
    assert state == cow.cow_state(state.abbreviation.lower())


@given(st.sampled_from(cow.cow_iso_links()), st.dates(dt.date(1816, 1, 1), _HORIZON))
def test_the_mapping_round_trips_on_every_date(link, day):
    if link.iso is None or not link.may_hold(day):
        return
    state = cow.cow_state(link.ccode)

    assert link in cow.iso_for_cow(state.ccode, day)
    assert state in cow.cow_for_iso(link.iso, day)


# --- CAMEO and PLOVER -------------------------------------------------------------------


def test_the_current_manual_has_sixteen_event_types():
    assert [
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ] == list(vocabularies.plover_event_types())


def test_event_types_have_their_modes_and_quads():
    consult = vocabularies.plover_event_type("CONSULT")

    assert ["visit", "third-party", "multilateral", "phone"] == [m.name for m in consult.modes]
    assert "verbal cooperation" == consult.quad
    assert vocabularies.plover_event_type("SANCTION").requires_recipient
    assert () == vocabularies.plover_event_type("AGREE").modes


@pytest.mark.parametrize(
    ("old", "current"),
    [
        ("DEMAND", "REQUEST"),
        ("DISAPPROVE", "ACCUSE"),
        ("INVESTIGATE", "ACCUSE"),
        ("FIGHT", "ASSAULT"),
        ("COOPERATION", "COOPERATE"),
    ],
)
def test_older_plover_names_map_to_the_current_ones(old, current):
    assert current == vocabularies.current_plover_name(old)
    with pytest.raises(UnknownCodeError, match=f"the current manual's type is {current}"):
        vocabularies.plover_event_type(old)


def test_investigate_becomes_accuse_with_the_investigate_mode():
    legacy = vocabularies.plover_legacy_names()["INVESTIGATE"]

    assert ("ACCUSE", "investigate") == (legacy.current, legacy.mode)
    assert vocabularies.plover_mode("ACCUSE", legacy.mode).name == "investigate"


def test_invalid_codes_are_refused_with_the_nearest_suggestions():
    with pytest.raises(UnknownCodeError) as caught:
        vocabularies.cameo_code("0455")
    assert "045" in caught.value.suggestions

    with pytest.raises(UnknownCodeError) as caught:
        vocabularies.plover_event_type("ASSALT")
    assert ("ASSAULT",) == caught.value.suggestions[:1]

    with pytest.raises(UnknownCodeError, match="did you mean economic"):
        vocabularies.plover_context("economc")

    with pytest.raises(UnknownCodeError, match="is not a mode of CONSULT; did you mean visit"):
        vocabularies.plover_mode("CONSULT", "vist")


def test_the_cue_categories_and_what_plover_did_with_them():
    codes = vocabularies.cameo_codes()

    assert "MAKE PUBLIC STATEMENT" == codes["01"].name
    assert codes["01"].plover is None  # dropped
    assert codes["08"].plover is None  # split into CONCEDE and RETREAT
    assert "ASSAULT" == codes["20"].plover.event  # the manual says FIGHT, an older name


def test_the_two_mappings_cover_the_same_codes():
    assert set(vocabularies.cameo_to_plover_table("2021")) == set(
        vocabularies.cameo_to_plover_table("earlier")
    )


def _file_codes(name: str) -> list[str]:
    text = (SHARED / "plover" / name).read_text(encoding="utf-8")
    return re.findall(r"^(\d{3,4})[:\s]", text, re.MULTILINE)


@needs_shared
@pytest.mark.parametrize("name", ["CAMEO2PLOVER-2021.txt", "CAMEO-PLOV.txt"])
def test_every_cameo_code_in_the_real_mapping_files_resolves(name):
    codes = _file_codes(name)
    assert len(codes) > 250

    for code in codes:
        found = vocabularies.cameo_code(code)
        assert found.name
        assert found.plover is not None
        assert found.plover.event in vocabularies.plover_event_types()


@needs_shared
def test_the_bundled_mapping_is_the_real_file_line_by_line():
    text = (SHARED / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    table = vocabularies.cameo_to_plover_table("2021")

    for line in text.splitlines():
        match = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,", line)
        if match:
            assert match[2] == table[match[1]].event, line


@needs_shared
def test_every_type_mode_and_context_is_in_the_manual():
    tex = (SHARED / "plover" / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")

    for kind in vocabularies.plover_event_types().values():
        assert f"\\section{{{kind.name}}}" in tex
        for mode in kind.modes:
            assert re.search(rf"^{re.escape(mode.name)} & ", tex, re.MULTILINE), mode.name
    for context in vocabularies.plover_contexts():
        assert context.replace("_", "\\_") in tex


@needs_shared
def test_the_gold_standard_records_use_only_current_or_older_names():
    text = (SHARED / "plover" / "PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8")
    used = set(re.findall(r'"event":\s*"([A-Z]+)"', text)) - {"DOCUMENT"}

    assert {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"} <= used
    for name in used:
        assert vocabularies.current_plover_name(name) in vocabularies.plover_event_types()


@needs_shared
def test_cow_states_are_the_real_file_row_by_row():
    with (SHARED / "cow" / "states2016.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))

    assert 243 == len(rows)
    assert len(cow.cow_states()) == len({r["ccode"] for r in rows})
    for row in rows:
        state = cow.cow_state(int(row["ccode"]))
        start = dt.date(int(row["styear"]), int(row["stmonth"]), int(row["stday"]))
        assert row["stateabb"] == state.abbreviation
        assert row["statenme"] == state.name
        assert start in [p.start for p in state.periods]
