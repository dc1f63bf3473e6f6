from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import bilateral
from bilateral import json_schema
from bilateral.__main__ import main


def test_summary_on_a_fixed_day(capsys):
    assert 0 == main(["--today", "2026-11-28"])
    out = capsys.readouterr().out

    assert "Azerbaijan (AZ) and Lithuania (LT)" in out
    assert (
        "Diplomatic relations between Azerbaijan and Lithuania were established on November 20, 1995."
        in out
    )
    assert "On November 28, 2026, the relations were 31 years and 8 days old." in out
    assert "On February 17, 2023, the relations were 27 years, 2 months, and 28 days old." in out
    assert "The embassy of Azerbaijan in Lithuania opened in September 2007." in out
    assert "The embassy of Lithuania in Azerbaijan opened on April 3, 2007." in out
    assert "As of February 17, 2023, the two countries had signed 39 documents." in out
    assert "Annualized, that is $28.8M a year (an estimate from 6 months)." in out
    assert "is 31.4% ($13.2M) lower than for 2021. This is an estimate" in out
    assert "Correction: the source's “Naus?da” is read as “Nausėda”." in out
    planned = out.index("Events planned:")
    assert (
        out.index(
            "A meeting of the intergovernmental commission is planned on or after February 17, 2023."
        )
        > planned
    )
    assert out.index("An official visit from Lithuania to Azerbaijan took place in 2022.") < planned


def test_summary_in_lithuanian(capsys):
    assert 0 == main(["--locale", "lt", "--today", "2023-02-17"])
    out = capsys.readouterr().out

    assert "Azerbaidžanas (AZ) ir Lietuva (LT)" in out
    assert "Planuojami renginiai:" in out
    assert "2023 m. vasario 17 d. duomenimis šalys buvo pasirašiusios 39 dokumentus." in out
    assert "Events" not in out


@pytest.mark.parametrize(
    "argv",
    [
        ["summary", "--locale", "lt", "--today", "2023-02-17"],
        ["--locale", "lt", "--today", "2023-02-17", "summary"],
        ["--today", "2023-02-17", "summary", "--locale", "lt"],
        [
            "--locale",
            "ru",
            "--today",
            "2020-01-01",
            "summary",
            "--locale",
            "lt",
            "--today",
            "2023-02-17",
        ],
    ],
)
def test_summary_options_go_before_or_after_the_command(capsys, argv):
    expected = main(["--locale", "lt", "--today", "2023-02-17"]), capsys.readouterr().out

    assert expected == (main(argv), capsys.readouterr().out)
    assert "2023 m. vasario 17 d. santykiams buvo" in expected[1]


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])

    assert 0 == info.value.code
    assert f"bilateral {metadata.version('bilateral')}\n" == capsys.readouterr().out


def test_a_day_before_the_establishment_says_so(capsys):
    assert 0 == main(["summary", "--today", "1995-11-19"])
    out = capsys.readouterr().out

    assert [
        "  On November 19, 1995, the relations were not yet established.",
        "  On February 17, 2023, the relations were 27 years, 2 months, and 28 days old.",
    ] == [line for line in out.splitlines() if line.startswith("  On ")]


def test_a_locale_without_a_catalog_is_one_line_on_stderr(capsys):
    assert 0 == main(["--locale", "it", "--today", "2023-02-17"])
    captured = capsys.readouterr()
    assert captured.err == "bilateral: no catalog for 'it'; writing English\n"
    assert "Diplomatic relations between Azerbaijan and Lithuania" in captured.out
    # Every time, not only the first time the library warns about the locale.
    assert 0 == main(["--locale", "it", "--today", "2023-02-17"])
    assert capsys.readouterr().err == "bilateral: no catalog for 'it'; writing English\n"


def test_unknown_locale_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--locale", "xx"])

    assert 2 == info.value.code
    assert "--locale: locale: expected a locale babel knows" in capsys.readouterr().err


def test_bad_day_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--today", "yesterday"])

    assert 2 == info.value.code
    assert "expected a date as YYYY-MM-DD" in capsys.readouterr().err


