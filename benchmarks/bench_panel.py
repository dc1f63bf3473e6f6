"""Dyad-year panels from MADE-UP synthetic events: DuckDB and Spark on Parquet, and the pandas path.

Every event, figure and relation here is made up (random codes, days and
types); the figures measure the engines, not any country. The synthetic
events are generated as columns (NumPy, pyarrow) and written to Parquet in
chunks, never as ten million Python objects. Each engine runs in a
subprocess of its own, which reports its wall time and its peak resident
memory (``VmHWM``; for Spark the driver's Python plus the JVM).

    python benchmarks/bench_panel.py [--events 10000000] [--engines duckdb,spark,python]

Engines that are not installed are skipped (Spark needs ``pyspark`` and
Java 17: ``.nox/spark/bin/python`` has it after ``nox -s spark``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

START, END = 1990, 2023
PAIRS = 1000
CHUNK = 1_000_000


def _peak_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")  # pragma: no cover - not Linux


def _pairs() -> list[tuple[str, str]]:
    import random  # noqa: PLC0415

    from _synthetic import COUNTRIES  # noqa: PLC0415

    everything = [(a, b) for a in COUNTRIES for b in COUNTRIES if a < b]
    return sorted(random.Random(7).sample(everything, PAIRS))


def write_tables(folder: Path, events: int) -> None:
    """The panel's input tables: made-up relations, events and trade, the real COW tables."""
    import numpy as np  # noqa: PLC0415
    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.parquet as pq  # noqa: PLC0415

    from bilateral import Dataset, arrow_schema, write_panel_tables  # noqa: PLC0415
    from bilateral._tables.panel import plover_types  # noqa: PLC0415

    write_panel_tables(Dataset(), folder)  # the COW tables; empty tables of the others
    pairs = _pairs()
    a = pa.array([p[0] for p in pairs])
    b = pa.array([p[1] for p in pairs])
    established = [dt.date(1991 + i % 10, 1 + i % 12, 1) for i in range(PAIRS)]
    relations = pa.table(
        {
            "country_a": a,
            "country_b": b,
            "established": pa.array([d.isoformat()[:7] for d in established]),
            "established_earliest": pa.array(established, pa.date32()),
            "established_latest": pa.array(established, pa.date32()),
        }
    ).cast(arrow_schema("relations"))
    pq.write_table(relations, folder / "relations.parquet")

    rng = np.random.default_rng(11)
    types = np.array(plover_types())
    roots = np.array([f"{r:02d}0" for r in range(1, 21)])
    epoch = np.datetime64(f"{START}-01-01")
    days = (np.datetime64(f"{END}-12-31") - epoch).astype(int)
    schema = pa.schema(
        [
            ("country_a", pa.string()),
            ("country_b", pa.string()),
            ("status", pa.dictionary(pa.int8(), pa.string())),
            ("earliest", pa.date32()),
            ("latest", pa.date32()),
            ("cameo", pa.string()),
            ("plover", pa.string()),
        ]
    )
    status = pa.array(["held", "planned"]).dictionary_encode()
    with pq.ParquetWriter(folder / "events.parquet", schema) as writer:
        for offset in range(0, events, CHUNK):
            n = min(CHUNK, events - offset)
            pair = rng.integers(0, PAIRS, n)
            first = epoch + rng.integers(0, days, n).astype("timedelta64[D]")
            # 90% one day, 7% a month-long range, 3% a range across a new year.
            shape = rng.random(n)
            span = np.where(shape < 0.9, 0, np.where(shape < 0.97, 30, 400)).astype(
                "timedelta64[D]"
            )
            last = np.minimum(first + span, np.datetime64(f"{END}-12-31"))
            held = np.where(rng.random(n) < 0.95, 0, 1).astype(np.int8)
            batch = pa.table(
                {
                    "country_a": a.take(pair),
                    "country_b": b.take(pair),
                    "status": pa.DictionaryArray.from_arrays(held, status.dictionary),
                    "earliest": pa.array(first, pa.date32()),
                    "latest": pa.array(last, pa.date32()),
                    "cameo": pa.array(roots[rng.integers(0, 20, n)]),
                    "plover": pa.array(types[rng.integers(0, len(types), n)]),
                },
                schema=schema,
            )
            writer.write_table(batch)

    # A yearly turnover and a half-year export figure per pair and year (made up).
    years = np.arange(START, END + 1)
    rows = PAIRS * len(years)
    pair = np.repeat(np.arange(PAIRS), len(years))
    year = np.tile(years, PAIRS)
    jan1 = np.array([np.datetime64(f"{y}-01-01") for y in year])
    trade = pa.table(
        {
            "country_a": a.take(pair),
            "country_b": b.take(pair),
            "flow": pa.array(["turnover"] * rows),
            "earliest": pa.array(jan1, pa.date32()),
            "latest": pa.array(jan1 + np.timedelta64(364, "D"), pa.date32()),
            "months": pa.array(np.full(rows, 12, np.int32)),
            "annualized_amount": pa.array(
                [f"{v}.000000" for v in rng.integers(1, 10**9, rows)]
            ).cast(pa.decimal128(38, 6)),
            "currency": pa.array(["USD"] * rows),
            "reporter": pa.nulls(rows, pa.string()),
        }
    )
    pq.write_table(trade, folder / "trade.parquet")


