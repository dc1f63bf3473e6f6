"""``python -m bilateral`` and the ``bilateral`` command: a summary of the bundled dataset."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence

from bilateral._summary import summary


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"expected a date as YYYY-MM-DD, got {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Print the summary of the bundled dataset; return the exit code."""
    parser = argparse.ArgumentParser(
        prog="bilateral",
        description="Summarize the bundled Azerbaijan-Lithuania dataset.",
    )
    parser.add_argument(
        "--today",
        type=_day,
        default=None,
        help="the day to compute ages on (default: today's date)",
    )
    args = parser.parse_args(argv)
    sys.stdout.write(summary(today=args.today or dt.date.today()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
