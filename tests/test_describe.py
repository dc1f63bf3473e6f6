from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from babel import Locale, dates, numbers, units
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
    Mission,
    MissionKind,
    Money,
    PartialDate,
    Relation,
    Status,
    TradePeriod,
    UnknownLocaleError,
    describe,
    format_duration,
    load_bundled,
)
from bilateral._text.summary import summary
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
        "On February 17, 2023, the relations were 27 years, 2 months, 28 days old.",
        "The embassy of Azerbaijan in Lithuania opened in September 2007.",
        "The embassy of Lithuania in Azerbaijan opened on April 3, 2007.",
        "As of February 17, 2023, the two countries had signed 39 documents.",
        "Trade turnover between Azerbaijan and Lithuania was $42M in 2021.",
        (
            "Trade turnover between Azerbaijan and Lithuania was $14.4M in January\u2009–\u2009June 2022."
            " Annualized, that is $28.8M a year (an estimate from 6 months)."
        ),
        (
            "Annualized, the figure for January\u2009–\u2009June 2022 is 31.4% ($13.2M) lower than for 2021."
            " This is an estimate: at least one of the two figures covers less than a year."
        ),
        "An official visit (from Lithuania to Azerbaijan) took place in 2022.",
    ] == lines[:9]
    assert (
        "A meeting of the intergovernmental commission is planned on or after February 17, 2023."
        == lines[-1]
    )


def test_azerbaijani(relation):
    az, lt = _names("az")
    lines = describe(relation, "az").splitlines()

    assert (
        f"{az} ilə {lt} arasında diplomatik münasibətlər "
        f"{_long(dt.date(1995, 11, 20), 'az')} tarixində qurulub."
    ) == lines[0]
    assert (
        f"Səfirlik (göndərən dövlət: {az}, qəbul edən dövlət: {lt}) "
        f"{_month(dt.date(2007, 9, 1), 'az')} tarixində açılıb."
    ) == lines[1]
    assert f"{_long(ARTICLE_DAY, 'az')} tarixinə iki ölkə 39 sənəd imzalayıb." == lines[3]
    assert (
        f"{az} ilə {lt} arasında ticarət dövriyyəsi {_half('az')} dövründə "
        f"{_compact(14400000, 'az')} təşkil edib."
    ) in lines[5]
    assert f"Rəsmi səfər (haradan: {lt}; haraya: {az}) 2022 ili ərzində baş tutub." == lines[7]


def test_lithuanian(relation):
    az, lt = _names("lt")
    lines = describe(relation, "lt", today=ARTICLE_DAY).splitlines()

    assert (
        f"Diplomatiniai santykiai (šalys: {az} ir {lt}) užmegzti {_long(dt.date(1995, 11, 20), 'lt')}"
    ) == lines[0]
    assert (
        f"{_long(ARTICLE_DAY, 'lt')} santykiams buvo {format_duration(SPAN_ON_ARTICLE_DAY, 'lt')}."
    ) == lines[1]
    assert (
        f"{_long(ARTICLE_DAY, 'lt')} duomenimis, šalys buvo pasirašiusios 39 dokumentus."
    ) == lines[4]
    assert f"Oficialus vizitas (iš kur: {lt}; kur: {az}): renginys įvyko 2022 m." == lines[8]


def test_russian(relation):
    az, lt = _names("ru")
    lines = describe(relation, "ru").splitlines()

    assert (
        f"Посольство (аккредитующее государство — {lt}, государство пребывания — {az}) "
        f"открыто {_long(dt.date(2007, 4, 3), 'ru')}"
    ) == lines[2]
    assert (
        f"По состоянию на {_long(ARTICLE_DAY, 'ru')} страны подписали 39 документов." == (lines[3])
    )
    assert (
        f"Товарооборот между странами {az} и {lt} составил {_compact(42000000, 'ru')} в 2021 году."
    ) == lines[4]


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


def test_other_locales_get_english_sentences_with_cldr_parts(relation):
    text = describe(relation.missions[1], "de")

    assert "The embassy of Litauen in Aserbaidschan opened on 3. April 2007." == text


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
    for kind in EventKind:
        for status in (Status.HELD, Status.PLANNED):
            event = Event("e", kind, status, None, "x")

            assert describe(event, "ru").endswith("в дату, не указанную в источниках.")
        for status in (Status.CANCELLED, Status.POSTPONED):
            text = describe(Event("e", kind, status, None, "x"), "ru")

            assert "в дату, не указанную в источниках" in text
            assert ("отменено" if status is Status.CANCELLED else "перенесено") in text


def test_exports_and_imports_name_reporter_and_partner():
    period = TradePeriod(
        Flow.EXPORTS, PartialDate("2022-33"), Money("5", "USD"), reporter=Country("LT")
    )
    relation = Relation(("AZ", "LT"), trade=[period])

    assert (
        "Exports of Lithuania to Azerbaijan were $5 in January\u2009–\u2009March 2022."
        " Annualized, that is $20 a year (an estimate from 3 months)."
        == describe(relation).splitlines()[1]
    )
    assert describe(period).startswith("Exports of Lithuania to the partner country were")


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


def test_every_locale_renders_the_bundled_dataset_with_babels_pieces():
    dataset = load_bundled()
    for locale in sorted(locale_identifiers()):
        text = describe(dataset, locale, today=ARTICLE_DAY)

        pieces = [
            *_names(locale),
            _long(dt.date(1995, 11, 20), locale),
            _long(dt.date(2007, 4, 3), locale),
            _month(dt.date(2007, 9, 1), locale),
            _half(locale),
            _compact(42000000, locale),
            _compact(14400000, locale),
            _compact(28800000, locale),
            _compact(13200000, locale),
            numbers.format_percent(Decimal("0.314"), locale=locale, decimal_quantization=False),
            *(
                units.format_unit(n, f"duration-{unit}", length="long", locale=locale)
                for n, unit in ((27, "year"), (2, "month"), (28, "day"))
            ),
            format_duration(SPAN_ON_ARTICLE_DAY, locale),
        ]
        assert [p for p in pieces if p not in text] == [], locale


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
            "  On February 17, 2023, the relations were between 30 years, 9 months, 18 days "
            "and 30 years, 10 months, 16 days old."
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
