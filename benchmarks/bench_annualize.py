"""Annualizing a million trade periods, against the same arithmetic on bare Decimals.

Run: ``python benchmarks/bench_annualize.py [--count N] [--repeat K]``.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from _timing import best

from bilateral import Estimates, Flow, Money, PartialDate, TradePeriod

PERIODS = ["2021", "2022-40", "2022-41", "2022-33", "2022-36", "2022-07"]


def distinct(count: int) -> list[TradePeriod]:
    return [
        TradePeriod(
            Flow.TURNOVER,
            PartialDate(PERIODS[i % len(PERIODS)]),
            Money(Decimal(14_400_000 + i).scaleb(-2), "USD"),
        )
        for i in range(count)
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--distinct", action="store_true", help="every period distinct (slow to build)"
    )
    args = parser.parse_args(argv)
    # A thousand distinct periods, repeated: annualized() computes afresh every time;
    # --distinct builds COUNT distinct ones (dates and amounts), which must time alike.
    base = distinct(args.count if args.distinct else 1000)
    periods = (base * (args.count // len(base) + 1))[: args.count]
    pairs = [(p.value.amount, p.months) for p in periods]

    def bare() -> list[Decimal]:
        return [amount * 12 / months for amount, months in pairs]

    def through_attributes() -> list[Decimal]:
        return [p.value.amount * 12 / p.months for p in periods]

    def annualized() -> list[Any]:
        return [p.annualized() for p in periods]

    def estimates() -> tuple[Decimal, ...]:
        return Estimates(periods).amounts

    assert [e.value.amount for e in annualized()[:1000]] == bare()[:1000]  # noqa: S101
    assert list(estimates()) == [e.value.amount for e in annualized()]  # noqa: S101
    results = best(
        {
            "bare Decimals: amount * 12 / months": bare,
            "the same through TradePeriod attributes": through_attributes,
            "TradePeriod.annualized() (an Estimate of Money)": annualized,
            "Estimates(periods).amounts (one column)": estimates,
        },
        args.repeat,
    )
    print(f"{args.count:,} trade periods, best of {args.repeat}\n")
    for name, value in results.items():
        print(f"  {name:<50} {value:7.3f} s")
    floor = results["bare Decimals: amount * 12 / months"]
    print("\nRatios")
    for name, value in results.items():
        print(f"  {name + ' / bare (target <= 2.0)':<72} {value / floor:6.2f}x")


if __name__ == "__main__":
    main()
