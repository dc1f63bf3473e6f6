"""Dyad-year panels: one row per pair of countries (or ordered pair) per year.

The rules are written down in docs/how-to/dyad-years.md. They are
implemented twice on purpose: here in Python over the plain columns of
:mod:`bilateral._tables.columns` (the pandas path, which needs no engine),
and as SQL over the Parquet files of the same tables (:func:`panel_sql`), which
DuckDB and Spark run. The tests hold the two equal row for row, and the
Python path equal to a day-by-day computation from the model's own methods.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from bilateral._model import Dataset, Flow, RepresentationLevel, Status
from bilateral._tables.arrow import arrow_table, schema_of
from bilateral._tables.columns import Column, Kind, columns
from bilateral._tables.frames import pandas_frame
from bilateral._values import cow, vocabularies
from bilateral._values.errors import InvalidValueError
from bilateral._values.extras import require
from bilateral._values.public import publish
from bilateral._values.vocabulary import Vocabulary

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa


class FigureStatus(Vocabulary):
    """Where a panel's trade figure for a year comes from."""

    REPORTED = "reported"  # a figure for the whole year
    ESTIMATED = "estimated"  # annualized from a figure for part of the year
    MISSING = "missing"  # no figure for any part of the year


# Highest first when a year has several: ambassador, minister, chargé, other.
LEVEL_RANK = {
    RepresentationLevel.OTHER: 0,
    RepresentationLevel.CHARGE_D_AFFAIRES: 1,
    RepresentationLevel.MINISTER: 2,
    RepresentationLevel.AMBASSADOR: 3,
}

CAMEO_ROOTS = tuple(f"{root:02d}" for root in range(1, 21))


def plover_types() -> tuple[str, ...]:
    """The PLOVER event types of the bundled manual, in its order (one count column each)."""
    return tuple(vocabularies.plover_event_types())


# The trade series: (column stem, flow, whose statistics: None, "a" or "b").
TRADE_SERIES: tuple[tuple[str, Flow, str | None], ...] = (
    ("turnover", Flow.TURNOVER, None),
    *((f"{flow.value}_by_{{{role}}}", flow, role) for flow in Flow for role in ("a", "b")),
)

# Names with {a} and {b}: undirected, a and b; directed, sender and receiver.
_UNDIRECTED = {"A": "country_a", "B": "country_b", "a": "a", "b": "b"}
_DIRECTED = {"A": "sender", "B": "receiver", "a": "sender", "b": "receiver"}


def _templates() -> list[Column]:
    spec = [
        Column("{A}", Kind.CODE),
        Column("{B}", Kind.CODE),
        Column("year", Kind.INT),
        Column("cow_{a}", Kind.INT, nullable=True),
        Column("cow_{b}", Kind.INT, nullable=True),
        Column("both_states", Kind.BOOL, nullable=True),
        Column("relations_established", Kind.BOOL, nullable=True),
        Column("severed", Kind.BOOL, nullable=True),
        Column("level_{a}_in_{b}", Kind.ENUM, nullable=True, choices=RepresentationLevel),
        Column("level_{b}_in_{a}", Kind.ENUM, nullable=True, choices=RepresentationLevel),
        *(Column(f"plover_{name.lower()}", Kind.INT) for name in plover_types()),
        *(Column(f"cameo_{root}", Kind.INT) for root in CAMEO_ROOTS),
        Column("events_uncertain_year", Kind.INT),
    ]
    for stem, _, _ in TRADE_SERIES:
        spec.append(Column(stem, Kind.DECIMAL, nullable=True))
        spec.append(Column(f"{stem}_status", Kind.ENUM, choices=FigureStatus))
    spec.append(Column("trade_other_currency", Kind.INT))
    return spec


def panel_columns(*, directed: bool = False) -> list[Column]:
    """The columns of a dyad-year panel, in order."""
    names = _DIRECTED if directed else _UNDIRECTED
    return [attrs.evolve(c, name=c.name.format(**names)) for c in _templates()]


