from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import attrs
import pytest
from babel import Locale, dates, numbers
from babel.localedata import locale_identifiers
from hypothesis import given, settings

from bilateral import (
    Country,
    Dataset,
    DocumentCount,
    Event,
    EventKind,
    Flow,
    InvalidValueError,
    LocaleFallbackWarning,
    Mission,
    MissionKind,
    Money,
    PartialDate,
    Person,
    PloverCoding,
    Relation,
    Statement,
    Status,
    TradePeriod,
    UnknownLocaleError,
    describe,
    load_bundled,
)
from bilateral._text.catalog import _catalog_for
from bilateral._text.format import when_phrase
from bilateral._text.summary import summary
from bilateral._values.vocabularies import plover_event_types
from tests.strategies import datasets

ARTICLE_DAY = dt.date(2023, 2, 17)
SPAN_ON_ARTICLE_DAY = load_bundled().relation("AZ", "LT").age(on=ARTICLE_DAY).longest


@pytest.fixture(scope="module")
def relation():
    return load_bundled().relation("AZ", "LT")


def _long(day, locale):
    return dates.format_date(day, "long", locale=locale)


def _month(day, locale):
    return dates.format_skeleton("yMMMM", day, locale=locale)


def _half(locale):
    return dates.format_interval(
        dt.date(2022, 1, 1), dt.date(2022, 6, 30), skeleton="yMMMM", locale=locale
    )


def _compact(amount, locale):
    return numbers.format_compact_currency(Decimal(amount), "USD", locale=locale, fraction_digits=1)


def _names(locale):
    territories = Locale.parse(locale).territories
    return territories.get("AZ", "AZ"), territories.get("LT", "LT")


def test_english(relation):
    lines = describe(relation, "en", today=ARTICLE_DAY).splitlines()

    assert [
        "Diplomatic relations between Azerbaijan and Lithuania were established on November 20, 1995.",
        "On February 17, 2023, the relations were 27 years, 2 months, and 28 days old.",
        "The embassy of Azerbaijan in Lithuania opened in September 2007.",
        "The embassy of Lithuania in Azerbaijan opened on April 3, 2007.",
        "As of February 17, 2023, the two countries had signed 39 documents.",
        "Trade turnover between Azerbaijan and Lithuania was $42M in 2021.",
        (
            "Trade turnover between Azerbaijan and Lithuania was $14.4M in January–June 2022."
            " Annualized, that is $28.8M a year (an estimate from 6 months)."
        ),
        (
            "Annualized, the figure for January–June 2022 is 31.4% ($13.2M) lower than for 2021."
            " This is an estimate: at least one of the two figures covers less than a year."
        ),
        "An official visit from Lithuania to Azerbaijan took place in 2022.",
    ] == lines[:9]
    assert (
        "A meeting of the intergovernmental commission is planned on or after February 17, 2023."
        == lines[-8]
    )
    # Then the statements; a relation alone does not name their speakers.
    assert lines[-1] == (
        "The source says on February 17, 2023:"
        " Azerbaijan is one of Lithuania's biggest trade partners in the Caucasus."
    )


def test_azerbaijani(relation):
    lines = describe(relation, "az", today=ARTICLE_DAY).splitlines()

    assert [
        "Azərbaycan ilə Litva arasında diplomatik münasibətlər 20 noyabr 1995-ci il tarixində qurulub.",
        "17 fevral 2023-cü il tarixinə münasibətlərin qurulmasından 27 il, 2 ay və 28 gün keçmişdi.",
        "Azərbaycanın Litvada səfirliyi 2007-ci ilin sentyabrında açılıb.",
        "Litvanın Azərbaycanda səfirliyi 3 aprel 2007-ci il tarixində açılıb.",
        "17 fevral 2023-cü il tarixinə iki ölkə 39 sənəd imzalayıb.",
        "Azərbaycan ilə Litva arasında ticarət dövriyyəsi 2021-ci ildə 42\xa0mln ABŞ dolları təşkil edib.",
    ] == lines[:6]
    assert "2022-ci ilin yanvar–iyun ayları üzrə göstərici 2021-ci il üzrə göstəricidən" in lines[7]
    assert "Litvadan Azərbaycana rəsmi səfər 2022-ci ildə baş tutub." == lines[8]


