"""Relations across history: former countries, when they existed, COW, dataset sources.

Every historical date here is read from the bundled Correlates of War list
(COW v2016) or ISO 3166-3 (pycountry) at run time and cited as a record of
the COW list; nothing is typed from memory. Values that are not facts (a
relation dated after a country ceased, to see it refused) are marked MADE UP.
"""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pycountry
import pytest
from babel import Locale

import bilateral
from bilateral import (
    AmbiguousCountryCodeError,
    Citation,
    CitationMismatchError,
    Country,
    CountryNotExistingError,
    Dataset,
    DateRange,
    Event,
    EventKind,
    InvalidValueError,
    Mission,
    NotFoundError,
    PartialDate,
    Relation,
    Source,
    Statement,
    Status,
    UnknownCodeError,
    UnknownCountryError,
    ValidationError,
    cow_source,
    cow_state,
    describe,
    dumps,
    json_schema,
    loads,
)
from bilateral._values import history

COW = cow_source("GDR", "RUS")


def start(record: str) -> PartialDate:
    """The first day of a COW membership period, read from the record."""
    row = COW.record(record)
    return PartialDate(f"{row['styear']}-{int(row['stmonth']):02d}-{int(row['stday']):02d}")


def cited_start(record: str) -> Citation:
    return COW.cite_record(record, "styear", "stmonth", "stday")


def gdr_ussr() -> Dataset:
    """The GDR and the USSR: what COW says of the GDR, cited, and a made-up event."""
    gdr = cow_state("GDR")
    said = Statement(
        "gdr-in-cow",
        None,
        f"The Correlates of War list counts the {gdr.name} as a state from {start('265:1')}",
        when=start("265:1"),
        citations=[cited_start("265:1")],
    )
    # MADE UP: an event to see a record citation in the summary, tables and plots.
    made_up = Event(
        "made-up", EventKind.MEETING, Status.HELD, PartialDate("1970"), "MADE UP fixture meeting",
        citations=[cited_start("265:1")],
    )  # fmt: skip
    relation = Relation(("DD", "SU"), events=[made_up], statements=[said])
    return Dataset([COW], [], [relation])


class TestFormerCountries:
    @pytest.mark.parametrize(
        ("code", "stored"),
        [("SU", "SUHH"), ("SUN", "SUHH"), (810, "SUHH"), ("suhh", "SUHH"), ("DD", "DDDE"),
         ("DDR", "DDDE"), ("278", "DDDE"), ("CSHH", "CSHH"), ("CSXX", "CSXX"), ("YU", "YUCS")],
    )  # fmt: skip
    def test_every_code_of_a_former_country_is_its_alpha_4(self, code, stored):
        assert stored == Country(code).code
        assert Country(code).is_former

    def test_every_iso_3166_3_country_is_a_country_by_its_alpha_4(self):
        for entry in pycountry.historic_countries:
            country = Country(entry.alpha_4)
            assert entry.alpha_4 == country.code
            assert PartialDate(entry.withdrawal_date) == country.ceased

    @pytest.mark.parametrize(("code", "current"), [("GE", "GE"), ("BY", "BY"), ("BLR", "BY")])
    def test_a_current_country_keeps_a_reused_code(self, code, current):
        assert current == Country(code).code
        assert not Country(code).is_former
        assert Country(code).ceased is None

    @pytest.mark.parametrize(("code", "candidates"), [("CS", ("CSHH", "CSXX")), ("891", ("CSXX", "YUCS")), (891, ("CSXX", "YUCS"))])  # fmt: skip
    def test_an_ambiguous_code_names_its_candidates(self, code, candidates):
        with pytest.raises(AmbiguousCountryCodeError) as info:
            Country(code)

        assert candidates == info.value.candidates
        assert all(c in str(info.value) for c in candidates)
        assert isinstance(info.value, UnknownCountryError)

    def test_successors_are_iso_s_never_invented(self):
        assert (Country("DE"),) == Country("DD").successors
        assert () == Country("SU").successors  # ISO 3166-3 names none for SUHH
        assert () == Country("AZ").successors

    def test_short_names_follow_the_documented_rule_and_keep_iso_s_name(self):
        for entry in pycountry.historic_countries:
            country = Country(entry.alpha_4)
            assert entry.name == country.official_name
            assert history.short_name(entry.alpha_4, entry.name) == country.name("ru")
            assert history.SHORT_NAMES[entry.alpha_4].id == country.name()
            assert "," not in country.name()
        assert set(history.SHORT_NAMES) == {e.alpha_4 for e in pycountry.historic_countries}

    @pytest.mark.parametrize(
        ("code", "name"),
        [("SUHH", "USSR"), ("YUCS", "Yugoslavia"), ("CSHH", "Czechoslovakia"),
         ("BUMM", "Burma"), ("HVBF", "Upper Volta"), ("BYAA", "Byelorussian SSR"),
         ("FXFR", "Metropolitan France"), ("YDYE", "Democratic Yemen"),
         ("VDVN", "Democratic Republic of Viet-Nam"), ("DDDE", "German Democratic Republic")],
    )  # fmt: skip
    def test_a_former_country_has_a_short_english_name(self, code, name):
        assert name == Country(code).name()
        assert name == bilateral.format_country(code, "en")

    def test_a_short_name_never_names_a_current_country(self):
        current = {str(c.name) for c in pycountry.countries} | {
            str(n) for n in Locale.parse("en").territories.values()
        }
        assert [] == [c.name for c in history.former_countries() if c.name in current]

    @pytest.mark.parametrize(
        ("locale", "code", "name"),
        [("ru", "SUHH", "СССР"), ("ru", "YUCS", "Югославия"), ("lt", "CSHH", "Čekoslovakija"),
         ("de", "DDDE", "DDR"), ("az", "SUHH", "SSRİ"), ("it", "SUHH", "USSR")],
    )  # fmt: skip
    def test_the_text_layer_names_a_former_country_in_the_reader_s_language(
        self, locale, code, name
    ):
        assert name == bilateral.format_country(code, locale)

    @pytest.mark.parametrize(
        ("locale", "code", "case", "form"),
        [("ru", "YUCS", "genitive", "Югославии"), ("ru", "SUHH", "instrumental", "СССР"),
         ("lt", "CSHH", "locative", "Čekoslovakijoje"), ("uk", "YUCS", "instrumental", "Югославією"),
         ("az", "YUCS", "ablative", "Yuqoslaviyadan"), ("tr", "SUHH", "locative", "SSCB'de"),
         ("de", "DDDE", "locative", "in der DDR")],
    )  # fmt: skip
    def test_former_countries_have_case_forms(self, locale, code, case, form):
        from bilateral._text.catalog import translations  # noqa: PLC0415
        from bilateral._text.grammar import CountryName  # noqa: PLC0415

        t = translations(Locale.parse(locale))
        name = bilateral.format_country(code, locale)
        assert form == format(CountryName(code, name, t, locale), case)

    def test_kosovo_still_works(self):
        assert "XK" == Country("XK").code

    def test_json_round_trip_keeps_the_alpha_4(self):
        dataset = gdr_ussr()
        text = dumps(dataset)

        assert '"DDDE"' in text
        assert '"SUHH"' in text
        assert dataset == loads(text)
        assert text == dumps(loads(text))


