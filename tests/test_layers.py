"""The package's layers import one way, and no module imports itself round a circle.

The layers, lowest first (docs/architecture.md draws them):

- ``bilateral._values``: errors, checks, dates, money, countries, sources;
- ``bilateral._model``: people, events, missions, trade, relations, datasets;
- ``bilateral._wire`` (JSON, the converter, schema, files) and
  ``bilateral._text`` (locale data, formatting, sentences), side by side;
- ``bilateral._tables``: tables, pandas, Arrow, plots, HTML (may use text);
- ``bilateral.__main__``: the command line; ``bilateral`` (``__init__``)
  re-exports the public API.

Every import counts: at the top of a module, inside a function (a lazy
import), or under ``TYPE_CHECKING``. grimp reads them from the source.
"""

from __future__ import annotations

from collections.abc import Iterator

import grimp
import pytest

LAYERS = {
    "bilateral._values": 0,
    "bilateral._model": 1,
    "bilateral._wire": 2,
    "bilateral._text": 2,
    "bilateral._tables": 3,
    "bilateral.__main__": 4,
    "bilateral.data": 0,
}
# Side by side: neither of these may import the other.
APART = {("bilateral._wire", "bilateral._text"), ("bilateral._text", "bilateral._wire")}
# Above text, but not a user of the wire format.
FORBIDDEN = {("bilateral._tables", "bilateral._wire")}


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("bilateral", cache_dir=None)


def _layer(module: str) -> str | None:
    for layer in LAYERS:
        if module == layer or module.startswith(layer + "."):
            return layer
    return None


def _imports(graph: grimp.ImportGraph) -> Iterator[tuple[str, str]]:
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            yield importer, imported


def test_every_module_is_in_a_layer(graph):
    unplaced = {m for m in graph.modules if m != "bilateral" and _layer(m) is None}
    assert set() == unplaced


def test_no_module_imports_the_package_itself(graph):
    # ``from bilateral import X`` inside the package would run round the top.
    importers = graph.find_modules_that_directly_import("bilateral")
    assert set() == importers


def test_imports_point_down(graph):
    wrong = []
    for importer, imported in _imports(graph):
        low, high = _layer(importer), _layer(imported)
        if low is None or high is None or low == high:
            continue
        if LAYERS[high] > LAYERS[low] or (low, high) in APART or (low, high) in FORBIDDEN:
            details = graph.get_import_details(importer=importer, imported=imported)
            lines = ", ".join(f"line {d['line_number']}" for d in details)
            wrong.append(f"{importer} imports {imported} ({lines})")
    assert [] == wrong


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:  # noqa: C901 - Tarjan, in one piece
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(module: str) -> None:
        nonlocal counter
        index[module] = low[module] = counter
        counter += 1
        stack.append(module)
        on_stack.add(module)
        for other in sorted(graph.find_modules_directly_imported_by(module)):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_circles(graph):
    # A package's __init__ that re-exports its modules is not a circle of
    # code; the circle would be a module importing its own package back.
    assert [] == _cycles(graph)


def test_the_checks_see_a_lazy_upward_import(tmp_path, monkeypatch):
    # The test must be able to fail: a lazy import from values to text is found.
    package = tmp_path / "layered"
    (package / "low").mkdir(parents=True)
    (package / "high").mkdir()
    (package / "__init__.py").write_text("")
    (package / "low" / "__init__.py").write_text("")
    (package / "high" / "__init__.py").write_text("")
    (package / "low" / "a.py").write_text("def f():\n    from layered.high import b\n")
    (package / "high" / "b.py").write_text("from layered.low import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    toy = grimp.build_graph("layered", cache_dir=None)

    assert "layered.high.b" in toy.find_modules_directly_imported_by("layered.low.a")
    assert [["layered.high.b", "layered.low.a"]] == _cycles(toy)