def test_lithuanian(relation):
    lines = describe(relation, "lt", today=ARTICLE_DAY).splitlines()

    assert [
        "Azerbaidžano ir Lietuvos diplomatiniai santykiai užmegzti 1995 m. lapkričio 20 d.",
        "2023 m. vasario 17 d. santykiams buvo 27 metai, 2 mėnesiai ir 28 dienos.",
        "Azerbaidžano ambasada Lietuvoje atidaryta 2007 m. rugsėjį.",
        "Lietuvos ambasada Azerbaidžane atidaryta 2007 m. balandžio 3 d.",
        "2023 m. vasario 17 d. duomenimis šalys buvo pasirašiusios 39 dokumentus.",
        "Prekybos apyvarta tarp Azerbaidžano ir Lietuvos 2021 m. siekė 42\xa0mln. JAV dolerių.",
    ] == lines[:6]
    assert "2022 m. sausio–birželio mėn. siekė" in lines[6]
    assert "Oficialus vizitas iš Lietuvos į Azerbaidžaną įvyko 2022 m." == lines[8]


def test_russian(relation):
    lines = describe(relation, "ru", today=ARTICLE_DAY).splitlines()

    assert [
        "Дипломатические отношения между Азербайджаном и Литвой установлены 20 ноября 1995\u202fг.",
        "На 17 февраля 2023\u202fг. отношениям было 27 лет, 2 месяца и 28 дней.",
        "Посольство Азербайджана в Литве открыто в сентябре 2007\u202fг.",
        "Посольство Литвы в Азербайджане открыто 3 апреля 2007\u202fг.",
        "По состоянию на 17 февраля 2023\u202fг. страны подписали 39 документов.",
        "Товарооборот между Азербайджаном и Литвой в 2021 году составил 42\xa0млн долл. США.",
    ] == lines[:6]
    assert "в январе — июне 2022\u202fг. составил 14,4\xa0млн долл. США." in lines[6]
    assert "ниже, чем за 2021 год." in lines[7]
    assert "Официальный визит из Литвы в Азербайджан состоялся в 2022 году." == lines[8]
    assert "Встреча состоялась не позднее 17 февраля 2023\u202fг." == lines[12]
    assert "Заседание межправительственной комиссии запланировано не ранее" in lines[13]


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, "dokumentą"),
        (2, "dokumentus"),
        (10, "dokumentų"),
        (21, "dokumentą"),
        (39, "dokumentus"),
    ],
)
def test_lithuanian_counts_are_plural_aware(count, expected):
    text = describe(DocumentCount(count, PartialDate("2023-02-17")), "lt")

    assert text.endswith(f" {count} {expected}.")


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "документ"), (3, "документа"), (11, "документов"), (39, "документов")],
)
def test_russian_counts_are_plural_aware(count, expected):
    text = describe(DocumentCount(count, PartialDate("2023-02-17")), "ru")

    assert text.endswith(f" {count} {expected}.")


def test_english_counts():
    assert "As of 2023, the two countries had signed 1 document." == describe(
        DocumentCount(1, PartialDate("2023"))
    )


def test_a_locale_without_a_catalog_gets_wholly_english_sentences(relation):
    with pytest.warns(LocaleFallbackWarning, match="'pt_BR'"):
        text = describe(relation, "pt_BR", today=ARTICLE_DAY)

    assert describe(relation, "en", today=ARTICLE_DAY) == text


def test_a_dataset_says_what_it_holds():
    text = describe(load_bundled(), "lt").splitlines()

    assert "Duomenų rinkinyje yra 1 šaltinis, 3 asmenys ir 1 šalių pora." == text[0]
    assert (
        "Source: Azernews, published February 17, 2023." == describe(load_bundled()).split("\n")[1]
    )


def test_every_kind_of_mission_and_event_has_a_sentence():
    for kind in MissionKind:
        mission = Mission(Country("AZ"), Country("LT"), kind=kind)
        text = describe(mission, "en")

        assert text.endswith("opened at a date the sources do not give.")
        assert kind.value.replace("_", " ") in text
    # A coded event is named by its PLOVER type, so each type is a case of its own.
    cases = [(kind, {}) for kind in EventKind if kind is not EventKind.CODED]
    cases += [(EventKind.CODED, {"plover": PloverCoding(name)}) for name in plover_event_types()]
    cases.append((EventKind.CODED, {"cameo": "042"}))
    for kind, codes in cases:
        for status in (Status.HELD, Status.PLANNED):
            event = Event("e", kind, status, None, "x", **codes)

            assert describe(event, "ru").endswith(" (дата в источниках не указана).")
        for status in (Status.CANCELLED, Status.POSTPONED):
            text = describe(Event("e", kind, status, None, "x", **codes), "ru")

            # The participle agrees with the kind: "отменён", "отменена", "отменено".
            stem = "отмен" if status is Status.CANCELLED else "перенес"
            assert re.search(rf", {stem}(ён|ена|ено)\.$", text), text


