from __future__ import annotations

import copy
import enum
import json
import typing

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

import bilateral
from bilateral import (
    Area,
    Citation,
    Correction,
    Country,
    Dataset,
    DocumentCount,
    Event,
    EventKind,
    Flow,
    LevelChange,
    Mission,
    MissionKind,
    Person,
    PloverCoding,
    Relation,
    RepresentationLevel,
    Rupture,
    Source,
    Statement,
    Status,
    TradePeriod,
    ValidationError,
    dumps,
    json_schema,
    load_bundled,
    loads,
)
from bilateral._values.checks import SCHEMA as RULE
from bilateral._values.checks import check_id, check_text, is_a, is_type_check, optional_a
from bilateral._wire.converter import dataset_to_data
from tests.strategies import datasets

SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
MODEL_CLASSES = [
    Citation,
    Correction,
    DocumentCount,
    Event,
    LevelChange,
    Mission,
    Person,
    PloverCoding,
    Relation,
    Rupture,
    Source,
    Statement,
    TradePeriod,
]
ENUMS = [Area, EventKind, Flow, MissionKind, RepresentationLevel, Status]


def bundled_document() -> dict:
    return json.loads(dumps(load_bundled()))


def reachable_classes(kind: type, seen: set[type] | None = None) -> set[type]:
    """Every bilateral attrs class a dataset document holds, found from the type hints."""
    seen = set() if seen is None else seen
    for hint in typing.get_type_hints(kind).values():
        stack = [hint]
        while stack:
            item = stack.pop()
            stack.extend(typing.get_args(item))
            if (
                isinstance(item, type)
                and attrs.has(item)
                and item.__name__ in SCHEMA["$defs"]
                and item not in seen
                and "properties" in SCHEMA["$defs"][item.__name__]
                and item.__name__ != "Money"
            ):
                seen.add(item)
                reachable_classes(item, seen)
    return seen


class TestDerivedFromTheModel:
    def test_is_a_valid_draft_2020_12_schema(self):
        jsonschema.Draft202012Validator.check_schema(SCHEMA)

        assert "https://json-schema.org/draft/2020-12/schema" == SCHEMA["$schema"]

    def test_every_class_of_a_dataset_has_a_definition(self):
        assert set(MODEL_CLASSES) == reachable_classes(Dataset)

    @pytest.mark.parametrize("kind", MODEL_CLASSES, ids=lambda k: k.__name__)
    def test_properties_are_the_attrs_fields(self, kind):
        definition = SCHEMA["$defs"][kind.__name__]
        fields = attrs.fields(kind)

        assert [f.name for f in fields] == list(definition["properties"])
        assert [f.name for f in fields if f.default is attrs.NOTHING] == definition["required"]
        assert definition["additionalProperties"] is False

    def test_dataset_is_the_top_level_with_a_header(self):
        fields = [f.name for f in attrs.fields(Dataset)]

        assert ["format", "version", *fields] == list(SCHEMA["properties"])
        assert ["format", "version"] == SCHEMA["required"]
        assert {"const": bilateral.FORMAT_VERSION} == SCHEMA["properties"]["version"]
        assert SCHEMA["additionalProperties"] is False

    @pytest.mark.parametrize("kind", ENUMS, ids=lambda k: k.__name__)
    def test_enums_by_value(self, kind):
        assert [m.value for m in kind] == SCHEMA["$defs"][kind.__name__]["enum"]

    @pytest.mark.parametrize("kind", MODEL_CLASSES, ids=lambda k: k.__name__)
    def test_every_field_is_plainly_typed_or_says_its_schema_rule(self, kind):
        # A field whose validator does more than check the type must say what
        # the schema adds, in its metadata; otherwise the schema would let
        # through what the loader refuses.
        for field in attrs.fields(kind):
            if RULE in field.metadata:
                continue
            assert field.validator is None or is_type_check(field.validator), field.name

    @pytest.mark.parametrize("kind", MODEL_CLASSES, ids=lambda k: k.__name__)
    def test_the_schema_uses_each_fields_rule(self, kind):
        definition = SCHEMA["$defs"][kind.__name__]
        for field in attrs.fields(kind):
            rule = field.metadata.get(RULE)
            if rule is None:
                continue
            fragment = definition["properties"][field.name]
            if rule.leaf is not None:
                # A rule on a field of many values narrows each value.
                narrowed = fragment["items"] if fragment.get("type") == "array" else fragment
                branches = narrowed.get("anyOf", [narrowed])
                assert {"$ref": f"#/$defs/{rule.leaf}"} in branches, field.name
                assert rule.leaf in SCHEMA["$defs"]
            for keyword, value in rule.keywords.items():
                assert value == fragment[keyword], field.name

    def test_type_checks_are_told_apart_from_rules(self):
        assert is_type_check(is_a(str))
        assert is_type_check(optional_a(Country))
        assert not is_type_check(check_id)
        assert not is_type_check(check_text)

    def test_the_two_countries_of_a_relation_differ(self):
        assert SCHEMA["$defs"]["Relation"]["properties"]["countries"]["uniqueItems"] is True

    def test_no_open_object_anywhere(self):
        def objects(node):
            if isinstance(node, dict):
                if node.get("type") == "object":
                    yield node
                for value in node.values():
                    yield from objects(value)
            elif isinstance(node, list):
                for value in node:
                    yield from objects(value)

        found = list(objects(SCHEMA))

        assert len(found) > 10
        # An object lists its keys and allows no other, or is a map (a dataset
        # source's records by key) whose every value has a schema.
        assert all(
            o["additionalProperties"] is False
            or ("properties" not in o and isinstance(o["additionalProperties"], dict))
            for o in found
        )

    def test_a_new_dict_each_time(self):
        schema = json_schema()
        schema["$defs"].clear()

        assert SCHEMA == json_schema()


