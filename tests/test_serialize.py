from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import cattrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bilateral
from bilateral import (
    BilateralError,
    Citation,
    Correction,
    Country,
    Dataset,
    DateRange,
    DocumentCount,
    Event,
    Mission,
    Money,
    PartialDate,
    Person,
    Relation,
    Source,
    Statement,
    TradePeriod,
    ValidationError,
    configure_converter,
    describe,
    dump,
    dumps,
    load,
    load_bundled,
    loads,
    make_converter,
)
from bilateral._wire.converter import dataset_to_data
from bilateral._wire.jsontext import encode as _encode
from bilateral._wire.migrations import MIGRATIONS, migrate
from tests.strategies import (
    citations,
    corrections,
    countries,
    datasets,
    date_ranges,
    document_counts,
    events,
    missions,
    money,
    partial_dates,
    people,
    relations,
    signed_money,
    sources,
    statements,
    trade_periods,
)
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

        assert ("bilateral", 2) == (document["format"], document["version"])
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
                (
                    'expected a decimal string such as "14400000" (at most 30 digits '
                    'before the point and 18 after it), got "1e6" (a string)'
                ),
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
                "'2021-13' has month 13; expected 01 to 12, 21 to 24 (seasons), 33 to 36 (quarters) or 40 to 41 (halves)",
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
                "abandoned",
                "$.relations[0].events[0].status",
                (
                    'expected one of "held", "planned", "cancelled", "postponed", '
                    'got "abandoned" (a string)'
                ),
            ),
            (
                ("events", 0, "cameo"),
                "0455",
                "$.relations[0].events[0].cameo",
                (
                    "'0455' is not a CAMEO 1.1b3 code in the bundled tables; "
                    "did you mean 055, 045, 1055?"
                ),
            ),
            (
                ("events", 0, "plover"),
                {"event": "CONSULT", "mode": "visti"},
                "$.relations[0].events[0].plover.mode",
                "'visti' is not a mode of CONSULT; did you mean visit?",
            ),
            (
                ("events", 0, "plover"),
                {"event": "DEMAND"},
                "$.relations[0].events[0].plover.event",
                "'DEMAND' is an older PLOVER name; the current manual's type is REQUEST",
            ),
            (
                ("missions", 0, "level_changes"),
                [{"when": "2001", "level": "ambassador"}],
                "$.relations[0].missions[0].level_changes[0].when",
                "the level changed (2001) before the mission opened (2007-09)",
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
                'expected an ISO 3166-1 alpha-2 code such as "AZ", or the ISO 3166-3 alpha-4 code of a former country such as "SUHH", got "lt" (a string)',
            ),
            (
                ("countries", 1),
                "LTU",
                "$.relations[0].countries[1]",
                'expected an ISO 3166-1 alpha-2 code such as "AZ", or the ISO 3166-3 alpha-4 code of a former country such as "SUHH", got "LTU" (a string)',
            ),
            (
                ("trade", 0, "flow"),
                "Turnover",
                "$.relations[0].trade[0].flow",
                'expected one of "turnover", "exports", "imports", "re_exports", "re_imports", got "Turnover" (a string)',
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
        document["version"] = 3

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


VALUES = {
    "partial dates": (partial_dates(), PartialDate),
    "date ranges": (date_ranges(), DateRange),
    "money": (signed_money, Money),
    "countries": (countries, Country),
    "citations": (citations(), Citation),
    "sources": (sources(), Source),
    "people": (people(), Person),
    "events": (events(), Event),
    "missions": (missions(), Mission),
    "document counts": (document_counts(), DocumentCount),
    "trade periods": (trade_periods(), TradePeriod),
    "statements": (statements(), Statement),
    "relations": (relations(), Relation),
    "corrections": (corrections(), Correction),
}


class TestLaws:
    @pytest.mark.parametrize(("strategy", "kind"), VALUES.values(), ids=list(VALUES))
    @settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def test_every_value_round_trips_exactly(self, strategy, kind, data):
        value = data.draw(strategy)
        text = dumps(value)

        assert value == loads(text, kind)
        assert text == dumps(loads(text, kind))

    @settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
    @given(datasets())
    def test_every_dataset_round_trips_exactly(self, dataset):
        assert dataset == loads(dumps(dataset))

    @settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
    @given(datasets())
    def test_canonical_json_is_stable(self, dataset):
        text = dumps(dataset)

        assert text == dumps(loads(text))
        assert text == dumps(loads(text.encode("utf-8")))

    def test_the_bundled_file_is_canonical(self):
        text = (Path(bilateral.__file__).parent / "data" / "azernews-2023-02-17.json").read_text(
            encoding="utf-8"
        )

        assert text == dumps(loads(text))


class TestJSONText:
    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ('{"version": NaN}', "not valid JSON: NaN is not a JSON number"),
            ('{"version": Infinity}', "not valid JSON: Infinity is not a JSON number"),
            ('{"version": -Infinity}', "not valid JSON: -Infinity is not a JSON number"),
            (
                '{"format": "bilateral", "version": 1, "format": "x"}',
                'not valid JSON: duplicate key "format" in an object',
            ),
            ('{"version": ' + "9" * 5000 + "}", "not valid JSON: a number has too many digits"),
            ("[" * 100_000 + "]" * 100_000, "not valid JSON: nested more than 512 levels deep"),
            ('{"a": 1', "not valid JSON: Expecting ',' delimiter at line 1 column 8"),
            ("", "not valid JSON: Expecting value at line 1 column 1"),
            (b"\xef\xbb\xbf{}", "not valid JSON: Unexpected UTF-8 BOM"),
            (b'{"a": "\xc3"}', "not UTF-8 text: invalid continuation byte at byte 7"),
            (bytearray(b"[1]"), "$: expected a JSON object, got [1] (an array)"),
            (None, "expected JSON text (str or bytes), got NoneType"),
        ],
    )
    def test_refused_with_a_validation_error(self, text, message):
        with pytest.raises(ValidationError, match=re.escape(message)):
            loads(text)

    @pytest.mark.parametrize("as_bytes", [False, True])
    def test_lone_surrogates_are_refused_where_they_are(self, as_bytes):
        document = bundled_document()
        document["people"][0]["name"] = "Khalaf\ud800"
        document["relations"][0]["events"][0]["places"] = ["\udc00"]
        text = json.dumps(document)  # escaped as \\ud800, which json reads back
        text_or_bytes = text.encode("ascii") if as_bytes else text

        with pytest.raises(ValidationError) as info:
            loads(text_or_bytes)

        assert [
            (
                "$.people[0].name",
                'a string with a lone surrogate (not Unicode text), got "Khalaf\\ud800" (a string)',
            ),
            (
                "$.relations[0].events[0].places[0]",
                'a string with a lone surrogate (not Unicode text), got "\\udc00" (a string)',
            ),
        ] == [(p.path, p.message) for p in info.value.problems]

    def test_a_raw_lone_surrogate_in_a_str(self):
        with pytest.raises(ValidationError, match="lone surrogate"):
            loads(
                '{"format": "bilateral", "version": 1, "people": [{"id": "a", "name": "\ud800"}]}'
            )

    def test_surrogate_pairs_are_text(self):
        dataset = small(people=[Person("ann", "Ann \U0001f600", citations=[])])

        assert dataset == loads(json.dumps(json.loads(dumps(dataset)), ensure_ascii=True))

    def test_deep_nesting_inside_a_field(self):
        document = bundled_document()
        document["relations"][0]["events"][0]["summary"] = json.loads("[" * 500 + "]" * 500)

        assert [
            (
                "$.relations[0].events[0].summary",
                "expected a string, got [[...]] (an array)",
            )
        ] == problems_of(document)

    def test_a_huge_integer_where_a_string_goes(self):
        document = bundled_document()
        document["relations"][0]["events"][0]["summary"] = 10**4000

        assert [
            (
                "$.relations[0].events[0].summary",
                "expected a string, got an integer of about 4000 digits (a number)",
            )
        ] == problems_of(document)

    @pytest.mark.parametrize(
        ("where", "value", "message"),
        [
            (
                ("established",),
                "١٩٩٥",
                "'١٩٩٥' is not an EDTF date bilateral supports",
            ),
            (
                ("trade", 0, "value", "amount"),
                "٤٣٠٠٠٠٠٠",
                "expected a decimal string",
            ),
        ],
    )
    def test_only_ascii_digits(self, where, value, message):
        document = bundled_document()
        target = document["relations"][0]
        for step in where[:-1]:
            target = target[step]
        target[where[-1]] = value

        [(_, found)] = problems_of(document)

        assert message in found

    def test_an_object_where_an_object_is_expected(self):
        document = bundled_document()
        document["relations"][0]["events"][0] = "meeting"
        document["people"][1] = None

        assert [
            ("$.people[1]", "expected an object, got null (null)"),
            ("$.relations[0].events[0]", 'expected an object, got "meeting" (a string)'),
        ] == problems_of(document)

    def test_a_pair_is_an_array_of_two(self):
        document = bundled_document()
        document["relations"][0]["countries"] = "AZLT"

        assert [
            (
                "$.relations[0].countries",
                'expected an array of 2 items, got "AZLT" (a string)',
            )
        ] == problems_of(document)

    def test_missing_header(self):
        assert [
            ("$.format", "missing required key"),
            ("$.version", "missing required key"),
        ] == problems_of({})

    @pytest.mark.parametrize("version", [0, -1, -100])
    def test_unknown_old_version(self, version):
        document = bundled_document()
        document["version"] = version

        assert [("$.version", f"unknown format version {version} (the oldest is 1)")] == (
            problems_of(document)
        )

    @pytest.mark.parametrize("version", ["1", 1.0, True, None])
    def test_version_must_be_an_integer(self, version):
        document = bundled_document()
        document["version"] = version

        [(path, message)] = problems_of(document)

        assert "$.version" == path
        assert message.startswith("expected an integer format version")


