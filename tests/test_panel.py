"""The dyad-year panel: the Python path against a brute force, DuckDB against Python."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilateral import (
    Dataset,
    InvalidValueError,
    dyad_years,
    dyad_years_duckdb,
    load_bundled,
    panel_sql,
    write_panel_tables,
)
from bilateral._tables.panel import panel_columns
from tests.panel_data import brute_force, made_up_dataset, normalized, plover_dataset

pytest.importorskip("pyarrow")

YEARS = range(1989, 2024)


SAMPLE = Path(__file__).parent / "data" / "plover" / "sample.json"  # made-up records
GSR = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "data"
    / "plover"
    / "PLOVER_GSR_CAMEO.txt"
)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return made_up_dataset()


@pytest.fixture(
    scope="module",
    params=[
        "made-up",
        "plover-sample",
        pytest.param(
            "plover-gold-standard",
            marks=pytest.mark.skipif(
                not GSR.exists(), reason="the shared PLOVER records (../shared/data) are absent"
            ),
        ),
    ],
)
def any_dataset(request) -> Dataset:
    """The made-up dataset, and what read_plover makes of PLOVER records (coded events)."""
    if request.param == "made-up":
        return made_up_dataset()
    return plover_dataset(SAMPLE if request.param == "plover-sample" else GSR)


def test_python_path_equals_brute_force(any_dataset):
    dataset = any_dataset
    panel = dyad_years(dataset, start=YEARS[0], end=YEARS[-1])
    assert normalized(brute_force(dataset, YEARS)) == normalized(panel.to_arrow().to_pylist())


def test_rules_on_made_up_rows(dataset):
    rows = {
        (r["country_a"], r["year"]): r
        for r in dyad_years(dataset, start=1990, end=1999).to_arrow().to_pylist()
    }
    # DE maps to GFR and to Germany in 1990: ambiguous, so neither is picked;
    # RU maps to no COW state before the USSR ended, so the pair is not two states.
    assert (rows["DE", 1990]["cow_a"], rows["DE", 1990]["cow_b"]) == (None, None)
    assert rows["DE", 1990]["both_states"] is False
    assert (rows["DE", 1992]["cow_a"], rows["DE", 1992]["cow_b"]) == (255, 365)
    assert rows["DE", 1992]["relations_established"] is None  # "199X"
    assert rows["DE", 1999]["relations_established"] is True
    assert [rows["DE", y]["severed"] for y in (1995, 1996, 1997, 1998, 1999)] == [
        False,
        True,
        True,
        False,
        True,
    ]
    # "1993" (ambassador) is certainly begun only on 1993-12-31, when the
    # later-listed change of 1993-05-01 (minister) has begun too: minister wins.
    assert rows["DE", 1993]["level_a_in_b"] == "minister"
    assert rows["DE", 1995]["level_b_in_a"] == "other"
    assert rows["DE", 1993]["cameo_04"] == 1  # the call on 1993-12-31
    assert rows["DE", 1995]["events_uncertain_year"] == 2  # spans 1994-1995; undated
    assert rows["DE", 1995]["plover_consult"] == 0  # the planned visit is not counted
    assert (rows["DE", 1994]["turnover"], rows["DE", 1994]["turnover_status"]) == (
        1000,
        "reported",
    )
    assert (rows["DE", 1995]["exports_by_a"], rows["DE", 1995]["exports_by_a_status"]) == (
        50,
        "estimated",
    )
    assert rows["DE", 1996]["trade_other_currency"] == 1
    assert rows["DE", 1996]["re_exports_by_b_status"] == "reported"


def test_directed_rows_swap_the_roles(dataset):
    undirected = dyad_years(dataset, start=1995, end=1995).to_arrow().to_pylist()
    directed = dyad_years(dataset, start=1995, end=1995, directed=True).to_arrow().to_pylist()
    assert len(directed) == 2 * len(undirected)
    de_ru = next(r for r in undirected if r["country_a"] == "DE")
    ru_de = next(r for r in directed if r["sender"] == "RU" and r["receiver"] == "DE")
    assert ru_de["exports_by_receiver"] == de_ru["exports_by_a"]
    assert ru_de["level_sender_in_receiver"] == de_ru["level_b_in_a"]
    assert ru_de["cow_sender"] == de_ru["cow_b"]
    assert list(ru_de) == [c.name for c in panel_columns(directed=True)]


def test_default_span_is_the_dated_facts(dataset):
    years = dyad_years(dataset).columns["year"]
    assert (min(years), max(years)) == (1990, 2023)


def test_pandas_frame_has_nullable_columns():
    frame = dyad_years(load_bundled(), start=1994, end=1996).to_pandas()
    assert list(frame["relations_established"].astype(object)) == [False, True, True]
    assert str(frame["both_states"].dtype) == "boolean"
    assert str(frame["turnover_status"].dtype) == "category"


@pytest.mark.skipif(
    not GSR.exists(), reason="the shared PLOVER records (../shared/data) are absent"
)
def test_undated_gold_standard_events_count_only_as_uncertain_in_every_year():
    dataset = plover_dataset(GSR)
    with pytest.raises(InvalidValueError, match="no dated fact") as info:
        dyad_years(dataset)
    assert ("start",) == info.value.path

    rows = dyad_years(dataset, start=2000, end=2001).to_arrow().to_pylist()
    counted = [name for name in rows[0] if name.startswith(("plover_", "cameo_"))]
    assert 0 == sum(row[name] for row in rows for name in counted)
    per_pair = {
        (r.countries[0].code, r.countries[1].code): len(r.events) for r in dataset.relations
    }
    for row in rows:  # every held event of the pair, in each year: it may fall in any
        assert per_pair[(row["country_a"], row["country_b"])] == row["events_uncertain_year"]
    assert 2 * 100 == sum(row["events_uncertain_year"] for row in rows)


@pytest.mark.parametrize("directed", [False, True])
def test_duckdb_equals_python_row_for_row(any_dataset, tmp_path, directed):
    pytest.importorskip("duckdb")
    dataset = any_dataset
    write_panel_tables(dataset, tmp_path)
    # The gold-standard events are all undated (their date is a placeholder): no span to
    # take from the data, so it is given.
    undated = not any(e.when for r in dataset.relations for e in r.events)
    span = {"start": 1998, "end": 2001} if undated else {}
    found = dyad_years_duckdb(tmp_path, directed=directed, **span)
    expected = dyad_years(dataset, directed=directed, **span).to_arrow()
    assert expected.schema.equals(found.schema)
    assert expected.to_pylist() == found.to_pylist()


def test_panel_to_parquet_round_trips(tmp_path):
    parquet = pytest.importorskip("pyarrow.parquet")
    panel = dyad_years(load_bundled())
    panel.to_parquet(tmp_path / "panel.parquet")
    assert parquet.read_table(tmp_path / "panel.parquet").equals(panel.to_arrow())


@pytest.mark.parametrize(
    ("arguments", "path"),
    [
        ({"start": "1990"}, ("start",)),
        ({"start": 2000, "end": 1990}, ("end",)),
        ({"currency": "usd"}, ("currency",)),
    ],
)
def test_bad_arguments_are_named(arguments, path):
    with pytest.raises(InvalidValueError) as caught:
        dyad_years(load_bundled(), **arguments)
    assert caught.value.path == path


def test_a_dataset_without_dates_needs_a_span():
    with pytest.raises(InvalidValueError) as caught:
        dyad_years(Dataset())
    assert caught.value.path == ("start",)
    assert len(dyad_years(Dataset(), start=2000, end=2001)) == 0


def test_panel_sql_refuses_a_bad_currency():
    with pytest.raises(InvalidValueError):
        panel_sql(2000, 2001, currency="US'D")


def _main(*args):
    from bilateral.__main__ import main  # noqa: PLC0415

    return main(list(args))


def test_cli_exports_the_panel_as_parquet(tmp_path):
    parquet = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "panel.parquet"
    assert 0 == _main(
        "export", "--table", "dyad-years", "--format", "parquet", "--output", str(target)
    )
    assert (
        parquet.read_table(target).to_pylist() == dyad_years(load_bundled()).to_arrow().to_pylist()
    )


def test_cli_exports_a_table_as_csv_and_json(tmp_path, capsys):
    import csv  # noqa: PLC0415
    import json  # noqa: PLC0415

    assert 0 == _main("export", "--table", "trade", "--format", "json")
    rows = json.loads(capsys.readouterr().out)
    assert [(r["period"], r["amount"]) for r in rows] == [
        ("2021", "42000000.000000"),
        ("2022-40", "14400000.000000"),
    ]
    target = tmp_path / "panel.csv"
    assert 0 == _main(
        "export", "--table", "dyad-years", "--format", "csv", "--directed",
        "--start", "2022", "--end", "2022", "--output", str(target),
    )  # fmt: skip
    with target.open(encoding="utf-8") as handle:
        found = list(csv.DictReader(handle))
    assert [(r["sender"], r["receiver"], r["turnover_status"]) for r in found] == [
        ("AZ", "LT", "estimated"),
        ("LT", "AZ", "estimated"),
    ]
    assert 0 == _main("export", "--table", "events", "--format", "csv")
    first = next(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert json.loads(first["citations"])[0]["source"] == "azernews-2023-02-17"


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "csv"],
        ["export", "--table", "trade", "--format", "parquet"],
        ["export", "a.json", "--input", "b.json"],
    ],
)
def test_cli_export_misuse_is_a_usage_error(args, capsys):
    assert 2 == _main(*args)
    assert capsys.readouterr().err.startswith("bilateral export: ")


def test_cli_export_reads_file(tmp_path, capsys):
    from bilateral import dumps  # noqa: PLC0415

    source = tmp_path / "in.json"
    source.write_text(dumps(load_bundled()), encoding="utf-8")
    assert 0 == _main("export", str(source), "--table", "relations", "--format", "json")
    assert json_rows(capsys.readouterr().out)[0]["established"] == "1995-11-20"
    assert 1 == _main("export", "--table", "dyad-years", "--start", "2000", "--end", "1990")
    assert "the span ends" in capsys.readouterr().err


def json_rows(text):
    import json  # noqa: PLC0415

    return json.loads(text)


def test_the_spark_submit_job_compiles_and_uses_the_shipped_query():
    import ast  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    source = (Path(__file__).parent.parent / "docs" / "examples" / "spark_panel_job.py").read_text(
        encoding="utf-8"
    )
    tree = ast.parse(source)
    compile(tree, "spark_panel_job.py", "exec")
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bilateral")
        for alias in node.names
    }
    assert {"panel_sql", "PANEL_TABLES", "REFERENCE_TABLES", "span_sql"} == imported
