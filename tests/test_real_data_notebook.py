"""docs/real-data.ipynb is its page's code, runs in a real kernel, and its committed outputs are current.

The notebook reads the PLOVER records named by ``BILATERAL_PLOVER`` and the
COW list named by ``BILATERAL_COW`` (the made-up sample and the bundled list
without them). Its committed outputs come from the PLOVER gold-standard
records and the COW list in ../shared/data: where that folder is beside the
checkout, the notebook is run on them and every cell must show what is
committed; where it is not, the notebook is run on the sample, only to show
that it runs, and the comparison is skipped.

What is compared: each output's type, stream name and text, and for rich
outputs the text/plain form (a DataFrame's table, ``<Figure size 800x400
with 1 Axes>``) and the set of MIME types. A picture is compared by its
pixel size, read from the PNG header, not byte for byte: the bytes depend on
the matplotlib and FreeType versions, not on the data (reruns on one machine
are byte-identical, so ``--execute`` leaves an unchanged notebook unchanged).
"""

from __future__ import annotations

import base64
import importlib.util
import json
import struct
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "real-data.md"
NOTEBOOK = ROOT / "docs" / "real-data.ipynb"
SHARED = ROOT.parent / "shared" / "data"
PLOVER = SHARED / "plover" / "PLOVER_GSR_CAMEO.txt"
COW = SHARED / "cow" / "states2016.csv"
HAVE_SHARED = PLOVER.exists() and COW.exists()
REGENERATE = (
    "BILATERAL_PLOVER=../shared/data/plover/PLOVER_GSR_CAMEO.txt "
    "BILATERAL_COW=../shared/data/cow/states2016.csv "
    "python tools/build_notebook.py --execute docs/real-data.md"
)


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_notebook", ROOT / "tools" / "build_notebook.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _committed() -> dict:
    return json.loads(NOTEBOOK.read_text(encoding="utf-8"))


def _png_size(data: str) -> tuple[int, int]:
    png = base64.b64decode(data)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    return struct.unpack(">II", png[16:24])


def _shown(output) -> tuple:
    """What an output shows, as far as the test compares it."""
    kind = output["output_type"]
    if kind == "stream":
        return (kind, output["name"], "".join(output["text"]))
    if kind == "error":
        return (kind, output["ename"], output["evalue"])
    data = output["data"]
    picture = _png_size(data["image/png"]) if "image/png" in data else None
    return (kind, sorted(data), "".join(data.get("text/plain", "")), picture)


def _cells(notebook) -> list[tuple[str, list[tuple]]]:
    return [
        (cell["id"], [_shown(o) for o in cell["outputs"]])
        for cell in notebook["cells"]
        if cell["cell_type"] == "code"
    ]


def test_the_notebook_is_its_page():
    builder = _builder()
    expected = builder.cell_sources(builder.page_notebook(PAGE.read_text(encoding="utf-8")))

    assert expected == builder.cell_sources(_committed()), (
        f"docs/real-data.ipynb is not docs/real-data.md's code: run {REGENERATE}"
    )


def test_the_committed_notebook_holds_every_cells_outputs():
    code = [c for c in _committed()["cells"] if c["cell_type"] == "code"]
    pictures = [o for c in code for o in c["outputs"] if "image/png" in o.get("data", {})]

    assert list(range(1, len(code) + 1)) == [c["execution_count"] for c in code]
    assert all(c["outputs"] for c in code)
    assert 2 == len(pictures)  # the timeline and the bar chart
    assert not [o for c in code for o in c["outputs"] if o["output_type"] == "error"]


def test_neither_page_nor_notebook_names_a_file_outside_the_repository():
    for text in (PAGE.read_text(encoding="utf-8"), NOTEBOOK.read_text(encoding="utf-8")):
        assert "../shared" not in text
        assert "shared/data" not in text
        assert str(ROOT.parent) not in text


def test_the_committed_outputs_are_from_the_gold_standard_records():
    [first] = [c for c in _committed()["cells"] if c["id"] == "cell-01"]

    assert "258 records: " in "".join(first["outputs"][0]["text"])


@pytest.fixture(scope="module")
def executed():
    """The page's notebook, run by nbclient in a fresh ipykernel on the shared data if present."""
    pytest.importorskip("nbclient")
    pytest.importorskip("nbformat")
    builder = _builder()
    with pytest.MonkeyPatch.context() as patch:
        if HAVE_SHARED:
            patch.setenv("BILATERAL_PLOVER", str(PLOVER))
            patch.setenv("BILATERAL_COW", str(COW))
        else:
            patch.delenv("BILATERAL_PLOVER", raising=False)
            patch.delenv("BILATERAL_COW", raising=False)
        ran = builder.execute(builder.page_notebook(PAGE.read_text(encoding="utf-8")))
    return json.loads(json.dumps(ran))


def test_the_notebook_runs_without_errors(executed):
    errors = [
        (o["ename"], o["evalue"])
        for c in executed["cells"]
        if c["cell_type"] == "code"
        for o in c["outputs"]
        if o["output_type"] == "error"
    ]

    assert [] == errors


@pytest.mark.skipif(
    not HAVE_SHARED,
    reason="the committed outputs come from ../shared/data (PLOVER records, COW list), "
    "which is not beside this checkout",
)
def test_the_committed_outputs_are_current(executed):
    committed = _cells(_committed())
    now = _cells(executed)
    stale = [
        (cell, shown) for (cell, shown), was in zip(now, committed, strict=True) if shown != was[1]
    ]

    assert [] == stale, f"docs/real-data.ipynb's outputs are out of date: run {REGENERATE}"
