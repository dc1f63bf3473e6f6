"""Values show themselves in notebooks: HTML tables and readable text."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

import bilateral
from bilateral import (
    Dataset,
    DateRange,
    Event,
    EventKind,
    Flow,
    Money,
    PartialDate,
    Relation,
    Source,
    Status,
    TradePeriod,
)
from bilateral._tables.html import Table


class _Cells(HTMLParser):
    """Collects the tables of an HTML fragment as lists of rows of cell texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self.captions: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        del attrs
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in {"td", "th"}:
            self.tables[-1][-1].append("")
            self._in = tag
        elif tag == "caption":
            self.captions.append("")
            self._in = tag

    def handle_endtag(self, tag):
        if tag in {"td", "th", "caption"}:
            self._in = None

    def handle_data(self, data):
        if self._in == "caption":
            self.captions[-1] += data
        elif self._in is not None:
            self.tables[-1][-1][-1] += data


def _parse(fragment: str) -> _Cells:
    parser = _Cells()
    parser.feed(fragment)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def relation():
    return bilateral.load_bundled().relation("AZ", "LT")


def test_relation_html_has_a_row_per_event_in_timeline_order(relation):
    parsed = _parse(relation._repr_html_())
    events = parsed.tables[parsed.captions.index("Events")]

    assert ["When", "In words", "Status", "Kind", "Summary", "CAMEO", "PLOVER"] == events[0]
    assert len(relation.events) == len(events) - 1
    assert ["2022", "2022", "held", "official_visit"] == events[1][:4]
    assert [
        "2023-02-17/..",
        "on or after February 17, 2023",
        "planned",
        "commission_meeting",
    ] == events[-1][:4]


def test_relation_html_shows_trade_annualized_and_says_when_it_is_an_estimate(relation):
    parsed = _parse(relation._repr_html_())
    trade = parsed.tables[parsed.captions.index("Trade")]

    assert [
        ["turnover", "2021", "2021", "not given", "42,000,000 USD", "42,000,000 USD", "a year"],
        [
            "turnover",
            "2022-40",
            "January\u2009–\u2009June 2022",
            "not given",
            "14,400,000 USD",
            "28,800,000 USD",
            "estimated from 6 months",
        ],
    ] == trade[1:]


def test_relation_html_shows_each_date_in_words(relation):
    parsed = _parse(relation._repr_html_())
    missions = parsed.tables[parsed.captions.index("Missions")]
    facts = parsed.tables[0]

    assert "Azerbaijan (AZ) and Lithuania (LT)" == parsed.captions[0]
    assert ["Established", "1995-11-20", "November 20, 1995"] == facts[1]
    assert [
        ["Azerbaijan", "Lithuania", "embassy", "2007-09", "September 2007", "", ""],
        ["Lithuania", "Azerbaijan", "embassy", "2007-04-03", "April 3, 2007", "", ""],
    ] == missions[1:]


def test_dataset_html_lists_sources_corrections_and_relations():
    parsed = _parse(bilateral.load_bundled()._repr_html_())
    corrections = parsed.tables[parsed.captions.index("Corrections")]
    sources = parsed.tables[parsed.captions.index("Sources")]

    assert ["Naus?da", "Nausėda"] == corrections[1][:2]
    assert ["azernews-2023-02-17", "Azernews", "", "2023-02-17"] == sources[1]
    assert "Azerbaijan (AZ) and Lithuania (LT)" in parsed.captions


NASTY = '<script>alert("x")</script> & <b>co</b>'


def _nasty_relation() -> Relation:
    event = Event(
        "e1",
        EventKind.MEETING,
        Status.HELD,
        PartialDate("2020-33"),
        NASTY,
        places=["<Davos>"],
    )
    trade = TradePeriod(Flow.TURNOVER, PartialDate("2020"), Money("5", "EUR"), note=NASTY)
    return Relation(("AZ", "LT"), events=[event], trade=[trade])