def test_python_dash_m_runs():
    result = subprocess.run(
        [sys.executable, "-m", "bilateral", "--today", "2023-02-17"],
        check=True,
        capture_output=True,
        text=True,
    )

    assert "On February 17, 2023, the relations were 27 years, 2 months, and 28 days old." in (
        result.stdout
    )


BUNDLED = Path(bilateral.__file__).parent / "data" / "azernews-2023-02-17.json"


def run(*args, stdin=b""):
    """Run the installed command line as a user would, in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "bilateral", *args],
        input=stdin,
        capture_output=True,
        check=False,
    )


class TestSchema:
    def test_prints_the_schema(self, capsys):
        assert 0 == main(["schema"])

        assert json_schema() == json.loads(capsys.readouterr().out)


class TestValidate:
    def test_valid_files(self, capsys, tmp_path):
        copy = tmp_path / "copy.json"
        copy.write_bytes(BUNDLED.read_bytes())

        assert 0 == main(["validate", str(BUNDLED), str(copy)])
        assert f"{BUNDLED}: valid\n{copy}: valid\n" == capsys.readouterr().out

    def test_every_problem_of_every_file_is_listed(self, capsys, tmp_path):
        document = json.loads(BUNDLED.read_text(encoding="utf-8"))
        document["relations"][0]["trade"][1]["value"]["amount"] = 14.4
        document["people"][0]["extra"] = True
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps(document), encoding="utf-8")
        truncated = tmp_path / "truncated.json"
        truncated.write_text('{"format": "bilateral", "vers', encoding="utf-8")

        assert 1 == main(["validate", str(bad), str(BUNDLED), str(truncated)])
        assert [
            f"{bad}: $.people[0].extra: unknown key",
            (
                f"{bad}: $.relations[0].trade[1].value.amount: expected a decimal string "
                'such as "14400000", got 14.4 (a number)'
            ),
            f"{BUNDLED}: valid",
            f"{truncated}: $: not valid JSON: Unterminated string starting at line 1 column 25",
        ] == capsys.readouterr().out.splitlines()

    def test_a_file_that_cannot_be_read_is_a_problem_not_a_usage_error(self, capsys, tmp_path):
        missing = tmp_path / "missing.json"

        assert 1 == main(["validate", str(missing), str(tmp_path), str(BUNDLED)])
        assert [
            f"{missing}: cannot read: No such file or directory",
            f"{tmp_path}: cannot read: Is a directory",
            f"{BUNDLED}: valid",
        ] == capsys.readouterr().out.splitlines()

    def test_no_file_is_a_usage_error(self):
        result = run("validate")

        assert 2 == result.returncode
        assert b"the following arguments are required: FILE" in result.stderr

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (b"\xff\xfe{}", b"-: $: not UTF-8 text: invalid start byte at byte 0"),
            (b'{"format": "bilateral"', b"-: $: not valid JSON: Expecting ',' delimiter"),
            (
                b"[" * 200_000 + b"]" * 200_000,
                b"-: $: not valid JSON: nested more than 512 levels deep",
            ),
            (b'{"version": NaN}', b"-: $: not valid JSON: NaN is not a JSON number"),
            (b"1" * 5000, b"-: $: not valid JSON: a number has too many digits"),
        ],
    )
    def test_bad_input_never_ends_in_a_traceback(self, data, message):
        result = run("validate", "-", stdin=data)

        assert 1 == result.returncode
        assert result.stdout.startswith(message)
        assert b"Traceback" not in result.stderr + result.stdout


class TestExport:
    def test_bundled_dataset_to_stdout_is_the_bundled_file(self, capsys):
        assert 0 == main(["export"])

        assert BUNDLED.read_text(encoding="utf-8") == capsys.readouterr().out

    def test_to_a_file_atomically(self, tmp_path):
        target = tmp_path / "out.json"
        target.write_text("old", encoding="utf-8")

        assert 0 == main(["export", "--format", "json", "--output", str(target)])
        assert BUNDLED.read_bytes() == target.read_bytes()
        assert ["out.json"] == [p.name for p in tmp_path.iterdir()]

    def test_a_loaded_dataset_is_written_canonically(self, tmp_path):
        source = tmp_path / "compact.json"
        source.write_text(json.dumps(json.loads(BUNDLED.read_text(encoding="utf-8"))))
        target = tmp_path / "out.json"

        assert 0 == main(["export", "--input", str(source), "--output", str(target)])
        assert BUNDLED.read_bytes() == target.read_bytes()

    def test_an_invalid_input_is_reported(self, capsys, tmp_path):
        source = tmp_path / "bad.json"
        source.write_text('{"format": "bilateral", "version": 9}', encoding="utf-8")
        target = tmp_path / "out.json"

        assert 1 == main(["export", "--input", str(source), "--output", str(target)])
        assert (
            f"{source}: $.version: format version 9 is newer than this bilateral reads "
            "(up to 2); upgrade bilateral to read it\n"
        ) == capsys.readouterr().err
        assert not target.exists()

    def test_an_unreadable_input_and_an_unwritable_output(self, capsys, tmp_path):
        missing = tmp_path / "missing.json"

        assert 1 == main(["export", "--input", str(missing)])
        assert 74 == main(["export", "--output", str(tmp_path / "no" / "such" / "dir.json")])
        assert [
            f"bilateral export: {missing}: cannot read: No such file or directory",
            (
                f"bilateral export: {tmp_path / 'no' / 'such' / 'dir.json'}: cannot write: "
                "No such file or directory"
            ),
        ] == capsys.readouterr().err.splitlines()

    def test_an_unknown_format_is_a_usage_error(self):
        result = run("export", "--format", "xml")

        assert 2 == result.returncode
        assert b"invalid choice: 'xml'" in result.stderr


def run_with(args, **options):
    """Run the command line in a subprocess with its standard streams as given."""
    options.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([sys.executable, "-m", "bilateral", *args], check=False, **options)


def one_line(stderr: bytes) -> str:
    """The single line of an error message; never a traceback."""
    assert b"Traceback" not in stderr
    lines = stderr.decode("utf-8", "backslashreplace").splitlines()
    assert 1 == len(lines), lines
    return lines[0]


class TestOutputErrors:
    @pytest.mark.parametrize("args", [["validate", str(BUNDLED)], ["schema"], ["export"], []])
    def test_a_closed_pipe_ends_quietly_with_141(self, args):
        # As `bilateral validate ... | head -1` once head has exited.
        read, write = os.pipe()
        os.close(read)
        try:
            result = run_with(args, stdout=write)
        finally:
            os.close(write)

        assert 141 == result.returncode
        assert b"" == result.stderr

    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
    @pytest.mark.parametrize("args", [["validate", str(BUNDLED)], ["export"], []])
    def test_a_full_disk_is_one_line_and_74(self, args):
        with Path("/dev/full").open("wb") as full:
            result = run_with(args, stdout=full)

        assert 74 == result.returncode
        assert "bilateral: cannot write to standard output: No space left on device" == one_line(
            result.stderr
        )

    @pytest.mark.skipif(not Path("/bin/sh").exists(), reason="no POSIX shell to close stdout")
    def test_a_closed_standard_output_is_one_line_and_74(self):
        result = subprocess.run(
            ["/bin/sh", "-c", 'exec "$0" -m bilateral schema >&-', sys.executable],
            capture_output=True,
            check=False,
        )

        assert 74 == result.returncode
        assert "bilateral: cannot write to standard output: it is closed" == one_line(result.stderr)

    def test_an_output_file_that_is_not_a_regular_file_is_74(self, tmp_path):
        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)

        result = run_with(["export", "--output", str(fifo)])

        assert 74 == result.returncode
        assert f"bilateral export: {fifo}: cannot write: a FIFO, not a regular file" == one_line(
            result.stderr
        )

    def test_exit_statuses_are_in_the_help(self):
        out = run_with(["--help"], stdout=subprocess.PIPE).stdout.decode()

        assert "exit status: 0 success; 1 invalid input" in out
        assert "74 the output cannot be written; 141 standard output closed" in out


class TestEncodings:
    @pytest.mark.parametrize(("locale", "word"), [("ru", "Азербайджан"), ("az", "Azərbaycan")])
    def test_text_the_output_cannot_encode_is_escaped(self, locale, word):
        env = {**os.environ, "PYTHONIOENCODING": "ascii"}
        result = run_with(
            ["--locale", locale, "--today", "2023-02-17"], stdout=subprocess.PIPE, env=env
        )

        assert 0 == result.returncode
        assert b"" == result.stderr
        assert result.stdout.isascii()
        assert word.encode("ascii", "backslashreplace") in result.stdout

    def test_json_is_utf_8_whatever_the_output_encoding(self):
        env = {**os.environ, "PYTHONIOENCODING": "ascii"}
        result = run_with(["export"], stdout=subprocess.PIPE, env=env)

        assert 0 == result.returncode
        assert BUNDLED.read_bytes() == result.stdout

    def test_a_file_name_that_is_not_utf_8(self, tmp_path):
        folder = os.fsencode(tmp_path)
        name = folder + b"/caf\xe9.json"
        Path(os.fsdecode(name)).write_bytes(BUNDLED.read_bytes())
        missing = folder + b"/missing\xff.json"
        env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}

        result = subprocess.run(
            [os.fsencode(sys.executable), b"-m", b"bilateral", b"validate", name, missing],
            capture_output=True,
            check=False,
            env=env,
        )

        assert 1 == result.returncode
        assert b"" == result.stderr
        assert [
            folder + b"/caf\\udce9.json: valid",
            folder + b"/missing\\udcff.json: cannot read: No such file or directory",
        ] == result.stdout.splitlines()


class TestInputSize:
    @pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
    @pytest.mark.parametrize(
        ("args", "env", "limit"),
        [
            (["validate", "--max-bytes", "1K", "/dev/zero"], {}, 1024),
            (["validate", "/dev/zero"], {"BILATERAL_MAX_BYTES": "2M"}, 2 * 1024 * 1024),
            (["validate", "--max-bytes", "100", "/dev/zero"], {"BILATERAL_MAX_BYTES": "2M"}, 100),
        ],
    )
    def test_an_endless_input_is_refused_at_the_limit(self, args, env, limit):
        result = run_with(args, stdout=subprocess.PIPE, env={**os.environ, **env})

        assert 1 == result.returncode
        assert (
            f"/dev/zero: $: larger than the limit of {limit} bytes; not read further\n".encode()
            == result.stdout
        )

    def test_standard_input_and_export_have_the_limit_too(self):
        document = BUNDLED.read_bytes()
        small = str(len(document) - 1)

        validated = run("validate", "--max-bytes", small, "-", stdin=document)
        exported = run("export", "--max-bytes", small, "--input", str(BUNDLED))

        assert (1, 1) == (validated.returncode, exported.returncode)
        assert validated.stdout.startswith(b"-: $: larger than the limit of")
        assert f"{BUNDLED}: $: larger than the limit of {small} bytes".encode() in exported.stderr
        assert (
            0 == run("validate", "--max-bytes", str(len(document)), "-", stdin=document).returncode
        )

    def test_the_default_is_256_mib(self):
        from bilateral import __main__ as cli  # noqa: PLC0415
        from bilateral._wire.files import DEFAULT_MAX_BYTES  # noqa: PLC0415

        assert 256 * 1024 * 1024 == DEFAULT_MAX_BYTES == cli._DEFAULT_MAX_BYTES

    @pytest.mark.parametrize(
        ("args", "env"),
        [
            (["validate", "--max-bytes", "lots", "-"], {}),
            (["validate", "-"], {"BILATERAL_MAX_BYTES": "lots"}),
        ],
    )
    def test_a_bad_limit_is_a_usage_error(self, args, env):
        result = run_with(args, stdout=subprocess.PIPE, env={**os.environ, **env})

        assert 2 == result.returncode
        assert b"expected a number of bytes such as 1000000 or 64M, got 'lots'" in result.stderr
