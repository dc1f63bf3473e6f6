import datetime as dt
import subprocess
import sys
from decimal import Decimal

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import (
    Country,
    DateRange,
    Event,
    EventKind,
    Flow,
    InvalidDateError,
    InvalidValueError,
    MissingExtraError,
    Money,
    PartialDate,
    Relation,
    Status,
    TradePeriod,
    UnknownCountryError,
    UnknownCurrencyError,
)

from .strategies import partial_dates, visible

TABLES = ["events", "trade", "missions", "statements"]


@pytest.fixture(scope="module")
def relation():
    return bilateral.load_bundled().relation("AZ", "LT")


def _run(code):
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_import_loads_no_extra():
    code = (
        "import sys, bilateral\n"
        "bilateral.load_bundled()\n"
        "heavy = ('pandas', 'pyarrow', 'matplotlib', 'numpy', 'bilateral._tables.frames', 'bilateral._tables.plot')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    assert "[]" == _run(code)


def test_interop_functions_load_on_first_use():
    code = (
        "import sys\n"
        "from bilateral import to_pandas, plot_trade\n"
        "print(to_pandas.__module__, plot_trade.__module__, 'pandas' in sys.modules)"
    )
    assert "bilateral._tables.frames bilateral._tables.plot False" == _run(code)


@pytest.mark.parametrize(
    ("module", "extra", "call"),
    [
        ("pandas", "pandas", lambda r: bilateral.to_pandas(r, "trade")),
        ("pandas", "pandas", lambda _: bilateral.trade_from_pandas(None)),
        ("pyarrow", "arrow", lambda r: bilateral.to_arrow(r, "trade")),
        ("pyarrow", "arrow", lambda _: bilateral.arrow_schema("trade")),
        ("matplotlib", "plot", bilateral.plot_timeline),
        ("matplotlib", "plot", bilateral.plot_trade),
    ],
)
def test_missing_extra_names_the_pip_command(monkeypatch, relation, module, extra, call):
    monkeypatch.setitem(sys.modules, module, None)

    with pytest.raises(MissingExtraError, match=rf"pip install 'bilateral\[{extra}\]'") as info:
        call(relation)

    assert isinstance(info.value, ImportError)
    assert module == info.value.name


def test_missing_pyarrow_parquet_names_the_arrow_extra(monkeypatch, relation, tmp_path):
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)

    with pytest.raises(MissingExtraError, match=r"bilateral\[arrow\]"):
        bilateral.to_parquet(relation, "trade", tmp_path / "t.parquet")


def test_unknown_table_lists_the_tables(relation):
    with pytest.raises(
        InvalidValueError, match=r"table: expected one of 'events', 'trade'.*got 'x'"
    ):
        bilateral.to_pandas(relation, "x")


def test_source_must_be_a_relation_or_dataset():
    with pytest.raises(InvalidValueError, match="source: expected a Relation or a Dataset, got 3"):
        bilateral.to_arrow(3, "events")  # type: ignore[arg-type]


def test_trade_frame_has_typed_columns(relation):
    frame = bilateral.to_pandas(relation, "trade")

    assert ["2021", "2022-40"] == list(frame["period"])
    assert [Decimal(42000000), Decimal(14400000)] == list(frame["amount"])
    assert [Decimal(42000000), Decimal(28800000)] == list(frame["annualized_amount"])
    assert [False, True] == list(frame["is_estimate"])
    assert [12, 6] == list(frame["months"])
    assert ["year", "half"] == list(frame["precision"])
    assert list(frame["earliest"]) == [pd.Timestamp("2021-01-01"), pd.Timestamp("2022-01-01")]
    assert list(frame["latest"]) == [pd.Timestamp("2021-12-31"), pd.Timestamp("2022-06-30")]
    assert "datetime64[s]" == str(frame["earliest"].dtype)
    assert pd.StringDtype() == frame["currency"].dtype
    assert ["turnover", "exports", "imports", "re_exports", "re_imports"] == list(
        frame["flow"].cat.categories
    )
    assert object == frame["amount"].dtype
    # Unknown stays unknown: no reporter is given, and it is not filled with anything.
    assert frame["reporter"].isna().all()


def test_event_frame_keeps_partial_and_open_dates(relation):
    frame = bilateral.to_pandas(relation, "events").set_index("id")

    visit = frame.loc["official-visit-2022"]
    planned = frame.loc["commission-meeting-planned"]
    forum = frame.loc["business-forum"]

    assert ("2022", "year") == (visit["when"], visit["precision"])
    assert (pd.Timestamp("2022-01-01"), pd.Timestamp("2022-12-31")) == (
        visit["earliest"],
        visit["latest"],
    )
    assert ("LT", "AZ") == (visit["origin"], visit["destination"])
    assert ["gitanas-nauseda"] == visit["participants"]
    assert "2023-02-17/.." == planned["when"]
    assert "planned" == planned["status"]
    assert pd.Timestamp("2023-02-17") == planned["earliest"]
    assert pd.isna(planned["latest"])
    assert pd.isna(planned["precision"])
    assert pd.isna(forum["earliest"])
    assert pd.isna(forum["origin"])


