"""The tutorial notebook is current, runs top to bottom in a real kernel, and says what the page says."""

from __future__ import annotations

import doctest
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "docs" / "tutorial.ipynb"
TUTORIAL = ROOT / "docs" / "tutorial.md"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_notebook", ROOT / "tools" / "build_notebook.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_notebook_is_generated_from_the_tutorial():
    expected = _builder().render(TUTORIAL.read_text(encoding="utf-8"))

    assert expected == NOTEBOOK.read_text(encoding="utf-8"), (
        "docs/tutorial.ipynb is out of date: run python tools/build_notebook.py"
    )


def test_every_tutorial_example_is_a_notebook_cell():
    examples = doctest.DocTestParser().get_examples(TUTORIAL.read_text(encoding="utf-8"))
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    code = "".join(c["source"] + "\n" for c in cells if c["cell_type"] == "code")

    assert "".join(e.source for e in examples) in code
    assert sum(1 for e in examples if e.want) == sum(
        1 for c in cells if "bilateral" in c["metadata"]
    )


def _text(output) -> str:
    if output["output_type"] == "stream":
        return output["text"]
    if output["output_type"] == "execute_result":
        return output["data"]["text/plain"] + "\n"
    return ""


@pytest.fixture(scope="module")
def executed():
    """The notebook, run headlessly by nbclient in a fresh ipykernel."""
    # jupyter_core warns about its platform paths unless this is set; the
    # suite turns warnings into errors.
    nbclient = pytest.importorskip("nbclient")
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "docs")}},
    )
    # jupyter_client starts ipykernel's "python3" kernel with sys.executable,
    # so the kernel imports the bilateral under test.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JUPYTER_PLATFORM_DIRS", "1")
        client.execute()
    return notebook


def test_notebook_runs_without_errors(executed):
    errors = [
        o
        for c in executed.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "error"
    ]

    assert [] == errors


def test_each_cell_shows_what_the_tutorial_shows(executed):
    checker = doctest.OutputChecker()
    cells = [c for c in executed.cells if "bilateral" in c.metadata]
    mismatches = [
        (c.source, c.metadata["bilateral"]["expected"], "".join(_text(o) for o in c.outputs))
        for c in cells
        if not checker.check_output(
            c.metadata["bilateral"]["expected"], "".join(_text(o) for o in c.outputs), FLAGS
        )
    ]

    assert len(cells) > 20
    assert [] == mismatches


def test_key_outputs(executed):
    outputs = {
        c.source: "".join(_text(o) for o in c.outputs)
        for c in executed.cells
        if c.cell_type == "code"
    }

    assert (
        "'27 years, 2 months and 28 days'\n"
        == outputs["str(relation.age(on=dt.date(2023, 2, 17)))"]
    )
    assert (
        "28,800,000 USD a year (estimated from 6 months)\n"
        == outputs["print(relation.trade[1].annualized())"]
    )


def test_the_relation_shows_as_html_tables(executed):
    [cell] = [c for c in executed.cells if c.cell_type == "code" and c.source == "relation"]
    [output] = cell.outputs
    html = output["data"]["text/html"]
    text = output["data"]["text/plain"]

    assert "execute_result" == output["output_type"]
    assert 4 == html.count("<table")
    assert "<td>2022-40</td><td>January" in html  # the half-year in words
    assert text.startswith("Azerbaijan (AZ) and Lithuania (LT):")