class TestValidOutput:
    def test_bundled_dataset_is_valid(self):
        assert [] == list(VALIDATOR.iter_errors(bundled_document()))

    def test_bundled_dataset_is_valid_with_formats_asserted(self):
        validator = jsonschema.Draft202012Validator(
            SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )

        assert [] == list(validator.iter_errors(bundled_document()))

    @settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
    @given(datasets())
    def test_every_generated_dataset_is_valid(self, dataset):
        assert [] == list(VALIDATOR.iter_errors(json.loads(dumps(dataset))))


def at(document, *steps):
    target = document
    for step in steps:
        target = target[step]
    return target


def setter(*steps, value):
    def mutate(document):
        at(document, *steps[:-1])[steps[-1]] = value

    return mutate


def deleter(*steps):
    def mutate(document):
        del at(document, *steps[:-1])[steps[-1]]

    return mutate


def appender(*steps, item):
    def mutate(document):
        at(document, *steps).append(item(document) if callable(item) else item)

    return mutate


R = ("relations", 0)

# Documents both the schema and the loader refuse.
BOTH_REFUSE = {
    "unknown key at the top": setter("author", value="x"),
    "unknown key in an event": setter(*R, "events", 0, "extra", value=1),
    "unknown key in money": setter(*R, "trade", 0, "value", "cents", value=1),
    "missing format": deleter("format"),
    "missing version": deleter("version"),
    "missing name": deleter("people", 0, "name"),
    "missing amount": deleter(*R, "trade", 0, "value", "amount"),
    "amount as a number": setter(*R, "trade", 1, "value", "amount", value=14.4),
    "amount in exponent form": setter(*R, "trade", 1, "value", "amount", value="1e6"),
    "amount with a leading zero": setter(*R, "trade", 1, "value", "amount", value="01"),
    "negative trade value": setter(*R, "trade", 1, "value", "amount", value="-1"),
    "lowercase currency": setter(*R, "trade", 1, "value", "currency", value="usd"),
    "unknown currency": setter(*R, "trade", 1, "value", "currency", value="ABC"),
    "count as a string": setter(*R, "documents", 0, "count", value="39"),
    "count as a boolean": setter(*R, "documents", 0, "count", value=True),
    "negative count": setter(*R, "documents", 0, "count", value=-1),
    "negative offset": setter(*R, "trade", 0, "citations", 0, "start", value=-1),
    "boolean as a string": setter(*R, "statements", 0, "direct_quote", value="false"),
    "summary as a number": setter(*R, "events", 0, "summary", value=5),
    "blank summary": setter(*R, "events", 0, "summary", value="  "),
    "null summary": setter(*R, "events", 0, "summary", value=None),
    "bad id": setter(*R, "events", 0, "id", value="Bad Id"),
    "id with a trailing newline": setter(*R, "events", 0, "id", value="meeting\n"),
    "month 13": setter(*R, "trade", 0, "period", value="2021-13"),
    "month 37": setter(*R, "trade", 0, "period", value="2021-37"),
    # The edges of the sub-year codes: 33-36 are quarters, 40-41 halves.
    "code 32, below the quarters": setter(*R, "trade", 0, "period", value="2021-32"),
    "code 39, between quarters and halves": setter(*R, "trade", 0, "period", value="2021-39"),
    "code 42, above the halves": setter(*R, "trade", 0, "period", value="2021-42"),
    "code 32 in an event's date": setter(*R, "events", 0, "when", value="2021-32"),
    "code 37 in an event's date": setter(*R, "events", 0, "when", value="2021-37"),
    "code 39 in an event's date": setter(*R, "events", 0, "when", value="2021-39"),
    "code 42 in an event's date": setter(*R, "events", 0, "when", value="2021-42/.."),
    "amount of 31 digits": setter(*R, "trade", 1, "value", "amount", value="1" + "0" * 30),
    "amount with 19 decimals": setter(
        *R, "trade", 1, "value", "amount", value="0." + "0" * 18 + "1"
    ),
    "amount with 4,401 decimals": setter(
        *R, "trade", 1, "value", "amount", value="0." + "0" * 4400 + "1"
    ),
    "no currency (XXX)": setter(*R, "trade", 1, "value", "currency", value="XXX"),
    "the test currency (XTS)": setter(*R, "trade", 1, "value", "currency", value="XTS"),
    "count past 2**53 - 1": setter(*R, "documents", 0, "count", value=2**53),
    "offset past 2**53 - 1": setter(*R, "trade", 0, "citations", 0, "start", value=2**53),
    "summary of a zero-width space": setter(*R, "events", 0, "summary", value="\u200b"),
    "summary of a byte order mark": setter(*R, "events", 0, "summary", value="\ufeff"),
    "summary of NUL": setter(*R, "events", 0, "summary", value="\x00"),
    "name of invisible characters": setter("people", 0, "name", value=" \u2060\u00ad\t"),
    "an empty place": setter(*R, "events", 0, "places", value=[""]),
    "a place of a zero-width space": setter(*R, "events", 0, "places", value=["\u200b"]),
    "year 0000": setter(*R, "established", value="0000"),
    # EDTF level 1 edges: the codes around seasons, quarters and halves, X inside
    # a year, a day of an unspecified month (level 2), seasons as trade periods.
    "month 20 (before the seasons)": setter(*R, "established", value="2021-20"),
    "month 25 (a level 2 season)": setter(*R, "established", value="2021-25"),
    "month 32 (before the quarters)": setter(*R, "established", value="2021-32"),
    "month 37 as a date": setter(*R, "established", value="2021-37"),
    "month 39 (before the halves)": setter(*R, "established", value="2021-39"),
    "month 42 (after the halves)": setter(*R, "established", value="2021-42"),
    "a day of an unspecified month": setter(*R, "established", value="2022-XX-05"),
    "an unspecified digit inside a year": setter(*R, "established", value="19X5"),
    "a decade that includes the year 0000": setter(*R, "established", value="000X"),
    "a month of a decade": setter(*R, "established", value="199X-05"),
    "a lowercase x": setter(*R, "established", value="2022-05-xx"),
    "a season as a range end": setter(*R, "events", 0, "when", value="2021-25/.."),
    "trade period that is a season": setter(*R, "trade", 0, "period", value="2021-21"),
    "trade period that is winter": setter(*R, "trade", 0, "period", value="2021-24"),
    "trade period that is a decade": setter(*R, "trade", 0, "period", value="202X"),
    "trade period with an unspecified month": setter(*R, "trade", 0, "period", value="2021-XX"),
    "partial date as a number": setter(*R, "trade", 0, "period", value=2021),
    "trade period that is a day": setter(*R, "trade", 0, "period", value="2021-05-01"),
    "range open at both ends": setter(*R, "events", 0, "when", value="../.."),
    "range with an empty end": setter(*R, "events", 0, "when", value="2023-02-17/"),
    "non-ASCII digits": setter(*R, "established", value="١٩٩٥"),
    "published in month 13": setter("sources", 0, "published", value="2023-13-01"),
    "published in another notation": setter("sources", 0, "published", value="17/02/2023"),
    "unknown status": setter(*R, "events", 0, "status", value="abandoned"),
    "CAMEO code with a letter": setter(*R, "events", 0, "cameo", value="04a"),
    "CAMEO code as a number": setter(*R, "events", 0, "cameo", value=40),
    "unknown PLOVER event type": setter(*R, "events", 0, "plover", value={"event": "MEET"}),
    "older PLOVER name": setter(*R, "events", 0, "plover", value={"event": "DEMAND"}),
    "lowercase PLOVER event type": setter(*R, "events", 0, "plover", value={"event": "consult"}),
    "unknown PLOVER context": setter(
        *R, "events", 0, "plover", value={"event": "CONSULT", "contexts": ["economy"]}
    ),
    "PLOVER coding without a type": setter(*R, "events", 0, "plover", value={"mode": "visit"}),
    "unknown key in a PLOVER coding": setter(
        *R, "events", 0, "plover", value={"event": "CONSULT", "why": "x"}
    ),
    "called off on a day that is not a date": setter(*R, "events", 0, "called_off", value="soon"),
    "unknown representation level": setter(*R, "missions", 0, "level", value="envoy"),
    "level change without a level": setter(
        *R, "missions", 0, "level_changes", value=[{"when": "2010"}]
    ),
    "closed as a boolean": setter(*R, "missions", 0, "closed", value=True),
    "rupture without a severance date": setter(*R, "ruptures", value=[{"restored": "2000"}]),
    "enum by name": setter(*R, "trade", 0, "flow", value="Turnover"),
    "lowercase country": setter(*R, "countries", 1, value="lt"),
    "alpha-3 country": setter(*R, "countries", 1, value="LTU"),
    "unknown country": setter(*R, "countries", 1, value="XX"),
    "one country": setter(*R, "countries", value=["AZ"]),
    "three countries": setter(*R, "countries", value=["AZ", "LT", "GE"]),
    "the same country twice": setter(*R, "countries", value=["AZ", "AZ"]),
    "countries as a string": setter(*R, "countries", value="AZLT"),
    "places as a string": setter(*R, "events", 0, "places", value="Davos"),
    "relation as an array": setter("relations", 0, value=[1]),
    "relations as an object": setter("relations", value={}),
    "newer version": setter("version", value=3),
    "another format": setter("format", value="other"),
    "an ambiguous former country code CS (a code two countries had)": setter(
        *R, "countries", 1, value="CS"
    ),
    "a former country's withdrawn alpha-2 code, not its alpha-4 (the stored form)": setter(
        *R, "countries", 1, value="SU"
    ),
    "an unknown former country code XXHH": setter(*R, "countries", 1, value="XXHH"),
}

