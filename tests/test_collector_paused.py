"""``loads`` pauses the cyclic garbage collector for a long text and leaves it as it found it.

The collector's state is the process's (``gc.isenabled()``): whatever
``loads`` does, returning a value or raising, the state afterwards is the
state before, and a collector that was disabled is never enabled.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest

from bilateral import Dataset, InvalidValueError, ValidationError, dumps, load_bundled, loads
from bilateral._wire import converter

TEXT = dumps(load_bundled())
BAD = TEXT.replace('"AZ"', '"ZZ"', 1)


@pytest.fixture(params=[True, False], ids=["enabled", "disabled"])
def collector(request: pytest.FixtureRequest) -> Iterator[bool]:
    """The collector enabled or disabled before ``loads``; enabled again after the test."""
    was = gc.isenabled()
    if request.param:
        gc.enable()
    else:
        gc.disable()
    yield request.param
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.fixture
def long_from_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text counts as long: the bundled document is read with the collector paused."""
    monkeypatch.setattr(converter, "PAUSE_COLLECTOR_FROM", 0)


def _seen_while_loading(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The collector's state each time ``loads`` reads a text, recorded as it reads."""
    seen: list[bool] = []
    read = converter._loads

    def recording(text: Any, kind: Any) -> Any:
        seen.append(gc.isenabled())
        return read(text, kind)

    monkeypatch.setattr(converter, "_loads", recording)
    return seen


@pytest.mark.usefixtures("long_from_here")
def test_a_long_text_is_read_with_the_collector_paused(collector, monkeypatch):
    seen = _seen_while_loading(monkeypatch)
    dataset = loads(TEXT)
    assert seen == [False]
    assert gc.isenabled() is collector
    assert dataset == load_bundled()


@pytest.mark.usefixtures("long_from_here")
def test_the_collector_is_restored_when_the_document_is_refused(collector, monkeypatch):
    seen = _seen_while_loading(monkeypatch)
    with pytest.raises(ValidationError) as refused:
        loads(BAD)
    assert seen == [False]
    assert gc.isenabled() is collector
    assert [p.path for p in refused.value.problems] == ["$.relations[0].countries[0]"]


@pytest.mark.usefixtures("long_from_here")
@pytest.mark.parametrize("text", ["{", b"\xff", "[]", '{"format": "bilateral", "version": 99}'])
def test_the_collector_is_restored_when_the_text_is_not_a_document(collector, text):
    with pytest.raises(ValidationError):
        loads(text)
    assert gc.isenabled() is collector


@pytest.mark.usefixtures("long_from_here")
def test_the_collector_is_restored_on_any_error(collector, monkeypatch):
    def interrupted(*_: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(converter, "_loads", interrupted)
    with pytest.raises(KeyboardInterrupt):
        loads(TEXT)
    assert gc.isenabled() is collector


def test_a_kind_loads_does_not_read_leaves_the_collector_alone(collector, monkeypatch):
    monkeypatch.setattr(converter, "PAUSE_COLLECTOR_FROM", 0)
    with pytest.raises(InvalidValueError):
        loads(TEXT, dict)  # type: ignore[type-var]
    assert gc.isenabled() is collector


@pytest.mark.parametrize("as_bytes", [False, True])
def test_only_a_text_of_pause_collector_from_or_more_pauses_it(monkeypatch, as_bytes):
    text = TEXT.encode() if as_bytes else TEXT
    seen = _seen_while_loading(monkeypatch)
    gc.enable()
    monkeypatch.setattr(converter, "PAUSE_COLLECTOR_FROM", len(text) + 1)
    loads(text)
    monkeypatch.setattr(converter, "PAUSE_COLLECTOR_FROM", len(text))
    loads(text)
    assert seen == [True, False]
    assert gc.isenabled()


def test_a_long_text_by_default_is_one_of_a_mebibyte():
    assert converter.PAUSE_COLLECTOR_FROM == 1 << 20
    assert len(TEXT) < converter.PAUSE_COLLECTOR_FROM  # the bundled document is not paused for


@pytest.mark.usefixtures("long_from_here")
def test_values_are_the_same_paused_or_not(monkeypatch):
    paused = loads(TEXT)
    monkeypatch.setattr(converter, "PAUSE_COLLECTOR_FROM", 1 << 62)
    assert loads(TEXT) == paused
    assert isinstance(paused, Dataset)
