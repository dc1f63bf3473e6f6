"""Build the bundled reference tables in src/bilateral/data/reference/ from the shared data.

The sources are files others published (see that folder's README.md): the
Correlates of War state system v2016 and the PLOVER project's manual and
CAMEO-to-PLOVER mappings. This script reads them from a ``shared/data``
folder (by default ``../shared/data`` beside the repository) and writes small
CSV and JSON tables; nothing in the tables is typed by hand. The project's own
COW-to-ISO mapping (``cow-iso.csv``) is a judgement, written by hand, and is
not touched here.

Run: ``python tools/build_reference_data.py [--shared PATH] [--check]``. With
``--check`` it writes nothing and exits 1 if a bundled file differs from what
it would write. The test suite runs the same comparison.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "bilateral" / "data" / "reference"
SHARED = ROOT.parent / "shared" / "data"

# The columns of the COW list, as the reader of the file names them.
from bilateral._model.cow_table import COW_FIELDS as COW_COLUMNS  # noqa: E402


def _csv(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def cow_states(shared: Path) -> str:
    """The COW file without its trailing empty columns, otherwise as published."""
    with (shared / "cow" / "states2016.csv").open(encoding="utf-8", newline="") as stream:
        reader = csv.reader(stream)
        header = next(reader)
        if tuple(header[: len(COW_COLUMNS)]) != COW_COLUMNS or any(header[len(COW_COLUMNS) :]):
            msg = f"states2016.csv: unexpected header {header}"
            raise ValueError(msg)
        rows = []
        for row in reader:
            if not any(row):
                continue
            # The published file carries spreadsheet residue in its eleven unnamed
            # columns on 35 rows (numbers, "#REF!"); they are not COW's variables and
            # are dropped.
            rows.append(tuple(cell.strip() for cell in row[: len(COW_COLUMNS)]))
    return _csv(COW_COLUMNS, rows)


# --- CAMEO to PLOVER mappings ---------------------------------------------------------

_HEADING = re.compile(r"^(\d\d): ([A-Z]+)\s*$")


def _split_many(text: str) -> tuple[str, ...]:
    """``"crime; corruption"`` -> ``("crime", "corruption")``; ``"---"`` and blanks -> ()."""
    parts = [p.strip() for p in re.split(r"[;,]", text)]
    return tuple(p for p in parts if p and p != "---")


def _mapping_2021(shared: Path) -> list[tuple[str, str, str, str, str]]:
    """Rows (cameo, event, modes, contexts, description) of CAMEO2PLOVER-2021.txt."""
    rows = []
    text = (shared / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", "~")) or _HEADING.match(line):
            continue
        code, _, rest = line.partition(":")
        mapping, _, description = rest.partition("#")
        event, mode, context = [*mapping.split(","), "", ""][:3]
        # One line carries an editor's note after the description, marked by two spaces
        # and a date ("Ease curfew  21.09.17: ..."): the description ends before it.
        description = re.split(r"\s{2,}\d\d\.\d\d\.\d\d:", description.strip())[0]
        rows.append(
            (
                code.strip(),
                event.strip(),
                ";".join(_split_many(mode)),
                ";".join(_split_many(context)),
                description.strip(),
            )
        )
    return rows


def _mapping_earlier(shared: Path) -> list[tuple[str, str, str, str, str]]:
    """Rows (cameo, event, modes, contexts, description) of CAMEO-PLOV.txt (column-aligned)."""
    rows = []
    text = (shared / "plover" / "CAMEO-PLOV.txt").read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line or not line[0].isdigit() or _HEADING.match(line):
            continue
        # Columns are separated by two or more spaces; the context may be "legal; military".
        cells = re.split(r"\s{2,}", line.strip())
        code, event, mode, context, description = cells
        rows.append(
            (
                code,
                event,
                ";".join(_split_many(mode)),
                ";".join(_split_many(context)),
                description,
            )
        )
    return rows


def _dedupe(name: str, rows: list[tuple[str, str, str, str, str]]) -> list[tuple[str, ...]]:
    """One row per CAMEO code, in file order; a code listed twice must map the same way."""
    seen: dict[str, tuple[str, str, str, str, str]] = {}
    for row in rows:
        first = seen.setdefault(row[0], row)
        if first[1:4] != row[1:4]:
            msg = f"{name}: CAMEO {row[0]} is mapped two ways: {first[1:4]} and {row[1:4]}"
            raise ValueError(msg)
    return list(seen.values())


def mapping_table(rows: list[tuple[str, ...]]) -> str:
    """The mapping as CSV: cameo, event, modes, contexts, description."""
    return _csv(("cameo", "event", "modes", "contexts", "description"), rows)


# --- The PLOVER manual ----------------------------------------------------------------

_COMMANDS = re.compile(
    r"\\(?:plcat|plcon|plmod|txt|ti|textit|textbf|textsf|texttt|emph|url|sout)\{([^{}]*)\}"
)


def _latex(text: str) -> str:
    """Plain text from the manual's LaTeX (only the constructs its tables and paragraphs use)."""
    text = re.sub(r"(?<!\\)%.*", "", text)
    text = re.sub(r"\\hyperref\[[^\]]*\]\{([^{}]*)\}", r"\1", text)
    text = re.sub(r"\\autoref\{[^{}]*\}|\\ref\{[^{}]*\}|\\label\{[^{}]*\}", "", text)
    text = re.sub(r"\\fn\{[^{}]*\}", "", text)
    previous = None
    while previous != text:
        previous = text
        text = _COMMANDS.sub(r"\1", text)
    for latex, plain in (
        ("``", "\u201c"),
        ("''", "\u201d"),
        ("---", "\u2014"),
        ("--", "\u2013"),
        ("\\_", "_"),
        ("\\ldots", "\u2026"),
        ("\\&", "&"),
        ("\\%", "%"),
        ("$+$", "+"),
        ("$-$", "\u2212"),
        ("~", " "),
        ('"', "\u201d"),
    ):
        text = text.replace(latex, plain)
    text = re.sub(r"\$(\w+)\.\$", r"\1.", text)
    text = text.replace("\\\\", " ")
    return re.sub(r"\s+", " ", text).strip()


