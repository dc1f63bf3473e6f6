"""The PLOVER record reader and the COW state list reader.

tests/data/plover/sample.json is made up (see its README); the real files
are read from ../shared/data when that folder is beside the checkout.
"""

from __future__ import annotations

import collections
import io
import json
from pathlib import Path

import pytest

import bilateral
from bilateral import EventKind, InvalidValueError, PloverCoding, read_cow_states, read_plover
from bilateral.__main__ import main
from bilateral._model.plover_records import markup_spans
from bilateral._values.cow import cow_records, cow_source
from bilateral._wire.jsonrecords import json_records

SAMPLE = Path(__file__).parent / "data" / "plover" / "sample.json"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
GSR = SHARED / "plover" / "PLOVER_GSR_CAMEO.txt"
COW = SHARED / "cow" / "states2016.csv"
needs_gsr = pytest.mark.skipif(
    not GSR.exists(),
    reason="the shared PLOVER records (../shared/data) are not beside this checkout",
)
needs_cow = pytest.mark.skipif(
    not COW.exists(), reason="the shared COW list (../shared/data) is not beside this checkout"
)


def _records() -> list[dict[str, object]]:
    return [record for _, record in json_records(io.StringIO(SAMPLE.read_text()))]


def _quotes_exactly(dataset: bilateral.Dataset) -> int:
    count = 0
    for relation in dataset.relations:
        for event in relation.events:
            text = dataset.source(event.citations[0].source).text
            assert text is not None
            for citation in event.citations:
                assert citation.quote == text[citation.start : citation.end]
                count += 1
    return count


def test_the_sample_reads_into_events_of_two_countries():
    result = read_plover(SAMPLE, on_error="collect")
    assert (result.records, result.read, len(result.problems), len(result.skipped)) == (6, 3, 2, 1)
    dataset = result.value
    visit = dataset.relation("AZE", "LTU").events[0]
    assert visit.kind is bilateral.EventKind.MEETING
    assert visit.plover == bilateral.PloverCoding("CONSULT", "visit", ("diplomatic", "economic"))
    assert visit.when == bilateral.PartialDate("2021-05")  # the precision kept
    assert visit.places == ("Vilnius",)
    assert [c.quote for c in visit.citations] == [
        "Azerbaijani Foreign Minister",
        "visited",
        "Lithuania",
        "in Vilnius",
    ]
    assert dataset.relation("GEO", "ARM").events[0].kind is bilateral.EventKind.PHONE_CALL
    source = dataset.source("sample-consult-0001")
    assert source.published.isoformat() == "2024-01-15"  # the day coded, never the event's
    assert source.licence == "Made up for bilateral's tests; MIT, as the package."
    assert _quotes_exactly(dataset) == 10


@pytest.mark.parametrize(
    ("event", "mode", "coding"),
    [
        ("AGREE", "", PloverCoding("AGREE", None, ("diplomatic", "economic"))),
        ("DEMAND", "meet", PloverCoding("REQUEST", "meet", ("diplomatic", "economic"))),
        ("SANCTION", "withdraw", PloverCoding("SANCTION", "withdraw", ("diplomatic", "economic"))),
    ],
)
def test_a_type_no_curated_kind_means_is_a_coded_event(event, mode, coding):
    (record,) = [r for r in _records() if r["id"] == "SAMPLE-CONSULT-0001"]
    record = {**record, "event": event, "mode": mode}

    result = read_plover(io.StringIO(json.dumps([record])))
    (found,) = result.value.relation("AZE", "LTU").events

    assert (found.kind, found.plover, found.cameo) == (EventKind.CODED, coding, None)
    assert found.effective_plover == coding


def test_compound_and_non_state_actors_are_problems_with_their_reason():
    problems = {p.record: p for p in read_plover(SAMPLE, on_error="collect").problems}
    agree = problems["SAMPLE-AGREE-0001"]
    assert agree.path == ("source",)
    assert "3 countries (LVA, EST, LTU)" in agree.reason
    assert "never split into pairs" in agree.reason
    assert "one country (KEN) and 1 non-state actor" in problems["SAMPLE-DEMAND-0001"].reason


def test_documentation_records_are_reported_as_skipped():
    skipped = read_plover(SAMPLE, on_error="collect").skipped
    assert [(p.record, p.error) for p in skipped] == [("SAMPLE-DOCUMENT-0001", "")]