def test_all_text_is_escaped():
    relation = _nasty_relation()
    fragments = [
        relation._repr_html_(),
        relation.events[0]._repr_html_(),
        Dataset(relations=[relation])._repr_html_(),
    ]

    for fragment in fragments:
        assert "<script>" not in fragment
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;" in (
            fragment
        )
        assert any(NASTY in row for table in _parse(fragment).tables for row in table)


def test_only_known_tags_are_produced():
    fragment = Dataset(relations=[_nasty_relation()])._repr_html_()

    assert {"div", "table", "caption", "thead", "tbody", "tr", "th", "td"} == set(
        re.findall(r"</?([a-z]+)", fragment)
    )


def test_a_title_with_markup_is_escaped():
    source = Source("s1", "P & Q", dt.date(2020, 1, 1), "text", title="<i>T</i>")
    fragment = Dataset([source])._repr_html_()

    assert "<i>" not in fragment
    assert ["s1", "P & Q", "<i>T</i>", "2020-01-01"] == _parse(fragment).tables[0][1]


def test_a_trade_period_renders_as_a_one_row_table():
    period = TradePeriod(
        Flow.EXPORTS, PartialDate("2022-34"), Money("300", "USD"), reporter=bilateral.Country("LT")
    )
    table = _parse(period._repr_html_()).tables[0]

    assert [
        ["Flow", "Period", "In words", "Reporter", "Value", "Annualized", "Basis"],
        [
            "exports",
            "2022-34",
            "April\u2009–\u2009June 2022",
            "LT",
            "300 USD",
            "1,200 USD",
            "estimated from 3 months",
        ],
    ] == table


def test_empty_tables_say_none():
    relation = Relation(("AZ", "LT"))
    parsed = _parse(relation._repr_html_())

    assert [["Fact", "Value", "In words"], ["Established", "unknown", "not given"]] == (
        parsed.tables[0]
    )
    assert [
        ["Of", "In", "Kind", "Opened", "In words", "Closed", "Level"],
        ["none"],
    ] == parsed.tables[1]
    assert "Missions: none" in Table("Missions", ("Of",), ()).to_text()


@pytest.mark.parametrize(
    "when",
    [
        PartialDate("1995-11-20"),
        PartialDate("2007-09"),
        PartialDate("2022-33"),
        PartialDate("2022-40"),
        PartialDate("2022?"),
        PartialDate("2022%"),
        PartialDate("2007-09~"),
        DateRange("../2023-02-17"),
        DateRange("2021/2022-06"),
    ],
)
def test_a_date_reads_in_a_table_as_in_every_text(when):
    event = Event("e1", EventKind.MEETING, Status.HELD, when, "A made-up meeting")
    cells = _parse(event._repr_html_()).tables[0][1]

    assert [when.edtf, bilateral.format_date(when)] == cells[:2]


def test_an_unknown_date_reads_not_given():
    event = Event("e1", EventKind.MEETING, Status.PLANNED, None, "A made-up meeting")

    assert ["unknown", "not given"] == _parse(event._repr_html_()).tables[0][1][:2]


class _Recorder:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def text(self, obj: str) -> None:
        self.texts.append(obj)


def test_pretty_text_is_aligned_tables(relation):
    printer = _Recorder()
    relation._repr_pretty_(printer, cycle=False)
    text = "".join(printer.texts)

    assert text.startswith("Azerbaijan (AZ) and Lithuania (LT):\n  Fact ")
    assert (
        "  turnover  2022-40  January\u2009–\u2009June 2022  not given  14,400,000 USD  "
        "28,800,000 USD  "
        "estimated from 6 months"
    ) in text.splitlines()


def test_pretty_text_of_a_dataset_and_a_cycle():
    printer = _Recorder()
    bilateral.load_bundled()._repr_pretty_(printer, cycle=False)
    bilateral.load_bundled()._repr_pretty_(printer, cycle=True)

    assert printer.texts[0].startswith("Sources:\n")
    assert "  Naus?da      Nausėda  " in printer.texts[0]
    assert "..." == printer.texts[1]


def test_repr_stays_the_constructor_call(relation):
    assert repr(relation).startswith('Relation(countries=(Country("AZ"), Country("LT"))')
