from __future__ import annotations

import subprocess
import sys

import pytest

from bilateral.__main__ import main


def test_summary_on_a_fixed_day(capsys):
    assert 0 == main(["--today", "2026-11-28"])
    out = capsys.readouterr().out

    assert "Azerbaijan (AZ) and Lithuania (LT)" in out
    assert "Diplomatic relations established: 1995-11-20" in out
    assert "Age today (2026-11-28): 31 years and 8 days" in out
    assert "Age on the article's date (2023-02-17): 27 years, 2 months and 28 days" in out
    assert "Embassy of Azerbaijan in Lithuania: opened 2007-09" in out
    assert "Embassy of Lithuania in Azerbaijan: opened 2007-04-03" in out
    assert "39 as of 2023-02-17" in out
    assert "annualized 28,800,000 USD a year (estimated from 6 months)" in out
    assert "Change 2021 to 2022-40, annualized: -13,200,000 USD (-31.43%) (estimate)" in out
    assert "Correction: 'Naus?da' read as 'Nausėda'" in out
    planned = out.index("Events planned:")
    assert (
        out.index(
            "2023-02-17/..  Meeting of the Azerbaijani-Lithuanian Intergovernmental Commission"
        )
        > planned
    )
    assert out.index("2022  Official visit") < planned


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

    assert "Age today (2023-02-17): 27 years, 2 months and 28 days" in result.stdout