@attrs.frozen
class DyadYears:
    """A dyad-year panel as plain values by column; see :func:`dyad_years`.

    Attributes:
        columns: The values of each column, in the order of
            the panel's columns (codes, ints, bools, ``Decimal`` amounts and
            the enums' values; ``None`` where a value is unknown).
        directed: Whether each pair has a row each way (``sender``,
            ``receiver``) rather than one (``country_a``, ``country_b``).
    """

    columns: dict[str, list[Any]] = attrs.field(eq=False, repr=False)
    directed: bool

    def __len__(self) -> int:
        return len(self.columns["year"])

    def to_arrow(self) -> pa.Table:
        """The panel as an Arrow table (counts ``int32``, amounts ``decimal128(38, 6)``).

        Raises:
            MissingExtraError: pyarrow is not installed.
        """
        return arrow_table(panel_columns(directed=self.directed), self.columns, "dyad-years")

    def to_pandas(self) -> pd.DataFrame:
        """The panel as a DataFrame (nullable booleans, categoricals for the enums).

        Raises:
            MissingExtraError: pandas is not installed.
        """
        return pandas_frame(panel_columns(directed=self.directed), self.columns)

    def to_parquet(self, path: str | os.PathLike[str]) -> None:
        """Write the panel to a Parquet file at ``path``.

        Raises:
            MissingExtraError: pyarrow is not installed.
        """
        parquet = require("pyarrow.parquet", "arrow")
        parquet.write_table(self.to_arrow(), os.fspath(path))


def panel_schema(*, directed: bool = False) -> pa.Schema:
    """The Arrow schema of a dyad-year panel."""
    return schema_of(panel_columns(directed=directed), "dyad-years")


# ---------------------------------------------------------------- the rules


def _jan1(year: int) -> dt.date:
    return dt.date(year, 1, 1)