def test_unknown_date_is_missing_not_a_default():
    event = Event("e", EventKind.MEETING, Status.HELD, None, "Met")
    relation = Relation(("AZ", "LT"), events=[event])

    row = bilateral.to_pandas(relation, "events").iloc[0]

    assert pd.isna(row["when"])
    assert pd.isna(row["earliest"])
    assert pd.isna(row["latest"])
    assert pd.isna(row["precision"])


def test_mission_and_statement_frames(relation):
    missions = bilateral.to_pandas(relation, "missions")
    statements = bilateral.to_pandas(relation, "statements").set_index("id")

    assert ["2007-09", "2007-04-03"] == list(missions["opened"])
    assert ["month", "day"] == list(missions["precision"])
    assert ["AZ", "LT"] == list(missions["sending"])
    assert ["economic", "trade", "humanitarian"] == statements.loc[
        "khalafov-mutual-interest", "areas"
    ]
    assert [] == statements.loc["navikas-twinning", "areas"]
    assert statements.loc["khalafov-visit-agreements", "direct_quote"]


def test_dataset_frame_has_every_relation():
    relations = [
        Relation(
            ("AZ", "LT"), trade=[TradePeriod(Flow.TURNOVER, PartialDate("2021"), Money(1, "USD"))]
        ),
        Relation(
            ("GE", "AZ"), trade=[TradePeriod(Flow.TURNOVER, PartialDate("2021"), Money(2, "USD"))]
        ),
    ]
    dataset = bilateral.Dataset(relations=relations)

    frame = bilateral.to_pandas(dataset, "trade")

    assert [("AZ", "LT"), ("AZ", "GE")] == list(
        zip(frame["country_a"], frame["country_b"], strict=True)
    )


def test_trade_round_trips_through_pandas(relation):
    frame = bilateral.to_pandas(relation, "trade")

    assert relation.trade == bilateral.trade_from_pandas(frame)


@st.composite
def trade_periods(draw):
    period = draw(partial_dates().filter(lambda d: d.day is None))
    flow = draw(st.sampled_from(Flow))
    reporter = draw(
        st.sampled_from([Country("AZ"), Country("LT")]) if flow is not Flow.TURNOVER else st.none()
    )
    amount = Decimal(draw(st.integers(0, 10**26))).scaleb(-draw(st.integers(0, 6)))
    currency = draw(st.sampled_from(["USD", "EUR", "AZN"]))
    note = draw(st.none() | st.text(min_size=1).filter(visible))
    return TradePeriod(flow, period, Money(amount, currency), reporter=reporter, note=note)


@given(st.lists(trade_periods(), max_size=5))
def test_any_trade_round_trips_through_pandas_and_arrow(periods):
    relation = Relation(("AZ", "LT"), trade=periods)

    via_pandas = bilateral.trade_from_pandas(bilateral.to_pandas(relation, "trade"))
    via_arrow = bilateral.trade_from_pandas(bilateral.to_arrow(relation, "trade").to_pandas())

    assert relation.trade == via_pandas
    assert relation.trade == via_arrow
    # pandas keeps the very Decimal, digits and all.
    assert [str(p.value.amount) for p in relation.trade] == [
        str(p.value.amount) for p in via_pandas
    ]


def test_trade_from_pandas_refuses_a_float_amount(relation):
    frame = bilateral.to_pandas(relation, "trade")
    frame["amount"] = frame["amount"].astype(float)

    with pytest.raises(
        InvalidValueError,
        match=r"row 0, amount: expected a Decimal.*got 42000000\.0 \(floats are not exact",
    ):
        bilateral.trade_from_pandas(frame)


def test_trade_from_pandas_names_the_bad_row(relation):
    frame = bilateral.to_pandas(relation, "trade")
    frame["period"] = ["2021", "2022-02-30"]

    with pytest.raises(InvalidValueError, match=r"row 1, period: '2022-02-30' does not exist"):
        bilateral.trade_from_pandas(frame)


@pytest.mark.parametrize(
    "amounts",
    [
        [42000000, 14400000],
        pd.array([42000000, 14400000], dtype="int64"),
        [Decimal(42000000), Decimal("14400000.00")],
    ],
)
def test_trade_from_pandas_takes_whole_numbers(relation, amounts):
    frame = bilateral.to_pandas(relation, "trade")
    frame["amount"] = amounts

    assert relation.trade == bilateral.trade_from_pandas(frame)


