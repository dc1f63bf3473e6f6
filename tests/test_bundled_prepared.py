"""The bundled dataset prepared at build time equals the one its JSON loads into.

A wheel carries, next to the bundled JSON, the dataset as ``loads`` built it
at build time (``hatch_build.py``). ``load_bundled`` reads it back only when
the copy of the JSON inside it is byte for byte the bundled JSON; otherwise,
and in a source checkout, it loads the JSON.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import bilateral
from bilateral import Dataset, dumps, loads
from bilateral._wire import bundled, converter
from bilateral._wire.bundled import FACTS, PREPARED, prepare, read_prepared
from tests.strategies import datasets

ROOT = Path(__file__).resolve().parent.parent


def facts() -> bytes:
    return (ROOT / "src" / "bilateral" / "data" / FACTS).read_bytes()


def test_the_prepared_dataset_equals_the_loaded_one():
    found = read_prepared(prepare(facts()), facts())

    assert isinstance(found, Dataset)
    assert found == loads(facts())
    assert dumps(found) == dumps(loads(facts()))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets())
def test_any_document_prepared_reads_back_equal(dataset):
    document = dumps(dataset).encode()

    found = read_prepared(prepare(document), document)

    assert found == loads(document) == dataset
    assert dumps(found) == dumps(dataset)


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(lambda b: b + b"\n", id="a byte more"),
        pytest.param(lambda b: b[:-1], id="a byte less"),
        pytest.param(lambda b: b.replace(b"Lithuania", b"Lithuanio", 1), id="a byte changed"),
    ],
)
def test_a_prepared_file_is_refused_for_other_json(other):
    prepared = prepare(facts())

    assert read_prepared(prepared, other(facts())) is None


def test_a_file_that_is_not_prepared_is_refused():
    assert read_prepared(b"not a prepared dataset", facts()) is None
    assert read_prepared(b"", facts()) is None


def test_load_bundled_reads_the_prepared_file_when_there_is_one(monkeypatch):
    files = {FACTS: facts(), PREPARED: prepare(facts())}
    monkeypatch.setattr(bundled, "_read", files.__getitem__)
    monkeypatch.setitem(sys.modules, "bilateral._wire.converter", None)  # importing it fails

    assert bundled.load_bundled.__wrapped__() == loads(facts())


def test_load_bundled_loads_the_json_when_the_prepared_file_is_another(monkeypatch):
    files = {FACTS: facts(), PREPARED: prepare(facts() + b"\n")}
    monkeypatch.setattr(bundled, "_read", files.__getitem__)
    loaded: list[bytes] = []

    def spy(document: bytes) -> Dataset:
        loaded.append(document)
        return loads(document)

    monkeypatch.setattr(converter, "loads", spy)

    assert bundled.load_bundled.__wrapped__() == loads(facts())
    assert loaded == [facts()]


def test_load_bundled_loads_the_json_without_a_prepared_file(monkeypatch):
    def read(name: str) -> bytes:
        if name == PREPARED:
            raise FileNotFoundError(name)
        return facts()

    monkeypatch.setattr(bundled, "_read", read)

    assert bundled.load_bundled.__wrapped__() == bilateral.load_bundled()


def test_the_build_hook_prepares_the_bundled_json(monkeypatch, tmp_path):
    # hatchling is a build dependency, not a test one: stand in for its base class.
    interface = types.ModuleType("hatchling.builders.hooks.plugin.interface")
    interface.BuildHookInterface = object  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "hatchling.builders.hooks.plugin.interface", interface)
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None
    assert spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)

    written = hook.prepare_bundled(ROOT, tmp_path)

    assert written == {str(tmp_path / PREPARED): f"bilateral/data/{PREPARED}"}
    assert read_prepared((tmp_path / PREPARED).read_bytes(), facts()) == loads(facts())
