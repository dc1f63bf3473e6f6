"""``python -m bilateral`` and the ``bilateral`` command.

With no command it prints the summary of the bundled dataset; other
commands are subcommands (``bilateral validate FILE...``). Exit codes: 0
success, 1 the input is bad (each problem listed), 2 usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"expected a date as YYYY-MM-DD, got {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _locale(text: str) -> str:
    from bilateral._catalog import parse_locale  # noqa: PLC0415 - keep --help fast
    from bilateral._errors import UnknownLocaleError  # noqa: PLC0415

    try:
        parse_locale(text)
    except UnknownLocaleError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return text


def _summary(args: argparse.Namespace) -> int:
    from bilateral._summary import summary  # noqa: PLC0415 - keep --help fast

    sys.stdout.write(summary(today=args.today or dt.date.today(), locale=args.locale))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one subparser per command."""
    parser = argparse.ArgumentParser(
        prog="bilateral",
        description=(
            "Typed relations between two countries. With no command, print a "
            "summary of the bundled Azerbaijan-Lithuania dataset."
        ),
    )
    parser.add_argument(
        "--today",
        type=_day,
        default=None,
        help="the day to compute ages on (default: today's date)",
    )
    parser.add_argument(
        "--locale",
        type=_locale,
        default="en",
        help="the language of the summary, a CLDR locale such as lt, az or ru (default: en)",
    )
    parser.set_defaults(handler=_summary)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    summary = commands.add_parser("summary", help="print the summary (the default)")
    summary.set_defaults(handler=_summary)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    code: int = args.handler(args)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
