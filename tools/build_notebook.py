"""Write the notebooks of the docs from their MyST pages.

``python tools/build_notebook.py`` writes docs/tutorial.ipynb from
docs/tutorial.md (below); ``python tools/build_notebook.py --execute
docs/real-data.md`` writes docs/real-data.ipynb from its page and runs it
(see "Pages with outputs" at the end of this docstring).

The tutorial:

Prose becomes Markdown cells; each ``pycon`` example becomes code, one cell
per example that shows output (examples without output join the next one).
The output the tutorial shows is kept in the cell's metadata
(``bilateral.expected``), so the test suite can run the notebook and check
that each cell prints what the tutorial says. A line ``% notebook: CODE`` (a
MyST comment, invisible on the page) adds a notebook-only cell, such as one
that shows a relation as HTML tables.

Run ``python tools/build_notebook.py`` after changing the tutorial; a test
fails while the notebook is out of date.

Pages with outputs (docs/real-data.md): each ``python`` fence becomes a code
cell and the prose between them Markdown cells. ``--execute PAGE`` writes
the notebook beside the page and runs it in a fresh kernel (nbclient, in
docs/, with this process's environment, so ``BILATERAL_PLOVER`` and
``BILATERAL_COW`` choose the data), keeping the outputs; ``--check PAGE``
says whether the committed notebook's cells are the page's, outputs aside.
tests/test_real_data_notebook.py reruns it and compares the outputs.
"""

from __future__ import annotations

import doctest
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "docs" / "tutorial.md"
NOTEBOOK = ROOT / "docs" / "tutorial.ipynb"

_FENCE = re.compile(r"^```pycon\n(.*?)^```\n", re.DOTALL | re.MULTILINE)
_PYTHON = re.compile(r"^```python\n(.*?)^```\n", re.DOTALL | re.MULTILINE)
# The environment variables naming the data docs/real-data.md reads.
DATA_VARIABLES = ("BILATERAL_PLOVER", "BILATERAL_COW")
_METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}
_NOTEBOOK_ONLY = re.compile(r"^% notebook: (.*)$", re.MULTILINE)
# MyST roles read well as code in a plain Markdown cell.
_ROLE = re.compile(r"\{(?:class|meth|func|attr|doc|ref)\}`~?(?:bilateral\.)?([^`]+)`")


def _markdown(text: str) -> dict[str, Any]:
    return {"cell_type": "markdown", "metadata": {}, "source": _ROLE.sub(r"`\1`", text)}


def _code(source: str, expected: str | None) -> dict[str, Any]:
    metadata = {} if expected is None else {"bilateral": {"expected": expected}}
    return {
        "cell_type": "code",
        "execution_count": None,
        "metadata": metadata,
        "outputs": [],
        "source": source.rstrip("\n"),
    }


def _code_cells(block: str) -> list[dict[str, Any]]:
    cells, pending = [], ""
    for example in doctest.DocTestParser().get_examples(block):
        pending += example.source
        if example.want:
            cells.append(_code(pending, example.want))
            pending = ""
    if pending:
        cells.append(_code(pending, None))
    return cells


def _prose_cells(text: str) -> list[dict[str, Any]]:
    cells = []
    position = 0
    for match in _NOTEBOOK_ONLY.finditer(text):
        if text[position : match.start()].strip():
            cells.append(_markdown(text[position : match.start()].strip()))
        cells.append(_code(match[1], None))
        position = match.end()
    if text[position:].strip():
        cells.append(_markdown(text[position:].strip()))
    return cells


def notebook(tutorial: str) -> dict[str, Any]:
    """The notebook (nbformat 4 JSON) for the tutorial's Markdown text."""
    cells: list[dict[str, Any]] = []
    position = 0
    for match in _FENCE.finditer(tutorial):
        cells += _prose_cells(tutorial[position : match.start()])
        cells += _code_cells(match[1])
        position = match.end()
    cells += _prose_cells(tutorial[position:])
    return _numbered(cells)


