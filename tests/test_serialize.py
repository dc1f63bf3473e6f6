from __future__ import annotations

import json
import re

import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import (
    Country,
    Dataset,
    DateRange,
    Money,
    PartialDate,
    Relation,
    TradePeriod,
    ValidationError,
    configure_converter,
    dump,
    dumps,
    load,
    load_bundled,
    loads,
    make_converter,
)
from tests.strategies import countries, date_ranges, money, partial_dates
from tests.test_model import small


def bundled_document() -> dict:
    return json.loads(dumps(load_bundled()))


def problems_of(document) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(document))
    return [(p.path, p.message) for p in info.value.problems]


class TestRoundTrips:
    def test_bundled_dataset(self):
        dataset = load_bundled()

        assert dataset == loads(dumps(dataset))

    def test_canonical_document_is_stable(self):
        text = dumps(load_bundled())

        assert text == dumps(loads(text))

    def test_small_dataset(self):
        assert small() == loads(dumps(small()))

    @given(partial_dates())
    def test_partial_dates(self, value):
        assert value == loads(dumps(value), PartialDate)

    @given(date_ranges())
    def test_date_ranges(self, value):
        assert value == loads(dumps(value), DateRange)

    @given(money)
    def test_money(self, value):
        assert value == loads(dumps(value), Money)

    @given(countries)
    def test_countries(self, value):
        assert value == loads(dumps(value), Country)

    @given(st.sampled_from(["2022", "2022-40", "2021-12"]), money)
    def test_trade_periods(self, period, value):
        trade = TradePeriod(bilateral.Flow.TURNOVER, PartialDate(period), value)

        assert trade == loads(dumps(trade), TradePeriod)


class TestFormat:
    def test_header_and_plain_values(self):
        document = bundled_document()
        trade = document["relations"][0]["trade"][1]

        assert ("bilateral", 1) == (document["format"], document["version"])
        assert {"amount": "14400000", "currency": "USD"} == trade["value"]
        assert "2022-40" == trade["period"]
        assert ["AZ", "LT"] == document["relations"][0]["countries"]
        assert "2023-02-17/.." == document["relations"][0]["events"][0]["when"]
        assert "planned" == document["relations"][0]["events"][0]["status"]
        assert "2023-02-17" == document["sources"][0]["published"]

    def test_configure_converter_on_a_users_converter(self):
        converter = cattrs.Converter()
        configure_converter(converter)

        assert "2022-40" == converter.unstructure(PartialDate("2022-40"))
        assert Relation(("AZ", "LT")) == converter.structure(
            converter.unstructure(Relation(("LT", "AZ"))), Relation
        )

    def test_global_converter_is_untouched(self):
        make_converter()

        assert PartialDate not in cattrs.global_converter._structure_func._direct_dispatch


