"""Hypothesis strategies for bilateral's values."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from hypothesis import assume
from hypothesis import strategies as st

from bilateral import (
    Area,
    Citation,
    Correction,
    Country,
    Dataset,
    DateRange,
    DocumentCount,
    Event,
    EventKind,
    Flow,
    Mission,
    MissionKind,
    Money,
    PartialDate,
    Person,
    PloverCoding,
    Precision,
    Relation,
    Source,
    Statement,
    Status,
    TradePeriod,
)
from bilateral._values.checks import MAX_COUNT, is_visible

COUNTRIES = ["AZ", "LT", "US", "DE", "FR", "GE", "TR", "RU", "UA", "KZ"]
CURRENCIES = ["USD", "EUR", "AZN", "GBP", "JPY"]

days = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
qualifiers = st.sampled_from([(False, False), (True, False), (False, True), (True, True)])


@st.composite
def partial_dates(draw: st.DrawFn, *, qualified: bool = True) -> PartialDate:
    year = draw(st.integers(1, 9998))
    uncertain, approximate = draw(qualifiers) if qualified else (False, False)
    shape = draw(st.sampled_from(["year", "month", "day", "quarter", "half"]))
    if shape == "year":
        return PartialDate(year, uncertain=uncertain, approximate=approximate)
    if shape == "quarter":
        return PartialDate(
            year,
            quarter=draw(st.integers(1, 4)),
            uncertain=uncertain,
            approximate=approximate,
        )
    if shape == "half":
        return PartialDate(
            year,
            half=draw(st.integers(1, 2)),
            uncertain=uncertain,
            approximate=approximate,
        )
    month = draw(st.integers(1, 12))
    if shape == "month":
        return PartialDate(year, month, uncertain=uncertain, approximate=approximate)
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day, uncertain=uncertain, approximate=approximate)


@st.composite
def level1_dates(draw: st.DrawFn, *, qualified: bool = True) -> PartialDate:
    """EDTF level 1's seasons and unspecified digits (199X, 19XX, 2022-XX, 2022-05-XX, ...)."""
    uncertain, approximate = draw(qualifiers) if qualified else (False, False)
    flags = {"uncertain": uncertain, "approximate": approximate}
    shape = draw(st.sampled_from(["season", "decade", "century", "month-xx", "year-xx", "xx-xx"]))
    if shape == "decade":
        return PartialDate(draw(st.integers(1, 999)) * 10, unspecified_digits=1, **flags)
    if shape == "century":
        return PartialDate(draw(st.integers(1, 99)) * 100, unspecified_digits=2, **flags)
    year = draw(st.integers(1, 9999))
    if shape == "season":
        return PartialDate(year, season=draw(st.integers(1, 4)), **flags)
    if shape == "month-xx":
        return PartialDate(year, draw(st.integers(1, 12)), unspecified_parts=1, **flags)
    return PartialDate(year, unspecified_parts=1 if shape == "year-xx" else 2, **flags)


any_partial_dates = partial_dates() | level1_dates()


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    first, second = sorted(
        [draw(any_partial_dates), draw(any_partial_dates)], key=lambda d: d.earliest
    )
    if first.earliest > second.latest:  # pragma: no cover - sorted by earliest
        first, second = second, first
    shape = draw(st.sampled_from(["closed", "open-end", "open-start"]))
    if shape == "open-end":
        return DateRange(first, None)
    if shape == "open-start":
        return DateRange(None, second)
    return DateRange(first, second)


countries = st.sampled_from(COUNTRIES).map(Country)
amounts = st.decimals(
    min_value=Decimal(0),
    max_value=Decimal("1e15"),
    allow_nan=False,
    allow_infinity=False,
    places=2,
)
money = st.builds(Money, amounts, st.sampled_from(CURRENCIES))
signed_money = st.builds(
    Money,
    st.decimals(
        min_value=Decimal("-1e15"),
        max_value=Decimal("1e15"),
        allow_nan=False,
        allow_infinity=False,
        places=3,
    ),
    st.sampled_from(CURRENCIES),
)

# --- Model values ---------------------------------------------------------

ids = st.from_regex(r"[a-z0-9][a-z0-9._-]{0,10}", fullmatch=True)