# Documents the loader refuses and the schema cannot: each says why.
ONLY_THE_LOADER_REFUSES = {
    "day 30 of February (day-of-month validity is not a pattern)": setter(
        *R, "events", 0, "when", value="2023-02-30/.."
    ),
    "29 February of a common year (day-of-month validity)": setter(
        "sources", 0, "published", value="2023-02-29"
    ),
    "range ending before it starts (an order between two dates)": setter(
        *R, "events", 0, "when", value="2023/2022"
    ),
    "quote that is not the source text (needs the source's text)": setter(
        *R, "trade", 0, "citations", 0, "quote", value="x" * 74
    ),
    "citation end not start plus quote length (arithmetic)": setter(
        *R, "trade", 0, "citations", 0, "end", value=3
    ),
    "citation of a source that does not exist (a reference)": setter(
        *R, "trade", 0, "citations", 0, "source", value="nowhere"
    ),
    "speaker who does not exist (a reference)": setter(
        *R, "statements", 0, "speaker", value="nobody"
    ),
    "participant who does not exist (a reference)": setter(
        *R, "events", 1, "participants", 0, value="nobody"
    ),
    "occasion that is not an event of the relation (a reference)": setter(
        *R, "statements", 0, "occasion", value="nothing"
    ),
    "duplicate source id (uniqueness of a field across items)": appender(
        "sources", item=lambda d: copy.deepcopy(d["sources"][0])
    ),
    "duplicate person id (uniqueness of a field across items)": appender(
        "people", item=lambda d: copy.deepcopy(d["people"][0])
    ),
    "duplicate event id (uniqueness of a field across items)": appender(
        *R, "events", item=lambda d: copy.deepcopy(d["relations"][0]["events"][0])
    ),
    "duplicate statement id (uniqueness of a field across items)": appender(
        *R, "statements", item=lambda d: copy.deepcopy(d["relations"][0]["statements"][0])
    ),
    "a second relation for the same pair (uniqueness across items)": appender(
        "relations", item={"countries": ["LT", "AZ"]}
    ),
    "exports without a reporter (a rule between two fields)": setter(
        *R, "trade", 0, "flow", value="exports"
    ),
    "a visit from a country to itself (a rule between two fields)": lambda d: at(
        d, *R, "events", 1
    ).update(origin="AZ", destination="AZ"),
    "a mission outside the relation (a rule between levels)": setter(
        *R, "missions", 0, "sending", value="GE"
    ),
    "a trade reporter outside the relation (a rule between levels)": setter(
        *R, "trade", 0, "reporter", value="GE"
    ),
    "a correction whose quote lacks the original (a rule between fields)": setter(
        "corrections", 0, "original", value="Nausėda"
    ),
    "unknown CAMEO code (a vocabulary the schema gives as a pattern)": setter(
        *R, "events", 0, "cameo", value="0455"
    ),
    "CAMEO code outside a direct kind's category (a rule between two fields)": setter(
        *R, "events", 2, "cameo", value="057"
    ),
    "PLOVER type other than a direct kind's (a rule between two fields)": setter(
        *R, "events", 2, "plover", value={"event": "SUPPORT"}
    ),
    "PLOVER mode of another type (a rule between two fields)": setter(
        *R, "events", 0, "plover", value={"event": "CONSULT", "mode": "demo"}
    ),
    "moved_to on a held event (a rule between two fields)": setter(
        *R, "events", 2, "moved_to", value="2024"
    ),
    "moved_to on a cancelled event (a rule between two fields)": lambda d: at(
        d, *R, "events", 0
    ).update(status="cancelled", moved_to="2024"),
    "called off while still planned (a rule between two fields)": setter(
        *R, "events", 0, "called_off", value="2023-03"
    ),
    "a mission closed before it opened (an order between two dates)": setter(
        *R, "missions", 0, "closed", value="2006"
    ),
    "a level change before the mission opened (an order between dates)": setter(
        *R, "missions", 0, "level_changes", value=[{"when": "2001", "level": "ambassador"}]
    ),
    "a level change after the mission closed (an order between dates)": lambda d: at(
        d, *R, "missions", 0
    ).update(closed="2010", level_changes=[{"when": "2012", "level": "ambassador"}]),
    "level changes out of order (an order between items)": setter(
        *R,
        "missions",
        0,
        "level_changes",
        value=[{"when": "2012", "level": "ambassador"}, {"when": "2009", "level": "minister"}],
    ),
    "relations restored before they were severed (an order between two dates)": setter(
        *R, "ruptures", value=[{"severed": "2000", "restored": "1999"}]
    ),
    "relations severed before they were established (an order between levels)": setter(
        *R, "ruptures", value=[{"severed": "1990"}]
    ),
    "an unrestored rupture before another (an order between items)": setter(
        *R, "ruptures", value=[{"severed": "2000"}, {"severed": "2005"}]
    ),
    "a count of 39.0 (JSON Schema counts 1.0 as an integer)": setter(
        *R, "documents", 0, "count", value=39.0
    ),
    "a record citation of a record the dataset source does not hold (a reference)": (
        lambda d: with_cow_citation(d, record="999:1")
    ),
    "a record citation of a field the record lacks (a reference)": (
        lambda d: with_cow_citation(d, fields=["styear", "capital"])
    ),
    "a record citation whose value is not the record's (needs the records)": (
        lambda d: with_cow_citation(d, values=["1955"])
    ),
    "a quote of a dataset source, which has no text (a rule between levels)": lambda d: (
        with_cow_citation(d),
        at(d, *R, "trade", 0, "citations").__setitem__(
            0, {"source": "cow-states-2016", "start": 0, "end": 1, "quote": "x"}
        ),
    ),
    "a citation with both a quote and a record (a rule between fields)": setter(
        *R, "trade", 0, "citations", 0, "record", value="265:1"
    ),
    "a dataset source without a title (a rule between fields)": lambda d: (
        with_cow_citation(d),
        at(d, "sources", 1).pop("title"),
    ),
    "version 2.0 (JSON Schema counts 2.0 as 2)": setter("version", value=2.0),
    "a visit with an origin and no destination (a rule between two fields)": lambda d: at(
        d, *R, "events", 2
    ).update(destination=None),
    "a visit with a destination and no origin (a rule between two fields)": lambda d: at(
        d, *R, "events", 2
    ).update(origin=None),
    "a visit from outside the relation (a rule between levels)": lambda d: at(
        d, *R, "events", 2
    ).update(origin="GE"),
    "a text of format characters beyond the BMP (the pattern lists the BMP's)": setter(
        *R, "events", 0, "summary", value="\U000e0001"
    ),
    "a statement's occasion in another relation (a reference)": lambda d: (
        d["relations"].append(
            {
                "countries": ["AZ", "GE"],
                "events": [{**d["relations"][0]["events"][0], "id": "elsewhere", "citations": []}],
            }
        ),
        at(d, *R, "statements", 0).update(occasion="elsewhere"),
    ),
}


