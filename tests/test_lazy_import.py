"""What ``import bilateral`` loads, and what loads on first use but looks the same.

Querying events, reading tables and the Correlates of War list load when
first used (``bilateral.__getattr__``); their classes must still be
``bilateral.X`` however they are first reached, pickle by that name and
resolve their annotations.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import typing

import attrs
import pytest

import bilateral

ON_FIRST_USE = (
    "bilateral._model.query",
    "bilateral._model.reading",
    "bilateral._model.trade_table",
    "bilateral._values.cow",
    "bilateral._values.history",
    "bilateral._values.vocabularies",
    "bilateral._wire.converter",
    "cattrs",
    "babel",
    "pycountry",
)


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_import_leaves_the_first_use_modules_unloaded():
    code = f"import sys, bilateral\nprint(sorted(m for m in {ON_FIRST_USE!r} if m in sys.modules))"
    assert "[]" == _run(code)


def test_a_class_reached_through_a_method_first_is_already_bilaterals():
    # Dataset.events() loads the query module; nobody asked for bilateral.EventQuery.
    code = (
        "import pickle, sys, bilateral\n"
        "found = bilateral.load_bundled().events()\n"
        "kind = type(found)\n"
        "print(kind.__module__, kind.__qualname__, 'EventQuery' in vars(bilateral))\n"
        "print(pickle.loads(pickle.dumps(found)) == found, kind is bilateral.EventQuery)"
    )
    assert "bilateral EventQuery False\nTrue True" == _run(code)


def test_a_class_asked_for_first_loads_its_module():
    code = (
        "import sys\n"
        "from bilateral import CowState\n"
        "print(CowState.__module__, 'bilateral._values.cow' in sys.modules)"
    )
    assert "bilateral True" == _run(code)


PUBLIC_CLASSES = sorted(
    name for name in bilateral.__all__ if isinstance(getattr(bilateral, name), type)
)


@pytest.mark.parametrize("name", PUBLIC_CLASSES)
def test_every_public_class_is_bilaterals_with_resolved_annotations(name):
    kind = getattr(bilateral, name)

    assert "bilateral" == kind.__module__
    assert kind is pickle.loads(pickle.dumps(kind))  # noqa: S301 - our own bytes, by name
    hints = typing.get_type_hints(kind)
    if attrs.has(kind):
        for field in attrs.fields(kind):
            assert not isinstance(field.type, str), field.name
            assert hints[field.name] == field.type


def test_dir_lists_the_names_loaded_on_first_use():
    names = dir(bilateral)

    assert {"EventQuery", "ReadResult", "TradeLayout", "CowState", "cow_state"} <= set(names)
    assert sorted(bilateral.__all__) == [n for n in names if n != "__version__"]


def test_the_schema_lists_the_plover_tables_read_on_first_use():
    from bilateral._values import vocabularies  # noqa: PLC0415

    properties = bilateral.json_schema()["$defs"]["PloverCoding"]["properties"]

    assert list(vocabularies.plover_event_types()) == properties["event"]["enum"]
    assert list(vocabularies.plover_contexts()) == properties["contexts"]["items"]["enum"]
    assert {"type", "enum"} == set(properties["event"])