class TestStrictness:
    @pytest.mark.parametrize(
        ("where", "value", "path", "message"),
        [
            (
                ("trade", 1, "value", "amount"),
                14.4,
                "$.relations[0].trade[1].value.amount",
                'expected a decimal string such as "14400000", got 14.4 (a number)',
            ),
            (
                ("trade", 1, "value", "amount"),
                "1e6",
                "$.relations[0].trade[1].value.amount",
                'expected a decimal string such as "14400000", got "1e6" (a string)',
            ),
            (
                ("trade", 1, "value", "currency"),
                "usd",
                "$.relations[0].trade[1].value.currency",
                "expected an ISO 4217 currency code such as 'USD', got 'usd'",
            ),
            (
                ("statements", 0, "direct_quote"),
                "false",
                "$.relations[0].statements[0].direct_quote",
                'expected true or false, got "false" (a string)',
            ),
            (
                ("documents", 0, "count"),
                "39",
                "$.relations[0].documents[0].count",
                'expected an integer, got "39" (a string)',
            ),
            (
                ("documents", 0, "count"),
                True,
                "$.relations[0].documents[0].count",
                "expected an integer, got true (a boolean)",
            ),
            (
                ("events", 0, "summary"),
                5,
                "$.relations[0].events[0].summary",
                "expected a string, got 5 (a number)",
            ),
            (
                ("trade", 0, "period"),
                "2021-13",
                "$.relations[0].trade[0].period",
                "'2021-13' has month 13; expected 01 to 12, 33 to 36 (quarters) or 40 to 41 (halves)",
            ),
            (
                ("trade", 0, "period"),
                2021,
                "$.relations[0].trade[0].period",
                'expected an EDTF date string such as "2007-09", got 2021 (a number)',
            ),
            (
                ("events", 0, "when"),
                "2023-02-30/..",
                "$.relations[0].events[0].when",
                "'2023-02-30' does not exist: February 2023 has 28 days",
            ),
            (
                ("events", 0, "status"),
                "cancelled",
                "$.relations[0].events[0].status",
                'expected one of "held", "planned", got "cancelled" (a string)',
            ),
            (
                ("events", 0, "places"),
                "Davos",
                "$.relations[0].events[0].places",
                'expected an array, got "Davos" (a string)',
            ),
            (
                ("countries", 1),
                "lt",
                "$.relations[0].countries[1]",
                'expected an ISO 3166-1 alpha-2 code such as "AZ", got "lt" (a string)',
            ),
            (
                ("countries", 1),
                "LTU",
                "$.relations[0].countries[1]",
                'expected an ISO 3166-1 alpha-2 code such as "AZ", got "LTU" (a string)',
            ),
            (
                ("trade", 0, "flow"),
                "Turnover",
                "$.relations[0].trade[0].flow",
                'expected one of "turnover", "exports", "imports", got "Turnover" (a string)',
            ),
        ],
    )
    def test_bad_values_are_named_with_their_path(self, where, value, path, message):
        document = bundled_document()
        target = document["relations"][0]
        for step in where[:-1]:
            target = target[step]
        target[where[-1]] = value

        assert [(path, message)] == problems_of(document)

    def test_unknown_keys_at_any_depth(self):
        document = bundled_document()
        document["relations"][0]["events"][0]["extra"] = 1
        document["relations"][0]["trade"][0]["value"]["cents"] = 1
        document["sources"][0]["author"] = "x"

        assert [
            ("$.sources[0].author", "unknown key"),
            ("$.relations[0].events[0].extra", "unknown key"),
            ("$.relations[0].trade[0].value.cents", "unknown key"),
        ] == problems_of(document)

    def test_missing_keys(self):
        document = bundled_document()
        del document["people"][0]["name"]
        del document["relations"][0]["trade"][0]["value"]["amount"]

        assert [
            ("$.people[0].name", "missing required key"),
            ("$.relations[0].trade[0].value.amount", "missing required key"),
        ] == problems_of(document)

    def test_mismatched_quote_is_an_error(self):
        document = bundled_document()
        document["relations"][0]["trade"][0]["citations"][0]["quote"] = (
            "The trade turnover between the two nations amounted to $43 million in 2021"
        )

        [(path, message)] = problems_of(document)

        assert "$.relations[0].trade[0].citations[0].quote" == path
        assert message.startswith(
            "'The trade turnover between the two nations amounted to $43 million"
        )

    def test_model_rule_inside_a_document(self):
        document = bundled_document()
        document["relations"][0]["trade"][0]["value"]["amount"] = "-1"

        assert [
            (
                "$.relations[0].trade[0].value.amount",
                "a trade value cannot be negative, got -1",
            )
        ] == problems_of(document)

    def test_newer_version_says_upgrade(self):
        document = bundled_document()
        document["version"] = 2

        [(path, message)] = problems_of(document)

        assert "$.version" == path
        assert "upgrade bilateral" in message

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            (b"\xff\xfe", "not UTF-8 text"),
            ('{"format": "bilateral"', "not valid JSON"),
            ("[]", "expected a JSON object, got [] (an array)"),
        ],
    )
    def test_not_a_document(self, text, message):
        with pytest.raises(ValidationError, match=re.escape(message)):
            loads(text)

    def test_error_is_a_value_error_and_bilateral_error(self):
        with pytest.raises(ValueError, match="problem"):
            loads("{}")
        with pytest.raises(bilateral.BilateralError):
            loads("{}")


class TestFiles:
    def test_dump_and_load(self, tmp_path):
        path = tmp_path / "data.json"
        dump(load_bundled(), path)

        assert load_bundled() == load(path)
        assert not [p for p in tmp_path.iterdir() if p.name != "data.json"]

    def test_dump_failure_keeps_the_old_file(self, tmp_path, monkeypatch):
        path = tmp_path / "data.json"
        path.write_text("old", encoding="utf-8")

        def broken(*_args, **_kwargs):
            raise OSError("disk full")

        monkeypatch.setattr("os.fsync", broken)
        with pytest.raises(OSError, match="disk full"):
            dump(load_bundled(), path)

        assert "old" == path.read_text(encoding="utf-8")
        assert ["data.json"] == [p.name for p in tmp_path.iterdir()]


def test_dataset_is_default_kind():
    assert isinstance(loads(dumps(small())), Dataset)