def test_exports_and_imports_name_reporter_and_partner():
    period = TradePeriod(
        Flow.EXPORTS, PartialDate("2022-33"), Money("5", "USD"), reporter=Country("LT")
    )
    relation = Relation(("AZ", "LT"), trade=[period])

    assert (
        "Exports of Lithuania to Azerbaijan were $5 in January–March 2022."
        " Annualized, that is $20 a year (an estimate from 3 months)."
        == describe(relation).splitlines()[1]
    )
    assert describe(period).startswith("Exports of Lithuania were $5 in January–March 2022.")


def test_no_establishment_date():
    assert (
        "The sources do not say when diplomatic relations between Azerbaijan and Lithuania"
        " were established." == describe(Relation(("LT", "AZ")))
    )


def test_unknown_locale_and_value():
    with pytest.raises(UnknownLocaleError):
        describe(load_bundled(), "xx")
    with pytest.raises(InvalidValueError, match="value: expected a Relation"):
        describe("relation")  # type: ignore[arg-type]


@pytest.mark.filterwarnings("ignore::bilateral.LocaleFallbackWarning")
def test_every_locale_renders_the_bundled_dataset_in_its_catalogs_language_or_wholly_english():
    dataset = load_bundled()
    english = describe(dataset, "en", today=ARTICLE_DAY)
    for locale in sorted(locale_identifiers()):
        text = describe(dataset, locale, today=ARTICLE_DAY)
        if _catalog_for(Locale.parse(locale)) is None:
            assert english == text, locale
        else:
            assert _long(dt.date(2007, 4, 3), locale) in text or locale.startswith("az"), locale


def _trade(flow, period, amount, *, reporter=None, currency="USD"):
    return TradePeriod(
        flow,
        PartialDate(period),
        Money(amount, currency),
        reporter=None if reporter is None else Country(reporter),
    )


class TestTradeChanges:
    def test_interleaved_exports_and_imports_are_each_compared(self):
        exports_2021 = _trade(Flow.EXPORTS, "2021", "10", reporter="LT")
        imports_2021 = _trade(Flow.IMPORTS, "2021", "20", reporter="LT")
        exports_2022 = _trade(Flow.EXPORTS, "2022", "15", reporter="LT")
        imports_2022 = _trade(Flow.IMPORTS, "2022", "10", reporter="LT")
        relation = Relation(
            ("AZ", "LT"), trade=[exports_2021, imports_2021, exports_2022, imports_2022]
        )

        assert [
            exports_2021.change_to(exports_2022),
            imports_2021.change_to(imports_2022),
        ] == relation.trade_changes()

    def test_a_year_is_not_compared_with_a_half_of_itself(self):
        year = _trade(Flow.TURNOVER, "2022", "40")
        first_half = _trade(Flow.TURNOVER, "2022-40", "10")
        relation = Relation(("AZ", "LT"), trade=[year, first_half])

        assert [] == relation.trade_changes()
        assert "Annualized, the figure" not in describe(relation)

    def test_periods_are_compared_in_time_order_not_storage_order(self):
        y2020 = _trade(Flow.TURNOVER, "2020", "30")
        y2021 = _trade(Flow.TURNOVER, "2021", "42")
        h1_2022 = _trade(Flow.TURNOVER, "2022-40", "14.4")
        y2022 = _trade(Flow.TURNOVER, "2022", "40")
        relation = Relation(("AZ", "LT"), trade=[y2022, h1_2022, y2021, y2020])

        assert [
            y2020.change_to(y2021),
            y2021.change_to(h1_2022),
        ] == relation.trade_changes()
        assert (
            "Annualized, the figure for 2021 is 40% ($12) higher than for 2020."
            == describe(relation).splitlines()[5]
        )

    @pytest.mark.parametrize(
        ("locale", "expected"),
        [
            (
                "en",
                "Annualized, the figure for 2021 is $55.2M higher than for 2016, when it was zero.",
            ),
            ("ru", "выше, чем за 2016 год, когда он был равен нулю."),
        ],
    )
    def test_a_rise_from_zero_has_no_percentage_and_is_not_the_same(self, locale, expected):
        # Made-up figures: nothing in 2016, 55.2 million in 2021.
        change = _trade(Flow.TURNOVER, "2016", "0").change_to(
            _trade(Flow.TURNOVER, "2021", "55200000")
        )

        assert change.ratio is None
        text = describe(change, locale)
        assert text.endswith(expected)
        assert "%" not in text

    @pytest.mark.parametrize("locale", ["az", "de", "en", "ja", "lt", "ru", "tr", "uk", "zh"])
    def test_a_rise_from_zero_is_translated_in_every_catalog(self, locale):
        change = _trade(Flow.TURNOVER, "2016", "0").change_to(_trade(Flow.TURNOVER, "2021", "5"))
        same = _trade(Flow.TURNOVER, "2016", "5").change_to(_trade(Flow.TURNOVER, "2021", "5"))

        assert describe(change, locale) != describe(same, locale)
        if locale != "en":
            assert "when it was zero" not in describe(change, locale)

    def test_different_reporters_and_currencies_are_not_compared(self):
        relation = Relation(
            ("AZ", "LT"),
            trade=[
                _trade(Flow.EXPORTS, "2021", "10", reporter="LT"),
                _trade(Flow.EXPORTS, "2022", "10", reporter="AZ"),
                _trade(Flow.TURNOVER, "2021", "10", currency="EUR"),
                _trade(Flow.TURNOVER, "2022", "10", currency="USD"),
            ],
        )

        assert [] == relation.trade_changes()


