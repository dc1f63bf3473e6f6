"""Every example in the docstrings, the README and docs/ runs."""

from __future__ import annotations

import ast
import doctest
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import bilateral

ROOT = Path(__file__).resolve().parent.parent
# The package itself too: the public classes say they are bilateral's
# (``__module__``), so doctest finds their examples there, not in the
# private modules that define them.
MODULES = sorted(
    [
        "bilateral",
        *(
            name
            for _, name, _ in pkgutil.walk_packages(bilateral.__path__, "bilateral.")
            if name != "bilateral.__main__"
        ),
    ]
)
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    if name == "bilateral":
        for public in bilateral.__all__:
            getattr(bilateral, public)  # the names loaded on first use too
    result = doctest.testmod(module, optionflags=FLAGS)

    assert 0 == result.failed
    if name == "bilateral":
        assert result.attempted > 0


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_page_examples(page):
    result = doctest.testfile(str(page), module_relative=False, optionflags=FLAGS, encoding="utf-8")

    assert 0 == result.failed


def test_there_are_examples_to_run():
    finder = doctest.DocTestFinder()
    count = sum(
        len(t.examples) for name in MODULES for t in finder.find(importlib.import_module(name))
    )

    assert count >= 20


def _documented_names() -> list[str]:
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    return re.findall(r"^\.\. (?:auto\w+|py:data):: (?:bilateral\.)?(\w+)$", api, re.MULTILINE)


def test_every_public_name_is_in_the_api_reference():
    documented = _documented_names()

    assert [] == sorted(set(bilateral.__all__) - set(documented))
    assert [] == sorted(set(documented) - set(bilateral.__all__))
    assert len(documented) == len(set(documented))


def test_the_spark_example_reads_columns_the_arrow_schema_has():
    # PySpark (and a JVM) is not installed to run it, so the example is
    # checked instead: it must be Python, and every column it names in
    # F.col, F.sum, F.year or groupBy must be in the table to_parquet writes.
    pytest.importorskip("pyarrow")
    page = (ROOT / "docs" / "interop.md").read_text(encoding="utf-8")
    [code] = re.findall(r"```python\n(.*?)```", page, re.DOTALL)
    calls = [
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"col", "sum", "year", "groupBy"}
    ]
    named = {
        arg.value
        for call in calls
        for arg in call.args
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    }

    assert {
        "flow",
        "earliest",
        "country_a",
        "country_b",
        "amount",
        "months",
        "is_estimate",
    } == named
    assert named <= set(bilateral.arrow_schema("trade").names)
