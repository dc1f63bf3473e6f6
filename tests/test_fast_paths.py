"""The fast paths of the JSON format agree with the reference path, on values and on errors.

The reference path is the converter without shared values
(``make_converter(share_values=False)``): every date, country, amount and
citation built afresh. ``loads`` shares equal values through bounded caches
that live as long as the process, so these tests also run documents after
one another through the same caches (a value remembered from one document is
reused in the next).
"""

from __future__ import annotations

import json
import typing
from functools import cache
from typing import Any

import cattrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilateral import Dataset, ValidationError, dumps, load_bundled, loads, make_converter
from bilateral._wire.converter import _check_header, _structure_with
from tests.strategies import datasets


@cache
def _reference(*, detailed: bool) -> cattrs.Converter:
    return make_converter(detailed_validation=detailed, share_values=False, trusted=False)


def outcome(load: Any, document: Any) -> tuple[str, Any]:
    """``("value", dataset)`` or ``("error", [(path, message), ...])``."""
    try:
        return "value", load(document)
    except ValidationError as exc:
        return "error", [(p.path, p.message) for p in exc.problems]


def reference_load(document: Any) -> Dataset:
    return _structure_with(_reference, _check_header(document), Dataset)


def fast_load(document: Any) -> Dataset:
    return loads(json.dumps(document))


def agree(document: Any) -> None:
    expected, found = outcome(reference_load, document), outcome(fast_load, document)
    assert expected == found
    if expected[0] == "value":
        assert dumps(expected[1]) == dumps(found[1])


# Values that are wrong in some places and right in others, including the
# ones a shared-value cache could confuse (true and 1, "1" and 1, 1.0 and 1).
REPLACEMENTS = st.sampled_from(
    [
        None, True, False, 0, 1, 1.0, -1, "1", "", "x", "AZ", "az", "ZZ", "DDR", "USD", "XXX",
        "2023", "2023-02-30", "2023-02-17", "2023-13", "2022-40", "../2023-02-17",
        "2024/2023", "2023-02-17/..", "14400000", "1e6", "014", [], {}, ["AZ", "LT"],
        " x", "-x", "_x", "x-1", "Äx", "\u200b", "\u200bx", ".", [" "], ["x", "\u200b"],
        {"amount": "1", "currency": "USD"}, {"amount": 1, "currency": "USD"},
        {"amount": "1", "currency": "XXX"}, {"amount": "1", "currency": "USD", "x": 1},
        {"source": "azernews-2023-02-17", "start": 0, "end": 5, "quote": "Baku,"},
        {"source": "azernews-2023-02-17", "start": True, "end": 5, "quote": "Baku,"},
    ]
)  # fmt: skip


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path in a document (to objects, arrays and leaves alike)."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_places(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_places(item, (*path, index)))
    return found