def with_cow_citation(document, **change):
    """Add the real COW list (holding the GDR's record) and cite record 265:1 from the trade."""
    source = json.loads(dumps(bilateral.cow_source("GDR")))
    document["sources"].append(source)
    citation = {"source": source["id"], "record": "265:1", "fields": ["styear"], **change}
    at(document, *R, "trade", 0, "citations").append(citation)


# EDTF level 1 dates both accept (and the loader reads back to the same string).
BOTH_ACCEPT = {
    "a season": ("2022-21", setter(*R, "established", value="2022-21")),
    "winter, uncertain": ("2022-24?", setter(*R, "established", value="2022-24?")),
    "a decade": ("199X", setter(*R, "established", value="199X")),
    "a century, approximate": ("19XX~", setter(*R, "established", value="19XX~")),
    "an unspecified month": ("2022-XX", setter(*R, "established", value="2022-XX")),
    "an unspecified day": ("2022-05-XX", setter(*R, "established", value="2022-05-XX")),
    "unspecified month and day": ("2022-XX-XX", setter(*R, "established", value="2022-XX-XX")),
    "a range of level 1 ends": (
        "199X/2022-21",
        setter(*R, "events", 0, "when", value="199X/2022-21"),
    ),
}

# Documents both accept: the edges of the ranges the refusals above probe.
EDGES_BOTH_ACCEPT = {
    "code 33, the first quarter": setter(*R, "trade", 0, "period", value="2021-33"),
    "code 36, the last quarter": setter(*R, "trade", 0, "period", value="2021-36"),
    "code 40, the first half": setter(*R, "trade", 0, "period", value="2021-40"),
    "code 41, the second half": setter(*R, "trade", 0, "period", value="2021-41"),
    "amount of 30 digits and 18 decimals": setter(
        *R, "trade", 1, "value", "amount", value="9" * 30 + "." + "9" * 18
    ),
    "count of 2**53 - 1": setter(*R, "documents", 0, "count", value=2**53 - 1),
    "a summary with one visible character among invisible ones": setter(
        *R, "events", 0, "summary", value="\u200b.\ufeff"
    ),
    "an astral character (two UTF-16 units in ECMA-262)": setter(
        *R, "events", 0, "summary", value="\U0001f600"
    ),
}


