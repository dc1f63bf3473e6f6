"""Errors carry where they are as data; nothing reads a location back out of a message."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bilateral
from bilateral import (
    Citation,
    Country,
    Event,
    EventKind,
    Flow,
    InvalidDateError,
    InvalidValueError,
    Mission,
    Money,
    PartialDate,
    Problem,
    Relation,
    Status,
    TradePeriod,
    UnknownCountryError,
    UnknownCurrencyError,
    ValidationError,
    dumps,
    load_bundled,
    loads,
)
from bilateral._values.dates import parse_when
from bilateral._values.errors import Step, format_path

SRC = Path(__file__).resolve().parent.parent / "src"


def _raised(build: Any) -> InvalidValueError:
    with pytest.raises(InvalidValueError) as info:
        build()
    return info.value


class TestTheErrorItself:
    def test_location_and_reason_make_the_message(self):
        error = InvalidValueError("expected a date, got 'soon'", path=("events", 2, "when"))

        assert "events[2].when: expected a date, got 'soon'" == str(error)
        assert "events[2].when" == error.location
        assert "$.events[2].when" == error.json_path
        assert "expected a date, got 'soon'" == error.reason
        assert (str(error),) == error.args

    def test_an_error_without_a_path_is_its_reason(self):
        error = InvalidValueError("cannot divide by zero")

        assert "cannot divide by zero" == str(error)
        assert () == error.path
        assert "$" == error.json_path

    def test_within_puts_the_container_in_front_and_keeps_the_type(self):
        error = InvalidDateError("'2023-13' has month 13", path=("when",))

        outer = error.within("relations", 0).within()

        assert InvalidDateError is type(outer)
        assert ("relations", 0, "when") == outer.path
        assert "relations[0].when: '2023-13' has month 13" == str(outer)
        assert ("when",) == error.path  # the original is unchanged

    @pytest.mark.parametrize(
        ("record", "shown"),
        [
            (17, "row 17, period: bad"),
            ("PLOVER-GSR01-AGREE-0003", "record PLOVER-GSR01-AGREE-0003, period: bad"),
        ],
    )
    def test_a_record_goes_in_front_of_the_path(self, record, shown):
        error = InvalidValueError("bad", path=("period",)).in_record(record)

        assert shown == str(error)
        assert record == error.record
        assert ("period",) == error.path

    def test_survives_pickling(self):
        error = UnknownCurrencyError("no such currency", path=("value", "currency"), record=3)

        again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes

        assert UnknownCurrencyError is type(again)
        assert (error.reason, error.path, error.record) == (again.reason, again.path, again.record)
        assert str(error) == str(again)

    @pytest.mark.parametrize(
        ("steps", "root", "text"),
        [
            ((), "$", "$"),
            (("a",), "", "a"),
            (("a", 0, "b", 12), "", "a[0].b[12]"),
            (("relations", 0, "events", 2, "when"), "$", "$.relations[0].events[2].when"),
            ((0, "x"), "$", "$[0].x"),
        ],
    )
    def test_format_path(self, steps, root, text):
        assert text == format_path(steps, root)
        assert Problem(format_path(steps, "$"), "m") == Problem.at(steps, "m")


def _mission_outside() -> None:
    Relation(("AZ", "LT"), missions=[Mission(Country("GE"), Country("AZ"))])


def _event_from_outside() -> None:
    event = Event(
        "e", EventKind.OFFICIAL_VISIT, Status.HELD, None, "x", origin="GE", destination="AZ"
    )
    Relation(("AZ", "LT"), events=[event])


def _reporter_outside() -> None:
    period = TradePeriod(Flow.EXPORTS, PartialDate("2021"), Money(1, "USD"), reporter=Country("GE"))
    Relation(("AZ", "LT"), trade=[period])


def _second_item_not_a_mission() -> None:
    Relation(("AZ", "LT"), missions=[Mission(Country("AZ"), Country("LT")), "a mission"])


def _negative_value() -> None:
    TradePeriod(Flow.TURNOVER, PartialDate("2021"), Money(-1, "USD"))


def _quote_too_short() -> None:
    Citation("s", 0, 10, "abc")


class TestConstructorsSayWhere:
    @pytest.mark.parametrize(
        ("build", "path", "kind"),
        [
            (_mission_outside, ("missions", 0), InvalidValueError),
            (_event_from_outside, ("events", 0, "origin"), InvalidValueError),
            (_reporter_outside, ("trade", 0, "reporter"), InvalidValueError),
            (_second_item_not_a_mission, ("missions", 1), InvalidValueError),
            (_negative_value, ("value", "amount"), InvalidValueError),
            (_quote_too_short, ("end",), InvalidValueError),
            (lambda: Money(4.5, "USD"), ("amount",), InvalidValueError),
            (lambda: Money(1, "XYZ"), ("currency",), UnknownCurrencyError),
            (lambda: Country("ZZ"), ("country",), UnknownCountryError),
            (lambda: PartialDate(2023, 13), ("month",), InvalidDateError),
            (lambda: PartialDate("2023-02-30"), ("edtf",), InvalidDateError),
            (lambda: Relation(("AZ", "AZ")), ("countries",), InvalidValueError),
        ],
    )
    def test_path(self, build, path, kind):
        error = _raised(build)

        assert kind is type(error)
        assert path == error.path
        assert str(error) == f"{format_path(path)}: {error.reason}"
        assert not error.reason.startswith(f"{path[0]}:")


def _document() -> dict[str, Any]:
    return json.loads(dumps(load_bundled()))


def _problems(document: dict[str, Any]) -> tuple[Problem, ...]:
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(document))
    return info.value.problems


class TestLoadsComposesPathsFromTheErrors:
    def test_a_relations_own_check(self):
        document = _document()
        relation = document["relations"][0]
        relation["missions"][0]["sending"] = "GE"
        relation["missions"][0]["receiving"] = "AZ"
        error = _raised(_mission_outside)

        assert (Problem.at(("relations", 0, *error.path), error.reason),) == _problems(document)

    def test_a_field_check_inside_a_nested_value(self):
        document = _document()
        document["relations"][0]["trade"][1]["value"]["amount"] = "-1"
        error = _raised(_negative_value)

        assert (Problem.at(("relations", 0, "trade", 1, *error.path), error.reason),) == _problems(
            document
        )

    def test_money_names_its_own_key(self):
        document = _document()
        document["relations"][0]["trade"][0]["value"]["currency"] = "XYZ"
        error = _raised(lambda: Money(1, "XYZ"))

        assert (Problem("$.relations[0].trade[0].value.currency", error.reason),) == _problems(
            document
        )


def _leaves(value: Any, steps: tuple[Step, ...] = ()) -> list[tuple[Step, ...]]:
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in _leaves(item, (*steps, key))]
    if isinstance(value, list):
        return [leaf for index, item in enumerate(value) for leaf in _leaves(item, (*steps, index))]
    return [steps]


LEAVES = _leaves(_document())


def _at(document: Any, steps: tuple[Step, ...]) -> Any:
    for step in steps:
        document = document[step]
    return document


def _wrong_for(value: object) -> st.SearchStrategy[object]:
    """JSON values of another type than ``value`` (and no string where null was)."""
    containers = st.one_of(
        st.lists(st.integers(), max_size=2),
        st.dictionaries(st.sampled_from(["x", "amount"]), st.integers(), max_size=1),
    )
    if isinstance(value, bool):
        return st.one_of(containers, st.integers(), st.text(max_size=3))
    if isinstance(value, int):
        return st.one_of(
            containers,
            st.booleans(),
            st.floats(allow_nan=False, allow_infinity=False),
            st.text(max_size=3),
        )
    if isinstance(value, str):
        return st.one_of(
            containers,
            st.booleans(),
            st.integers(),
            st.floats(allow_nan=False, allow_infinity=False),
        )
    return st.one_of(containers, st.booleans(), st.integers())


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_bad_leaf_is_reported_at_its_path(data):
    document = _document()
    steps = data.draw(st.sampled_from(LEAVES), label="leaf")
    bad = data.draw(_wrong_for(_at(document, steps)), label="bad value")
    _at(document, steps[:-1])[steps[-1]] = bad

    (problem,) = _problems(document)

    assert format_path(steps, "$") == problem.path


INVALID_CURRENCIES = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3).filter(
    lambda code: code not in {"USD", "EUR"} and _fails(lambda: Money(1, code))
)


def _fails(build: Any) -> bool:
    try:
        build()
    except InvalidValueError:
        return True
    return False


@settings(max_examples=50, deadline=None)
@given(INVALID_CURRENCIES, st.integers(0, 1))
def test_a_bad_currency_is_where_money_says(code, index):
    document = _document()
    document["relations"][0]["trade"][index]["value"]["currency"] = code
    error = _raised(lambda: Money(1, code))

    (problem,) = _problems(document)

    assert (
        Problem.at(("relations", 0, "trade", index, "value", *error.path), error.reason) == problem
    )


@settings(max_examples=100, deadline=None)
@given(
    st.one_of(
        st.from_regex(r"\A[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[?~%]?(/[0-9.]{2,4})?\Z"),
        st.text(max_size=12),
    ).filter(lambda text: _fails(lambda: parse_when(text))),
    st.integers(0, 5),
)
def test_a_bad_date_is_at_its_key_with_the_parsers_reason(text, index):
    document = _document()
    document["relations"][0]["events"][index]["when"] = text
    error = _raised(lambda: parse_when(text))

    (problem,) = _problems(document)

    # The string is the value: the parser's name for it (edtf) is not a key of the document.
    assert Problem.at(("relations", 0, "events", index, "when"), error.reason) == problem


class TestTheFrameReaderComposesRowAndColumn:
    @pytest.fixture
    def frame(self):
        pytest.importorskip("pandas")
        relation = load_bundled().relation("AZ", "LT")
        return bilateral.to_pandas(relation, "trade").astype(
            {"period": object, "reporter": object, "citations": object}
        )

    def test_a_cell_parsed_whole_is_at_its_column(self, frame):
        frame["period"] = ["2021", "2022-02-30"]

        error = _raised(lambda: bilateral.trade_from_pandas(frame))

        assert (InvalidDateError, 1, ("period",)) == (type(error), error.record, error.path)
        assert str(error) == f"row 1, period: {error.reason}"

    def test_a_check_of_the_period_names_its_field(self, frame):
        frame["reporter"] = ["ZZ", None]

        error = _raised(lambda: bilateral.trade_from_pandas(frame))

        assert (UnknownCountryError, 0, ("reporter",)) == (type(error), error.record, error.path)

    def test_a_bad_citation_is_named_by_index_and_field(self, frame):
        cited = frame.loc[0, "citations"][0]
        frame.at[0, "citations"] = [{**cited, "end": cited["end"] + 1}]

        error = _raised(lambda: bilateral.trade_from_pandas(frame))

        assert (0, ("citations", 0, "end")) == (error.record, error.path)
        assert str(error).startswith("row 0, citations[0].end: a quote of ")


# Ways of reading a location back out of a message, none of which may come back.
_PARSING = [
    re.compile(r"_FIELD_PREFIX|_strip_field"),
    re.compile(r"""\.(split|rsplit|partition|rpartition)\(\s*f?["'][^"']*:\s?["']"""),
    re.compile(r"""\.\w*(match|search|split|findall|sub)\([^)]*\bstr\("""),
    re.compile(r"""str\(\s*\w+\s*\)\s*\.\s*(startswith|split|partition|find|index|removeprefix)"""),
    re.compile(r"""\.startswith\(\s*f["'][^"']*\{[^}]*\}:\s?["']"""),
    re.compile(r"""\.args\[0\]\s*\.\s*(startswith|split|partition)"""),
]


def test_no_code_parses_an_error_message():
    found = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in sorted(SRC.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(pattern.search(line) for pattern in _PARSING)
    ]

    assert [] == found


@pytest.mark.parametrize(
    "line",
    [
        "match = _FIELD_PREFIX.fullmatch(message)",
        "head, _, rest = text.partition(': ')",
        "field = message.split(': ', 1)[0]",
        "match = re.fullmatch(PATTERN, str(exc))",
        "m = _PREFIX.match(str(error))",
        "if str(exc).startswith('amount'):",
        'if text.startswith(f"{column}: "):',
    ],
)
def test_the_check_would_see_message_parsing(line):
    assert any(pattern.search(line) for pattern in _PARSING)


@pytest.mark.parametrize(
    "line", ['f"{start}:{end}"', "dt.date.fromisoformat(value)", 'x.split(",")', "str(exc)"]
)
def test_the_check_lets_ordinary_code_be(line):
    assert not any(pattern.search(line) for pattern in _PARSING)


# A message that starts with a field ("amount: ...", f"{name}[{i}]: ...") puts the
# location in the text; these layers pass it as data (path=...) instead.
_LOCATION_IN_TEXT = re.compile(
    r"""^\s*(msg\s*=\s*\(?|raise\s+\w*Error\()\s*f?"(\{[a-z_.]+\}|[a-z_]+)(\[[^]"]*\])?(\.[a-z_{}.]+)*: """
)
_LAYERS_WITH_DATA = ("_values", "_model", "_tables", "_wire")


def test_raise_sites_pass_the_field_as_data():
    found = []
    for layer in _LAYERS_WITH_DATA:
        for path in sorted((SRC / "bilateral" / layer).glob("*.py")):
            lines = path.read_text(encoding="utf-8").splitlines()
            for number, (line, following) in enumerate(
                zip(lines, [*lines[1:], ""], strict=True), 1
            ):
                joined = line + following.strip() if line.rstrip().endswith("(") else line
                if _LOCATION_IN_TEXT.search(joined) and "NotFoundError" not in "".join(
                    lines[number : number + 4]
                ):
                    found.append(f"{path.relative_to(SRC)}:{number}: {line.strip()}")

    assert [] == found


@pytest.mark.parametrize(
    "line",
    [
        'msg = f"{attribute.name}: expected a date, got {shown(value)}"',
        'msg = f"amount: expected a finite amount, got {value!r}"',
        'msg = (f"{column.name}[{row}]: {value} does not fit"',
        'msg = f"{attribute.name}.amount: a trade value cannot be negative"',
    ],
)
def test_the_raise_site_check_would_see_a_location_in_text(line):
    assert _LOCATION_IN_TEXT.search(line)
