r"""``python -m bilateral`` and the ``bilateral`` command.

With no command it prints the summary of the bundled dataset; other
commands are subcommands (``bilateral --version`` prints the version):

- ``bilateral summary [--today YYYY-MM-DD] [--locale LOCALE]`` prints the
  summary (``--today`` and ``--locale`` may also come before the command);
- ``bilateral schema`` prints the JSON Schema of the format;
- ``bilateral validate FILE...`` checks documents and lists every problem
  as ``FILE: $.path: message`` (``-`` reads standard input);
- ``bilateral export [FILE] [--format json] [--input FILE] [--output PATH]``
  writes the bundled dataset (or the one in ``FILE`` or ``--input``) in the
  canonical format; with ``--table events|trade|missions|statements|
  relations|ruptures|mission_levels|dyad-years`` it writes that table instead,
  as ``--format json`` (an array of rows), ``csv`` (lists as JSON text) or
  ``parquet`` (needs ``--output``), the panel with ``--start``, ``--end`` and
  ``--directed``;
- ``bilateral import trade FILE [--layout long|comtrade|imf] [--on-error
  raise|collect] [--progress] -o OUT.json`` reads a trade table (CSV or
  Parquet) into a dataset document and prints how many records it read, how
  many figures were missing and how many were bad (each bad one on a line of
  its own with ``--on-error collect``). Other kinds of outside data are
  further subcommands of ``import``: ``bilateral import plover FILE -o
  OUT.json`` reads PLOVER event records (a JSON array or JSON Lines),
  ``bilateral import cow-states FILE -o OUT.json`` the Correlates of War
  state list (a document holding it as a dataset source); each prints the
  count of records read, of problems (and of documentation records);
- ``bilateral summary [FILE]`` summarizes the dataset document FILE, or the
  bundled dataset without one.

Input: ``validate`` and ``export --input`` read at most ``--max-bytes`` bytes
of a file (default 256 MiB, or the ``BILATERAL_MAX_BYTES`` environment
variable; both take a number of bytes, or one with ``K``, ``M`` or ``G`` for
KiB, MiB, GiB); a larger or endless input (``/dev/zero``) is refused as
invalid after reading one byte more than the limit.

Output: JSON (``schema``, ``export``) is written as UTF-8 whatever the
locale, since JSON is UTF-8. Text (``summary``, ``validate``) is written in
the encoding of standard output; a character it cannot encode (Cyrillic on
an ASCII terminal, a file name that is not UTF-8) is written as a Python
backslash escape such as ``\u0410`` instead of failing.

Exit codes, with every error a single line ``bilateral: ...`` on standard
error and never a traceback:

- 0: success;
- 1: the input is bad (each problem listed; a file that cannot be read or is
  too large is a problem of the input, so the other files are still checked);
  ``import ... --on-error collect`` writes the records it could read and
  still exits 1 when any could not be;
- 2: usage errors (as argparse reports them);
- 74 (``EX_IOERR``): the output cannot be written (a full disk, standard
  output closed, ``--output`` not writable or not a regular file);
- 141 (128 + ``SIGPIPE``, what a shell reports for ``git`` or ``cat``): the
  reader of standard output went away (``bilateral validate ... | head -1``);
  nothing is printed, as those commands print nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from bilateral._model import Dataset

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 74  # EX_IOERR in sysexits.h
EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE

MAX_BYTES_VARIABLE = "BILATERAL_MAX_BYTES"
_DEFAULT_MAX_BYTES = 256 * 1024 * 1024  # as bilateral._wire.files.DEFAULT_MAX_BYTES
_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
_SIZE = re.compile(r"([0-9]+)([KMG]?)(?:i?B)?", re.IGNORECASE)

EPILOG = """\
exit status: 0 success; 1 invalid input (every problem listed); 2 usage error;
74 the output cannot be written; 141 standard output closed by its reader
(as in `bilateral validate ... | head -1`). Errors are one line on stderr.
Inputs over --max-bytes (default 256 MiB, or $BILATERAL_MAX_BYTES) are refused.
"""


class _OutputError(Exception):
    """Standard output cannot be written; ``cause`` says why."""

    def __init__(self, cause: OSError | None) -> None:
        super().__init__(cause)
        self.cause = cause


def _stdout() -> TextIO:
    if sys.stdout is None:  # started with standard output closed
        raise _OutputError(None)
    return sys.stdout


def _write(text: str) -> None:
    """Write text to standard output; what its encoding lacks, as backslash escapes."""
    stream = _stdout()
    try:
        try:
            stream.write(text)
        except UnicodeEncodeError:
            encoding = stream.encoding or "utf-8"
            stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
    except OSError as exc:
        raise _OutputError(exc) from None


def _write_json(text: str) -> None:
    """Write JSON text to standard output as UTF-8, whatever its encoding."""
    stream = _stdout()
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # pragma: no cover - a text-only stream replaced sys.stdout
        _write(text)
        return
    try:
        stream.flush()
        buffer.write(text.encode("utf-8"))
    except OSError as exc:
        raise _OutputError(exc) from None


def _flush() -> None:
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except OSError as exc:
        raise _OutputError(exc) from None


def _error(message: str, command: str = "") -> None:
    """One line on standard error (which escapes what it cannot encode)."""
    if sys.stderr is not None:
        try:
            sys.stderr.write(f"bilateral{' ' if command else ''}{command}: {message}\n")
            sys.stderr.flush()
        except OSError:
            pass


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush cannot fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _size(text: str) -> int:
    match = _SIZE.fullmatch(text.strip())
    if match is None:
        msg = f"expected a number of bytes such as 1000000 or 64M, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(match[1]) * _UNITS[match[2].upper()]


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
    from bilateral._text.catalog import has_catalog  # noqa: PLC0415 - keep --help fast
    from bilateral._text.summary import summary  # noqa: PLC0415
    from bilateral._values.errors import LocaleFallbackWarning  # noqa: PLC0415
    from bilateral._values.locales import parse_locale  # noqa: PLC0415

    dataset = _input_dataset(getattr(args, "file", None), args, "summary")
    if isinstance(dataset, int):
        return dataset
    today = args.today or dt.date.today()
    with warnings.catch_warnings():
        # Said once, as one line of our own, not in the warnings module's format.
        warnings.simplefilter("ignore", LocaleFallbackWarning)
        text = summary(dataset, today=today, locale=args.locale)
    if not has_catalog(parse_locale(args.locale)):
        _error(f"no catalog for {args.locale!r}; writing English")
    _write(text)
    return EXIT_OK


def _schema(_: argparse.Namespace) -> int:
    import json  # noqa: PLC0415 - keep --help fast

    from bilateral._wire.schema import json_schema  # noqa: PLC0415

    _write_json(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def _read(name: str, max_bytes: int) -> bytes:
    from bilateral._wire.files import read_limited  # noqa: PLC0415 - keep --help fast

    if name == "-":
        if sys.stdin is None:
            raise OSError(None, "standard input is closed")
        return read_limited(sys.stdin.buffer, max_bytes)
    return read_limited(name, max_bytes)


def _cannot(action: str, name: str, exc: OSError) -> str:
    return f"{name}: cannot {action}: {exc.strerror or exc}"


def _validate(args: argparse.Namespace) -> int:
    from bilateral._values.errors import ValidationError  # noqa: PLC0415
    from bilateral._wire.converter import loads  # noqa: PLC0415

    failed = False
    for name in args.files:
        try:
            loads(_read(name, args.max_bytes))
        except OSError as exc:
            _write(_cannot("read", name, exc) + "\n")
            failed = True
        except ValidationError as exc:
            _write("".join(f"{name}: {problem}\n" for problem in exc.problems))
            failed = True
        else:
            _write(f"{name}: valid\n")
    return EXIT_INVALID if failed else EXIT_OK


def _input_dataset(source: str | None, args: argparse.Namespace, command: str) -> Dataset | int:
    """The dataset in ``source`` (the bundled one for ``None``), or the exit code if it cannot be read.

    A file that cannot be read is one line on standard error; a document that
    is not valid, each problem as a line.
    """
    from bilateral._values.errors import ValidationError  # noqa: PLC0415
    from bilateral._wire.bundled import load_bundled  # noqa: PLC0415
    from bilateral._wire.converter import loads  # noqa: PLC0415

    if source is None:
        return load_bundled()
    try:
        return loads(_read(source, args.max_bytes))
    except OSError as exc:
        _error(_cannot("read", source, exc), command)
        return EXIT_INVALID
    except ValidationError as exc:
        if sys.stderr is not None:
            sys.stderr.writelines(f"{source}: {problem}\n" for problem in exc.problems)
        return EXIT_INVALID


def _export_input(args: argparse.Namespace) -> Dataset | int:
    """The dataset to export, or the exit code if it cannot be read."""
    return _input_dataset(args.file if args.file is not None else args.input, args, "export")


def _export(args: argparse.Namespace) -> int:
    from bilateral._wire.converter import dumps  # noqa: PLC0415
    from bilateral._wire.files import dump  # noqa: PLC0415

    misuse = _export_misuse(args)
    if misuse is not None:
        _error(misuse, "export")
        return EXIT_USAGE
    dataset = _export_input(args)
    if isinstance(dataset, int):
        return dataset
    if args.table is not None:
        return _export_table(dataset, args)
    if args.output is None or args.output == "-":
        _write_json(dumps(dataset))
        return EXIT_OK
    try:
        dump(dataset, args.output)
    except OSError as exc:
        _error(_cannot("write", args.output, exc), "export")
        return EXIT_OUTPUT
    return EXIT_OK


def _export_misuse(args: argparse.Namespace) -> str | None:
    if args.file is not None and args.input is not None:
        return "give the input as FILE or as --input, not both"
    if args.table is None and args.format != "json":
        return f"--format {args.format} needs --table (a table of the dataset)"
    if args.format == "parquet" and args.output in {None, "-"}:
        return "--format parquet needs --output (Parquet is not text)"
    return None


EXPORT_TABLES = (
    "events",
    "trade",
    "missions",
    "statements",
    "relations",
    "ruptures",
    "mission_levels",
    "dyad-years",
)


def _table_text(table: object, fmt: str) -> str:
    """An Arrow table as CSV (lists and records as JSON text) or as a JSON array of rows."""
    import json  # noqa: PLC0415

    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.csv  # noqa: PLC0415

    assert isinstance(table, pa.Table)  # noqa: S101 - from to_arrow
    if fmt == "json":
        rows = table.to_pylist()
        return json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n"
    columns = []
    for field, column in zip(table.schema, table.columns, strict=True):
        if pa.types.is_dictionary(field.type):
            column = column.cast(pa.string())  # noqa: PLW2901 - the column as CSV writes it
        elif pa.types.is_list(field.type):
            texts = [json.dumps(v, ensure_ascii=False, default=str) for v in column.to_pylist()]
            column = pa.array(texts, pa.string())  # noqa: PLW2901
        columns.append(column)
    plain = pa.table(columns, names=table.column_names)
    sink = pa.BufferOutputStream()
    pyarrow.csv.write_csv(plain, sink)
    return bytes(sink.getvalue()).decode("utf-8")


def _export_table(dataset: Dataset, args: argparse.Namespace) -> int:
    from bilateral._tables.arrow import to_arrow  # noqa: PLC0415
    from bilateral._tables.panel import dyad_years  # noqa: PLC0415
    from bilateral._values.errors import BilateralError  # noqa: PLC0415

    try:
        if args.table == "dyad-years":
            table = dyad_years(
                dataset, start=args.start, end=args.end, directed=args.directed
            ).to_arrow()
        else:
            table = to_arrow(dataset, args.table)
    except BilateralError as exc:
        _error(str(exc), "export")
        return EXIT_INVALID
    if args.format == "parquet":
        import pyarrow.parquet as pq  # noqa: PLC0415

        try:
            pq.write_table(table, args.output)
        except OSError as exc:
            _error(_cannot("write", args.output, exc), "export")
            return EXIT_OUTPUT
        return EXIT_OK
    text = _table_text(table, args.format)
    if args.output is None or args.output == "-":
        _write_json(text)
        return EXIT_OK
    try:
        with open(args.output, "w", encoding="utf-8", newline="") as out:  # noqa: PTH123
            out.write(text)
    except OSError as exc:
        _error(_cannot("write", args.output, exc), "export")
        return EXIT_OUTPUT
    return EXIT_OK


_LAYOUTS = ("long", "comtrade", "imf")


def _import_trade(args: argparse.Namespace) -> int:
    from bilateral._model.trade_table import TradeLayout  # noqa: PLC0415 - keep --help fast
    from bilateral._values.errors import BilateralError  # noqa: PLC0415
    from bilateral._wire.files import dump  # noqa: PLC0415
    from bilateral._wire.readers import read_trade  # noqa: PLC0415

    layout = {"long": TradeLayout.LONG, "comtrade": TradeLayout.COMTRADE, "imf": TradeLayout.IMF}
    try:
        result = read_trade(
            args.file,
            layout=layout[args.layout],
            on_error=args.on_error,
            progress=args.progress,
        )
    except OSError as exc:
        _error(_cannot("read", args.file, exc), "import")
        return EXIT_INVALID
    except (BilateralError, UnicodeDecodeError) as exc:
        _error(f"{args.file}: {exc}", "import")
        return EXIT_INVALID
    _write(f"{args.file}: {result.counts()}\n")
    _write("".join(f"{args.file}: {problem}\n" for problem in result.problems))
    try:
        dump(result.value, args.output)
    except OSError as exc:
        _error(_cannot("write", args.output, exc), "import")
        return EXIT_OUTPUT
    return EXIT_INVALID if result.problems else EXIT_OK


def _import_records(args: argparse.Namespace) -> int:
    from bilateral._model.dataset import Dataset  # noqa: PLC0415 - keep --help fast
    from bilateral._values.errors import BilateralError  # noqa: PLC0415
    from bilateral._wire.files import dump  # noqa: PLC0415
    from bilateral._wire.readers import read_cow_states, read_plover  # noqa: PLC0415

    reader = read_plover if args.kind == "plover" else read_cow_states
    try:
        result = reader(args.file, on_error=args.on_error, progress=args.progress)
    except OSError as exc:
        _error(_cannot("read", args.file, exc), "import")
        return EXIT_INVALID
    except (BilateralError, UnicodeDecodeError) as exc:
        _error(f"{args.file}: {exc}", "import")
        return EXIT_INVALID
    documentation = f", {len(result.skipped)} documentation" if result.skipped else ""
    _write(
        f"{args.file}: {result.records} records: {result.read} read, "
        f"{len(result.problems)} problems{documentation}\n"
    )
    _write("".join(f"{args.file}: {problem}\n" for problem in result.problems))
    value = result.value
    dataset = value if isinstance(value, Dataset) else Dataset(sources=[value])
    try:
        dump(dataset, args.output)
    except OSError as exc:
        _error(_cannot("write", args.output, exc), "import")
        return EXIT_OUTPUT
    return EXIT_INVALID if result.problems else EXIT_OK


def _import_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``import KIND FILE -o OUT``: one subcommand per kind of outside data."""
    importer = commands.add_parser(
        "import",
        help="read outside data (a trade table, PLOVER records, the COW list) into a dataset document",
        description="Read outside data into a dataset document.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    kinds = importer.add_subparsers(title="kinds", metavar="KIND", required=True)
    trade = kinds.add_parser(
        "trade",
        help="a trade table in long format (CSV or Parquet)",
        description=(
            "Read a trade table in long format (one figure per row; CSV, or Parquet "
            "for a file ending in .parquet) into a dataset document. Print the count "
            "of records read, of missing figures and of problems. Exit 0 when every "
            "record was read or missing, 1 when any was bad (with --on-error collect "
            "the others are written all the same), 74 when OUT cannot be written."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    trade.add_argument("file", metavar="FILE", help="the table")
    _reader_options(trade, layouts=_LAYOUTS)
    trade.set_defaults(handler=_import_trade)
    for kind, summary, description in (
        (
            "plover",
            "PLOVER event records (a JSON array or JSON Lines)",
            (
                "Read PLOVER event records into a dataset document: each record whose "
                "actors name two countries becomes an event of their relation, cited "
                "from its text. Print the count of records read, of problems and of "
                "documentation records."
            ),
        ),
        (
            "cow-states",
            "the Correlates of War state system list (CSV)",
            (
                "Read the Correlates of War State System Membership List into a dataset "
                "document holding it as a source, each row a record to cite."
            ),
        ),
    ):
        parser = kinds.add_parser(
            kind,
            help=summary,
            description=description
            + " Exit 0 when every record was read, 1 when any was bad (with --on-error "
            "collect the others are written all the same), 74 when OUT cannot be written.",
            epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        parser.add_argument("file", metavar="FILE", help="the file to read")
        _reader_options(parser, layouts=())
        parser.set_defaults(handler=_import_records, kind=kind)


def _reader_options(parser: argparse.ArgumentParser, *, layouts: Sequence[str]) -> None:
    """The options every ``import`` subcommand takes."""
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="the dataset document to write"
    )
    if layouts:
        parser.add_argument(
            "--layout",
            choices=layouts,
            default=layouts[0],
            help=f"which column holds what (default: {layouts[0]})",
        )
    parser.add_argument(
        "--on-error",
        choices=("raise", "collect"),
        default="raise",
        help=(
            "raise: stop at the first bad record, write nothing (the default); "
            "collect: list every bad record and write the others"
        ),
    )
    parser.add_argument("--progress", action="store_true", help="show progress on standard error")


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


def _max_bytes_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-bytes",
        type=_size,
        default=None,
        metavar="SIZE",
        help=(
            "refuse an input larger than this, in bytes or with K, M or G "
            f"(default: 256M, or ${MAX_BYTES_VARIABLE})"
        ),
    )


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "max_bytes", 0) is None:  # a command that reads, without --max-bytes
        text = os.environ.get(MAX_BYTES_VARIABLE)
        try:
            args.max_bytes = _DEFAULT_MAX_BYTES if text is None else _size(text)
        except argparse.ArgumentTypeError as exc:
            parser.error(f"{MAX_BYTES_VARIABLE}: {exc}")  # exits with 2
    return args


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one subparser per command."""
    parser = argparse.ArgumentParser(
        prog="bilateral",
        description=(
            "Typed relations between two countries. With no command, print a "
            "summary of the bundled Azerbaijan-Lithuania dataset."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"bilateral {_version()}")
    _summary_options(parser, default_today=None, default_locale="en")
    parser.set_defaults(handler=_summary)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    summary = commands.add_parser("summary", help="print the summary (the default)")
    # Given after ``summary`` they override the top-level ones; left out, they
    # keep whatever was given before it.
    _summary_options(summary, default_today=argparse.SUPPRESS, default_locale=argparse.SUPPRESS)
    summary.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="a dataset document; - for stdin (default: the bundled dataset)",
    )
    _max_bytes_option(summary)
    summary.set_defaults(handler=_summary)
    schema = commands.add_parser("schema", help="print the JSON Schema of the format")
    schema.set_defaults(handler=_schema)
    validate = commands.add_parser(
        "validate",
        help="check documents; list every problem",
        description=(
            "Check each FILE against the format. Exit 0 when all are valid, 1 when "
            "any is not (every problem listed as FILE: $.path: message; a file that "
            "cannot be read or is over --max-bytes counts as invalid), 2 on usage errors."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="a document; - for stdin")
    _max_bytes_option(validate)
    validate.set_defaults(handler=_validate)
    export = commands.add_parser(
        "export",
        help="write a dataset in the canonical format",
        description="Write the bundled dataset (or --input) in the canonical format.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("file", nargs="?", metavar="FILE", help="a document to read instead")
    export.add_argument(
        "--format",
        choices=["json", "csv", "parquet"],
        default="json",
        help="json (the default), or with --table also csv or parquet",
    )
    export.add_argument(
        "--table",
        choices=EXPORT_TABLES,
        help="write one table (needs pyarrow) instead of the whole dataset",
    )
    export.add_argument("--start", type=int, help="dyad-years: the first year")
    export.add_argument("--end", type=int, help="dyad-years: the last year")
    export.add_argument(
        "--directed", action="store_true", help="dyad-years: a row each way (sender, receiver)"
    )
    export.add_argument("--input", metavar="FILE", help="a document to read instead")
    export.add_argument(
        "--output",
        metavar="PATH",
        help=(
            "where to write, atomically; through a symbolic link to its target; "
            "never over a folder, FIFO or device (default: standard output)"
        ),
    )
    _max_bytes_option(export)
    export.set_defaults(handler=_export)
    _import_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (see the module's docstring)."""
    try:
        try:
            args = _parse(argv)
        except SystemExit:
            _flush()  # --help and --version: a closed pipe is reported below
            raise
        code: int = args.handler(args)
        _flush()
    except (_OutputError, BrokenPipeError) as exc:
        cause = exc.cause if isinstance(exc, _OutputError) else exc
        _silence_stdout()
        if isinstance(cause, BrokenPipeError):
            return EXIT_CLOSED_PIPE
        why = "it is closed" if cause is None else (cause.strerror or str(cause))
        _error(f"cannot write to standard output: {why}")
        return EXIT_OUTPUT
    return code


if __name__ == "__main__":
    raise SystemExit(main())
