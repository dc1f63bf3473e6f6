"""The msgspec prototype of loads gives exactly the reference's results and errors."""

import copy
import json
from importlib.resources import files

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bilateral
from bilateral import ValidationError

pytest.importorskip("msgspec")

from bilateral import _fast

BUNDLED = json.loads(files("bilateral.data").joinpath("azernews-2023-02-17.json").read_bytes())

# Strings that are valid somewhere and wrong elsewhere: codes, dates, amounts, ids.
TEXTS = [
    "2022", "2022-40", "2022-33", "2022-07", "2022-02-29", "2024-02-29", "2023-02-17/..",
    "../2023-02-17", "2007-09?", "1995~", "../..", "2022-13", "2022-37", "AZ", "LT", "GE",
    "az", "AZE", "031", "ZZ", "USD", "EUR", "usd", "XXX", "1.50", "1e5", "-0", "014", "0.5",
    "turnover", "exports", "held", "planned", "embassy", "economic", "meeting", "x", "",
    " ", "khalaf-khalafov", "Khalaf", "azernews-2023-02-17", "2023-02-17", "2023-02-30",
]  # fmt: skip
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 3000) | st.floats(allow_nan=False)
    | st.sampled_from(TEXTS),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(TEXTS), inner, max_size=2),
    max_leaves=6,
)  # fmt: skip


def _paths(node, path=()):
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*path, index))


PATHS = [p for p in _paths(BUNDLED) if p and p[-1] != "text"]


@st.composite
def documents(draw):
    document = copy.deepcopy(BUNDLED)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        parent = document
        try:
            for step in path[:-1]:
                parent = parent[step]
            action = draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "replace":
                parent[path[-1]] = draw(json_values)
            elif action == "delete":
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[draw(st.sampled_from(["extra", "note", "when", "kind"]))] = draw(json_values)
            elif isinstance(parent, list):
                parent.append(draw(json_values))
        except (KeyError, IndexError, TypeError):
            pass  # an earlier change removed or replaced what this path goes through
    return json.dumps(document, ensure_ascii=False)


def _outcome(load, text):
    try:
        return ("ok", load(text))
    except ValidationError as error:
        return ("error", error.problems)


def test_bundled_document_loads_the_same():
    text = json.dumps(BUNDLED)

    assert bilateral.loads(text) == _fast.loads(text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_same_results_and_errors_as_the_reference(text):
    assert _outcome(bilateral.loads, text) == _outcome(_fast.loads, text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_fast_path_accepts_only_what_the_reference_accepts(text):
    try:
        value = _fast._build(_fast._decoder().decode(text))
    except Exception:  # noqa: BLE001 - refusing is always safe: the reference then runs
        return

    assert ("ok", value) == _outcome(bilateral.loads, text)


def test_valid_document_takes_the_fast_path(monkeypatch):
    def refuse(_):
        raise AssertionError

    monkeypatch.setattr(_fast, "reference_loads", refuse)

    assert bilateral.load_bundled() == _fast.loads(json.dumps(BUNDLED).encode())
