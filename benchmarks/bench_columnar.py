"""Checking MADE-UP events a column at a time (`check_arrow`) against building them one by one.

Every event here is made up: random pairs of current countries, days
between 1990 and 2023 (90 % a day, 7 % a month, 3 % a range), kinds and
statuses, each citing one of the bundled article's passages. They are
generated as columns (NumPy, pyarrow), never as a million Python objects.

The ratios compare, per event: `bilateral.check_arrow` on the Arrow table;
the same table checked row by row through the constructors (its reference,
the path every failure takes); and `bilateral.loads` of the same events as a
JSON document. The reference and `loads` run on a slice (``--slice``) and
are scaled per event.

    python benchmarks/bench_columnar.py [--events 1000000] [--slice 20000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import sys
from importlib.metadata import version

import numpy as np
import pyarrow as pa
from _timing import best

import bilateral
from bilateral._tables import checking
from bilateral._tables.events_checked import EVENTS

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))

COUNTRIES = ["AZ", "LT", "US", "DE", "FR", "GE", "TR", "RU", "UA", "KZ", "PL", "JP", "CN", "BR"]
KINDS = ["meeting", "state_visit", "official_visit", "signing", "phone_call", "statement"]
START = dt.date(1990, 1, 1)
DAYS = (dt.date(2023, 12, 31) - START).days


def events_table(count: int, seed: int = 20230217) -> tuple[pa.Table, bilateral.Dataset]:
    """``count`` made-up events as an Arrow table, and the dataset whose sources they cite."""
    rng = np.random.default_rng(seed)
    dataset = bilateral.load_bundled()
    kinds = [bilateral.EventKind(k).value for k in KINDS]
    first = rng.integers(0, len(COUNTRIES), count)
    second = (first + rng.integers(1, len(COUNTRIES), count)) % len(COUNTRIES)
    codes = np.array(COUNTRIES, dtype=object)
    days = [START + dt.timedelta(days=int(d)) for d in rng.integers(0, DAYS, 40_000)]
    texts = [d.isoformat() for d in days]
    months = sorted({d.isoformat()[:7] for d in days})
    ranges = [f"{a}/{b}" for a, b in zip(texts[::2], sorted(texts[1::2]), strict=False) if a < b]
    shape = rng.random(count)
    when = np.where(
        shape < 0.9,
        np.array(texts, dtype=object)[rng.integers(0, len(texts), count)],
        np.where(
            shape < 0.97,
            np.array(months, dtype=object)[rng.integers(0, len(months), count)],
            np.array(ranges, dtype=object)[rng.integers(0, len(ranges), count)],
        ),
    )
    passages = [c for relation in dataset.relations for e in relation.events for c in e.citations]
    cited = [
        [{"source": c.source, "start": c.start, "end": c.end, "quote": c.quote,
          "record": None, "fields": [], "values": []}]
        for c in passages
    ]  # fmt: skip
    citations = pa.array(
        [cited[i] for i in rng.integers(0, len(cited), count)],
        bilateral.arrow_schema("events").field("citations").type,
    )
    table = pa.table(
        {
            "country_a": pa.array(codes[first], pa.string()),
            "country_b": pa.array(codes[second], pa.string()),
            "id": pa.array([f"e{i}" for i in range(count)], pa.string()),
            "kind": pa.array(np.array(kinds, dtype=object)[rng.integers(0, len(kinds), count)]),
            "status": pa.array(np.full(count, "held", dtype=object)),
            "when": pa.array(when, pa.string()),
            "summary": pa.array([f"Made-up event {i}." for i in range(count)], pa.string()),
            "citations": citations,
        }
    )
    return table, dataset


def trade_table(count: int, seed: int = 20230217) -> pa.Table:
    """``count`` made-up trade periods (turnover in US dollars or euros) as an Arrow table."""
    rng = np.random.default_rng(seed)
    first = rng.integers(0, len(COUNTRIES), count)
    second = (first + rng.integers(1, len(COUNTRIES), count)) % len(COUNTRIES)
    codes = np.array(COUNTRIES, dtype=object)
    years = [str(y) for y in range(1990, 2024)]
    periods = years + [f"{y}-{m:02d}" for y in years for m in range(1, 13)]
    periods += [f"{y}-{q}" for y in years for q in (33, 34, 35, 36, 40, 41)]
    cents = rng.integers(0, 10**12, count)
    amounts = pa.array(cents, pa.int64()).cast(pa.decimal128(20, 0))
    return pa.table(
        {
            "country_a": pa.array(codes[first], pa.string()),
            "country_b": pa.array(codes[second], pa.string()),
            "flow": pa.array(np.full(count, "turnover", dtype=object)),
            "period": pa.array(
                np.array(periods, dtype=object)[rng.integers(0, len(periods), count)]
            ),
            "amount": amounts.cast(pa.decimal128(38, 6)),
            "currency": pa.array(np.array(["USD", "EUR"], dtype=object)[rng.integers(0, 2, count)]),
        }
    )


def as_document(table: pa.Table, dataset: bilateral.Dataset) -> str:
    """The same events as a JSON document, one relation per pair."""
    document = json.loads(bilateral.dumps(bilateral.Dataset(dataset.sources, dataset.people)))
    relations: dict[tuple[str, str], list[dict[str, object]]] = {}
    for row in table.to_pylist():
        key = tuple(sorted((row.pop("country_a"), row.pop("country_b"))))
        row["citations"] = [
            {k: v for k, v in c.items() if v not in (None, [])} for c in row["citations"]
        ]
        relations.setdefault(key, []).append(row)  # type: ignore[arg-type]
    document["relations"] = [{"countries": list(k), "events": v} for k, v in relations.items()]
    return json.dumps(document)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--slice", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    print(f"# bench_columnar: {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}, bilateral {version('bilateral')}, pyarrow {pa.__version__}")  # fmt: skip
    table, dataset = events_table(args.events)
    small = table.slice(0, args.slice)
    document = as_document(small, dataset)
    context = checking.Context(dataset)

    def columnar() -> None:
        bilateral.check_arrow(table, context=dataset)

    def reference() -> None:
        # The reference path, which every failure takes.
        checking.reference(checking.columns_of(small, EVENTS), context, EVENTS)

    def loads() -> None:
        bilateral.loads(document)

    trade = trade_table(args.events)

    def columnar_trade() -> None:
        bilateral.check_arrow(trade, "trade")

    cases = {"columnar": columnar, "reference": reference, "loads": loads, "trade": columnar_trade}
    times = best(cases, args.repeat)
    rate = {
        "check_arrow (columns)": args.events / times["columnar"],
        "reference (row by row)": args.slice / times["reference"],
        "loads (JSON)": args.slice / times["loads"],
        "check_arrow of trade": args.events / times["trade"],
    }
    print(f"{args.events:,} made-up events ({table.nbytes / 2**20:.0f} MiB of Arrow); "
          f"the reference and loads on the first {args.slice:,}")  # fmt: skip
    for name, per_second in rate.items():
        print(f"  {name:<24} {per_second:>12,.0f} events/s")
    print(f"  (and {args.events:,} made-up trade periods, {trade.nbytes / 2**20:.0f} MiB)")
    target = rate["check_arrow (columns)"] / 1_000_000
    print(f"  check_arrow / target of 1,000,000 events/s: {target:.2f}x "
          f"({'met' if target >= 1 else 'missed'})")  # fmt: skip
    for name in ("reference (row by row)", "loads (JSON)"):
        ratio = rate["check_arrow (columns)"] / rate[name]
        print(f"  check_arrow / {name}: {ratio:.1f}x as many events a second")


if __name__ == "__main__":
    main()
