"""Loading and dumping 100,000 events and 100,000 trade periods: bilateral against the alternatives.

Everything runs in this one process on the same bytes, so the ratios compare
like with like. Run: ``python benchmarks/bench_wire.py [--events N] [--repeat K]``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from importlib.metadata import version

import _alternatives as alt
import _fast_prototype as _fast
import _synthetic
import msgspec
import orjson
from _timing import best

import bilateral
from bilateral._wire import converter as _converter


def header() -> None:
    names = ["bilateral", "attrs", "cattrs", "pydantic", "pydantic-core", "msgspec", "orjson"]
    print(f"Python {platform.python_version()} on {platform.machine()} ({platform.platform()})")
    print(", ".join(f"{n} {version(n)}" for n in names))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--trade", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    header()
    payload = _synthetic.document_bytes(events=args.events, trade=args.trade)
    print(
        f"document: {args.events:,} events, {args.trade:,} trade periods, "
        f"{len(payload) / 1e6:.1f} MB; best of {args.repeat}\n"
    )

    dataset = bilateral.loads(payload)
    as_pydantic = alt.PDataset.model_validate_json(payload)
    as_msgspec = msgspec.json.decode(payload, type=alt.MDataset)
    plain = orjson.loads(payload)
    body = _converter._check_header(json.loads(payload))  # noqa: SLF001 - structure alone
    detailed = bilateral.make_converter(detailed_validation=True)
    fast = bilateral.make_converter(detailed_validation=False)

    load = {
        "orjson.loads (plain dicts, the floor)": lambda: orjson.loads(payload),
        "json.loads (plain dicts)": lambda: json.loads(payload),
        "msgspec.json.decode (Structs)": lambda: msgspec.json.decode(payload, type=alt.MDataset),
        "pydantic v2 model_validate_json": lambda: alt.PDataset.model_validate_json(payload),
        "bilateral.loads": lambda: bilateral.loads(payload),
        "msgspec prototype of loads (benchmarks/_fast_prototype.py)": lambda: _fast.loads(payload),
    }
    structure = {
        "cattrs structure, fast converter only": lambda: fast.structure(body, bilateral.Dataset),
        "cattrs structure, detailed converter only": lambda: detailed.structure(
            body, bilateral.Dataset
        ),
        "bilateral's structure (fast, detailed on failure)": lambda: _converter.structure(
            body, bilateral.Dataset
        ),
    }
    dump = {
        "orjson.dumps (plain dicts, the floor)": lambda: orjson.dumps(plain),
        "msgspec.json.encode": lambda: msgspec.json.encode(as_msgspec),
        "pydantic v2 model_dump_json": as_pydantic.model_dump_json,
        "bilateral.dumps(indent=None)": lambda: bilateral.dumps(dataset, indent=None),
        "bilateral.dumps (indent=2, the default)": lambda: bilateral.dumps(dataset),
    }
    results: dict[str, float] = {}
    for title, cases in (
        ("Load", load),
        ("Structure (no JSON parsing)", structure),
        ("Dump", dump),
    ):
        print(title)
        results.update(best(cases, args.repeat))
        for name in cases:
            print(f"  {name:<52} {results[name]:8.3f} s")
        print()

    ours_load = results["bilateral.loads"]
    ours_dump = results["bilateral.dumps(indent=None)"]
    ratios = [
        ("load: bilateral / pydantic (target <= 1.0)", ours_load / results["pydantic v2 model_validate_json"]),
        ("load: bilateral / msgspec", ours_load / results["msgspec.json.decode (Structs)"]),
        ("load: msgspec prototype / pydantic", results["msgspec prototype of loads (benchmarks/_fast_prototype.py)"] / results["pydantic v2 model_validate_json"]),
        ("load: msgspec prototype / orjson.loads", results["msgspec prototype of loads (benchmarks/_fast_prototype.py)"] / results["orjson.loads (plain dicts, the floor)"]),
        ("load: msgspec prototype / bilateral.loads", results["msgspec prototype of loads (benchmarks/_fast_prototype.py)"] / ours_load),
        ("load: bilateral / orjson.loads (target <= 2.0)", ours_load / results["orjson.loads (plain dicts, the floor)"]),
        ("dump: bilateral / pydantic (target <= 1.0)", ours_dump / results["pydantic v2 model_dump_json"]),
        ("dump: bilateral / msgspec", ours_dump / results["msgspec.json.encode"]),
        ("dump: bilateral / orjson.dumps", ours_dump / results["orjson.dumps (plain dicts, the floor)"]),
        (
            "error reporting on valid input: structure / fast only (target ~1.0)",
            results["bilateral's structure (fast, detailed on failure)"]
            / results["cattrs structure, fast converter only"],
        ),
        (
            "if detailed always ran: detailed / fast",
            results["cattrs structure, detailed converter only"]
            / results["cattrs structure, fast converter only"],
        ),
    ]  # fmt: skip
    print("Ratios (lower is faster for bilateral)")
    for name, ratio in ratios:
        print(f"  {name:<70} {ratio:6.2f}x")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