def _dec31(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def _overlaps(first: dt.date | None, last: dt.date | None, year: int) -> bool:
    """Whether days from ``first`` to ``last`` (``None``: open) may fall in ``year``."""
    return (first is None or first <= _dec31(year)) and (last is None or last >= _jan1(year))


def _rows(table: dict[str, list[Any]]) -> Iterator[dict[str, Any]]:
    names = list(table)
    for values in zip(*(table[n] for n in names), strict=True):
        yield dict(zip(names, values, strict=True))


def _by_pair(table: dict[str, list[Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    found: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in _rows(table):
        found.setdefault((row["country_a"], row["country_b"]), []).append(row)
    return found


@attrs.frozen
class _Cow:
    links: dict[str, list[cow.CowIsoLink]]
    states: dict[int, cow.CowState]

    @classmethod
    def load(cls) -> _Cow:
        links: dict[str, list[cow.CowIsoLink]] = {}
        for link in cow.cow_iso_links():
            if link.iso is not None:
                links.setdefault(link.iso, []).append(link)
        return cls(links, {s.ccode: s for s in cow.cow_states()})

    def candidates(self, iso: str, year: int) -> set[int]:
        return {
            link.ccode
            for link in self.links.get(iso, [])
            if _overlaps(
                None if link.start is None else link.start.earliest,
                None if link.end is None else link.end.latest,
                year,
            )
        }

    def member(self, ccode: int, year: int) -> bool:
        return any(
            _overlaps(p.start, None if p.ongoing else p.end, year)
            for p in self.states[ccode].periods
        )


def _established(row: dict[str, Any], year: int) -> bool | None:
    earliest, latest = row["established_earliest"], row["established_latest"]
    if latest is not None and latest.year <= year:
        return True
    if earliest is not None and earliest.year > year:
        return False
    return None


def _severed(ruptures: list[dict[str, Any]], year: int) -> bool | None:
    possible = False
    for r in ruptures:
        s_first, s_last = r["severed_earliest"], r["severed_latest"]
        r_first, r_last = r["restored_earliest"], r["restored_latest"]
        if s_last <= _dec31(year) and (
            r_first is None or (r_first > _jan1(year) and r_first > s_last)
        ):
            return True
        if s_first <= _dec31(year) and (
            r_last is None or (r_last > _jan1(year) and r_last > s_first)
        ):
            possible = True
    return None if possible else False


def _level(spans: list[dict[str, Any]], sending: str, year: int) -> str | None:
    found = [
        RepresentationLevel(s["level"])
        for s in spans
        if s["sending"] == sending and _overlaps(s["first_day"], s["last_day"], year)
    ]
    return None if not found else max(found, key=LEVEL_RANK.__getitem__).value


def _event_counts(events: list[dict[str, Any]], year: int) -> dict[str, int]:
    counts = {f"plover_{name.lower()}": 0 for name in plover_types()}
    counts |= {f"cameo_{root}": 0 for root in CAMEO_ROOTS}
    uncertain = 0
    for e in events:
        if e["status"] != Status.HELD.value:
            continue
        first, last = e["earliest"], e["latest"]
        if first is not None and last is not None and first.year == last.year:
            if first.year == year:
                if e["plover"] is not None:  # a coded event may give only one vocabulary
                    counts[f"plover_{e['plover'].lower()}"] += 1
                if e["cameo"] is not None:
                    counts[f"cameo_{e['cameo'][:2]}"] += 1
        elif _overlaps(first, last, year):
            uncertain += 1
    counts["events_uncertain_year"] = uncertain
    return counts


def _figure(candidates: list[dict[str, Any]]) -> tuple[Any, str]:
    if not candidates:
        return None, FigureStatus.MISSING.value
    best = max(candidates, key=lambda t: (t["months"], t["latest"], t["annualized_amount"]))
    status = FigureStatus.REPORTED if best["months"] == 12 else FigureStatus.ESTIMATED
    return best["annualized_amount"], status.value


def _trade(
    figures: list[dict[str, Any]], roles: dict[str, str], year: int, currency: str
) -> dict[str, Any]:
    in_year = [t for t in figures if t["earliest"].year == year]
    ours = [t for t in in_year if t["currency"] == currency]
    found: dict[str, Any] = {}
    for stem, flow, role in TRADE_SERIES:
        reporter = None if role is None else roles[role]
        value, status = _figure(
            [t for t in ours if t["flow"] == flow.value and t["reporter"] == reporter]
        )
        found[stem] = value
        found[f"{stem}_status"] = status
    found["trade_other_currency"] = len(in_year) - len(ours)
    return found


def _span_years(tables: dict[str, dict[str, list[Any]]]) -> tuple[int | None, int | None]:
    firsts = [
        *tables["relations"]["established_earliest"],
        *tables["ruptures"]["severed_earliest"],
        *tables["mission_levels"]["first_day"],
        *tables["events"]["earliest"],
        *tables["trade"]["earliest"],
    ]
    lasts = [
        *tables["relations"]["established_latest"],
        *tables["ruptures"]["restored_latest"],
        *tables["ruptures"]["severed_latest"],
        *tables["mission_levels"]["last_day"],
        *tables["events"]["latest"],
        *tables["trade"]["latest"],
    ]
    known_firsts = [d.year for d in firsts if d is not None]
    known_lasts = [d.year for d in lasts if d is not None]
    return (min(known_firsts, default=None), max(known_lasts, default=None))


PANEL_TABLES = ("relations", "ruptures", "mission_levels", "events", "trade")
"""The tables of a dataset a panel is built from (plus ``cow_states`` and ``cow_iso``)."""


def _check_year(value: object, name: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 9999:
        msg = f"expected a year (an int from 1 to 9999) or None, got {value!r}"
        raise InvalidValueError(msg, path=(name,))
    return value


def _span(start: object, end: object, default: tuple[int | None, int | None]) -> range:
    first = _check_year(start, "start")
    last = _check_year(end, "end")
    first = default[0] if first is None else first
    last = default[1] if last is None else last
    if first is None or last is None:
        msg = "the dataset has no dated fact to take the span from; give start and end"
        raise InvalidValueError(msg, path=("start" if first is None else "end",))
    if last < first:
        msg = f"the span ends ({last}) before it starts ({first})"
        raise InvalidValueError(msg, path=("end",))
    return range(first, last + 1)


def _check_currency(currency: object) -> str:
    if not isinstance(currency, str) or len(currency) != 3 or not currency.isupper():
        msg = f"expected an ISO 4217 code such as 'USD', got {currency!r}"
        raise InvalidValueError(msg, path=("currency",))
    return currency


def dyad_years(
    dataset: Dataset,
    *,
    start: int | None = None,
    end: int | None = None,
    directed: bool = False,
    currency: str = "USD",
) -> DyadYears:
    """The dyad-year panel of a dataset: a row per relation (each way if ``directed``) per year.

    The columns and the rule behind each are in :doc:`/how-to/dyad-years`.

    Args:
        dataset: The relations to make rows of.
        start: The first year; by default the first year of any dated fact.
        end: The last year; by default the last year of any dated fact.
        directed: Two rows per pair and year (``sender``, ``receiver``)
            instead of one (``country_a``, ``country_b``, sorted by code).
        currency: The currency whose trade figures fill the trade columns;
            figures in others are counted in ``trade_other_currency``.

    Raises:
        InvalidValueError: ``dataset`` is not a :class:`Dataset`, a year or the
            currency is not one, or there is no span.

    >>> from bilateral import dyad_years, load_bundled
    >>> panel = dyad_years(load_bundled(), start=2021, end=2022)
    >>> [(row["year"], row["turnover"], row["turnover_status"]) for row in panel.to_arrow().to_pylist()]
    [(2021, Decimal('42000000.000000'), 'reported'), (2022, Decimal('28800000.000000'), 'estimated')]
    """
    if not isinstance(dataset, Dataset):
        msg = f"expected a Dataset, got {dataset!r}"
        raise InvalidValueError(msg, path=("dataset",))
    wanted = _check_currency(currency)
    tables = {name: columns(dataset, name) for name in PANEL_TABLES}
    years = _span(start, end, _span_years(tables))
    grouped = {name: _by_pair(tables[name]) for name in PANEL_TABLES}
    reference = _Cow.load()
    spec = panel_columns(directed=directed)
    out: dict[str, list[Any]] = {column.name: [] for column in spec}
    pairs = sorted(grouped["relations"])
    directions = [(a, b) for a, b in pairs] + ([(b, a) for a, b in pairs] if directed else [])
    names = _DIRECTED if directed else _UNDIRECTED
    rows = []
    for x, y in directions:
        key = (min(x, y), max(x, y))
        relation = grouped["relations"][key][0]
        for year in years:
            row = _row(x, y, year, relation, grouped, key, reference, wanted)
            rows.append({name.format(**names): value for name, value in row.items()})
    rows.sort(key=lambda r: (r[spec[0].name], r[spec[1].name], r["year"]))
    for row in rows:
        for column in spec:
            out[column.name].append(row[column.name])
    return DyadYears(out, directed)


def _row(  # noqa: PLR0917 - the pieces of one row
    x: str,
    y: str,
    year: int,
    relation: dict[str, Any],
    grouped: dict[str, dict[tuple[str, str], list[dict[str, Any]]]],
    key: tuple[str, str],
    reference: _Cow,
    currency: str,
) -> dict[str, Any]:
    cow_x, cow_y = reference.candidates(x, year), reference.candidates(y, year)
    one_x = next(iter(cow_x)) if len(cow_x) == 1 else None
    one_y = next(iter(cow_y)) if len(cow_y) == 1 else None
    if not cow_x or not cow_y:
        both: bool | None = False
    elif one_x is None or one_y is None:
        both = None
    else:
        both = reference.member(one_x, year) and reference.member(one_y, year)
    spans = grouped["mission_levels"].get(key, [])
    return {
        "{A}": x,
        "{B}": y,
        "year": year,
        "cow_{a}": one_x,
        "cow_{b}": one_y,
        "both_states": both,
        "relations_established": _established(relation, year),
        "severed": _severed(grouped["ruptures"].get(key, []), year),
        "level_{a}_in_{b}": _level(spans, x, year),
        "level_{b}_in_{a}": _level(spans, y, year),
        **_event_counts(grouped["events"].get(key, []), year),
        **_trade(grouped["trade"].get(key, []), {"a": x, "b": y}, year, currency),
    }


# ------------------------------------------------ the same rules, as SQL

REFERENCE_TABLES = ("cow_states", "cow_iso")
"""The reference tables a panel job reads besides :data:`PANEL_TABLES`."""


def _reference_columns() -> dict[str, tuple[list[Column], dict[str, list[Any]]]]:
    states = [s for s in cow.cow_states() for _ in s.periods]
    periods = [p for s in cow.cow_states() for p in s.periods]
    links = [link for link in cow.cow_iso_links() if link.iso is not None]
    return {
        "cow_states": (
            [
                Column("ccode", Kind.INT),
                Column("abbreviation", Kind.CODE),
                Column("first_day", Kind.DATE),
                Column("last_day", Kind.DATE),
                Column("ongoing", Kind.BOOL),
            ],
            {
                "ccode": [s.ccode for s in states],
                "abbreviation": [s.abbreviation for s in states],
                "first_day": [p.start for p in periods],
                "last_day": [p.end for p in periods],
                "ongoing": [p.ongoing for p in periods],
            },
        ),
        "cow_iso": (
            [
                Column("ccode", Kind.INT),
                Column("iso", Kind.CODE),
                Column("first_day", Kind.DATE, nullable=True),
                Column("last_day", Kind.DATE, nullable=True),
            ],
            {
                "ccode": [link.ccode for link in links],
                "iso": [link.iso for link in links],
                "first_day": [
                    None if link.start is None else link.start.earliest for link in links
                ],
                "last_day": [None if link.end is None else link.end.latest for link in links],
            },
        ),
    }


def write_panel_tables(dataset: Dataset, directory: str | os.PathLike[str]) -> dict[str, Path]:
    """Write the Parquet files a panel job reads into ``directory``: one per table.

    The dataset's ``relations``, ``ruptures``, ``mission_levels``, ``events``
    and ``trade`` (as :func:`~bilateral.to_parquet` writes them) and the
    bundled COW tables ``cow_states`` and ``cow_iso``, each as
    ``<table>.parquet``. Returns the path of each by table.

    Raises:
        MissingExtraError: pyarrow is not installed.
    """
    parquet = require("pyarrow.parquet", "arrow")
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in PANEL_TABLES:
        paths[name] = folder / f"{name}.parquet"
        from bilateral._tables.arrow import to_parquet  # noqa: PLC0415 - beside its siblings

        to_parquet(dataset, name, paths[name])
    for name, (spec, data) in _reference_columns().items():
        paths[name] = folder / f"{name}.parquet"
        parquet.write_table(arrow_table(spec, data, name), os.fspath(paths[name]))
    return paths


def _overlap_sql(first: str, last: str, year: str) -> str:
    return (
        f"({first} IS NULL OR {first} <= make_date({year}, 12, 31)) "
        f"AND ({last} IS NULL OR {last} >= make_date({year}, 1, 1))"
    )


_SAME_PAIR = "x.country_a = p.country_a AND x.country_b = p.country_b"


def _events_sql() -> str:
    certain = (
        "x.earliest IS NOT NULL AND x.latest IS NOT NULL AND year(x.earliest) = year(x.latest)"
    )
    counts = [
        f"SUM(CASE WHEN {certain} AND x.plover = '{name}' THEN 1 ELSE 0 END) AS plover_{name.lower()}"
        for name in plover_types()
    ]
    counts += [
        f"SUM(CASE WHEN {certain} AND substr(x.cameo, 1, 2) = '{root}' THEN 1 ELSE 0 END) AS cameo_{root}"
        for root in CAMEO_ROOTS
    ]
    counts.append(f"SUM(CASE WHEN {certain} THEN 0 ELSE 1 END) AS events_uncertain_year")
    return (
        "SELECT p.country_a, p.country_b, p.year,\n    "
        + ",\n    ".join(counts)
        + f"\n  FROM pairs p JOIN events x ON {_SAME_PAIR} AND x.status = 'held'"
        f"\n    AND {_overlap_sql('x.earliest', 'x.latest', 'p.year')}"
        "\n  GROUP BY p.country_a, p.country_b, p.year"
    )


def _role_sql(role: str | None) -> str:
    if role is None:
        return "x.reporter IS NULL"
    return f"x.reporter = x.country_{role}"


def _trade_sql(currency: str) -> str:
    picked = []
    for stem, flow, role in TRADE_SERIES:
        name = stem.format(a="a", b="b")
        where = f"x.currency = '{currency}' AND x.flow = '{flow.value}' AND {_role_sql(role)}"
        picked.append(f"MAX(CASE WHEN {where} THEN x.annualized_amount END) AS {name}")
        picked.append(f"MAX(CASE WHEN {where} THEN x.months END) AS {name}_months")
    return (
        "SELECT p.country_a, p.country_b, p.year, x.flow, x.reporter, x.months,"
        " x.annualized_amount, x.currency,\n"
        "    ROW_NUMBER() OVER (PARTITION BY p.country_a, p.country_b, p.year, x.flow,"
        " x.reporter, x.currency\n"
        "      ORDER BY x.months DESC, x.latest DESC, x.annualized_amount DESC) AS pick\n"
        f"  FROM pairs p JOIN trade x ON {_SAME_PAIR} AND year(x.earliest) = p.year\n"
        "), trade_year AS (\n"
        "  SELECT x.country_a, x.country_b, x.year,\n    "
        + ",\n    ".join(picked)
        + f",\n    SUM(CASE WHEN x.currency <> '{currency}' THEN 1 ELSE 0 END)"
        " AS trade_other_currency\n"
        f"  FROM trade_rows x WHERE x.currency <> '{currency}' OR x.pick = 1\n"
        "  GROUP BY x.country_a, x.country_b, x.year"
    )


def _level_sql() -> str:
    ranks = " ".join(f"WHEN '{level.value}' THEN {rank}" for level, rank in LEVEL_RANK.items())
    return (
        f"SELECT p.country_a, p.country_b, p.year, x.sending, MAX(CASE x.level {ranks} END) AS rank\n"
        f"  FROM pairs p JOIN mission_levels x ON {_SAME_PAIR}\n"
        f"    AND {_overlap_sql('x.first_day', 'x.last_day', 'p.year')}\n"
        "  GROUP BY p.country_a, p.country_b, p.year, x.sending"
    )


def _level_name(rank: str) -> str:
    names = " ".join(f"WHEN {rank_} THEN '{level.value}'" for level, rank_ in LEVEL_RANK.items())
    return f"CASE {rank} {names} END"


def _severed_sql() -> str:
    certain = (
        "x.severed_latest <= make_date(p.year, 12, 31) AND (x.restored_earliest IS NULL OR "
        "(x.restored_earliest > make_date(p.year, 1, 1) AND x.restored_earliest > x.severed_latest))"
    )
    possible = (
        "x.severed_earliest <= make_date(p.year, 12, 31) AND (x.restored_latest IS NULL OR "
        "(x.restored_latest > make_date(p.year, 1, 1) AND x.restored_latest > x.severed_earliest))"
    )
    return (
        "SELECT p.country_a, p.country_b, p.year,\n"
        f"    MAX(CASE WHEN {certain} THEN 1 WHEN {possible} THEN 0 END) AS severed\n"
        f"  FROM pairs p JOIN ruptures x ON {_SAME_PAIR}\n"
        "  GROUP BY p.country_a, p.country_b, p.year"
    )


def _undirected_select() -> list[tuple[str, str]]:
    """(expression, name) of each undirected column, over the CTEs of :func:`panel_sql`."""
    out = [
        ("p.country_a", "country_a"),
        ("p.country_b", "country_b"),
        ("p.year", "year"),
        ("CASE WHEN ia.n = 1 THEN ia.ccode END", "cow_a"),
        ("CASE WHEN ib.n = 1 THEN ib.ccode END", "cow_b"),
        (
            (
                "CASE WHEN ia.n IS NULL OR ib.n IS NULL THEN FALSE"
                " WHEN ia.n > 1 OR ib.n > 1 THEN CAST(NULL AS BOOLEAN)"
                " ELSE (ma.ccode IS NOT NULL AND mb.ccode IS NOT NULL) END"
            ),
            "both_states",
        ),
        (
            (
                "CASE WHEN year(p.established_latest) <= p.year THEN TRUE"
                " WHEN year(p.established_earliest) > p.year THEN FALSE END"
            ),
            "relations_established",
        ),
        (
            (
                "CASE WHEN sv.severed = 1 THEN TRUE WHEN sv.severed = 0 "
                "THEN CAST(NULL AS BOOLEAN) ELSE FALSE END"
            ),
            "severed",
        ),
        (_level_name("la.rank"), "level_a_in_b"),
        (_level_name("lb.rank"), "level_b_in_a"),
    ]
    counts = [f"plover_{name.lower()}" for name in plover_types()]
    counts += [f"cameo_{root}" for root in CAMEO_ROOTS]
    counts.append("events_uncertain_year")
    out += [(f"COALESCE(ev.{name}, 0)", name) for name in counts]
    for stem, _, _ in TRADE_SERIES:
        name = stem.format(a="a", b="b")
        out.append((f"tr.{name}", name))
        out.append(
            (
                (
                    f"CASE WHEN tr.{name}_months IS NULL THEN 'missing'"
                    f" WHEN tr.{name}_months = 12 THEN 'reported' ELSE 'estimated' END"
                ),
                f"{name}_status",
            )
        )
    out.append(("COALESCE(tr.trade_other_currency, 0)", "trade_other_currency"))
    return out


def panel_sql(first: int, last: int, *, directed: bool = False, currency: str = "USD") -> str:
    """The dyad-year panel job as one SQL query, for DuckDB and Spark SQL alike.

    It reads the tables :func:`write_panel_tables` writes, registered under
    their names (``relations``, ``ruptures``, ``mission_levels``,
    ``events``, ``trade``, ``cow_states``, ``cow_iso``), and returns the
    columns of :func:`dyad_years` in order, sorted as it sorts them. Types
    are the engine's (counts are 64-bit); cast to the schema of
    ``dyad_years(...).to_arrow()`` to compare.

    Raises:
        InvalidValueError: A year or the currency is not one, or the span is empty.
    """
    years = _span(first, last, (None, None))
    wanted = _check_currency(currency)
    values = ", ".join(f"({year})" for year in years)
    select = _undirected_select()
    core = ",\n  ".join(f"{expression} AS {name}" for expression, name in select)
    query = f"""WITH years AS (
  SELECT * FROM (VALUES {values}) AS y(year)
), pairs AS (
  SELECT r.country_a, r.country_b, y.year, r.established_earliest, r.established_latest
  FROM relations r CROSS JOIN years y
), iso_year AS (
  SELECT x.iso, y.year, COUNT(DISTINCT x.ccode) AS n, MIN(x.ccode) AS ccode
  FROM cow_iso x JOIN years y ON {_overlap_sql("x.first_day", "x.last_day", "y.year")}
  GROUP BY x.iso, y.year
), member_year AS (
  SELECT DISTINCT x.ccode, y.year
  FROM cow_states x JOIN years y ON x.first_day <= make_date(y.year, 12, 31)
    AND (x.ongoing OR x.last_day >= make_date(y.year, 1, 1))
), ruptures_year AS (
  {_severed_sql()}
), levels_year AS (
  {_level_sql()}
), events_year AS (
  {_events_sql()}
), trade_rows AS (
  {_trade_sql(wanted)}
), panel AS (
SELECT
  {core}
FROM pairs p
LEFT JOIN iso_year ia ON ia.iso = p.country_a AND ia.year = p.year
LEFT JOIN iso_year ib ON ib.iso = p.country_b AND ib.year = p.year
LEFT JOIN member_year ma ON ma.ccode = ia.ccode AND ma.year = p.year AND ia.n = 1
LEFT JOIN member_year mb ON mb.ccode = ib.ccode AND mb.year = p.year AND ib.n = 1
LEFT JOIN ruptures_year sv ON sv.country_a = p.country_a AND sv.country_b = p.country_b AND sv.year = p.year
LEFT JOIN levels_year la ON la.country_a = p.country_a AND la.country_b = p.country_b AND la.year = p.year AND la.sending = p.country_a
LEFT JOIN levels_year lb ON lb.country_a = p.country_a AND lb.country_b = p.country_b AND lb.year = p.year AND lb.sending = p.country_b
LEFT JOIN events_year ev ON ev.country_a = p.country_a AND ev.country_b = p.country_b AND ev.year = p.year
LEFT JOIN trade_year tr ON tr.country_a = p.country_a AND tr.country_b = p.country_b AND tr.year = p.year
)
"""
    if not directed:
        names = ", ".join(name for _, name in select)
        return query + f"SELECT {names} FROM panel ORDER BY country_a, country_b, year\n"
    forward, backward = [], []
    for template in _templates():
        name = template.name.format(**_UNDIRECTED)
        swapped = template.name.format(A="country_b", B="country_a", a="b", b="a")
        alias = template.name.format(**_DIRECTED)
        forward.append(f"{name} AS {alias}")
        backward.append(f"{swapped} AS {alias}")
    return (
        query
        + f"SELECT {', '.join(forward)} FROM panel\nUNION ALL\n"
        + f"SELECT {', '.join(backward)} FROM panel\nORDER BY sender, receiver, year\n"
    )


def span_sql() -> str:
    """A query of the default span, ``first_year`` and ``last_year``, over the panel's tables."""
    firsts = [
        ("relations", "established_earliest"),
        ("ruptures", "severed_earliest"),
        ("mission_levels", "first_day"),
        ("events", "earliest"),
        ("trade", "earliest"),
    ]
    lasts = [
        ("relations", "established_latest"),
        ("ruptures", "restored_latest"),
        ("ruptures", "severed_latest"),
        ("mission_levels", "last_day"),
        ("events", "latest"),
        ("trade", "latest"),
    ]
    union = " UNION ALL ".join(
        [f"SELECT year({c}) AS f, CAST(NULL AS INT) AS l FROM {t}" for t, c in firsts]
        + [f"SELECT CAST(NULL AS INT) AS f, year({c}) AS l FROM {t}" for t, c in lasts]
    )
    return f"SELECT MIN(f) AS first_year, MAX(l) AS last_year FROM ({union}) AS d"


def dyad_years_duckdb(
    directory: str | os.PathLike[str],
    *,
    start: int | None = None,
    end: int | None = None,
    directed: bool = False,
    currency: str = "USD",
) -> pa.Table:
    """The dyad-year panel from the Parquet files of :func:`write_panel_tables`, by DuckDB.

    The same rows as ``dyad_years(dataset, ...).to_arrow()`` for the dataset
    the files were written from, computed by :func:`panel_sql` in DuckDB,
    which reads the files where they are (a directory of any size that fits
    on disk). Needs ``duckdb`` and ``pyarrow``.

    Raises:
        InvalidValueError: As :func:`dyad_years`.
        MissingExtraError: duckdb or pyarrow is not installed.
    """
    duckdb = require("duckdb", "duckdb")
    folder = Path(directory)
    connection = duckdb.connect()
    try:
        for name in (*PANEL_TABLES, *REFERENCE_TABLES):
            connection.read_parquet(os.fspath(folder / f"{name}.parquet")).create_view(name)
        first, last = connection.sql(span_sql()).fetchall()[0]
        years = _span(start, end, (first, last))
        query = panel_sql(years[0], years[-1], directed=directed, currency=currency)
        table = connection.sql(query).to_arrow_table()
    finally:
        connection.close()
    return table.cast(panel_schema(directed=directed))


# Loaded on first use, after the package's __init__ published the classes it imports.
publish(DyadYears, FigureStatus)
