"""What the library prints and writes for the bundled dataset, as text.

``tests/test_golden.py`` compares these with the files in ``tests/golden``,
which were written before the restructuring of the package (issue 9) and may
only change deliberately: run ``python tests/golden_outputs.py`` to rewrite
them, and list the change in the CHANGELOG.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import bilateral
from bilateral.__main__ import main

GOLDEN = Path(__file__).parent / "golden"
LOCALES = ("en", "az", "lt", "ru", "de", "ja")
TODAY = "2023-02-17"


def _run(*argv: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        main(list(argv))
    return out.getvalue()


def _facts(dataset: bilateral.Dataset) -> Iterator[object]:
    yield from dataset.people
    for relation in dataset.relations:
        yield relation
        yield from relation.missions
        yield from relation.documents
        yield from relation.events
        yield from relation.trade
        yield from relation.statements


def _comparable(a: bilateral.TradePeriod, b: bilateral.TradePeriod) -> bool:
    try:
        a.change_to(b)
    except bilateral.BilateralError:
        return False
    return True


def outputs() -> dict[str, str]:
    """File name to the text it must hold."""
    dataset = bilateral.load_bundled()
    relation = dataset.relation("AZ", "LT")
    found = {
        "bundled.json": bilateral.dumps(dataset),
        "bundled-compact.json": bilateral.dumps(dataset, indent=None) + "\n",
        "schema.json": _run("schema"),
        "dataset.html": dataset._repr_html_() + "\n",
        "relation.html": relation._repr_html_() + "\n",
        "timeline.txt": "".join(
            f"{entry.when!r}\t{entry.label}\n" for entry in relation.timeline()
        ),
    }
    from bilateral._tables.columns import TABLES  # noqa: PLC0415

    for table in TABLES:
        found[f"table-{table}.txt"] = str(bilateral.to_arrow(dataset, table).to_pylist()) + "\n"
    for locale in LOCALES:
        found[f"summary-{locale}.txt"] = _run("--today", TODAY, "--locale", locale)
        lines = []
        for fact in _facts(dataset):
            if isinstance(fact, bilateral.Person | bilateral.Statement):
                continue  # describe() does not take them
            text = bilateral.describe(fact, locale, today=dt.date.fromisoformat(TODAY))
            lines.append(f"{type(fact).__name__}\t{text}\n")
        trade = relation.trade
        changes = [a.change_to(b) for a in trade for b in trade if _comparable(a, b)]
        lines.extend(f"TradeChange\t{bilateral.describe(c, locale)}\n" for c in changes)
        found[f"describe-{locale}.txt"] = "".join(lines)
    json.dumps(found)  # every output is text
    return found


if __name__ == "__main__":
    GOLDEN.mkdir(exist_ok=True)
    for name, text in outputs().items():
        (GOLDEN / name).write_text(text, encoding="utf-8")
        print(f"wrote tests/golden/{name}")  # noqa: T201 - a script