def loader_refuses(document) -> bool:
    try:
        loads(json.dumps(document, ensure_ascii=False))
    except ValidationError:
        return True
    return False


def schema_refuses(document) -> bool:
    return not VALIDATOR.is_valid(document)


class TestBadDocuments:
    @pytest.mark.parametrize("mutate", BOTH_REFUSE.values(), ids=list(BOTH_REFUSE))
    def test_both_refuse(self, mutate):
        document = bundled_document()
        mutate(document)

        assert (True, True) == (schema_refuses(document), loader_refuses(document))

    @pytest.mark.parametrize(
        "mutate", ONLY_THE_LOADER_REFUSES.values(), ids=list(ONLY_THE_LOADER_REFUSES)
    )
    def test_rules_the_schema_cannot_express(self, mutate):
        document = bundled_document()
        mutate(document)

        assert (False, True) == (schema_refuses(document), loader_refuses(document))

    @pytest.mark.parametrize(("text", "mutate"), BOTH_ACCEPT.values(), ids=list(BOTH_ACCEPT))
    def test_level1_dates_pass_both(self, text, mutate):
        document = bundled_document()
        mutate(document)

        assert (False, False) == (schema_refuses(document), loader_refuses(document))
        assert text in json.dumps(dataset_to_data(loads(json.dumps(document))))

    @pytest.mark.parametrize("mutate", EDGES_BOTH_ACCEPT.values(), ids=list(EDGES_BOTH_ACCEPT))
    def test_edges_pass_both(self, mutate):
        document = bundled_document()
        mutate(document)

        assert (False, False) == (schema_refuses(document), loader_refuses(document))

    def test_the_unmutated_document_passes_both(self):
        document = bundled_document()

        assert (False, False) == (schema_refuses(document), loader_refuses(document))


def test_enum_members_are_str_enums():
    assert all(issubclass(kind, enum.StrEnum) for kind in ENUMS)
