"""Tables of events checked a column at a time agree with the row-by-row reference and with loads.

``check_arrow`` has a fast step (pyarrow compute, and the constructors once
per distinct combination of values) and a reference (every row built by
``Event``); the fast step hands the table to the reference whenever it
cannot vouch for it. These tests hold the two to the same tables and the
same problems on generated datasets and on tables changed in one or more
places, hold both to ``bilateral.loads`` of the same content, and check
that valid tables never reach the reference. The mutations' values are made
up for testing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

import bilateral  # noqa: E402 - after the skip
from bilateral import Dataset, ValidationError, dumps, load_bundled, loads, to_arrow  # noqa: E402
from bilateral._tables import checked, checking  # noqa: E402
from tests.strategies import any_partial_dates, datasets, date_ranges  # noqa: E402

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DERIVED = ("earliest", "latest", "precision")
TRADE_DERIVED = (*DERIVED, "months", "annualized_amount", "is_estimate")
DERIVED_OF = {"events": DERIVED, "trade": TRADE_DERIVED}
TABLES = ("events", "trade")


def outcome(check: Any, table: Any, context: Dataset) -> tuple[str, Any]:
    """``("table", rows)`` or ``("error", [(path, message), ...])``."""
    try:
        return "table", check(table, context).to_pylist()
    except ValidationError as exc:
        return "error", [(p.path, p.message) for p in exc.problems]


def checker(name: str) -> Any:
    def check(table: Any, context: Dataset) -> Any:
        return bilateral.check_arrow(table, name, context=context)

    return check


fast_or_reference = checker("events")


def reference_of(name: str) -> Any:
    spec = checked._READERS[name][0]

    def check(table: Any, context: Dataset) -> Any:
        columns = checking.columns_of(table, spec)
        return checking.reference(columns, checking.Context(context), spec)

    return check


reference = reference_of("events")


@contextmanager
def counting_reference() -> Iterator[list[int]]:
    calls: list[int] = []
    original = checked.reference

    def counted(*args: Any) -> Any:
        calls.append(1)
        return original(*args)

    with mock.patch.object(checked, "reference", counted):
        yield calls


# --------------------------------------------------------------------------- mutations

# Made-up values for each column, good and bad, that a table might hold.
REPLACEMENTS: dict[str, list[Any]] = {
    "id": ["BAD", "", "new-id", " x", "a\n"],
    "kind": ["meeting", "state_visit", "coded", "nonsense", "MEETING"],
    "status": ["held", "planned", "cancelled", "postponed", "over"],
    "when": [
        None,
        "2020-13",
        "2021-02-30",
        "2023",
        "2023-02-17/..",
        "1991-05",
        "1995",
        "2021-21",
        "2020-1",
    ],
    "summary": [" ", "\u200b", "Übersicht", "A summary.", "", "…"],
    "origin": [None, "AZ", "LT", "XX", "SU", "DE", "az"],
    "destination": [None, "AZ", "LT", "XX", "SUHH", "US"],
    "country_a": ["AZ", "LT", "XX", "SU", "SUHH", "DE", "lt"],
    "country_b": ["AZ", "LT", "US", "DDDE"],
    "note": [None, " ", "A note.", "\tnote"],
    "participants": [[], ["nobody"], ["khalaf-khalafov"], ["x", "x"]],
    "places": [[], ["Davos"], [" "], ["Bakı"]],
    "cameo": [None, "041", "999", "01", "190", "0"],
    "plover": [None, "CONSULT", "DEMAND", "NOPE", "consult"],
    "plover_mode": [None, "visit", "phone", "bogus"],
    "plover_contexts": [[], ["economic"], ["nope"], ["economic", "economic"]],
    "called_off": [None, "2023-01", "bad", "2023-01/2023-02"],
    "moved_to": [None, "2023-03", "2023-03/2023-04", "soon"],
    "earliest": [None, dt.date(2023, 2, 17), dt.date(1900, 1, 1)],
    "latest": [None, dt.date(2023, 2, 17), dt.date(2999, 1, 1)],
    "precision": [None, "day", "year", "month"],
}


# Made-up values for the columns of trade.
TRADE_REPLACEMENTS: dict[str, list[Any]] = {
    "country_a": ["AZ", "LT", "XX", "SU", "SUHH", "DE"],
    "country_b": ["AZ", "LT", "US", "DDDE"],
    "flow": ["turnover", "exports", "imports", "nope", "TURNOVER"],
    "period": ["2023", "2023-02", "2023-40", "2023-33", "2023-21", "2023-02-17", "2023-XX",
               "1995", "bad", "2023~"],
    "amount": [Decimal(0), Decimal(-1), Decimal("1e29"), Decimal("1e30"), Decimal("1e31"),
               Decimal("123.456789"), Decimal("1e20"), Decimal("99999999999999999999.999999")],
    "currency": ["USD", "EUR", "XXX", "usd", "ZZZ", "AZN"],
    "reporter": [None, "AZ", "LT", "US", "SU"],
    "note": [None, " ", "A note.", "\tnote"],
    "months": [None, 12, 6, 7],
    "annualized_amount": [None, Decimal(0), Decimal(42000000)],
    "is_estimate": [None, True, False],
    "earliest": [None, dt.date(2023, 1, 1), dt.date(1900, 1, 1)],
    "latest": [None, dt.date(2023, 12, 31)],
    "precision": [None, "year", "month"],
}  # fmt: skip


def citation_replacements(context: Dataset) -> list[Any]:
    good = [_citation(s.id, 0, 1, s.text[:1]) for s in context.sources if s.text]
    return [
        [],
        *([item] for item in good),
        [_citation("no-such-source", 0, 1, "x")],
        [_citation(context.sources[0].id, 0, 1, "not the text")],
        [_citation(context.sources[0].id, 3, 1, "x")],
        [_citation(context.sources[0].id, None, None, None, record="r1", fields=["a"])],
    ]


def _citation(  # noqa: PLR0917 - a citation's columns in their order
    source: str,
    start: int | None,
    end: int | None,
    quote: str | None,
    record: str | None = None,
    fields: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "source": source,
        "start": start,
        "end": end,
        "quote": quote,
        "record": record,
        "fields": fields or [],
        "values": [],
    }


@st.composite
def tables(draw: st.DrawFn, name: str = "events", *, derived: bool = True) -> tuple[Any, Dataset]:
    """A table of a generated dataset, changed in zero to three places."""
    dataset = draw(datasets())
    rows = to_arrow(dataset, name).to_pylist()
    if not rows:
        dataset = load_bundled()
        rows = to_arrow(dataset, name).to_pylist()
    base = REPLACEMENTS if name == "events" else TRADE_REPLACEMENTS
    pool = {**base, "citations": citation_replacements(dataset)}
    dropped = DERIVED_OF[name]
    if not derived:
        pool = {k: v for k, v in pool.items() if k not in dropped}
    for _ in range(draw(st.integers(0, 3))):
        row = draw(st.integers(0, len(rows) - 1))
        column = draw(st.sampled_from(sorted(pool)))
        if column == "id" and len(rows) > 1 and draw(st.booleans()):
            value = rows[(row + 1) % len(rows)]["id"]  # a duplicate
        else:
            value = draw(st.sampled_from(pool[column]))
        rows[row][column] = value
    schema = bilateral.arrow_schema(name)
    if not derived:
        schema = pa.schema([f for f in schema if f.name not in dropped])
        rows = [{k: v for k, v in r.items() if k not in dropped} for r in rows]
    return pa.Table.from_pylist(rows, schema=schema), dataset


# --------------------------------------------------------------------------- the laws


@pytest.mark.parametrize("name", TABLES)
@SETTINGS
@given(dataset=datasets())
def test_a_dataset_s_tables_come_back_as_written_without_the_reference(name, dataset):
    table = to_arrow(dataset, name)
    with counting_reference() as calls:
        assert table.equals(bilateral.check_arrow(table, name, context=dataset))
    assert [] == calls


@SETTINGS
@given(tables())
def test_the_fast_step_and_the_reference_agree_on_events(case):
    table, context = case
    assert outcome(reference, table, context) == outcome(fast_or_reference, table, context)


@SETTINGS
@given(tables("trade"))
def test_the_fast_step_and_the_reference_agree_on_trade(case):
    table, context = case
    expected = outcome(reference_of("trade"), table, context)
    assert expected == outcome(checker("trade"), table, context)


def loads_outcome(table: Any, context: Dataset, name: str = "events") -> tuple[str, Any]:
    """``loads`` of the same facts, in a document with the context's sources and people."""
    document = json.loads(dumps(Dataset(context.sources, context.people)))
    relations: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
    fact = _event_document if name == "events" else _period_document
    for row in table.to_pylist():
        pair = (row["country_a"], row["country_b"])
        key = tuple(sorted(pair)) if None not in pair else pair
        relations.setdefault(key, []).append(fact(row))
    document["relations"] = [
        {"countries": list(key), name: facts} for key, facts in relations.items()
    ]
    try:
        loaded = loads(json.dumps(document))
    except ValidationError:
        return "error", None
    return "table", sorted(to_arrow(loaded, name).to_pylist(), key=repr)


