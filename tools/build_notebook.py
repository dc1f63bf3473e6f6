"""Write docs/tutorial.ipynb from docs/tutorial.md: the tutorial as a notebook.

Prose becomes Markdown cells; each ``pycon`` example becomes code, one cell
per example that shows output (examples without output join the next one).
The output the tutorial shows is kept in the cell's metadata
(``bilateral.expected``), so the test suite can run the notebook and check
that each cell prints what the tutorial says. A line ``% notebook: CODE`` (a
MyST comment, invisible on the page) adds a notebook-only cell, such as one
that shows a relation as HTML tables.

Run ``python tools/build_notebook.py`` after changing the tutorial; a test
fails while the notebook is out of date.
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
    for index, cell in enumerate(cells):
        cell["id"] = f"cell-{index:02d}"
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def render(tutorial: str) -> str:
    """The notebook file's text, stable so that git diffs stay small."""
    return json.dumps(notebook(tutorial), indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    """Write the notebook; with ``--check``, only say whether it is current."""
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
