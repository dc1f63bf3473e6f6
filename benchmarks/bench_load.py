"""Loading and dumping a large synthetic dataset: fast path against detailed pass.

Builds a dataset of 20,000 events and 20,000 trade periods (each citing a
source), then times, best of several runs:

- ``dumps``, and ``dump`` to a file (atomic write);
- parsing the JSON text alone (``bilateral._serialize.parse_json``);
- ``loads`` of the valid document (the fast path);
- structuring the same valid data with the detailed pass forced
  (``_structure_detailed``), which is what every load would cost if the
  detailed error collection ran always;
- ``loads`` of the document with one bad value (fast path fails, then the
  detailed pass lists the problem).

Garbage collection is off while timing (as in timeit). Prints figures;
asserts nothing. Run: ``python benchmarks/bench_load.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bilateral import (
    Country,
    Dataset,
    Event,
    EventKind,
    Flow,
    Money,
    PartialDate,
    Person,
    Relation,
    Source,
    Status,
    TradePeriod,
    ValidationError,
    dump,
    dumps,
    loads,
)
from bilateral._wire.converter import _check_header, _structure_detailed, structure
from bilateral._wire.jsontext import parse_json

PAIRS = [("AZ", "LT"), ("AZ", "GE"), ("LT", "DE"), ("FR", "DE"), ("US", "TR")]


def build(events: int, trade: int) -> Dataset:
    text = "".join(f"Sentence {i} of the source. " for i in range(200))
    source = Source("s", "Synthetic News", dt.date(2024, 1, 1), text)
    quotes = [source.cite(f"Sentence {i} of the source.") for i in range(200)]
    people = [Person(f"p{i}", f"Person {i}") for i in range(50)]
    relations = []
    for index, pair in enumerate(PAIRS):
        share = range(index, events, len(PAIRS))
        relation_events = [
            Event(
                f"e{i}",
                list(EventKind)[i % len(EventKind)],
                Status.HELD if i % 3 else Status.PLANNED,
                PartialDate(1990 + i % 30, 1 + i % 12),
                f"Event number {i}",
                origin=Country(pair[0]) if i % 2 else None,
                destination=Country(pair[1]) if i % 2 else None,
                participants=[f"p{i % 50}"],
                citations=[quotes[i % 200]],
            )
            for i in share
        ]
        relation_trade = [
            TradePeriod(
                Flow.TURNOVER if i % 2 else Flow.EXPORTS,
                PartialDate(f"{1990 + i % 30}-{33 + i % 4}"),
                Money(f"{i * 1000}.50", "USD"),
                reporter=None if i % 2 else Country(pair[0]),
                citations=[quotes[(i + 7) % 200]],
            )
            for i in range(index, trade, len(PAIRS))
        ]
        relations.append(Relation(pair, events=relation_events, trade=relation_trade))
    return Dataset([source], people, relations)


def best(label: str, action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        # As timeit does: the collector's pauses depend on what else is alive.
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
        finally:
            gc.enable()
    fastest = min(times)
    print(f"{label:<58} {fastest * 1000:9.1f} ms")
    return fastest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--trade", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    dataset = build(args.events, args.trade)
    print(
        f"built {args.events} events and {args.trade} trade periods "
        f"in {time.perf_counter() - start:.2f} s"
    )
    text = dumps(dataset)
    print(f"document: {len(text.encode('utf-8')) / 1e6:.1f} MB\n")

    data = parse_json(text)
    body = _check_header(data)
    bad = json.loads(text)
    bad["relations"][2]["trade"][5]["value"]["amount"] = 14.4

    bad_text = json.dumps(bad, ensure_ascii=False)
    repeat = args.repeat
    best("dumps", lambda: dumps(dataset), repeat)
    with tempfile.TemporaryDirectory() as folder:
        best("dump (atomic, to a file)", lambda: dump(dataset, Path(folder) / "d.json"), repeat)
    parse = best("parse JSON only (parse_json)", lambda: parse_json(text), repeat)
    plain = best(
        "json.loads only (no duplicate-key or NaN checks)", lambda: json.loads(text), repeat
    )
    fast = best("loads, valid document (fast path)", lambda: loads(text), repeat)
    # The same parsed data for both, so that neither pays for collecting
    # the garbage of a fresh parse.
    structured = best("structure, valid data, fast path", lambda: structure(body, Dataset), repeat)
    detailed = best(
        "structure, valid data, detailed pass forced",
        lambda: _structure_detailed(body, Dataset),
        repeat,
    )

    def load_bad() -> None:
        try:
            loads(bad_text)
        except ValidationError as exc:
            if len(exc.problems) != 1:
                raise
        else:
            msg = "the bad document loaded"
            raise RuntimeError(msg)

    failing = best("loads, one bad value (fast fails, then detailed)", load_bad, repeat)
    print()
    print(
        f"structuring on the fast path: {structured * 1000:.1f} ms; "
        f"with the detailed pass forced: {detailed * 1000:.1f} ms "
        f"({detailed / structured:.2f}x)"
    )
    print(f"strict JSON parsing costs {(parse - plain) * 1000:.1f} ms over json.loads")
    print(f"a bad document costs {failing / fast:.2f}x a good one")


if __name__ == "__main__":
    main()