def _replace(document: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, *rest = path
    if isinstance(document, dict):
        return {**document, head: _replace(document[head], tuple(rest), new)}
    return [
        _replace(item, tuple(rest), new) if i == head else item for i, item in enumerate(document)
    ]


def _bundled_twice() -> dict[str, Any]:
    """The bundled document with its relation twice (the second for other countries), so that
    every date, amount and citation repeats: a mutation makes one copy bad and not the other."""
    document = json.loads(dumps(load_bundled()))
    text = json.dumps(document["relations"][0])
    twin = json.loads(text.replace('"AZ"', '"GE"'))
    for event in twin["events"]:
        event["id"] += "-twin"
    for statement in twin["statements"]:
        if statement.get("occasion"):
            statement["occasion"] += "-twin"
    document["relations"].append(twin)
    return document


BUNDLED_TWICE = _bundled_twice()
PLACES = _places(BUNDLED_TWICE)[1:]


class TestSharedValuesAgreeWithTheReference:
    def test_the_bundled_document_twice(self):
        agree(BUNDLED_TWICE)
        assert outcome(fast_load, BUNDLED_TWICE)[0] == "value"

    @settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.tuples(st.sampled_from(PLACES), REPLACEMENTS), min_size=1, max_size=4))
    def test_mutated_documents(self, mutations):
        document = BUNDLED_TWICE
        for path, new in mutations:
            try:
                document = _replace(document, path, new)
            except (KeyError, IndexError, TypeError):
                continue  # an earlier mutation removed this place
        agree(document)

    @settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow], deadline=None)
    @given(datasets())
    def test_generated_datasets(self, dataset):
        document = json.loads(dumps(dataset))
        agree(document)
        assert fast_load(document) == dataset

    def test_a_bad_value_fails_every_time_it_repeats(self):
        # The first copy's error is not remembered as a success for the second.
        bad = _replace(BUNDLED_TWICE, ("relations", 0, "established"), "1995-02-30")
        bad = _replace(bad, ("relations", 1, "established"), "1995-02-30")
        kind, problems = outcome(fast_load, bad)
        assert kind == "error"
        assert [path for path, _ in problems] == [
            "$.relations[0].established",
            "$.relations[1].established",
        ]
        agree(bad)

    @pytest.mark.parametrize("text", ["x", " x", "\u00abx\u00bb", "_x", "-x", "\u200b", " ", ""])
    @pytest.mark.parametrize(
        "path",
        [
            ("relations", 0, "events", 0, "id"),
            ("relations", 0, "events", 0, "summary"),
            ("relations", 0, "events", 0, "note"),
            ("relations", 0, "statements", 0, "summary"),
            ("relations", 0, "events", 0, "places"),
        ],
    )
    def test_texts_the_inline_tests_leave_to_the_validators(self, path, text):
        # A text not starting with a letter or a digit, or an id the pattern
        # refuses, goes through its validator, which accepts or refuses it.
        agree(_replace(BUNDLED_TWICE, path, [text] if path[-1] == "places" else text))

    def test_true_is_not_shared_with_1(self):
        citation = ("relations", 0, "established_citations", 0, "start")
        good = BUNDLED_TWICE
        start = good["relations"][0]["established_citations"][0]["start"]
        assert outcome(fast_load, good)[0] == "value"  # remembers the citation with its integer
        flipped = _replace(good, citation, bool(start) if start in {0, 1} else float(start))
        agree(flipped)
        assert outcome(fast_load, flipped)[0] == "error"


def _accepts(converter: cattrs.Converter, document: Any) -> bool:
    try:
        body = _check_header(document)
    except ValidationError:
        return False
    try:
        converter.structure(body, Dataset)
    except Exception:  # noqa: BLE001 - only whether it accepts
        return False
    return True


class TestTrustedConstructorsAcceptWhatTheInitializersAccept:
    """The fast converter (trusted constructors, shared values) on its own, no fallback.

    ``loads`` reads again with the detailed converter whatever the fast one
    refuses, which would hide a fast path refusing a valid document; here
    both fast converters must accept and refuse the same documents.
    """

    fast = make_converter(detailed_validation=False)

    def check(self, document: Any) -> None:
        assert _accepts(self.fast, document) == _accepts(_reference(detailed=False), document)

    @settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.tuples(st.sampled_from(PLACES), REPLACEMENTS), min_size=1, max_size=4))
    def test_mutated_documents(self, mutations):
        document = BUNDLED_TWICE
        for path, new in mutations:
            try:
                document = _replace(document, path, new)
            except (KeyError, IndexError, TypeError):
                continue
        self.check(document)

    @settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow], deadline=None)
    @given(datasets())
    def test_generated_datasets(self, dataset):
        document = json.loads(dumps(dataset))
        assert _accepts(self.fast, document)
        assert self.fast.structure(_check_header(document), Dataset) == dataset

    def test_every_model_class_is_built_trusted(self):
        # Only validators made by is_a or optional_a are left out, and only
        # where the converter's hook returns one of the types they accept.
        import attrs  # noqa: PLC0415

        from bilateral._values.checks import is_type_check  # noqa: PLC0415
        from bilateral._wire.converter import _is_model_class  # noqa: PLC0415
        from bilateral._wire.trusted import _redundant, trusted_structure_fn  # noqa: PLC0415

        self.fast.structure(_check_header(BUNDLED_TWICE), Dataset)
        kinds = {Dataset}
        seen: set[type] = set()
        while kinds:
            kind = kinds.pop()
            seen.add(kind)
            assert trusted_structure_fn(kind, self.fast) is not None, kind
            hints = typing.get_type_hints(kind)
            for field in attrs.fields(kind):
                if field.validator is not None and _redundant(field.validator, hints[field.name]):
                    assert is_type_check(field.validator)
                for arg in _all_args(hints[field.name]):
                    if _is_model_class(arg) and arg not in seen:
                        kinds.add(arg)
        assert len(seen) > 5


def _all_args(kind: Any) -> list[Any]:
    return [kind, *(inner for arg in typing.get_args(kind) for inner in _all_args(arg))]