def visible(text: str) -> bool:
    """Whether a text has a character that shows, as every text field needs."""
    return any(map(is_visible, text))


texts = st.text(min_size=1, max_size=30).filter(visible)
optional_texts = st.none() | texts
event_kinds = st.sampled_from(EventKind)
statuses = st.sampled_from(Status)
flows = st.sampled_from(Flow)
mission_kinds = st.sampled_from(MissionKind)
areas = st.sampled_from(Area)
whens = st.none() | any_partial_dates | date_ranges()
periods = partial_dates().filter(lambda d: d.precision is not Precision.DAY)


@st.composite
def citations(draw: st.DrawFn) -> Citation:
    """A citation on its own: consistent offsets, into no particular source."""
    quote = draw(texts)
    start = draw(st.integers(0, 10_000))
    return Citation(draw(ids), start, start + len(quote), quote)


@st.composite
def sources(draw: st.DrawFn, source_id: str | None = None) -> Source:
    return Source(
        source_id if source_id is not None else draw(ids),
        draw(texts),
        draw(days),
        draw(st.text(min_size=1, max_size=200).filter(visible)),
        title=draw(optional_texts),
        url=draw(st.none() | st.just("https://example.org/a")),
    )


def quotes_from(texts_by_source: list[Source]) -> st.SearchStrategy[Citation]:
    """Citations of slices of the given sources, which therefore match them."""

    @st.composite
    def cite(draw: st.DrawFn) -> Citation:
        source = draw(st.sampled_from(texts_by_source))
        start = draw(st.integers(0, len(source.text) - 1))
        end = draw(st.integers(start + 1, len(source.text)))
        quote = source.text[start:end]
        assume(visible(quote))
        return Citation(source.id, start, end, quote)

    return cite()


def citation_lists(
    cite: st.SearchStrategy[Citation] | None = None,
) -> st.SearchStrategy[list[Citation]]:
    return st.lists(citations() if cite is None else cite, max_size=2)


@st.composite
def people(
    draw: st.DrawFn, cite: st.SearchStrategy[Citation] | None = None, person_id: str | None = None
) -> Person:
    return Person(
        person_id if person_id is not None else draw(ids),
        draw(texts),
        role=draw(optional_texts),
        country=draw(st.none() | countries),
        citations=draw(citation_lists(cite)),
    )


@st.composite
def events(
    draw: st.DrawFn,
    cite: st.SearchStrategy[Citation] | None = None,
    pair: tuple[str, str] | None = None,
    person_ids: list[str] | None = None,
    event_id: str | None = None,
) -> Event:
    ends = countries if pair is None else st.sampled_from(pair).map(Country)
    # A visit has both ends or neither, and does not go from a country to itself.
    visit = draw(st.none() | st.tuples(ends, ends).filter(lambda e: e[0] != e[1]))
    origin, destination = (None, None) if visit is None else visit
    who = ids if person_ids is None else st.sampled_from(person_ids or ["x"])
    kind = draw(event_kinds)
    codes: dict[str, object] = {}
    if kind is EventKind.CODED:  # known by its own codes: one vocabulary or both
        codes = draw(
            st.sampled_from(
                [
                    {"plover": PloverCoding("AGREE")},
                    {"cameo": "042"},
                    {"plover": PloverCoding("ASSAULT", "firearms"), "cameo": "19"},
                ]
            )
        )
    return Event(
        event_id if event_id is not None else draw(ids),
        kind,
        draw(statuses),
        draw(whens),
        draw(texts),
        origin=origin,
        destination=destination,
        participants=draw(st.lists(who, max_size=3)) if person_ids != [] else [],
        places=draw(st.lists(texts, max_size=2)),
        note=draw(optional_texts),
        citations=draw(citation_lists(cite)),
        **codes,  # type: ignore[arg-type]
    )


@st.composite
def missions(
    draw: st.DrawFn,
    cite: st.SearchStrategy[Citation] | None = None,
    pair: tuple[str, str] | None = None,
) -> Mission:
    if pair is None:
        pair = tuple(
            draw(st.lists(st.sampled_from(COUNTRIES), min_size=2, max_size=2, unique=True))
        )
    sending, receiving = draw(st.permutations(pair))
    return Mission(
        Country(sending),
        Country(receiving),
        kind=draw(mission_kinds),
        opened=draw(st.none() | partial_dates()),
        citations=draw(citation_lists(cite)),
    )