def test_a_day_before_the_establishment_says_so():
    relation = load_bundled().relation("AZ", "LT")

    assert [
        "On January 1, 1990, the relations were not yet established.",
        "1990 m. sausio 1 d. santykiai dar nebuvo užmegzti.",
    ] == [
        describe(relation, locale, today=dt.date(1990, 1, 1)).splitlines()[1]
        for locale in ("en", "lt")
    ]


@settings(max_examples=40, deadline=None)
@given(datasets())
def test_the_summary_says_every_sentence_describe_says(dataset):
    said = describe(dataset, today=ARTICLE_DAY).splitlines()[1:]  # past "The dataset holds ..."
    shown = {line.strip() for line in summary(dataset, today=ARTICLE_DAY).splitlines()}

    assert {line.strip() for line in said if line} <= shown


def test_the_summary_of_a_dataset_it_is_given():
    # A made-up relation: no source says anything about it.
    dataset = Dataset(relations=[Relation(("LT", "GE"), established=PartialDate("1992-04"))])

    assert [
        "",
        "Georgia (GE) and Lithuania (LT)",
        "",
        "Diplomatic relations between Georgia and Lithuania were established in April 1992.",
        "    (no citation)",
        (
            "  On February 17, 2023, the relations were between 30 years, 9 months, and 18 days "
            "and 30 years, 10 months, and 16 days old."
        ),
        "",
        "Missions:",
        "",
        "Signed documents:",
        "",
        "Trade:",
        "",
        "Events held:",
        "",
        "Events planned:",
    ] == summary(dataset, today=ARTICLE_DAY).splitlines()


# Statements: the speakers and summaries below are made up, for the tests only.
_MADE_UP_PEOPLE = (
    Person("p-one", "Made-up Speaker", role="Made-up Minister"),
    Person("p-two", "Made-up Roleless"),
)


@pytest.mark.parametrize(
    "locale", ["az", "de", "en", "es", "fr", "ja", "lt", "ru", "tr", "uk", "zh"]
)
def test_statement_frame_is_translated_and_summary_is_not(locale: str) -> None:
    statement = Statement("s1", "p-one", "Made-up summary.", when="2023-02-17")
    said = describe(statement, locale, people=_MADE_UP_PEOPLE)
    assert "Made-up Speaker" in said
    assert "Made-up Minister" in said
    assert said.endswith("Made-up summary.")
    assert when_phrase(PartialDate("2023-02-17"), locale) in said
    if locale != "en":
        assert "said" not in said


def test_statement_speaker_quote_date_and_voice() -> None:
    named = Statement("s1", "p-one", "Made-up summary.", when="2023-02-17")
    assert describe(named, people=_MADE_UP_PEOPLE) == (
        "Made-up Speaker (Made-up Minister) said on February 17, 2023: Made-up summary."
    )
    roleless = attrs.evolve(named, speaker="p-two", direct_quote=True)
    assert describe(roleless, people=_MADE_UP_PEOPLE) == (
        "Made-up Roleless said on February 17, 2023, in words the source quotes directly:"
        " Made-up summary."
    )
    # Without the people, the speaker is not named.
    assert describe(named) == "A statement was made on February 17, 2023: Made-up summary."
    undated = Statement("s2", None, "Made-up summary.")
    assert (
        describe(undated) == "The source says at a date the sources do not give: Made-up summary."
    )


def test_bundled_statements_in_describe_and_summary() -> None:
    dataset = load_bundled()
    statements = dataset.relation("AZ", "LT").statements
    assert len(statements) == 7
    text = describe(dataset)
    assert all(s.summary in text for s in statements)
    assert "Khalaf Khalafov (Deputy Foreign Minister) said" in text
    out = summary(dataset, today=dt.date(2024, 1, 1))
    section = out.split("Statements:\n", 1)[1]
    assert all(s.summary in section for s in statements)
    assert section.count("source: azernews-2023-02-17 [") == 7
