"""A MADE-UP dataset for the dyad-year panel tests, and the panel computed by brute force.

Every fact of ``made_up_dataset`` beyond the bundled article is invented to
exercise the panel's rules (partial dates across years, ruptures, levels of
representation, trade by quarter and by reporter, another currency); none of
it is a fact about these countries.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from bilateral import (
    Country,
    Dataset,
    DateRange,
    Event,
    EventKind,
    Flow,
    LevelChange,
    Mission,
    Money,
    PartialDate,
    PloverCoding,
    Relation,
    RepresentationLevel,
    Rupture,
    Status,
    TradePeriod,
    cow_state,
    load_bundled,
    merge,
    read_plover,
)
from bilateral._tables.panel import CAMEO_ROOTS, LEVEL_RANK, TRADE_SERIES, plover_types

P = PartialDate


def made_up_dataset() -> Dataset:
    """The bundled article plus two MADE-UP relations (see the module's docstring)."""
    de_ru = Relation(
        ("DE", "RU"),
        established=P("199X"),  # made up: some year of the 1990s
        ruptures=[Rupture(P("1996-06"), P("1997-03-02")), Rupture(P("1999"), None)],
        missions=[
            Mission(
                "DE",
                "RU",
                opened=P("1992-02"),
                level=RepresentationLevel.CHARGE_D_AFFAIRES,
                level_changes=[
                    LevelChange(P("1993"), RepresentationLevel.AMBASSADOR),
                    LevelChange(P("1993-05-01"), RepresentationLevel.MINISTER),
                ],
                closed=P("1996-07"),
            ),
            Mission("RU", "DE", opened=P("1994"), level=RepresentationLevel.OTHER),
        ],
        events=[
            Event("mu-call", EventKind.PHONE_CALL, Status.HELD, P("1993-12-31"), "Made up."),
            Event(
                "mu-span",
                EventKind.MEETING,
                Status.HELD,
                DateRange(P("1994-12"), P("1995-01")),
                "Made up.",
            ),
            Event("mu-protest", EventKind.PROTEST, Status.HELD, P("1996"), "Made up."),
            Event("mu-undated", EventKind.SUMMIT, Status.HELD, None, "Made up."),
            Event("mu-planned", EventKind.STATE_VISIT, Status.PLANNED, P("1995"), "Made up."),
            Event(
                "mu-open", EventKind.SIGNING, Status.HELD, DateRange(P("1997"), None), "Made up."
            ),
            # Made-up coded events: one vocabulary each, and both.
            Event(
                "mu-coded-plover",
                EventKind.CODED,
                Status.HELD,
                P("1998-04"),
                "Made up.",
                plover=PloverCoding("ASSAULT", "firearms"),
            ),
            Event(
                "mu-coded-cameo", EventKind.CODED, Status.HELD, P("1998"), "Made up.", cameo="12"
            ),
            Event(
                "mu-coded-both",
                EventKind.CODED,
                Status.HELD,
                P("1998-11"),
                "Made up.",
                cameo="111",
                plover=PloverCoding("ACCUSE"),
            ),
        ],
        trade=[
            TradePeriod(Flow.TURNOVER, P("1994"), Money("1000", "USD")),
            TradePeriod(Flow.TURNOVER, P("1994-33"), Money("300", "USD")),
            TradePeriod(Flow.EXPORTS, P("1995-33"), Money("10", "USD"), reporter="DE"),
            TradePeriod(Flow.EXPORTS, P("1995-40"), Money("25", "USD"), reporter="DE"),
            TradePeriod(Flow.IMPORTS, P("1995-07"), Money("3", "USD"), reporter="RU"),
            TradePeriod(Flow.RE_EXPORTS, P("1996"), Money("7", "USD"), reporter="RU"),
            TradePeriod(Flow.TURNOVER, P("1996"), Money("900", "EUR")),
        ],
    )
    fr_gb = Relation(
        ("FR", "GB"),
        established=P("1990-06"),  # made up
        events=[Event("mu-fr-gb", EventKind.SUMMIT, Status.HELD, P("1991-03"), "Made up.")],
    )
    return merge(load_bundled(), Dataset(relations=[de_ru, fr_gb]))


def plover_dataset(path: Path) -> Dataset:
    """What ``read_plover`` makes of a file of PLOVER records (collecting its problems)."""
    return read_plover(path, on_error="collect").value


def _days(year: int) -> list[dt.date]:
    first = dt.date(year, 1, 1)
    return [first + dt.timedelta(days=n) for n in range((dt.date(year + 1, 1, 1) - first).days)]


def _cow(code: str, year: int) -> tuple[int | None, bool | None]:
    states = Country(code).cow(P(str(year)))
    if not states:
        return None, False
    if len(states) > 1:
        return None, None
    return states[0].ccode, True


def _both(a: str, b: str, year: int) -> bool | None:
    (ca, known_a), (cb, known_b) = _cow(a, year), _cow(b, year)
    if known_a is False or known_b is False:
        return False
    if ca is None or cb is None:
        return None
    return all(any(cow_state(c).member_on(d) for d in _days(year)) for c in (ca, cb))


def _established(relation: Relation, year: int) -> bool | None:
    when = relation.established
    if when is None:
        return None
    if when.latest <= dt.date(year, 12, 31):
        return True
    if when.earliest > dt.date(year, 12, 31):
        return False
    return None


def _severed(relation: Relation, year: int) -> bool | None:
    possible = False
    for rupture in relation.ruptures:
        for day in _days(year):
            restored = rupture.restored
            if rupture.severed.latest <= day and (restored is None or day < restored.earliest):
                return True
            if rupture.severed.earliest <= day and (restored is None or day < restored.latest):
                possible = True
    return None if possible else False


def _level(relation: Relation, sending: str, year: int) -> str | None:
    found = {
        level
        for mission in relation.missions
        if mission.sending.code == sending
        for day in _days(year)
        if (level := mission.level_on(day)) is not None
    }
    return max(found, key=LEVEL_RANK.__getitem__).value if found else None


def _events(dataset: Dataset, relation: Relation, year: int) -> dict[str, int]:
    ids = {event.id for event in relation.events}
    found = dataset.events(within=P(str(year)), status="held")
    counts = {f"plover_{name.lower()}": 0 for name in plover_types()}
    counts |= {f"cameo_{root}": 0 for root in CAMEO_ROOTS}
    for event in found.certain:
        if event.id in ids:
            plover, cameo = event.effective_plover, event.effective_cameo
            if plover is not None:  # a coded event counts under the codes it gives
                counts[f"plover_{plover.event.lower()}"] += 1
            if cameo is not None:
                counts[f"cameo_{cameo[:2]}"] += 1
    counts["events_uncertain_year"] = sum(1 for e in found.possible if e.id in ids)
    return counts


def _trade(relation: Relation, a: str, b: str, year: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    in_year = [t for t in relation.trade if t.period.year == year]
    for stem, flow, role in TRADE_SERIES:
        reporter = {None: None, "a": a, "b": b}[role]
        name = stem.format(a="a", b="b")
        periods = [
            t
            for t in in_year
            if t.flow is flow
            and t.value.currency == "USD"
            and (t.reporter.code if t.reporter else None) == reporter
        ]
        if not periods:
            out[name], out[f"{name}_status"] = None, "missing"
            continue
        best = max(periods, key=lambda t: (t.months, t.period.latest, t.annualized().value.amount))
        out[name] = best.annualized().value.amount
        out[f"{name}_status"] = "reported" if best.months == 12 else "estimated"
    out["trade_other_currency"] = sum(1 for t in in_year if t.value.currency != "USD")
    return out


def brute_force(dataset: Dataset, years: range) -> list[dict[str, Any]]:
    """The undirected panel, day by day from the model's own methods."""
    return [
        _brute_row(dataset, relation, year)
        for relation in sorted(dataset.relations, key=lambda r: r.key)
        for year in years
    ]


def _brute_row(dataset: Dataset, relation: Relation, year: int) -> dict[str, Any]:
    a, b = relation.key
    return {
        "country_a": a,
        "country_b": b,
        "year": year,
        "cow_a": _cow(a, year)[0],
        "cow_b": _cow(b, year)[0],
        "both_states": _both(a, b, year),
        "relations_established": _established(relation, year),
        "severed": _severed(relation, year),
        "level_a_in_b": _level(relation, a, year),
        "level_b_in_a": _level(relation, b, year),
        **_events(dataset, relation, year),
        **_trade(relation, a, b, year),
    }


def normalized(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with amounts as ``Decimal`` normalized, so 42 and 42.000000 compare equal."""
    return [
        {k: v.normalize() if isinstance(v, Decimal) else v for k, v in row.items()} for row in rows
    ]