class TestExistence:
    # MADE UP: the dates below are after ISO withdrew the codes, to see them refused.
    def test_an_embassy_of_the_gdr_opened_after_it_ceased_is_refused(self):
        with pytest.raises(CountryNotExistingError, match="1990-10-30") as info:
            Mission("DD", "SU", opened=PartialDate("1995"))

        assert ("opened",) == info.value.path

    def test_a_relation_established_after_a_country_ceased_is_refused(self):
        with pytest.raises(CountryNotExistingError) as info:
            Relation(("DD", "SU"), established=PartialDate("1995"))

        assert ("established",) == info.value.path
        assert "German Democratic Republic" in info.value.reason

    def test_every_dated_fact_of_the_relation_is_checked(self):
        late = PartialDate("2000")  # MADE UP
        event = Event("e", EventKind.MEETING, Status.HELD, late, "MADE UP")
        with pytest.raises(CountryNotExistingError) as info:
            Relation(("DD", "SU"), events=[event])
        assert ("events", 0, "when") == info.value.path
        with pytest.raises(CountryNotExistingError) as info:
            Relation(("DD", "SU"), documents=[bilateral.DocumentCount(1, late)])
        assert ("documents", 0, "as_of") == info.value.path

    def test_a_visit_is_checked_against_its_own_countries(self):
        with pytest.raises(CountryNotExistingError) as info:
            Event("e", EventKind.OFFICIAL_VISIT, Status.HELD, PartialDate("2000"), "MADE UP",
                  origin="SU", destination="FR")  # fmt: skip
        assert ("when",) == info.value.path

    def test_dates_that_may_fall_within_the_existence_are_accepted(self):
        ceased = Country("DD").ceased
        assert ceased is not None
        # The year of the withdrawal, a range across it, and an open start all may be in time.
        for when in (PartialDate(str(ceased.earliest.year)), DateRange(None, PartialDate("2000"))):
            Relation(("DD", "SU"), events=[Event("e", EventKind.MEETING, Status.HELD, when, "x")])
        Relation(("DD", "SU"), established=ceased)

    def test_statements_are_not_dated_inside_the_relation(self):
        said = Statement("s", None, "MADE UP", when=PartialDate("2020"))
        Relation(("DD", "SU"), statements=[said])


