from __future__ import annotations

import subprocess
import sys

import pytest

from bilateral.__main__ import main


def test_summary_on_a_fixed_day(capsys):
    assert 0 == main(["--today", "2026-11-28"])
    out = capsys.readouterr().out

    assert "Azerbaijan (AZ) and Lithuania (LT)" in out
    assert (
        "Diplomatic relations between Azerbaijan and Lithuania were established on November 20, 1995."
        in out
    )
    assert "On November 28, 2026, the relations were 31 years, 8 days old." in out
    assert "On February 17, 2023, the relations were 27 years, 2 months, 28 days old." in out
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
    assert (
        out.index("An official visit (from Lithuania to Azerbaijan) took place in 2022.") < planned
    )


def test_summary_in_lithuanian(capsys):
    assert 0 == main(["--locale", "lt", "--today", "2023-02-17"])
    out = capsys.readouterr().out

    assert "Azerbaidžanas (AZ) ir Lietuva (LT)" in out
    assert "Planuojami renginiai:" in out
    assert "2023 m. vasario 17 d. duomenimis, šalys buvo pasirašiusios 39 dokumentus." in out
    assert "Events" not in out


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

    assert "On February 17, 2023, the relations were 27 years, 2 months, 28 days old." in (
        result.stdout
    )