def _table_rows(block: str) -> list[tuple[str, str]]:
    """The (name, content) rows of a two-column ``Name & Content`` table in ``block``."""
    rows: list[tuple[str, str]] = []
    body = block.split("Name & Content", 1)[1]
    body = re.split(r"\\end\{(?:tabular|longtable)\}", body, maxsplit=1)[0]
    if "\\endlastfoot" in body:
        body = body.split("\\endlastfoot", 1)[1]
    body = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith("%"))
    for cell in re.split(r"\\\\", body):
        text = cell.replace("\\hline", "").strip()
        if not text or "&" not in text:
            continue
        name, _, content = text.partition("&")
        name, content = _latex(name), _latex(content)
        if not name:  # a continuation line of the row above (THREATEN "restrict")
            last_name, last_content = rows[-1]
            rows[-1] = (last_name, f"{last_content} {content}")
            continue
        rows.append((name, content))
    return rows


def _definition(body: str) -> str:
    """An event type's definition: the text between its heading and first subsection."""
    head = body.split("\\subsection", 1)[0]
    head = re.sub(r"\\(?:begin|end)\{(?:itemize|enumerate)\}", "", head)
    items = [_latex(part).rstrip(".;:") for part in head.split("\\item")]
    return "; ".join(item for item in items if item) + "."


