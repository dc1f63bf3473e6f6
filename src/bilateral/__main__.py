"""``python -m bilateral`` and the ``bilateral`` command.

With no command it prints the summary of the bundled dataset; other
commands are subcommands (``bilateral --version`` prints the version):

- ``bilateral summary [--today YYYY-MM-DD] [--locale LOCALE]`` prints the
  summary (``--today`` and ``--locale`` may also come before the command);
- ``bilateral schema`` prints the JSON Schema of the format;
- ``bilateral validate FILE...`` checks documents and lists every problem
  as ``FILE: $.path: message`` (``-`` reads standard input);
- ``bilateral export [--format json] [--input FILE] [--output PATH]`` writes
  the bundled dataset (or the one in ``--input``) in the canonical format.

Exit codes: 0 success, 1 the input is bad (each problem listed; a file that
cannot be read is a problem of the input, so the other files are still
checked), 2 usage errors (as argparse reports them). Bad input never ends in
a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"expected a date as YYYY-MM-DD, got {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _locale(text: str) -> str:
    from bilateral._values.errors import UnknownLocaleError  # noqa: PLC0415
    from bilateral._values.locales import parse_locale  # noqa: PLC0415 - keep --help fast

    try:
        parse_locale(text)
    except UnknownLocaleError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return text


def _summary(args: argparse.Namespace) -> int:
    from bilateral._text.summary import summary  # noqa: PLC0415 - keep --help fast
    from bilateral._wire.bundled import load_bundled  # noqa: PLC0415

    today = args.today or dt.date.today()
    sys.stdout.write(summary(load_bundled(), today=today, locale=args.locale))
    return 0


def _schema(_: argparse.Namespace) -> int:
    import json  # noqa: PLC0415 - keep --help fast

    from bilateral._wire.schema import json_schema  # noqa: PLC0415

    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
    return 0


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def _cannot(action: str, name: str, exc: OSError) -> str:
    return f"{name}: cannot {action}: {exc.strerror or exc}"


def _validate(args: argparse.Namespace) -> int:
    from bilateral._values.errors import ValidationError  # noqa: PLC0415
    from bilateral._wire.converter import loads  # noqa: PLC0415

    failed = False
    for name in args.files:
        try:
            loads(_read(name))
        except OSError as exc:
            sys.stdout.write(_cannot("read", name, exc) + "\n")
            failed = True
        except ValidationError as exc:
            sys.stdout.writelines(f"{name}: {problem}\n" for problem in exc.problems)
            failed = True
        else:
            sys.stdout.write(f"{name}: valid\n")
    return 1 if failed else 0


def _export(args: argparse.Namespace) -> int:
    from bilateral._values.errors import ValidationError  # noqa: PLC0415
    from bilateral._wire.bundled import load_bundled  # noqa: PLC0415
    from bilateral._wire.converter import dumps, loads  # noqa: PLC0415
    from bilateral._wire.files import dump  # noqa: PLC0415

    if args.input is None:
        dataset = load_bundled()
    else:
        try:
            dataset = loads(_read(args.input))
        except OSError as exc:
            sys.stderr.write(f"bilateral export: {_cannot('read', args.input, exc)}\n")
            return 1
        except ValidationError as exc:
            sys.stderr.writelines(f"{args.input}: {problem}\n" for problem in exc.problems)
            return 1
    if args.output is None or args.output == "-":
        sys.stdout.write(dumps(dataset))
        return 0
    try:
        dump(dataset, args.output)
    except OSError as exc:
        sys.stderr.write(f"bilateral export: {_cannot('write', args.output, exc)}\n")
        return 1
    return 0


def _version() -> str:
    from importlib.metadata import version  # noqa: PLC0415 - keep --help fast

    return version("bilateral")


def _summary_options(
    parser: argparse.ArgumentParser, *, default_today: object, default_locale: object
) -> None:
    parser.add_argument(
        "--today",
        type=_day,
        default=default_today,
        help="the day to compute ages on (default: today's date)",
    )
    parser.add_argument(
        "--locale",
        type=_locale,
        default=default_locale,
        help="the language of the summary, a CLDR locale such as lt, az or ru (default: en)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one subparser per command."""
    parser = argparse.ArgumentParser(
        prog="bilateral",
        description=(
            "Typed relations between two countries. With no command, print a "
            "summary of the bundled Azerbaijan-Lithuania dataset."
        ),
    )
    parser.add_argument("--version", action="version", version=f"bilateral {_version()}")
    _summary_options(parser, default_today=None, default_locale="en")
    parser.set_defaults(handler=_summary)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    summary = commands.add_parser("summary", help="print the summary (the default)")
    # Given after ``summary`` they override the top-level ones; left out, they
    # keep whatever was given before it.
    _summary_options(summary, default_today=argparse.SUPPRESS, default_locale=argparse.SUPPRESS)
    summary.set_defaults(handler=_summary)
    schema = commands.add_parser("schema", help="print the JSON Schema of the format")
    schema.set_defaults(handler=_schema)
    validate = commands.add_parser(
        "validate",
        help="check documents; list every problem",
        description=(
            "Check each FILE against the format. Exit 0 when all are valid, 1 when "
            "any is not (every problem listed as FILE: $.path: message; a file that "
            "cannot be read counts as invalid), 2 on usage errors."
        ),
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="a document; - for stdin")
    validate.set_defaults(handler=_validate)
    export = commands.add_parser(
        "export",
        help="write a dataset in the canonical format",
        description="Write the bundled dataset (or --input) in the canonical format.",
    )
    export.add_argument("--format", choices=["json"], default="json", help="json (the default)")
    export.add_argument("--input", metavar="FILE", help="a document to read instead")
    export.add_argument(
        "--output",
        metavar="PATH",
        help="where to write, atomically (default: standard output)",
    )
    export.set_defaults(handler=_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    code: int = args.handler(args)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
