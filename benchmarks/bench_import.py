"""How long ``import bilateral`` and ``load_bundled()`` take, in fresh interpreters.

Each figure is the median of many fresh ``python -c`` runs, taking turns so
that a busy moment of the machine hits every case alike. Run:
``python benchmarks/bench_import.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from _timing import imported_dependencies

# Timed inside the interpreter, so that start-up is not counted.
INSIDE = """
import time
t0 = time.perf_counter()
import bilateral
t1 = time.perf_counter()
bilateral.load_bundled()
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def wall(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - our own interpreter
    return time.perf_counter() - start


def importtime() -> list[tuple[int, int, str]]:
    """``-X importtime`` lines for bilateral's own modules: (self µs, cumulative µs, name)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import bilateral"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line or "self" in line:
            continue
        own, cumulative, name = (part.strip() for part in line[len("import time:") :].split("|"))
        rows.append((int(own), int(cumulative), name))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}; median of {args.runs} fresh interpreters each\n")

    # The baseline: the runtime dependencies that `import bilateral` imports.
    deps_code = "import " + ", ".join(imported_dependencies())
    cases = {
        "python -c pass (interpreter start)": "pass",
        deps_code: deps_code,
        "import bilateral": "import bilateral",
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    inside: list[tuple[float, float]] = []
    for _ in range(args.runs):
        for name, code in cases.items():
            times[name].append(wall(code))
        out = subprocess.run(  # noqa: S603 - our own interpreter
            [sys.executable, "-c", INSIDE], capture_output=True, text=True, check=True
        )
        imported, loaded = (float(x) for x in out.stdout.split())
        inside.append((imported, loaded))
    median = {name: statistics.median(found) for name, found in times.items()}
    for name, value in median.items():
        print(f"  {name:<42} {value * 1000:8.1f} ms")
    start = median["python -c pass (interpreter start)"]
    deps = median[deps_code]
    ours = median["import bilateral"]
    import_inside = statistics.median(i for i, _ in inside)
    load_inside = statistics.median(load for _, load in inside)
    print(f"  {'import bilateral (timed inside)':<42} {import_inside * 1000:8.1f} ms")
    print(f"  {'load_bundled() after import (inside)':<42} {load_inside * 1000:8.1f} ms")
    print("\nRatios")
    print(f"  {'import bilateral / import deps, wall (target <= 1.1)':<62} {ours / deps:6.2f}x")
    print(
        f"  {'same, net of interpreter start':<62} {(ours - start) / max(deps - start, 1e-9):6.2f}x"
    )
    print(
        f"  {'load_bundled() / import bilateral (target < 0.1)':<62} "
        f"{load_inside / import_inside:6.2f}x"
    )

    print("\nbilateral's own modules (-X importtime, one run, cumulative µs)")
    rows = [r for r in importtime() if r[2].strip().startswith("bilateral")]
    for own, cumulative, name in sorted(rows, key=lambda r: -r[1])[:10]:
        print(f"  {name:<40} self {own:7d}  cumulative {cumulative:7d}")
    heavy = [r for r in importtime() if r[1] > 5000 and not r[2].strip().startswith("bilateral")]
    print("\nother modules over 5 ms cumulative (-X importtime, one run)")
    for own, cumulative, name in sorted(heavy, key=lambda r: -r[1])[:12]:
        print(f"  {name:<40} self {own:7d}  cumulative {cumulative:7d}")


if __name__ == "__main__":
    main()