def _citations_document(row: dict[str, Any]) -> list[dict[str, Any]]:
    return [{k: v for k, v in c.items() if v is not None and v != []} for c in row["citations"]]


def _period_document(row: dict[str, Any]) -> dict[str, Any]:
    amount = row["amount"]
    return {
        "flow": row["flow"],
        "period": row["period"],
        "value": {"amount": format(amount, "f"), "currency": row["currency"]},
        "reporter": row["reporter"],
        "note": row["note"],
        "citations": _citations_document(row),
    }


def _event_document(row: dict[str, Any]) -> dict[str, Any]:
    event = {
        key: row[key]
        for key in ("id", "kind", "status", "when", "summary", "origin", "destination")
    }
    event |= {key: row[key] for key in ("participants", "places", "note")}
    event["citations"] = _citations_document(row)
    for key in ("cameo", "called_off", "moved_to"):
        if row[key] is not None:
            event[key] = row[key]
    if row["plover"] is not None or row["plover_mode"] is not None or row["plover_contexts"]:
        event["plover"] = {
            "event": row["plover"],
            "mode": row["plover_mode"],
            "contexts": row["plover_contexts"],
        }
    return event


@SETTINGS
@given(tables(derived=False))
def test_check_arrow_accepts_what_loads_accepts_and_gives_its_events(case):
    table, context = case
    kind, rows = outcome(fast_or_reference, table, context)
    expected = loads_outcome(table, context)
    assert expected[0] == kind
    if kind == "table":
        assert expected[1] == sorted(rows, key=repr)