def plover(shared: Path) -> dict[str, object]:
    """Event types (with their modes), contexts and the manual's CAMEO translation table."""
    tex = (shared / "plover" / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    version = re.search(r"DRAFT Version: ([0-9.]+)", tex)
    chapter = tex.split("\\chapter{Event Categories}", 1)[1].split("\\chapter{", 1)[0]
    types = []
    for section in re.split(r"\n\\section\{", chapter)[1:]:
        name, _, body = section.partition("}")
        recipient = re.search(r"\\subsection\{Requires recipient: (Yes|No)\}", body)
        quad = re.search(r"\\subsection\{Quad category: ([A-Z ]+)\}", body)
        if recipient is None or quad is None:
            msg = f"PLOVER_MANUAL.tex: {name} has no recipient or quad subsection"
            raise ValueError(msg)
        modes = []
        for table in re.findall(r"\\begin\{table\}.*?\\end\{table\}", body, flags=re.DOTALL):
            modes += [{"name": n, "content": c} for n, c in _table_rows(table)]
        types.append(
            {
                "name": name.strip(),
                "definition": _definition(body),
                "quad": quad.group(1).strip().lower(),
                "requires_recipient": recipient.group(1) == "Yes",
                "modes": modes,
            }
        )
    longtable = tex.split("\\label{tab:general-contexts}", 1)[1]
    contexts = [{"name": n, "content": c} for n, c in _table_rows("Name & Content" + longtable)]
    translation = tex.split("\\label{ssec:ctp}", 1)[1].split("\\end{tabular}", 1)[0]
    cue = []
    for line in translation.splitlines():
        cells = [c.strip() for c in line.rstrip("\\ ").split("&")]
        if len(cells) == 3 and cells[0].isdigit():
            cue.append({"cameo": cells[0], "cameo_name": cells[1], "plover": cells[2]})
    return {
        "manual_version": version.group(1) if version else None,
        "event_types": types,
        "contexts": contexts,
        "cameo_categories": cue,
    }


def legacy_names(
    manual: dict[str, object],
    earlier: list[tuple[str, ...]],
    current: list[tuple[str, ...]],
) -> list[dict[str, str | None]]:
    """Older PLOVER event names and the current type they became, each with its evidence.

    A name is older if the earlier mapping or the manual's CAMEO table uses it as a
    PLOVER category but the manual no longer defines it. Its current type is the
    one the 2021 mapping gives the same CAMEO codes (when they agree), else the
    manual's translation of the CAMEO cue category of that name.
    """
    types = {t["name"] for t in manual["event_types"]}  # type: ignore[attr-defined]
    now = {row[0]: row for row in current}
    found: dict[str, dict[str, str | None]] = {}
    by_name: dict[str, list[str]] = {}
    for row in earlier:
        if row[1] not in types:
            by_name.setdefault(row[1], []).append(row[0])
    for name, codes in by_name.items():
        targets = {now[c][1] for c in codes if c in now}
        modes = {now[c][2] for c in codes if c in now}
        if len(targets) != 1:
            msg = f"CAMEO-PLOV.txt: {name} became {sorted(targets)} in the 2021 mapping"
            raise ValueError(msg)
        found[name] = {
            "name": name,
            "current": targets.pop(),
            "mode": modes.pop() or None if len(modes) == 1 else None,
            "evidence": (
                f"CAMEO-PLOV.txt maps CAMEO {', '.join(sorted(codes))} to {name}; "
                "CAMEO2PLOVER-2021.txt maps the same codes as shown"
            ),
        }
    cue = manual["cameo_categories"]
    for row in cue:  # type: ignore[attr-defined]
        used = row["plover"].split(" ")[0]
        if used.isupper() and used not in types and used not in found:
            source = next((r for r in cue if r["cameo_name"] == used), None)  # type: ignore[attr-defined]
            if source is None or source["plover"] not in types:
                msg = f"PLOVER_MANUAL.tex: no current type for {used}"
                raise ValueError(msg)
            found[used] = {
                "name": used,
                "current": source["plover"],
                "mode": None,
                "evidence": (
                    f"The manual's CAMEO table gives {used} for CAMEO {row['cameo']} "
                    f"and translates CAMEO {source['cameo']} {used} as {source['plover']}"
                ),
            }
    for name, entry in found.items():  # the manual's table must agree where it names one
        row = next((r for r in cue if r["cameo_name"] == name), None)  # type: ignore[attr-defined]
        if row is not None and row["plover"] != entry["current"]:
            msg = f"{name}: the mappings say {entry['current']}, the manual {row['plover']}"
            raise ValueError(msg)
    return sorted(found.values(), key=lambda e: str(e["name"]))


def cameo_names(
    manual: dict[str, object],
    current: list[tuple[str, ...]],
    earlier: list[tuple[str, ...]],
) -> str:
    """Every CAMEO code the sources name: cue categories (the manual), then the mappings."""
    rows: dict[str, tuple[str, str, str]] = {}
    for row in manual["cameo_categories"]:  # type: ignore[attr-defined]
        # The manual lists 08 twice, "YIELD (081 to 083)" and "YIELD (084 to 087)".
        name = re.sub(r" \(\d+ to \d+\)$", "", row["cameo_name"])
        rows.setdefault(row["cameo"], (row["cameo"], name, "PLOVER_MANUAL.tex"))
    for row in current:
        rows.setdefault(row[0], (row[0], row[4], "CAMEO2PLOVER-2021.txt"))
    for row in earlier:
        rows.setdefault(row[0], (row[0], row[4], "CAMEO-PLOV.txt"))
    return _csv(("cameo", "name", "source"), sorted(rows.values()))


def build(shared: Path) -> dict[str, str]:
    """Every bundled file's name and text."""
    current = _dedupe("CAMEO2PLOVER-2021.txt", _mapping_2021(shared))
    earlier = _dedupe("CAMEO-PLOV.txt", _mapping_earlier(shared))
    manual = plover(shared)
    manual["legacy_event_types"] = legacy_names(manual, earlier, current)
    return {
        "cow-states2016.csv": cow_states(shared),
        "cameo.csv": cameo_names(manual, current, earlier),
        "cameo-plover-2021.csv": mapping_table(current),
        "cameo-plover-earlier.csv": mapping_table(earlier),
        "plover.json": json.dumps(manual, indent=1, ensure_ascii=False) + "\n",
    }


def main() -> int:
    """Write the tables, or with --check say (by exit code) whether they are current."""
    args = sys.argv[1:]
    shared = Path(args[args.index("--shared") + 1]) if "--shared" in args else SHARED
    if not shared.is_dir():
        print(f"no shared data at {shared}", file=sys.stderr)
        return 2
    files = build(shared)
    stale = [
        n for n, t in files.items() if not (OUT / n).exists() or (OUT / n).read_text("utf-8") != t
    ]
    if "--check" in args:
        for name in stale:
            print(f"{name} is not what the tool makes from {shared}", file=sys.stderr)
        return 1 if stale else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} files to {OUT} ({len(stale)} changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