def _numbered(cells: list[dict[str, Any]]) -> dict[str, Any]:
    for index, cell in enumerate(cells):
        cell["id"] = f"cell-{index:02d}"
    return {"cells": cells, "metadata": _METADATA, "nbformat": 4, "nbformat_minor": 5}


def render(tutorial: str) -> str:
    """The notebook file's text, stable so that git diffs stay small."""
    return json.dumps(notebook(tutorial), indent=1, ensure_ascii=False) + "\n"


def page_notebook(page: str) -> dict[str, Any]:
    """The notebook, without outputs, for a page whose code is in ``python`` fences."""
    cells: list[dict[str, Any]] = []
    position = 0
    for match in _PYTHON.finditer(page):
        if page[position : match.start()].strip():
            cells.append(_markdown(page[position : match.start()].strip()))
        cells.append(_code(match[1], None))
        position = match.end()
    if page[position:].strip():
        cells.append(_markdown(page[position:].strip()))
    return _numbered(cells)


def cell_sources(notebook: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Each cell's id, type and source: what the page decides, outputs aside."""
    return [(c["id"], c["cell_type"], "".join(c["source"])) for c in notebook["cells"]]


def execute(notebook: dict[str, Any], timeout: int = 300) -> Any:
    """Run ``notebook`` top to bottom in a fresh ipykernel, in docs/, keeping the outputs.

    The kernel inherits this process's environment. Timings are not
    recorded and the notebook's metadata stays the page's (not the kernel's
    version), so that a rerun on the same data changes nothing but what the
    code shows.
    """
    import os  # noqa: PLC0415 - only this command needs them
    from unittest import mock  # noqa: PLC0415

    import nbclient  # noqa: PLC0415
    import nbformat  # noqa: PLC0415

    node = nbformat.from_dict(notebook)
    client = nbclient.NotebookClient(
        node,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(ROOT / "docs")}},
    )
    # jupyter_core warns about its platform paths unless this is set. The
    # kernel runs in docs/, so a data path given relative to here is made absolute.
    environment = {"JUPYTER_PLATFORM_DIRS": "1"}
    for name in DATA_VARIABLES:
        if os.environ.get(name):
            environment[name] = str(Path(os.environ[name]).resolve())
    with mock.patch.dict(os.environ, environment):
        client.execute()
    node.metadata = nbformat.from_dict(_METADATA)
    return node


def _execute_page(page: Path) -> int:
    import nbformat  # noqa: PLC0415 - only this command needs it

    target = page.with_suffix(".ipynb")
    ran = execute(page_notebook(page.read_text(encoding="utf-8")))
    errors = [o for c in ran.cells if c.cell_type == "code" for o in c.outputs if "ename" in o]
    if errors:
        print(f"{page}: a cell failed: {errors[0]['ename']}: {errors[0]['evalue']}")
        return 1
    target.write_text(nbformat.writes(ran) + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)} with its outputs")
    return 0


def _check_page(page: Path) -> int:
    target = page.with_suffix(".ipynb")
    expected = cell_sources(page_notebook(page.read_text(encoding="utf-8")))
    current = target.exists() and expected == cell_sources(
        json.loads(target.read_text(encoding="utf-8"))
    )
    print(
        "up to date"
        if current
        else f"out of date: run python tools/build_notebook.py --execute {page}"
    )
    return 0 if current else 1


def main() -> int:
    """Write the tutorial notebook, or (``--execute PAGE``) a page's notebook with its outputs.

    With ``--check`` (and a page, or none for the tutorial), only say
    whether the notebook is current.
    """
    arguments = sys.argv[1:]
    pages = [Path(a).resolve() for a in arguments if not a.startswith("--")]
    if pages:
        [page] = pages
        return _check_page(page) if "--check" in arguments else _execute_page(page)
    text = render(TUTORIAL.read_text(encoding="utf-8"))
    if "--check" in sys.argv[1:]:
        current = NOTEBOOK.exists() and NOTEBOOK.read_text(encoding="utf-8") == text
        print("up to date" if current else "out of date: run python tools/build_notebook.py")
        return 0 if current else 1
    NOTEBOOK.write_text(text, encoding="utf-8")
    print(f"wrote {NOTEBOOK.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