@SETTINGS
@given(tables("trade", derived=False))
def test_check_arrow_accepts_what_loads_accepts_and_gives_its_trade(case):
    table, context = case
    kind, rows = outcome(checker("trade"), table, context)
    expected = loads_outcome(table, context, "trade")
    assert expected[0] == kind
    if kind == "table":
        assert expected[1] == sorted(rows, key=repr)


day_texts = st.dates().map(dt.date.isoformat) | st.from_regex(
    r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", fullmatch=True
)
when_texts = st.one_of(
    day_texts,
    st.tuples(day_texts, day_texts).map("/".join),
    day_texts.map(lambda day: f"{day}/.."),
    day_texts.map(lambda day: f"../{day}"),
    any_partial_dates.map(lambda date: date.edtf),
    date_ranges().map(lambda when: when.edtf),
    st.sampled_from(["0000-01-01", "2021-02-29", "2020-02-29", "9999-12-31/..", "../..", "2023/"]),
    st.text(max_size=22),
)


@SETTINGS
@given(st.lists(when_texts, min_size=1, max_size=20))
def test_dates_read_by_pyarrow_are_read_as_parse_when_reads_them(texts):
    table = pa.table(
        {
            "country_a": ["AZ"] * len(texts),
            "country_b": ["LT"] * len(texts),
            "id": [f"e{i}" for i in range(len(texts))],
            "kind": ["meeting"] * len(texts),
            "status": ["held"] * len(texts),
            "when": texts,
            "summary": ["A made-up meeting."] * len(texts),
        }
    )
    context = Dataset()
    assert outcome(reference, table, context) == outcome(fast_or_reference, table, context)


def test_a_dictionary_value_no_row_uses_is_not_read(bundled):
    table, dataset = bundled
    table = table.drop_columns(["cameo", "plover", "plover_mode", "plover_contexts"])
    kinds = pa.DictionaryArray.from_arrays(
        pa.array([1] * table.num_rows, pa.int8()), pa.array(["nonsense", "meeting"])
    )
    index = table.column_names.index("kind")
    out = bilateral.check_arrow(table.set_column(index, "kind", kinds), context=dataset)
    assert ["meeting"] * table.num_rows == out.column("kind").to_pylist()


# --------------------------------------------------------------------------- examples


@pytest.fixture
def bundled() -> tuple[Any, Dataset]:
    dataset = load_bundled()
    return to_arrow(dataset, "events"), dataset


def problems_of(table: Any, context: Dataset | None) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        bilateral.check_arrow(table, context=context)
    return [(p.path, p.message) for p in caught.value.problems]


def replaced(table: Any, column: str, row: int, value: Any) -> Any:
    values = table.column(column).to_pylist()
    values[row] = value
    index = table.column_names.index(column)
    return table.set_column(index, table.field(column), pa.array(values, table.field(column).type))


def test_a_bad_date_is_placed_at_its_row_and_column(bundled):
    table, dataset = bundled
    bad = replaced(table.drop_columns(list(DERIVED)), "when", 3, "2021-02-30")
    [(path, message)] = problems_of(bad, dataset)
    assert "$.events[3].when" == path
    assert "2021-02-30" in message


def test_a_derived_column_must_be_what_the_date_gives(bundled):
    table, dataset = bundled
    bad = replaced(table, "earliest", 2, dt.date(1999, 1, 1))
    [(path, message)] = problems_of(bad, dataset)
    assert "$.events[2].earliest" == path
    assert "1999" in message