def run_duckdb(folder: Path) -> dict[str, float]:
    from bilateral import dyad_years_duckdb  # noqa: PLC0415

    begun = time.perf_counter()
    table = dyad_years_duckdb(folder, start=START, end=END)
    return {"seconds": time.perf_counter() - begun, "rows": table.num_rows, "peak_mb": _peak_mb()}


def run_spark(folder: Path) -> dict[str, float]:
    from pyspark.sql import SparkSession  # noqa: PLC0415

    from bilateral import panel_sql  # noqa: PLC0415
    from bilateral._tables.panel import PANEL_TABLES, REFERENCE_TABLES  # noqa: PLC0415

    begun = time.perf_counter()
    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "4g")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    started = time.perf_counter()
    for name in (*PANEL_TABLES, *REFERENCE_TABLES):
        spark.read.parquet(os.fspath(folder / f"{name}.parquet")).createOrReplaceTempView(name)
    rows = len(spark.sql(panel_sql(START, END)).toArrow())
    ended = time.perf_counter()
    jvm = spark.sparkContext._gateway.proc.pid  # type: ignore[union-attr]  # noqa: SLF001
    peak = _peak_mb() + _peak_mb(jvm)
    spark.stop()
    return {
        "seconds": ended - started,
        "startup_seconds": started - begun,
        "rows": rows,
        "peak_mb": peak,
    }


def run_python(events: int) -> dict[str, float]:
    """The pandas path: a dataset of Python objects (built first, not timed), then dyad_years."""
    import random  # noqa: PLC0415

    from bilateral import (  # noqa: PLC0415
        Dataset,
        Event,
        EventKind,
        PartialDate,
        Relation,
        Status,
        dyad_years,
    )

    rng = random.Random(5)
    pairs = _pairs()
    kinds = [EventKind.MEETING, EventKind.SUMMIT, EventKind.PHONE_CALL, EventKind.PROTEST]
    per_pair: dict[tuple[str, str], list[Event]] = {p: [] for p in pairs}
    for n in range(events):
        pair = pairs[rng.randrange(PAIRS)]
        day = dt.date(START, 1, 1) + dt.timedelta(days=rng.randrange(12_000))
        when = PartialDate.from_date(day)
        per_pair[pair].append(Event(f"e{n}", rng.choice(kinds), Status.HELD, when, "Made up."))
    dataset = Dataset(
        relations=[
            Relation(p, established=PartialDate("1992"), events=found)
            for p, found in per_pair.items()
        ]
    )
    built = _peak_mb()
    begun = time.perf_counter()
    panel = dyad_years(dataset, start=START, end=END).to_pandas()
    return {
        "seconds": time.perf_counter() - begun,
        "rows": len(panel),
        "peak_mb": _peak_mb(),
        "dataset_peak_mb": built,
    }


def _child(args: list[str]) -> dict[str, float] | str:
    done = subprocess.run(  # noqa: S603 - this very script
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        return done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--engines", default="duckdb,spark,python")
    parser.add_argument("--python-sizes", default="10000,100000,300000")
    parser.add_argument("--child", choices=["duckdb", "spark", "python"])
    parser.add_argument("--folder")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    if args.child == "duckdb":
        print(json.dumps(run_duckdb(Path(args.folder))))
        return
    if args.child == "spark":
        print(json.dumps(run_spark(Path(args.folder))))
        return
    if args.child == "python":
        print(json.dumps(run_python(args.events)))
        return
    engines = args.engines.split(",")
    print(f"dyad-year panel, {PAIRS} made-up pairs x {END - START + 1} years")
    with tempfile.TemporaryDirectory() as folder:
        if {"duckdb", "spark"} & set(engines):
            begun = time.perf_counter()
            write_tables(Path(folder), args.events)
            size = sum(p.stat().st_size for p in Path(folder).iterdir()) / 2**20
            print(
                f"wrote {args.events:,} made-up events to Parquet in "
                f"{time.perf_counter() - begun:.1f} s ({size:.0f} MiB)"
            )
        for engine in ("duckdb", "spark"):
            if engine in engines:
                print(engine, _child(["--child", engine, "--folder", folder]))
    if "python" in engines:
        for size in (int(s) for s in args.python_sizes.split(",")):
            print(
                f"python path, {size:,} events",
                _child(["--child", "python", "--events", str(size)]),
            )


if __name__ == "__main__":
    main()
