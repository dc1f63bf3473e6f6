"""Every ratio of the performance targets, from one run, with the machine and versions.

The document is shaped like real use: the bundled relation replicated across
1,000 country pairs (about 9 MB; ``_synthetic.replicated``, made up for
benchmarking). Times are the best of ``--repeat`` runs, the cases taking
turns; import times are medians of fresh interpreters; peak memory is
measured in a fresh interpreter (Python's allocations, tracemalloc). Prints figures; asserts nothing.
Run: ``python benchmarks/bench_targets.py [--pairs N] [--repeat K] [--runs R]``.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from decimal import Decimal
from importlib.metadata import version
from pathlib import Path

import _alternatives as alt
import _synthetic
import orjson
from _timing import best, imported_dependencies, runtime_dependencies
from bench_annualize import distinct

import bilateral

MEMORY = """
import sys, tracemalloc
import bilateral
bilateral.loads(bilateral.dumps(bilateral.load_bundled()))  # first-use work out of the way
tracemalloc.start()
dataset = bilateral.load(sys.argv[1])
print(tracemalloc.get_traced_memory()[1])
"""
IMPORT_INSIDE = """
import sys, time
t0 = time.perf_counter()
import bilateral
t1 = time.perf_counter()
bilateral.load_bundled()
t2 = time.perf_counter()
print(t1 - t0, t2 - t1, "cattrs" not in sys.modules)
"""


def header() -> None:
    names = ["bilateral", "attrs", "cattrs", "pydantic", "pydantic-core", "msgspec", "orjson"]
    print(f"Python {platform.python_version()} on {platform.machine()} ({platform.platform()})")
    print(f"{os.cpu_count()} CPUs; {platform.processor() or 'processor not reported'}")
    print(", ".join(f"{n} {version(n)}" for n in names))


# Interpreters as installed packages run: reading bytecode, not compiling the
# sources every time (PYTHONDONTWRITEBYTECODE in a development shell would
# charge bilateral, a source checkout, for compiling while its dependencies
# read their installed bytecode).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(code: str, *args: str) -> str:
    return subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, env=ENV
    ).stdout


def wall(code: str) -> float:
    return float(
        run(f"import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)")
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--runs", type=int, default=20, help="fresh interpreters for imports")
    parser.add_argument("--periods", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    header()
    payload = _synthetic.replicated_bytes(args.pairs)
    print(f"document: the bundled relation across {args.pairs:,} country pairs, "
          f"{len(payload) / 1e6:.1f} MB; best of {args.repeat}\n")  # fmt: skip

    dataset = bilateral.loads(payload)
    model = alt.PDataset.model_validate_json(payload)
    t = best(
        {
            "orjson.loads": lambda: orjson.loads(payload),
            "pydantic model_validate_json": lambda: alt.PDataset.model_validate_json(payload),
            "bilateral.loads": lambda: bilateral.loads(payload),
            "pydantic model_dump_json": model.model_dump_json,
            "pydantic model_dump_json(indent=2)": lambda: model.model_dump_json(indent=2),
            "bilateral.dumps(indent=None)": lambda: bilateral.dumps(dataset, indent=None),
            "bilateral.dumps (indented)": lambda: bilateral.dumps(dataset),
        },
        args.repeat,
    )
    for name, value in t.items():
        print(f"  {name:<40} {value:8.3f} s")

    base = distinct(1000)
    periods = (base * (args.periods // len(base) + 1))[: args.periods]
    pairs = [(p.value.amount, p.months) for p in periods]

    def bare() -> list[Decimal]:
        return [amount * 12 / months for amount, months in pairs]

    a = best(
        {
            "bare": bare,
            "annualized": lambda: [p.annualized() for p in periods],
            "Estimates": lambda: bilateral.Estimates(periods).amounts,
        },
        3,
    )
    print(f"  {'annualize ' + format(args.periods, ',') + ', bare Decimal':<40} {a['bare']:8.3f} s")
    print(f"  {'annualize, TradePeriod.annualized()':<40} {a['annualized']:8.3f} s")
    print(f"  {'annualize, Estimates(periods).amounts':<40} {a['Estimates']:8.3f} s")

    imports: dict[str, list[float]] = {
        "deps": [], "all": [], "ours": [], "inside": [], "bundled": []
    }  # fmt: skip
    deps = "import " + ", ".join(imported_dependencies(ENV))
    every = "import " + ", ".join(runtime_dependencies())
    run(f"{every}; import bilateral; bilateral.load_bundled()")  # bytecode
    for _ in range(args.runs):
        imports["deps"].append(wall(deps))
        imports["all"].append(wall(every))
        imports["ours"].append(wall("import bilateral"))
        inside, bundled, prepared = run(IMPORT_INSIDE).split()
        imports["inside"].append(float(inside))
        imports["bundled"].append(float(bundled))
    m = {k: statistics.median(v) for k, v in imports.items()}
    print(f"  {every:<40} {m['all'] * 1000:8.1f} ms  (every runtime dependency)")
    print(f"  {deps:<40} {m['deps'] * 1000:8.1f} ms  (those import bilateral loads)")
    print(f"  {'import bilateral':<40} {m['ours'] * 1000:8.1f} ms")
    how = "read prepared (a wheel)" if prepared == "True" else "loaded from JSON (source checkout)"
    print(f"  {'load_bundled() after the import':<40} {m['bundled'] * 1000:8.1f} ms, {how}")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "big.json")
        path.write_bytes(payload)
        peak = int(run(MEMORY, str(path)))
    print(f"  {'peak memory of load (tracemalloc)':<40} {peak / 1e6:8.1f} MB")

    rows = [
        ("loads / pydantic model_validate_json", t["bilateral.loads"] / t["pydantic model_validate_json"], "<= 1.0"),
        ("loads / orjson.loads (moonshot)", t["bilateral.loads"] / t["orjson.loads"], "<= 3.0"),
        ("dumps compact / pydantic model_dump_json", t["bilateral.dumps(indent=None)"] / t["pydantic model_dump_json"], "<= 1.0"),
        ("dumps indented / pydantic model_dump_json", t["bilateral.dumps (indented)"] / t["pydantic model_dump_json"], "<= 1.0"),
        ("dumps indented / pydantic (indent=2)", t["bilateral.dumps (indented)"] / t["pydantic model_dump_json(indent=2)"], "(same, indented)"),
        ("load_bundled() / import bilateral", m["bundled"] / m["inside"], "<= 0.1"),
        ("annualized() / bare Decimal", a["annualized"] / a["bare"], "<= 2.0"),
        ("Estimates(periods).amounts / bare Decimal", a["Estimates"] / a["bare"], "<= 2.0"),
        ("peak memory of load / JSON size", peak / len(payload), "<= 3.0"),
        ("import bilateral / its runtime dependencies", m["ours"] / m["all"], "<= 1.1"),
        ("import bilateral / the dependencies it loads", m["ours"] / m["deps"], "(stricter)"),
    ]  # fmt: skip
    print("\nTargets (ratio of times, lower is better for bilateral)")
    for name, ratio, target in rows:
        limit = target.removeprefix("<= ")
        met = "" if not limit[0].isdigit() else ("met" if ratio <= float(limit) else "NOT met")
        print(f"  {name:<46} {ratio:6.2f}x  target {target:<16} {met}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