def test_the_smallest_table_gets_its_derived_columns_and_codes(bundled):
    table, dataset = bundled
    required = ["country_a", "country_b", "id", "kind", "status", "when", "summary"]
    out = bilateral.check_arrow(table.select(required), context=dataset)
    assert bilateral.arrow_schema("events") == out.schema
    for column in (*required, *DERIVED, "cameo", "plover", "plover_mode"):
        assert table.column(column).equals(out.column(column)), column
    assert [[]] * table.num_rows == out.column("citations").to_pylist()


def test_the_countries_come_back_in_order(bundled):
    table, dataset = bundled
    swapped = table.set_column(0, "country_a", table.column("country_b")).set_column(
        1, "country_b", table.column("country_a")
    )
    assert table.equals(bilateral.check_arrow(swapped, context=dataset))


def summit(first: str, second: str, when: str) -> Any:
    """A made-up one-row table of events."""
    return pa.table(
        {
            "country_a": [first],
            "country_b": [second],
            "id": ["summit"],
            "kind": ["meeting"],
            "status": ["held"],
            "when": [when],
            "summary": ["A summit."],
        }
    )


def test_a_country_is_written_as_to_arrow_writes_it():
    out = bilateral.check_arrow(summit("US", "SUHH", "1990"))
    assert ("SUHH", "US") == (
        out.column("country_a")[0].as_py(),
        out.column("country_b")[0].as_py(),
    )
    [(path, message)] = problems_of(summit("SU", "US", "1990"), None)
    assert "$.events[0].country_a" == path
    assert "'SUHH'" in message


def test_an_event_after_a_country_ceased_is_refused():
    [(path, message)] = problems_of(summit("SUHH", "US", "1995"), None)
    assert "$.events[0].when" == path
    assert "SUHH" in message


def test_citations_and_participants_need_the_context(bundled):
    table, _ = bundled
    found = problems_of(table, None)
    assert any(p.startswith("$.events[0].citations[0].source") for p, _ in found)
    assert any(p == "$.events[1].participants[0]" for p, _ in found)
    assert all("no source" in m or "no person" in m for _, m in found)


def test_columns_missing_unknown_or_of_the_wrong_type_are_named(bundled):
    table, dataset = bundled
    broken = (
        table.drop_columns(["summary"])
        .append_column("colour", pa.array(["red"] * table.num_rows))
        .set_column(2, "id", pa.array(range(table.num_rows), pa.int64()))
    )
    assert [
        ("$.events.colour", "unknown column"),
        ("$.events.id", "expected a column of string, got int64"),
        ("$.events.summary", "missing required column"),
    ] == sorted(problems_of(broken, dataset))


def test_a_missing_value_in_a_required_column_is_the_reference_s_error(bundled):
    table, dataset = bundled
    bad = replaced(table, "summary", 1, None)
    [(path, message)] = problems_of(bad, dataset)
    assert "$.events[1].summary" == path
    assert "None" in message


def test_strings_of_other_arrow_types_are_read(bundled):
    table, dataset = bundled
    names = table.column_names
    wide = table.set_column(
        names.index("id"), "id", table.column("id").cast(pa.large_string())
    ).set_column(names.index("status"), "status", table.column("status").cast(pa.string()))
    assert table.equals(bilateral.check_arrow(wide, context=dataset))


def test_read_parquet_checks_the_file(bundled, tmp_path):
    table, dataset = bundled
    path = tmp_path / "events.parquet"
    bilateral.to_parquet(dataset, "events", path)
    assert table.equals(bilateral.read_parquet(path, context=dataset))
    pq.write_table(replaced(table, "kind", 0, "nonsense"), path)
    with pytest.raises(ValidationError) as caught:
        bilateral.read_parquet(path, context=dataset)
    assert ["$.events[0].kind"] == [p.path for p in caught.value.problems]


def test_read_parquet_refuses_what_is_not_a_parquet_file(tmp_path):
    with pytest.raises(bilateral.NotFoundError, match="no file"):
        bilateral.read_parquet(tmp_path / "absent.parquet")
    text = tmp_path / "events.parquet"
    text.write_text("id,kind\n", encoding="utf-8")
    with pytest.raises(bilateral.InvalidValueError, match="not a Parquet file"):
        bilateral.read_parquet(text)


def test_only_tables_of_events_are_read_and_the_context_is_a_dataset(bundled):
    table, dataset = bundled
    with pytest.raises(bilateral.InvalidValueError, match="'events', 'trade'"):
        bilateral.check_arrow(table, "missions", context=dataset)
    with pytest.raises(bilateral.InvalidValueError, match="Dataset"):
        bilateral.check_arrow(table, context=dataset.sources)  # type: ignore[arg-type]
    with pytest.raises(bilateral.InvalidValueError, match=r"pyarrow\.Table"):
        bilateral.check_arrow(table.to_pylist(), context=dataset)  # type: ignore[arg-type]
