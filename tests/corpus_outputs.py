"""The sentence corpus: what bilateral says, in every catalog's language.

For the bundled dataset, and for made-up relations that exercise every date
precision (day, month, quarter, half-year, year; approximate, uncertain; open
and closed ranges; no date), every status, every trade flow, every kind of
event and mission, counts that take each plural form, and a country whose
case forms no catalog gives. The made-up facts are made up: no source says
any of them.

``tests/test_corpus.py`` compares these with ``tests/corpus/<lang>.txt``, the
reviewed text, and ``docs/_generated/corpus-table.md`` with the side-by-side
table the localization page includes. Run ``python tests/corpus_outputs.py``
to rewrite them after a deliberate change, and review the diff line by line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import bilateral
from bilateral import (
    Country,
    DocumentCount,
    Event,
    EventKind,
    Flow,
    LevelChange,
    Mission,
    MissionKind,
    Money,
    PartialDate,
    PloverCoding,
    Relation,
    RepresentationLevel,
    Rupture,
    Source,
    Status,
    TradePeriod,
    describe,
)
from bilateral._text.catalog import catalog_languages
from bilateral._text.describe import source_line
from bilateral._values import vocabularies

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
TABLE = HERE.parent / "docs" / "_generated" / "corpus-table.md"
TODAY = dt.date(2023, 2, 17)

HEADER = (
    "# The sentence corpus for {lang}: first the bundled dataset, then MADE-UP facts\n"
    "# (no source says them) that exercise every precision, status, flow and kind.\n"
    "# Reviewed text: regenerate with tests/corpus_outputs.py and review the diff.\n"
)

WHENS = (
    "2022-03-15",
    "2022-03",
    "2022-33",
    "2022-40",
    "2022",
    "2022~",
    "2022-03?",
    "2022-03-15%",
    "2023-02-17/..",
    "../2023-02-17",
    "2007-09/2009-03",
    "2021/2022",
    "2022-21",
    "2022-24",
    "199X",
    "19XX",
    "2022-22/..",
)


def made_up() -> list[object]:
    """Made-up facts (none of them from a source), one per case the sentences distinguish."""
    facts: list[object] = []
    for text in WHENS:
        when = bilateral.parse_when(text)
        facts.append(
            Event(
                "visit",
                EventKind.OFFICIAL_VISIT,
                Status.HELD,
                when,
                "Made up.",
                origin=Country("LT"),
                destination=Country("AZ"),
            )
        )
    facts.append(Event("none", EventKind.MEETING, Status.HELD, None, "Made up."))
    facts.extend(
        Event("k", kind, status, PartialDate("2024-05"), "Made up.")
        for kind in EventKind
        if kind is not EventKind.CODED
        for status in Status
    )
    # Coded events: each PLOVER type (its own gender) in each status, a mode, a route, and
    # one known only by its CAMEO code.
    facts.extend(
        Event("c", EventKind.CODED, status, PartialDate("2024-05"), "Made up.", plover=coding)
        for coding in (PloverCoding(name) for name in vocabularies.plover_event_types())
        for status in Status
    )
    facts.extend(
        Event("c", EventKind.CODED, status, PartialDate("2024-05"), "Made up.", cameo="042")
        for status in Status
    )
    facts.append(
        Event(
            "c",
            EventKind.CODED,
            Status.HELD,
            PartialDate("2024-05"),
            "Made up.",
            plover=PloverCoding("ASSAULT", "firearms"),
            cameo="19",
        )
    )
    facts.append(
        Event(
            "c",
            EventKind.CODED,
            Status.PLANNED,
            PartialDate("2024"),
            "Made up.",
            origin=Country("GE"),
            destination=Country("LT"),
            plover=PloverCoding("CONSULT", "visit"),
        )
    )
    for status in (Status.CANCELLED, Status.POSTPONED):
        for when, called_off in (
            ("2024-05-20", "2024-05-02"),
            ("2024-21", "2024-03"),
            ("2030/..", "2029"),
        ):
            facts.append(
                Event(
                    "off",
                    EventKind.STATE_VISIT,
                    status,
                    bilateral.parse_when(when),
                    "Made up.",
                    origin=Country("LT"),
                    destination=Country("AZ"),
                    called_off=PartialDate(called_off),
                    moved_to=(
                        bilateral.parse_when("2024-09") if status is Status.POSTPONED else None
                    ),
                )
            )
    facts.extend(
        Event(
            "off",
            kind,
            Status.POSTPONED,
            PartialDate("2024-05-20"),
            "Made up.",
            called_off=PartialDate("2024-05-02"),
            moved_to=PartialDate("2024-10-01"),
        )
        for kind in (EventKind.SUMMIT, EventKind.TREATY_SIGNING, EventKind.DEMONSTRATION)
    )
    facts.extend(
        Event("season", EventKind.SUMMIT, Status.PLANNED, bilateral.parse_when(when), "Made up.")
        for when in ("2024-21", "2024-23", "202X", "2022-24/2023-22")
    )
    facts.append(
        Event(
            "route",
            EventKind.OFFICIAL_VISIT,
            Status.PLANNED,
            PartialDate("2024"),
            "Made up.",
            origin=Country("GE"),
            destination=Country("LT"),
        )
    )
    facts.extend(
        Mission(Country("LT"), Country("AZ"), kind=kind, opened=PartialDate("2010-06"))
        for kind in MissionKind
    )
    facts.append(Mission(Country("GE"), Country("LT"), opened=PartialDate("1994")))
    facts.extend(
        Mission(
            Country("LT"),
            Country("AZ"),
            kind=kind,
            opened=PartialDate("1997-03"),
            level=level,
            level_changes=(LevelChange(PartialDate("2005-11-02"), RepresentationLevel.AMBASSADOR),),
            closed=PartialDate("2012-06-30"),
        )
        for kind, level in zip(MissionKind, RepresentationLevel, strict=True)
    )
    facts.append(
        Mission(
            Country("GE"), Country("LT"), opened=PartialDate("1994"), closed=PartialDate("2001")
        )
    )
    facts.append(Mission(Country("AZ"), Country("GE")))
    for count, when in (
        (1, "2020"),
        (2, "2020-06"),
        (5, "2020-40"),
        (21, "2020-06-30"),
        (11, "2019"),
    ):
        facts.append(DocumentCount(count, PartialDate(when)))
    trade = [
        TradePeriod(
            Flow.EXPORTS, PartialDate("2020"), Money("8000000", "USD"), reporter=Country("LT")
        ),
        TradePeriod(
            Flow.EXPORTS, PartialDate("2021"), Money("9500000", "USD"), reporter=Country("LT")
        ),
        TradePeriod(
            Flow.IMPORTS, PartialDate("2021-34"), Money("1250000", "EUR"), reporter=Country("AZ")
        ),
        TradePeriod(
            Flow.IMPORTS, PartialDate("2022-34"), Money("1250000", "EUR"), reporter=Country("AZ")
        ),
        TradePeriod(Flow.TURNOVER, PartialDate("2021-10"), Money("700000", "GBP")),
        TradePeriod(Flow.TURNOVER, PartialDate("2022-10"), Money("350000", "GBP")),
    ]
    facts.append(Relation(("AZ", "LT"), established=PartialDate("1995~"), trade=trade))
    facts.append(Relation(("GE", "LT"), established=PartialDate("1992-04?")))
    facts.append(Relation(("AZ", "GE")))
    facts.extend(trade[:1])
    facts.extend(
        TradePeriod(flow, PartialDate(when), Money(amount, "USD"), reporter=Country("LT"))
        for flow in (Flow.RE_EXPORTS, Flow.RE_IMPORTS)
        for when, amount in (("2021", "1500000"), ("2022-40", "640000"))
    )
    facts.append(
        Relation(
            ("AZ", "LT"),
            established=PartialDate("1995-11-20"),
            ruptures=(
                Rupture(PartialDate("2001-03-05"), PartialDate("2003-09")),
                Rupture(PartialDate("2020")),
            ),
            trade=[
                TradePeriod(
                    flow, PartialDate("2021"), Money("1500000", "USD"), reporter=Country("LT")
                )
                for flow in (Flow.RE_EXPORTS, Flow.RE_IMPORTS)
            ],
        )
    )
    for count, when in ((3, "2021-23"), (7, "199X")):
        facts.append(DocumentCount(count, bilateral.parse_when(when)))
    return facts


def sources() -> list[Source]:
    """Made-up sources (no such documents or datasets exist), one per kind of source line."""
    return [
        Source("text", "Made-up News", dt.date(2023, 2, 17), "Made up.", title="Made-up title"),
        Source("untitled", "Made-up News", dt.date(2023, 2, 17), "Made up."),
        Source("data", "Made-up Data Project", title="Made-up table", version="2.1"),
        Source("unversioned", "Made-up Data Project", title="Made-up table"),
    ]


def corpus(lang: str) -> str:
    lines = [describe(bilateral.load_bundled(), lang, today=TODAY), ""]
    lines += [describe(fact, lang, today=TODAY) for fact in made_up()]
    lines += [source_line(source, lang) for source in sources()]
    return HEADER.format(lang=lang) + "\n".join(lines) + "\n"


def table() -> str:
    """The bundled relation's sentences side by side, a column per catalog language."""
    relation = bilateral.load_bundled().relation("AZ", "LT")
    langs = catalog_languages()
    columns = [describe(relation, lang, today=TODAY).splitlines() for lang in langs]
    rows = ["| " + " | ".join(langs) + " |", "|" + "---|" * len(langs)]
    rows += ["| " + " | ".join(row) + " |" for row in zip(*columns, strict=True)]
    return "\n".join(rows) + "\n"


def outputs() -> dict[Path, str]:
    found = {CORPUS / f"{lang}.txt": corpus(lang) for lang in catalog_languages()}
    found[TABLE] = table()
    return found


if __name__ == "__main__":
    for path, text in outputs().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(HERE.parent)}")  # noqa: T201 - a script's report