@st.composite
def document_counts(
    draw: st.DrawFn, cite: st.SearchStrategy[Citation] | None = None
) -> DocumentCount:
    return DocumentCount(
        draw(st.integers(0, MAX_COUNT)),
        draw(partial_dates()),
        citations=draw(citation_lists(cite)),
    )


@st.composite
def trade_periods(
    draw: st.DrawFn,
    cite: st.SearchStrategy[Citation] | None = None,
    pair: tuple[str, str] | None = None,
) -> TradePeriod:
    flow = draw(flows)
    reporter_strategy = countries if pair is None else st.sampled_from(pair).map(Country)
    if flow is Flow.TURNOVER:
        reporter_strategy = st.none() | reporter_strategy
    return TradePeriod(
        flow,
        draw(periods),
        draw(money),
        reporter=draw(reporter_strategy),
        note=draw(optional_texts),
        citations=draw(citation_lists(cite)),
    )


@st.composite
def statements(
    draw: st.DrawFn,
    cite: st.SearchStrategy[Citation] | None = None,
    person_ids: list[str] | None = None,
    event_ids: list[str] | None = None,
    statement_id: str | None = None,
) -> Statement:
    speakers = ids if person_ids is None else st.sampled_from(person_ids or ["x"])
    occasions = ids if event_ids is None else st.sampled_from(event_ids or ["x"])
    return Statement(
        statement_id if statement_id is not None else draw(ids),
        draw(st.none() | speakers) if person_ids != [] else None,
        draw(texts),
        occasion=draw(st.none() | occasions) if event_ids != [] else None,
        areas=draw(st.lists(areas, max_size=3)),
        direct_quote=draw(st.booleans()),
        when=draw(whens),
        citations=draw(citation_lists(cite)),
    )


country_pairs = st.lists(st.sampled_from(COUNTRIES), min_size=2, max_size=2, unique=True).map(
    lambda p: (p[0], p[1])
)


@st.composite
def relations(
    draw: st.DrawFn,
    cite: st.SearchStrategy[Citation] | None = None,
    pair: tuple[str, str] | None = None,
    person_ids: list[str] | None = None,
    prefix: str = "",
) -> Relation:
    """A relation; with ``person_ids`` its references resolve, as a dataset needs."""
    pair = draw(country_pairs) if pair is None else pair
    event_ids = [f"{prefix}{i}" for i in draw(st.lists(ids, max_size=3, unique=True))]
    local = None if person_ids is None else event_ids
    return Relation(
        pair,
        established=draw(st.none() | partial_dates()),
        established_citations=draw(citation_lists(cite)),
        missions=draw(st.lists(missions(cite, pair), max_size=2)),
        documents=draw(st.lists(document_counts(cite), max_size=2)),
        events=[draw(events(cite, pair, person_ids, event_id)) for event_id in event_ids],
        trade=draw(st.lists(trade_periods(cite, pair), max_size=3)),
        statements=[
            draw(statements(cite, person_ids, local, statement_id))
            for statement_id in draw(st.lists(ids, max_size=3, unique=True))
        ],
    )


@st.composite
def corrections(draw: st.DrawFn, cite: st.SearchStrategy[Citation] | None = None) -> Correction:
    quoted = draw(citation_lists(cite))
    original = quoted[0].quote if quoted else draw(texts)
    return Correction(original, draw(texts), draw(texts), citations=quoted[:1])


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    """A whole dataset whose ids are unique, references resolve and quotes match."""
    found = [draw(sources(i)) for i in draw(st.lists(ids, min_size=1, max_size=3, unique=True))]
    cite = quotes_from(found)
    person_ids = draw(st.lists(ids, max_size=4, unique=True))
    pairs = draw(st.lists(country_pairs, max_size=3, unique_by=lambda p: tuple(sorted(p))))
    return Dataset(
        found,
        [draw(people(cite, i)) for i in person_ids],
        [
            draw(relations(cite, pair, person_ids, prefix=f"r{index}-"))
            for index, pair in enumerate(pairs)
        ],
        corrections=draw(st.lists(corrections(cite), max_size=2)),
    )