def test_json_lines_read_the_same():
    lines = "\n".join(json.dumps(record) for record in _records()) + "\n\n"
    result = read_plover(io.StringIO(lines), on_error="collect")
    assert (result.records, result.read, len(result.problems)) == (6, 3, 2)
    assert result.value == read_plover(SAMPLE, on_error="collect").value


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('[{"a": 1, // note\n}]', "not JSON"),
        ("[{'a': 1}]", "not JSON"),
        ('[{"a": NaN}]', "NaN is not JSON"),
        ('[{"a": 1, "a": 2}]', "appears twice"),
        ('[{"a": "tab\there"}]', "not JSON"),
        ('[{"a": 1},, {"b": 2}]', "a comma with no record"),
    ],
)
def test_only_trailing_commas_are_accepted(text, reason):
    found = [record for _, record in json_records(io.StringIO(text))]
    assert any(isinstance(r, InvalidValueError) and reason in r.reason for r in found)


def test_trailing_commas_are_accepted():
    found = list(json_records(io.StringIO('[\n{"a": [1, 2,], "b": {"c": 3,},},\n"x",\n]\n')))
    assert found == [("line 2", {"a": [1, 2], "b": {"c": 3}}), ("line 3", "x")]


def test_a_file_cut_short_or_followed_by_text_is_refused():
    with pytest.raises(InvalidValueError, match="after the array"):
        list(json_records(io.StringIO('[{"a": 1}] {"b": 2}')))
    with pytest.raises(InvalidValueError, match="before the array's closing"):
        list(json_records(io.StringIO('[{"a": 1},')))
    assert "ends inside" in str(list(json_records(io.StringIO('[{"a": [1}')))[-1][1])


def _with_bad_middle(text_of_bad: str) -> str:
    records = [json.dumps(record) for record in _records()]
    records.insert(3, text_of_bad)
    return "[\n" + ",\n".join(records) + "\n]\n"


@pytest.mark.parametrize(
    ("bad", "record", "field"),
    [
        ('{"id": "BAD-1", "event": DEMAND}', "line 5", ""),  # not JSON: named by its line
        (
            json.dumps({**_records()[1], "id": "BAD-2", "date": "2021-13"}),
            "BAD-2",
            "date",
        ),
        (  # made up: the USSR (SUN) consulting Lithuania in 2021, after it ceased
            json.dumps(
                {
                    **_records()[1],
                    "id": "BAD-3",
                    "source": [{"actorText": "The USSR", "code": "SUN"}],
                }
            ),
            "BAD-3",
            "date",
        ),
    ],
)
def test_one_bad_record_in_the_middle(bad, record, field):
    text = _with_bad_middle(bad)
    with pytest.raises(InvalidValueError) as info:
        read_plover(io.StringIO(text))
    assert info.value.record == record
    assert info.value.location == field
    result = read_plover(io.StringIO(text), on_error="collect")
    assert [p.record for p in result.problems] == [
        record,
        "SAMPLE-AGREE-0001",
        "SAMPLE-DEMAND-0001",
    ]
    assert result.value == read_plover(SAMPLE, on_error="collect").value  # the others all arrive


def test_a_markup_that_is_not_the_text_is_a_problem():
    with pytest.raises(InvalidValueError, match="at offset 7"):
        markup_spans("(SRC: Iran) met", "Iran meets")
    with pytest.raises(InvalidValueError, match="not closed"):
        markup_spans("(SRC: Iran met", "Iran met")
    assert markup_spans("(SRC: United Front (UF)) met", "United Front (UF) met") == [("SRC", 0, 17)]


def test_progress_is_reported():
    calls: list[tuple[int, int | None]] = []
    read_plover(
        SAMPLE, on_error="collect", progress=lambda done, total: calls.append((done, total))
    )
    assert calls == [(6, None)]


@needs_gsr
def test_every_shared_record_is_accounted_for_and_every_quote_is_exact():
    result = read_plover(GSR, on_error="collect")
    ids = [r["id"] for r in json.loads(GSR.read_text())]
    assert result.records == len(ids) == 258
    events = [e.id for relation in result.value.relations for e in relation.events]
    reported = [p.record for p in (*result.problems, *result.skipped)]
    assert sorted([*events, *(r.lower() for r in reported)]) == sorted(i.lower() for i in ids)
    assert (result.read, len(result.problems), len(result.skipped)) == (100, 157, 1)
    assert _quotes_exactly(result.value) == 413


@needs_gsr
def test_the_commonest_reasons_on_the_shared_records():
    result = read_plover(GSR, on_error="collect")

    def kind_of(reason: str) -> str:
        if "an event of a relation needs exactly two countries" in reason:
            return "not two countries"
        if "is not a PLOVER context" in reason or "is not a mode of" in reason:
            return "mode or context not in the current manual"
        if "is not an ISO 3166-1" in reason:
            return "unknown actor code"
        return reason

    counts = collections.Counter(kind_of(p.reason) for p in result.problems).most_common(3)
    assert counts == [
        ("not two countries", 124),
        ("mode or context not in the current manual", 22),
        ("unknown actor code", 6),
    ]
    # A type no curated kind means is a coded event, never a problem.
    assert not [p for p in result.problems if "no event kind" in p.reason]
    kinds = collections.Counter(e.kind for r in result.value.relations for e in r.events)
    assert kinds == {EventKind.CODED: 94, EventKind.MEETING: 6}