class TestCow:
    def test_a_state_by_number_or_abbreviation(self):
        assert cow_state(365) == cow_state("RUS") == cow_state("rus")
        assert ["GMY", "GFR", "GDR"] == [cow_state(c).abbreviation for c in (255, 260, 265)]
        with pytest.raises(UnknownCodeError):
            cow_state("ZZZ")

    def test_the_mapping_gives_every_candidate(self):
        # COW 365 spans the USSR and Russia; the project maps both in the overlap.
        overlap = PartialDate("1992-01")
        assert (Country("SU"), Country("RU")) == Country.from_cow(365, overlap)
        assert (Country("SU"),) == Country.from_cow("RUS", PartialDate("1980"))
        assert ("RUS",) == tuple(s.abbreviation for s in Country("SU").cow())
        assert (Country("DD"),) == Country.from_cow("GDR")

    def test_membership_periods_are_cows(self):
        for record_key in ("265:1", "365:1"):
            ccode, period = record_key.split(":")
            found = cow_state(int(ccode)).periods[int(period) - 1]
            assert start(record_key).earliest == found.start


class TestDatasetSources:
    def test_the_cow_source_is_a_dataset_holding_only_what_was_asked(self):
        assert COW.is_dataset
        assert COW.text is None
        assert {"265:1", "365:1"} == set(COW.records or {})
        assert cow_source().records is None

    def test_a_record_citation_carries_the_values(self):
        citation = cited_start("265:1")
        row = COW.record("265:1")

        assert (row["styear"], row["stmonth"], row["stday"]) == citation.values
        COW.check(citation)

    def test_citing_what_the_source_does_not_hold_is_refused(self):
        with pytest.raises(NotFoundError):
            COW.cite_record("2:1", "styear")
        with pytest.raises(NotFoundError):
            COW.cite_record("265:1", "capital")
        with pytest.raises(InvalidValueError):
            COW.cite("Russia")

    def test_the_dataset_checks_record_citations_against_the_records(self):
        wrong = Citation(COW.id, record="265:1", fields=["styear"], values=["1"])
        with pytest.raises(CitationMismatchError):
            COW.check(wrong)
        event = Event("e", EventKind.MEETING, Status.HELD, None, "x", citations=[wrong])
        with pytest.raises(ValidationError, match=r"events\[0\]\.citations\[0\]\.values\[0\]"):
            Dataset([COW], [], [Relation(("DD", "SU"), events=[event])])

    def test_records_not_held_are_not_checked(self):
        unheld = cow_source()
        citation = unheld.cite_record("265:1", "styear")
        assert () == citation.values
        unheld.check(citation)

    def test_a_text_source_still_needs_its_day_and_a_dataset_its_title(self):
        with pytest.raises(InvalidValueError, match="published"):
            Source("s", "P", text="words")
        with pytest.raises(InvalidValueError, match="title"):
            Source("s", "P")

    @pytest.mark.parametrize(
        "kwargs",
        [{"start": 0, "end": 1, "quote": "x", "record": "r", "fields": ["f"]},
         {"record": "r"}, {"record": "r", "fields": ["f", "f"]},
         {"record": "r", "fields": ["f"], "values": ["a", "b"]}, {"start": 0}],
    )  # fmt: skip
    def test_a_citation_is_a_quote_or_a_record_never_half(self, kwargs):
        with pytest.raises(InvalidValueError):
            Citation("s", **kwargs)

    def test_the_document_passes_the_schema_and_the_loader(self):
        document = json.loads(dumps(gdr_ussr()))

        jsonschema.Draft202012Validator(json_schema()).validate(document)
        assert gdr_ussr() == loads(json.dumps(document))

    def test_text_citations_are_written_as_before(self):
        text = dumps(bilateral.load_bundled())
        assert '"record"' not in text
        assert '"records"' not in text


class TestEndToEnd:
    def test_describe_and_summary_name_former_countries(self):
        dataset = gdr_ussr()
        text = describe(dataset, today=dt.date(2024, 1, 1))

        assert Country("DD").name() in text
        assert Country("SU").name() in text
        assert "Dataset: Correlates of War Project" in text
        from bilateral._text.summary import summary  # noqa: PLC0415 - the command line's summary

        lines = summary(dataset, today=dt.date(2024, 1, 1))
        row = COW.record("265:1")
        assert f"record 265:1: styear = {row['styear']}" in lines
        assert "ГДР (DDDE) и СССР (SUHH)" in summary(
            dataset, today=dt.date(2024, 1, 1), locale="ru"
        )

    def test_tables_and_plots(self):
        pytest.importorskip("pandas")
        pytest.importorskip("pyarrow")
        pytest.importorskip("matplotlib")
        relation = gdr_ussr().relations[0]
        events = bilateral.to_pandas(relation, "events")
        assert ["DDDE"] == list(events["country_a"])
        assert "265:1" == events["citations"][0][0]["record"]
        table = bilateral.to_arrow(relation, "events")
        assert "265:1" == table.column("citations")[0][0]["record"].as_py()
        figure = bilateral.plot_timeline(relation)
        labels = [t.get_text() for ax in figure.axes for t in ax.get_yticklabels()]
        assert any("MADE UP" in label for label in labels)
        assert any("Correlates of War" in e.label for e in relation.timeline())