@pytest.mark.parametrize(
    ("column", "values", "error", "message"),
    [
        ("period", ["2021", "2022-02-30"], InvalidDateError, "row 1, period: '2022-02-30'"),
        ("currency", ["USD", "XYZ"], UnknownCurrencyError, "row 1, currency: expected an ISO"),
        ("reporter", ["ZZ", None], UnknownCountryError, "row 0, reporter: 'ZZ'"),
        ("amount", [True, "1"], InvalidValueError, "row 0, amount: expected a Decimal"),
        ("period", ["2021-02-03", "2022"], InvalidValueError, "row 0, period: a trade period"),
    ],
)
def test_trade_from_pandas_keeps_the_kind_of_error(relation, column, values, error, message):
    frame = bilateral.to_pandas(relation, "trade").astype({column: object})
    frame[column] = values

    with pytest.raises(error) as info:
        bilateral.trade_from_pandas(frame)

    assert error is type(info.value)
    assert str(info.value).startswith(message)


def test_trade_from_pandas_needs_a_data_frame(relation):
    rows = bilateral.to_pandas(relation, "trade").to_dict(orient="records")

    with pytest.raises(InvalidValueError, match="frame: expected a pandas DataFrame, got list"):
        bilateral.trade_from_pandas(rows)


def test_trade_from_pandas_names_a_bad_flow(relation):
    frame = bilateral.to_pandas(relation, "trade").astype({"flow": object})
    frame.loc[0, "flow"] = "smuggling"

    with pytest.raises(
        InvalidValueError, match=r"row 0, flow: expected one of 'turnover'.*'smuggling'"
    ):
        bilateral.trade_from_pandas(frame)


def test_trade_from_pandas_needs_its_columns(relation):
    frame = bilateral.to_pandas(relation, "trade").drop(columns=["amount", "currency"])

    with pytest.raises(InvalidValueError, match="frame: missing columns amount, currency"):
        bilateral.trade_from_pandas(frame)


@pytest.mark.parametrize("table", TABLES)
def test_arrow_table_has_the_documented_schema(relation, table):
    frame = bilateral.to_arrow(relation, table)

    assert bilateral.arrow_schema(table) == frame.schema
    assert frame.schema.metadata[b"bilateral.table"] == table.encode()
    assert len(frame) == len(getattr(relation, table))


def test_arrow_types():
    schema = bilateral.arrow_schema("trade")

    assert pa.decimal128(38, 6) == schema.field("amount").type
    assert pa.date32() == schema.field("earliest").type
    assert pa.dictionary(pa.int8(), pa.string()) == schema.field("flow").type
    assert pa.string() == schema.field("currency").type
    assert schema.field("reporter").nullable
    assert not schema.field("amount").nullable


def test_arrow_values(relation):
    rows = bilateral.to_arrow(relation, "events").to_pylist()
    planned = next(r for r in rows if r["id"] == "commission-meeting-planned")

    assert dt.date(2023, 2, 17) == planned["earliest"]
    assert planned["latest"] is None
    assert planned["precision"] is None
    assert "planned" == planned["status"]


def test_arrow_refuses_to_round_an_amount():
    period = TradePeriod(Flow.TURNOVER, PartialDate("2021"), Money("0.1234567", "USD"))
    relation = Relation(("AZ", "LT"), trade=[period])

    with pytest.raises(
        InvalidValueError, match=r"amount\[0\]: 0\.1234567 does not fit decimal128\(38, 6\)"
    ):
        bilateral.to_arrow(relation, "trade")


def test_parquet_read_by_duckdb_gives_annualized_turnover_per_year(relation, tmp_path):
    extra = Relation(
        ("AZ", "LT"),
        trade=[
            TradePeriod(Flow.TURNOVER, PartialDate("2020-33"), Money("9000000", "USD")),
            TradePeriod(Flow.TURNOVER, PartialDate("2020-34"), Money("11000000", "USD")),
            TradePeriod(
                Flow.EXPORTS, PartialDate("2020"), Money("1", "USD"), reporter=Country("AZ")
            ),
        ],
    )
    both = Relation(("AZ", "LT"), trade=relation.trade + extra.trade)
    path = tmp_path / "trade.parquet"
    bilateral.to_parquet(both, "trade", path)

    rows = duckdb.execute(
        """
        SELECT year(earliest) AS year,
               CAST(sum(amount) * 12 / sum(months) AS DECIMAL(38, 6)) AS annualized,
               bool_or(is_estimate) AS estimated
        FROM read_parquet(?)
        WHERE flow = 'turnover'
        GROUP BY year ORDER BY year
        """,
        [str(path)],
    ).fetchall()

    assert [
        (2020, Decimal(40000000), True),
        (2021, Decimal(42000000), False),
        (2022, Decimal(28800000), True),
    ] == rows
    assert bilateral.arrow_schema("trade") == pq.read_schema(path)


def test_dates_range_to_the_ends_of_the_calendar():
    event = Event("e", EventKind.MEETING, Status.HELD, DateRange("0001/9999"), "Met")

    row = bilateral.to_arrow(Relation(("AZ", "LT"), events=[event]), "events").to_pylist()[0]
    frame_row = bilateral.to_pandas(Relation(("AZ", "LT"), events=[event]), "events").iloc[0]

    assert (dt.date(1, 1, 1), dt.date(9999, 12, 31)) == (row["earliest"], row["latest"])
    assert pd.Timestamp("9999-12-31") == frame_row["latest"]