@needs_gsr
def test_a_mode_only_an_older_mapping_uses_is_refused_saying_so():
    result = read_plover(GSR, on_error="collect")
    older = sorted(p.record for p in result.problems if "mapping uses it" in p.reason)

    assert older == [
        "PLOVER-GSR01-COERCE-0002",  # ASSAULT deport
        "PLOVER-GSR01-COERCE-0005",  # COERCE destroy
        "PLOVER-GSR01-COERCE-0006",
        "PLOVER-GSR01-CONSULT-0006",  # CONSULT host
        "PLOVER-GSR01-PROTEST-0022",  # context rights
    ]


@needs_gsr
def test_the_shared_records_raise_on_the_first_problem():
    with pytest.raises(InvalidValueError) as info:
        read_plover(GSR)
    assert info.value.record == "PLOVER-GSR01-AGREE-0001"


@needs_cow
def test_the_shared_cow_list_is_the_bundled_one_with_its_stray_cells_kept():
    result = read_cow_states(COW)
    assert (result.records, result.read) == (243, 243)
    source = result.value
    bundled = cow_records()
    assert set(source.records) == set(bundled)
    stray = {k for k, r in source.records.items() if set(r) - set(bundled[k])}
    assert len(stray) == 23
    assert source.records["135:1"]["column 16"] == "11250"
    for key, record in source.records.items():
        assert {f: record[f] for f in bundled[key]} == bundled[key]
    assert source.cite_record("265:1", "styear").values == ("1954",)


def test_the_bundled_cow_list_reads_as_cow_source():
    path = Path(bilateral.__file__).parent / "data" / "reference" / "cow-states2016.csv"
    states = {int(r["ccode"]) for r in cow_records().values()}
    assert read_cow_states(path).value == cow_source(*states)


def test_a_bad_cow_row_in_the_middle(tmp_path):
    lines = (
        Path(bilateral.__file__).parent / "data" / "reference" / "cow-states2016.csv"
    ).read_text()
    rows = lines.splitlines()
    rows.insert(5, "XXX,999,Nowhere,1990,2,30,2016,12,31,2016")  # made up; 30 February
    path = tmp_path / "cow.csv"
    path.write_text("\n".join(rows) + "\n")
    with pytest.raises(InvalidValueError) as info:
        read_cow_states(path)
    assert (info.value.record, info.value.location) == (6, "stday")
    result = read_cow_states(path, on_error="collect")
    assert [p.record for p in result.problems] == [6]
    assert result.read == 243


def test_cli_import_plover_and_summary(tmp_path, capsys):
    out = tmp_path / "plover.json"
    assert main(["import", "plover", str(SAMPLE), "--on-error", "collect", "-o", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "6 records: 3 read, 2 problems, 1 documentation" in printed
    assert "record SAMPLE-AGREE-0001, source: the actors name 3 countries" in printed
    assert bilateral.load(out) == read_plover(SAMPLE, on_error="collect").value
    assert main(["summary", str(out), "--today", "2024-01-01"]) == 0
    assert "Azerbaijan (AZ) and Lithuania (LT)" in capsys.readouterr().out


def test_cli_import_plover_raise_writes_nothing(tmp_path, capsys):
    out = tmp_path / "plover.json"
    assert main(["import", "plover", str(SAMPLE), "-o", str(out)]) == 1
    assert "record SAMPLE-AGREE-0001" in capsys.readouterr().err
    assert not out.exists()


def test_cli_import_cow_states(tmp_path, capsys):
    path = Path(bilateral.__file__).parent / "data" / "reference" / "cow-states2016.csv"
    out = tmp_path / "cow.json"
    assert main(["import", "cow-states", str(path), "-o", str(out)]) == 0
    assert "243 records: 243 read, 0 problems" in capsys.readouterr().out
    assert len(bilateral.load(out).source("cow-states-2016").records) == 243


def test_cli_summary_without_a_file_is_the_bundled_one(capsys):
    assert main(["summary", "--today", "2024-01-01"]) == 0
    bundled = capsys.readouterr().out
    assert main(["--today", "2024-01-01"]) == 0
    assert capsys.readouterr().out == bundled


def test_cli_summary_of_a_bad_document(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    assert main(["summary", str(bad)]) == 1
    assert str(bad) in capsys.readouterr().err
