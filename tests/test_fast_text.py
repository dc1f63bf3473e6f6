"""``loads`` reading JSON with msgspec, a part at a time, agrees with the reference parser.

With msgspec installed, :func:`bilateral.loads` reads the text's bytes in
parts (``bilateral._wire.fasttext``); whatever that path refuses, the
reference (:func:`~bilateral._wire.jsontext.parse_json`, the standard
library's parser, then the converter) reads again. These tests hold the two
equal on the text itself: duplicate keys anywhere, colons written as escapes,
numbers JSON has not, bytes that are not UTF-8, truncated text, other format
versions; the same values or the same problems at the same paths.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bilateral
from bilateral import Dataset, ValidationError, dumps, load_bundled, loads
from bilateral._wire import converter as converter_module
from bilateral._wire import fasttext
from bilateral._wire.converter import dataset_from_data, structure
from bilateral._wire.jsontext import parse_json
from tests.strategies import datasets

pytest.importorskip("msgspec")


def outcome(load: Any, text: Any) -> tuple[str, Any]:
    """``("value", dataset)`` or ``("error", [(path, message), ...])``."""
    try:
        return "value", load(text)
    except ValidationError as exc:
        return "error", [(p.path, p.message) for p in exc.problems]


def reference(text: Any, kind: Any = Dataset) -> Any:
    data = parse_json(text)
    return dataset_from_data(data) if kind is Dataset else structure(data, kind)


def agree(text: Any, kind: Any = Dataset) -> tuple[str, Any]:
    expected = outcome(lambda t: reference(t, kind), text)
    found = outcome(lambda t: loads(t, kind), text)
    assert expected == found
    return found


BUNDLED = dumps(load_bundled(), indent=None)
_OBJECT_START = re.compile(r'\{"([a-z_]+)":')


def _with_duplicate(text: str, occurrence: int, value: str) -> str:
    """``text`` with the first key of one of its objects given twice (the first time ``value``)."""
    starts = list(_OBJECT_START.finditer(text))
    found = starts[occurrence % len(starts)]
    return f'{text[: found.start()]}{{"{found.group(1)}":{value},{text[found.start() + 1 :]}'


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0), st.sampled_from(["null", "0", '"x"', "[]", "{}", '"a:b"']))
def test_a_duplicate_key_anywhere_is_refused_as_the_reference_refuses_it(occurrence, value):
    text = _with_duplicate(BUNDLED, occurrence, value)
    kind, problems = agree(text)
    assert kind == "error"
    assert any("duplicate key" in message for _, message in problems)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('{"format":"bilateral","format":"bilateral","version":2}', "format"),
        ('{"format":"bilateral","version":2,"relations":[],"relations":[]}', "relations"),
        ('{"format":"bilateral","version":2,"sources":[],"x:y":1,"x:y":2}', "x:y"),
    ],
)
def test_a_duplicate_key_at_the_top_is_refused(text, key):
    kind, problems = agree(text)
    assert kind == "error"
    assert problems == [("$", f'not valid JSON: duplicate key "{key}" in an object')]


def _colons_escaped(value: Any) -> Any:
    """``value`` with every colon in its strings as NUL, which ``json.dumps`` writes escaped."""
    if isinstance(value, dict):
        return {_colons_escaped(k): _colons_escaped(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_colons_escaped(item) for item in value]
    return value.replace(":", "\0") if isinstance(value, str) else value


def test_a_colon_written_as_an_escape_reads_as_a_colon():
    # The bundled article's text holds colons; written as escapes they are the same text.
    assert "\0" not in BUNDLED
    text = json.dumps(_colons_escaped(json.loads(BUNDLED))).replace("\\u0000", "\\u003a")
    assert "\\u003a" in text
    kind, value = agree(text)
    assert kind == "value"
    assert value == load_bundled()


def test_a_duplicate_key_with_an_escaped_colon_is_still_refused():
    text = BUNDLED.replace(
        '{"format":"bilateral"', '{"a\\u003ab":1,"a:b":2,"format":"bilateral"', 1
    )
    kind, problems = agree(text)
    assert kind == "error"
    assert any("duplicate key" in message for _, message in problems)


@pytest.mark.parametrize(
    "replacement",
    ["NaN", "Infinity", "-Infinity", "1e400", "123456789012345678901234567890", "-0", "1.0",
     "9007199254740992", "1" * 5000],
)  # fmt: skip
def test_numbers_json_lacks_or_no_field_takes_are_refused_as_the_reference_refuses_them(
    replacement,
):
    text = re.sub(r'"start":\d+', f'"start":{replacement}', BUNDLED, count=1)
    assert text != BUNDLED
    kind, _ = agree(text)
    assert kind == "error"


@pytest.mark.parametrize(
    "text",
    [
        b"\xef\xbb\xbf" + BUNDLED.encode(),
        BUNDLED.encode().replace(b"Azernews", b"Azer\xffnews", 1),
        BUNDLED.encode().replace(b"Azernews", b"Azer\xed\xa0\x80news", 1),
        BUNDLED.replace("Azernews", "Azer\\ud800news", 1),
        BUNDLED.replace("Azernews", "Azer\ud800news", 1),
        BUNDLED + " x",
        BUNDLED[:-1],
        BUNDLED.replace("Azernews", "Azer\x01news", 1),
        "[" * 600 + "]" * 600,
        "[" * 100_000,
        '{"a":' * 100_000,
        '{"format":"bilateral","version":2,"sources":' + "[" * 600 + "]" * 600 + "}",
        "",
        "null",
        "[]",
    ],
)
def test_text_that_is_not_json_or_not_a_document_is_refused_as_the_reference_refuses_it(text):
    kind, _ = agree(text)
    assert kind == "error"


def test_other_format_versions_and_keys_read_as_the_reference_reads_them():
    old = json.loads(BUNDLED)
    for header in [{"version": 1}, {"version": 3}, {"version": True}, {"format": "x"}, {}]:
        agree(json.dumps({**old, **header}))
    agree(json.dumps({k: v for k, v in old.items() if k != "version"}))
    agree(json.dumps({**old, "unknown": []}))
    agree(json.dumps({**old, "relations": {}}))
    agree(json.dumps({**old, "relations": [[]]}))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets(), st.booleans(), st.sampled_from([None, 2]))
def test_generated_datasets_read_the_same_as_str_or_bytes(dataset, as_bytes, indent):
    text = dumps(dataset, indent=indent)
    kind, value = agree(text.encode() if as_bytes else text)
    assert kind == "value"
    assert value == dataset


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=len(BUNDLED) - 1), st.sampled_from(list(':,{}[]"\\0a ')))
def test_a_character_changed_anywhere_reads_as_the_reference_reads_it(position, character):
    agree(BUNDLED[:position] + character + BUNDLED[position + 1 :])


def test_values_of_other_kinds_read_the_same():
    relation = load_bundled().relations[0]
    text = dumps(relation, indent=None)
    assert agree(text, bilateral.Relation) == ("value", relation)
    duplicated = text.replace('{"countries":', '{"countries":[],"countries":', 1)
    assert agree(duplicated, bilateral.Relation)[0] == "error"
    assert agree('"2023-02"', bilateral.PartialDate) == ("value", bilateral.PartialDate("2023-02"))


def test_valid_documents_are_read_without_the_reference_parser(monkeypatch):
    def refuse(_text: Any) -> Any:
        raise AssertionError("the reference parser ran on a valid document")

    monkeypatch.setattr(converter_module, "parse_json", refuse)
    assert loads(BUNDLED) == load_bundled()
    assert loads(BUNDLED.encode()) == load_bundled()


def test_relations_are_read_one_at_a_time(monkeypatch):
    read: list[Any] = []
    value = fasttext.FastText.value

    def spy(self: fasttext.FastText, part: Any) -> Any:
        data = value(self, part)
        read.append(data)
        return data

    monkeypatch.setattr(fasttext.FastText, "value", spy)
    document = json.loads(BUNDLED)
    (relation,) = document["relations"]
    ids = [item["id"] for key in ("events", "statements") for item in relation.get(key, [])]

    def for_pair(code: str) -> Any:
        text = json.dumps(relation).replace('"AZ"', f'"{code}"')
        for old in ids:
            text = text.replace(f'"{old}"', f'"{code.lower()}-{old}"')
        return json.loads(text)

    others = [for_pair(code) for code in ("DE", "FR")]
    document["relations"] = [relation, *others]
    assert loads(json.dumps(document)) == reference(json.dumps(document))
    relations = [data for data in read if isinstance(data, dict) and "countries" in data]
    assert len(relations) == 3
    assert not any(isinstance(data, list) and data and "countries" in data[0] for data in read)


def test_without_msgspec_the_reference_reads_everything(monkeypatch):
    monkeypatch.setattr(fasttext, "msgspec_module", lambda: None)
    assert fasttext.FastText.of(BUNDLED) is None
    assert loads(BUNDLED) == load_bundled()
    with pytest.raises(ValidationError, match="duplicate key"):
        loads(_with_duplicate(BUNDLED, 3, "null"))