class TestVersions:
    def test_version_1_is_the_oldest(self):
        # Version 0 was a pre-release shape that was never published; its
        # migration went (see CHANGELOG). Migrations are for published versions.
        document = bundled_document()
        document["version"] = 0

        assert [("$.version", "unknown format version 0 (the oldest is 1)")] == problems_of(
            document
        )

    def test_every_old_version_has_a_step(self):
        oldest = min(MIGRATIONS, default=bilateral.FORMAT_VERSION)
        assert list(range(oldest, bilateral.FORMAT_VERSION)) == sorted(MIGRATIONS)

    def test_the_current_version_is_not_migrated(self):
        body = {"relations": [{"countries": ["AZ", "LT"]}]}
        assert body == migrate(body, bilateral.FORMAT_VERSION, bilateral.FORMAT_VERSION)

    def test_newer_version_is_refused_with_upgrade(self):
        document = bundled_document()
        document["version"] = bilateral.FORMAT_VERSION + 1

        assert [
            (
                "$.version",
                "format version 3 is newer than this bilateral reads (up to 2); upgrade bilateral to read it",
            )
        ] == problems_of(document)


def _paths(node):
    """Every place in a document that can be changed: (container, key) pairs."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield node, key
            yield from _paths(value)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield node, index
            yield from _paths(value)


json_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**100, max_value=10**4000),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(
        ["2023-02-30", "2023-13", "0000", "1995-11-20/..", "../..", "1e6", "-1", "AZ", "usd"]
    ),
)
json_values = st.recursive(
    json_leaves,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)


@st.composite
def mutated_documents(draw: st.DrawFn) -> str | bytes:  # noqa: C901, PLR0912 - one branch per mutation
    dataset = draw(st.just(load_bundled()) | datasets())
    document = json.loads(dumps(dataset))
    for _ in range(draw(st.integers(1, 3))):
        places = list(_paths(document))
        container, key = draw(st.sampled_from(places))
        how = draw(st.sampled_from(["replace", "delete", "extra", "date", "huge", "deep", "wrap"]))
        if how == "replace":
            container[key] = draw(json_values)
        elif how == "delete":
            del container[key]
        elif how == "extra":
            target = container[key] if isinstance(container[key], dict) else document
            target[draw(st.text(max_size=8))] = draw(json_values)
        elif how == "date":
            container[key] = draw(st.sampled_from(["2021-02-29", "2021-00", "99", "2021-05-01?/"]))
        elif how == "huge":
            container[key] = draw(st.sampled_from([10**4000, -(10**300), 1e308, 1.5]))
        elif how == "deep":
            depth = draw(st.integers(100, 3000))
            container[key] = json.loads("[" * depth + "]" * depth) if depth < 900 else [[]]
        else:
            container[key] = [container[key]]
    text = json.dumps(document, ensure_ascii=False)
    shape = draw(
        st.sampled_from(["text", "bytes", "truncated", "not utf-8", "nested", "surrogate"])
    )
    if shape == "surrogate":
        at = draw(st.integers(0, len(text)))
        return text[:at] + draw(st.sampled_from(["\\ud800", "\ud800", '"\\udfff"'])) + text[at:]
    if shape == "bytes":
        return text.encode("utf-8")
    if shape == "truncated":
        return text[: draw(st.integers(0, max(0, len(text) - 1)))]
    if shape == "not utf-8":
        data = text.encode("utf-8")
        at = draw(st.integers(0, len(data)))
        return data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80"])) + data[at:]
    if shape == "nested":
        depth = draw(st.integers(500, 200_000))
        return "[" * depth + text + "]" * depth
    return text


FUZZ_LOCALES = ["en", "az", "lt", "ru", "de", "ja"]
PYTHONS_WORDS = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception): ")


class TestFuzz:
    @settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
    @given(mutated_documents())
    def test_loading_succeeds_or_raises_validation_error(self, text):
        try:
            dataset = loads(text)
        except ValidationError as exc:
            problems = exc.problems
        else:
            problems = None

        if problems is None:
            assert dataset == loads(dumps(dataset).encode("utf-8"))
            # What the reader accepts, the text layer can say, in every shipped locale.
            for locale in FUZZ_LOCALES:
                with contextlib.suppress(BilateralError):
                    describe(dataset, locale, today=dt.date(2024, 1, 1))
        else:
            assert problems
            assert all(p.path.startswith("$") and p.message for p in problems)
            # Every message is the library's own, never Python's ("ValueError: ...").
            assert not any(PYTHONS_WORDS.search(p.message) for p in problems), problems


def test_import_does_not_load_cattrs_until_the_format_is_used():
    code = (
        "import sys, bilateral\n"
        "before = 'cattrs' in sys.modules\n"
        "bilateral.dumps(bilateral.PartialDate('2022'))\n"
        "print(before, 'cattrs' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )

    assert "False True" == result.stdout.strip()


@given(datasets())
def test_the_orjson_writer_gives_the_standard_librarys_text(dataset):
    data = dataset_to_data(dataset)

    assert json.dumps(data, ensure_ascii=False, indent=2) + "\n" == _encode(data, 2)


def test_the_writer_falls_back_for_what_orjson_cannot_write():
    data = {"count": 10**30, "text": "ė"}

    assert json.dumps(data, ensure_ascii=False, indent=2) + "\n" == _encode(data, 2)


def test_dump_gives_a_new_file_the_usual_permissions(tmp_path):
    path = tmp_path / "new.json"
    umask = os.umask(0o022)
    try:
        dump(small(), path)
    finally:
        os.umask(umask)

    assert 0o644 == stat.S_IMODE(path.stat().st_mode)


def test_dump_keeps_the_permissions_of_the_file_it_replaces(tmp_path):
    path = tmp_path / "shared.json"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o664)

    dump(small(), path)

    assert 0o664 == stat.S_IMODE(path.stat().st_mode)
    assert small() == load(path)
