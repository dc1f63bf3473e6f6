"""Readers of outside data: trade tables (CSV, Parquet, DataFrame) and the seam they share.

The tables in tests/data/trade are made up (see their README).
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import (
    Flow,
    InvalidDateError,
    InvalidValueError,
    MissingValueError,
    Money,
    PartialDate,
    ReadProblem,
    ReadResult,
    Scale,
    TradeLayout,
    TradePeriod,
    UnknownCountryError,
    read_trade,
)
from bilateral.__main__ import main
from bilateral._model import reading
from bilateral._model.trade_table import parse_period
from bilateral._text.describe import describe_trade

DATA = Path(__file__).parent / "data" / "trade"
BAD = DATA / "long-bad-row.csv"


def _figures(result: ReadResult[bilateral.Dataset]) -> list[tuple[str, str, str, str, Decimal]]:
    return [
        (p.reporter.code if p.reporter else "", p.flow.value, p.period.edtf, "", p.value.amount)
        for relation in result.value.relations
        for p in relation.trade
    ]


def _frame() -> pd.DataFrame:
    return pd.read_csv(BAD, dtype=str, keep_default_na=False)


def _parquet(tmp_path: Path) -> Path:
    path = tmp_path / "bad.parquet"
    _frame().to_parquet(path)
    return path


# Each input with one bad row in the middle: (what to read, the bad row's number there).
INPUTS = {
    "csv": (lambda _: BAD, 4),  # the header is row 1
    "parquet": (_parquet, 2),  # the first row is row 0
    "dataframe": (lambda _: _frame(), 2),
}


@pytest.mark.parametrize("kind", INPUTS)
def test_raise_names_the_bad_record(kind, tmp_path):
    make, row = INPUTS[kind]
    with pytest.raises(UnknownCountryError) as caught:
        read_trade(make(tmp_path))
    assert caught.value.record == row
    assert caught.value.path == ("partner",)
    assert "'XX'" in caught.value.reason
    assert str(caught.value).startswith(f"row {row}, partner: ")


@pytest.mark.parametrize("kind", INPUTS)
def test_collect_keeps_the_others_and_names_the_bad_record(kind, tmp_path):
    make, row = INPUTS[kind]
    result = read_trade(make(tmp_path), on_error="collect")
    assert result.records == 5
    assert result.read == 4
    (problem,) = result.problems
    assert problem == ReadProblem(row, ("partner",), problem.reason, "UnknownCountryError")
    assert "'XX'" in problem.reason
    assert str(problem).startswith(f"row {row}, partner: ")
    assert sorted((r, f, p, a) for r, f, p, _, a in _figures(result)) == [
        ("AZ", "exports", "2019", Decimal(40100000)),
        ("AZ", "exports", "2020", Decimal(38700000)),
        ("LT", "imports", "2020", Decimal(44900000)),
        ("LT", "imports", "2021", Decimal(61800000)),
    ]


def test_a_figure_after_a_former_country_ceased_is_a_problem_of_its_row(tmp_path):
    # Made up: the USSR's exports to Lithuania in 2000, after it ceased (1992).
    path = tmp_path / "former.csv"
    path.write_text(
        "reporter,partner,flow,period,value,currency,unit\n"
        "SU,LT,exports,2000,12,USD,units\n"
        "SU,LT,exports,1990,10,USD,units\n"
        "AZ,LT,exports,2021,5,USD,units\n",
        encoding="utf-8",
    )

    result = read_trade(path, on_error="collect")

    (problem,) = result.problems
    assert (problem.record, problem.path, problem.error) == (
        2,
        ("period",),
        "CountryNotExistingError",
    )
    assert str(problem).startswith("row 2, period: ")
    assert result.read == 2
    assert [p.period.edtf for p in result.value.relation("SU", "LT").trade] == ["1990"]
    with pytest.raises(InvalidValueError) as caught:
        read_trade(path)
    assert str(caught.value).startswith("row 2, period: ")


def test_mirror_figures_stay_separate_with_their_reporters():
    result = read_trade(DATA / "long.csv", on_error="collect")
    relation = result.value.relation("AZ", "LT")
    year = [p for p in relation.trade if p.period == PartialDate("2021")]
    assert {(p.flow, p.reporter.code, p.value.amount) for p in year if p.reporter} == {
        (Flow.EXPORTS, "AZ", Decimal(55200000)),
        (Flow.IMPORTS, "LT", Decimal(61800000)),
        (Flow.EXPORTS, "LT", Decimal(24500000)),
    }


def test_a_missing_figure_is_reported_never_a_zero():
    result = read_trade(DATA / "long.csv")  # raise mode: missing is not an error
    (gap,) = result.missing
    assert gap.record == 5
    assert gap.path == ("value",)
    assert gap.error == "MissingValueError"
    figures = [p for r in result.value.relations for p in r.trade]
    assert all(p.value.amount != 0 for p in figures)
    assert not any(p.flow is Flow.IMPORTS and p.reporter.code == "AZ" for p in figures)
    assert result.records == len(figures) + 1


def test_units_are_applied_exactly():
    result = read_trade(DATA / "long.csv")
    amounts = {
        (p.period.edtf, p.reporter.code): p.value for r in result.value.relations for p in r.trade
    }
    assert amounts["2022-33", "AZ"] == Money("13750000", "USD")  # thousands
    assert amounts["2022-03", "GE"] == Money("1200000", "USD")  # units
    assert str(amounts["2021", "AZ"].amount) == "55200000"  # 55.2 millions, no trailing .0


def test_a_unit_is_never_guessed():
    with pytest.raises(InvalidValueError) as caught:
        TradeLayout("mine", unit_column=None)
    assert caught.value.path == ("unit",)
    text = "reporter,partner,flow,period,value,currency,unit\nAZ,LT,exports,2021,5,USD,\n"
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    with pytest.raises(InvalidValueError) as caught:
        read_trade(frame)
    assert (caught.value.record, caught.value.path) == (0, ("unit",))


def test_comtrade_layout():
    result = read_trade(DATA / "comtrade.csv", layout=TradeLayout.COMTRADE, on_error="collect")
    relation = result.value.relation("AZE", "LTU")
    assert {(p.flow, p.reporter.code, p.period.edtf) for p in relation.trade if p.reporter} == {
        (Flow.EXPORTS, "AZ", "2021"),
        (Flow.IMPORTS, "LT", "2021"),
        (Flow.RE_EXPORTS, "LT", "2021"),
        (Flow.EXPORTS, "AZ", "2021-03"),
    }
    assert Money("61800000.25", "USD") in {p.value for p in relation.trade}
    (problem,) = result.problems
    assert (problem.record, problem.path) == (6, ("flowCode",))
    assert "'MIP'" in problem.reason


def test_imf_layout_reads_unit_mult():
    result = read_trade(DATA / "imf.csv", layout=TradeLayout.IMF, on_error="collect")
    trade = result.value.relation("AZ", "LT").trade
    assert (
        TradePeriod(
            Flow.IMPORTS, PartialDate(2021, quarter=1), Money("14200000", "USD"), reporter="LT"
        )
        in trade
    )
    (problem,) = result.problems
    assert (problem.record, problem.path) == (6, ("INDICATOR",))


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("2021", "2021"),
        ("2021-Q2", "2021-34"),
        ("2021Q4", "2021-36"),
        ("202107", "2021-07"),
        ("2021-07", "2021-07"),
        ("2021-M07", "2021-07"),
        ("2021-40", "2021-40"),
    ],
)
def test_periods(text, edtf):
    assert parse_period(text).edtf == edtf


def test_a_day_or_a_bad_period_is_a_problem_of_its_row():
    text = (
        "reporter,partner,flow,period,value,currency,unit\n"
        "AZ,LT,exports,2021-02-03,5,USD,units\n"
        "AZ,LT,exports,2021-13,5,USD,units\n"
    )
    frame = pd.read_csv(io.StringIO(text), dtype=str)
    result = read_trade(frame, on_error="collect")
    assert [(p.record, p.path) for p in result.problems] == [(0, ("period",)), (1, ("period",))]
    with pytest.raises(InvalidDateError):
        read_trade(frame.iloc[1:])


def test_a_float_is_refused_not_rounded():
    frame = pd.DataFrame(
        {
            "reporter": ["AZ"],
            "partner": ["LT"],
            "flow": ["exports"],
            "period": ["2021"],
            "value": [0.1],
            "currency": ["USD"],
            "unit": ["units"],
        }
    )
    with pytest.raises(InvalidValueError, match="floats are not exact") as caught:
        read_trade(frame)
    assert caught.value.path == ("value",)


def test_a_second_figure_for_the_same_series_is_a_problem():
    text = (
        "reporter,partner,flow,period,value,currency,unit\n"
        "AZ,LT,exports,2021,5,USD,units\n"
        "AZ,LT,exports,2021,6,USD,units\n"
    )
    frame = pd.read_csv(io.StringIO(text), dtype=str)
    result = read_trade(frame, on_error="collect")
    (problem,) = result.problems
    assert problem.record == 1
    assert "row 0" in problem.reason
    assert result.read == 1


def test_a_ragged_csv_row_is_a_problem(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text(
        "reporter,partner,flow,period,value,currency,unit\n"
        "AZ,LT,exports,2021,5,USD\n"
        "\n"
        "AZ,LT,exports,2022,6,USD,units\n"
    )
    result = read_trade(path, on_error="collect")
    assert [(p.record, p.path) for p in result.problems] == [(2, ())]
    assert "6 cells" in result.problems[0].reason
    assert result.read == 1


def test_a_missing_column_refuses_the_table(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("reporter,partner,flow,period,value\nAZ,LT,exports,2021,5\n")
    with pytest.raises(InvalidValueError, match="'currency', 'unit'") as caught:
        read_trade(path, on_error="collect")
    assert caught.value.path == ("columns",)


def test_bad_arguments():
    with pytest.raises(InvalidValueError) as caught:
        read_trade(BAD, on_error="ignore")  # type: ignore[arg-type]
    assert caught.value.path == ("on_error",)
    with pytest.raises(InvalidValueError) as caught:
        read_trade(42)
    assert caught.value.path == ("source",)
    with pytest.raises(InvalidValueError) as caught:
        read_trade(BAD, layout="comtrade")  # type: ignore[arg-type]
    assert caught.value.path == ("layout",)


def test_progress_callback_counts_every_record(monkeypatch):
    monkeypatch.setattr(reading, "PROGRESS_EVERY", 2)
    calls: list[tuple[int, int | None]] = []
    read_trade(
        _frame(), on_error="collect", progress=lambda done, total: calls.append((done, total))
    )
    assert calls == [(2, 5), (4, 5), (5, 5)]
    calls.clear()
    read_trade(BAD, on_error="collect", progress=lambda done, total: calls.append((done, total)))
    assert calls == [(2, None), (4, None), (5, None)]


def test_progress_true_is_quiet_off_a_terminal(capsys):
    read_trade(BAD, on_error="collect", progress=True)
    assert capsys.readouterr().err == ""


def test_scales():
    assert [s.factor for s in Scale] == [Decimal(1), Decimal(1000), Decimal(10**6), Decimal(10**9)]


def test_missing_value_error_is_an_invalid_value_error():
    assert issubclass(MissingValueError, InvalidValueError)


def test_cli_collect_writes_the_rest_and_lists_the_problem(tmp_path, capsys):
    out = tmp_path / "out.json"
    code = main(["import", "trade", str(BAD), "--on-error", "collect", "-o", str(out)])
    assert code == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{BAD}: 5 records: 4 read, 0 missing figures, 1 problem"
    assert lines[1].startswith(f"{BAD}: row 4, partner: ")
    dataset = bilateral.load(out)
    assert len(dataset.relation("AZ", "LT").trade) == 4


def test_cli_raise_writes_nothing(tmp_path, capsys):
    out = tmp_path / "out.json"
    assert main(["import", "trade", str(BAD), "-o", str(out)]) == 1
    assert "row 4, partner:" in capsys.readouterr().err
    assert not out.exists()


def test_cli_layout(tmp_path, capsys):
    out = tmp_path / "out.json"
    path = DATA / "imf.csv"
    assert (
        main(
            [
                "import",
                "trade",
                str(path),
                "--layout",
                "imf",
                "--on-error",
                "collect",
                "-o",
                str(out),
            ]
        )
        == 1
    )
    assert capsys.readouterr().out.startswith(
        f"{path}: 5 records: 4 read, 0 missing figures, 1 problem"
    )
    path = DATA / "long.csv"
    assert main(["import", "trade", str(path), "-o", str(out)]) == 0
    assert "1 missing figure, 0 problems" in capsys.readouterr().out


_PAIRS = st.sampled_from(["AZ", "LT", "GE", "FR"])
_FLOWS = st.sampled_from([f for f in Flow if f is not Flow.TURNOVER])
_PERIODS = st.one_of(
    st.builds(PartialDate, st.integers(1990, 2030)),
    st.builds(PartialDate, st.integers(1990, 2030), st.integers(1, 12)),
    st.builds(lambda y, q: PartialDate(y, quarter=q), st.integers(1990, 2030), st.integers(1, 4)),
)
_AMOUNTS = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False)


@given(
    st.lists(
        st.tuples(_PAIRS, _PAIRS, _FLOWS, _PERIODS, _AMOUNTS, st.sampled_from(["USD", "EUR"])),
        max_size=20,
    )
)
def test_writing_figures_as_a_long_table_and_reading_them_back_gives_them_back(rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(TradeLayout.LONG.columns)
    expected = {}
    for reporter, partner, flow, period, amount, currency in rows:
        key = (reporter, partner, flow, period)
        if reporter == partner or any(
            k[0] == reporter and k[2:] == (flow, period) and {k[0], k[1]} == {reporter, partner}
            for k in expected
        ):
            continue
        expected[key] = Money(amount, currency)
        writer.writerow(
            [reporter, partner, flow.value, period.edtf, str(amount), currency, "units"]
        )
    frame = pd.read_csv(io.StringIO(buffer.getvalue()), dtype=str, keep_default_na=False)
    result = read_trade(frame)
    got = {}
    for relation in result.value.relations:
        for p in relation.trade:
            assert p.reporter is not None
            partner = next(c for c in relation.countries if c != p.reporter)
            got[p.reporter.code, partner.code, p.flow, p.period] = p.value
    assert got == expected
    assert result.problems == ()
    assert result.missing == ()


@pytest.mark.parametrize(
    ("locale", "sentence"),
    [
        ("en", "Re-exports of Lithuania to Azerbaijan were $1.5M in 2021."),
        ("ru", "Реэкспорт из Литвы в Азербайджан в 2021 году составил 1,5 млн долл. США."),
        ("lt", "Lietuvos reeksportas į Azerbaidžaną 2021 m. siekė 1,5 mln. JAV dolerių."),
    ],
)
def test_re_exports_in_words(locale, sentence):
    period = TradePeriod(
        Flow.RE_EXPORTS, PartialDate("2021"), Money("1500000", "USD"), reporter="LT"
    )
    relation = bilateral.Relation(("AZ", "LT"), trade=[period])
    text = describe_trade(period, locale, relation=relation)
    assert text.replace("\u00a0", " ").replace("\u202f", " ") == sentence
