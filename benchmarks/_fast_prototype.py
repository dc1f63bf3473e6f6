"""A prototype of a faster :func:`bilateral.loads`: msgspec reads, bilateral's constructors build.

A benchmark prototype, not part of the package: :func:`bilateral.loads`
(cattrs) is the reference. It is NOT equivalent to it: msgspec lets a
duplicate key through (the last one wins) where ``bilateral.loads`` refuses
the document, so this path accepts documents the reference refuses. A wired-in
accelerated path would have to detect duplicate keys first (which costs most
of what msgspec saves), so it stays here, measured and unwired. This path
decodes the JSON with msgspec into typed structs that are at least as strict
as the wire format (exact JSON types, no unknown keys, the same patterns for
codes, amounts and days), then builds the values with bilateral's own
constructors, which validate exactly as they do under cattrs.

Whenever anything fails here, the reference path runs on the same text and
gives the result or raises its :class:`~bilateral.ValidationError`: errors are
identical by construction. Results are identical when this path succeeds,
which the property tests check against the reference on valid and broken
documents.

msgspec is not a dependency of bilateral; this module needs it installed
(``pip install msgspec``); the tests install it.
"""

# No `from __future__ import annotations`: msgspec reads the structs'
# annotations at run time, and the structs are local to _decoder().
import datetime as dt
from functools import cache, lru_cache
from typing import Any

from bilateral._model import (
    Area,
    Dataset,
    DocumentCount,
    Event,
    EventKind,
    Flow,
    Mission,
    MissionKind,
    Person,
    Relation,
    Statement,
    Status,
    TradePeriod,
)
from bilateral._values.country import Country
from bilateral._values.dates import PartialDate, parse_when
from bilateral._values.money import Money
from bilateral._values.sources import Citation, Correction, Source
from bilateral._wire.converter import FORMAT_NAME, FORMAT_VERSION
from bilateral._wire.converter import loads as reference_loads

_CODE = r"^[A-Z]{2}$"
_DECIMAL = r"^-?(0|[1-9]\d*)(\.\d+)?$"
_DAY = r"^\d{4}-\d{2}-\d{2}$"


@cache
def _decoder() -> Any:
    # A prototype: msgspec is imported directly, with no extra of its own yet.
    from typing import Annotated  # noqa: PLC0415

    import msgspec  # noqa: PLC0415

    code = Annotated[str, msgspec.Meta(pattern=_CODE)]
    options = {"forbid_unknown_fields": True, "frozen": True}

    class WCitation(msgspec.Struct, **options):
        source: str
        start: int
        end: int
        quote: str

    class WMoney(msgspec.Struct, **options):
        amount: Annotated[str, msgspec.Meta(pattern=_DECIMAL)]
        currency: str

    class WSource(msgspec.Struct, **options):
        id: str
        publisher: str
        published: Annotated[str, msgspec.Meta(pattern=_DAY)]
        text: str
        title: str | None = None
        url: str | None = None

    class WPerson(msgspec.Struct, **options):
        id: str
        name: str
        role: str | None = None
        country: code | None = None
        citations: list[WCitation] = []

    class WMission(msgspec.Struct, **options):
        sending: code
        receiving: code
        kind: MissionKind = MissionKind.EMBASSY
        opened: str | None = None
        citations: list[WCitation] = []

    class WDocumentCount(msgspec.Struct, **options):
        count: int
        as_of: str
        citations: list[WCitation] = []

    class WEvent(msgspec.Struct, **options):
        id: str
        kind: EventKind
        status: Status
        when: str | None
        summary: str
        origin: code | None = None
        destination: code | None = None
        participants: list[str] = []
        places: list[str] = []
        note: str | None = None
        citations: list[WCitation] = []

    class WTradePeriod(msgspec.Struct, **options):
        flow: Flow
        period: str
        value: WMoney
        reporter: code | None = None
        note: str | None = None
        citations: list[WCitation] = []

    class WStatement(msgspec.Struct, **options):
        id: str
        speaker: str | None
        summary: str
        occasion: str | None = None
        areas: list[Area] = []
        direct_quote: bool = False
        when: str | None = None
        citations: list[WCitation] = []

    class WRelation(msgspec.Struct, **options):
        countries: tuple[code, code]
        established: str | None = None
        established_citations: list[WCitation] = []
        missions: list[WMission] = []
        documents: list[WDocumentCount] = []
        events: list[WEvent] = []
        trade: list[WTradePeriod] = []
        statements: list[WStatement] = []

    class WCorrection(msgspec.Struct, **options):
        original: str
        corrected: str
        reason: str
        citations: list[WCitation] = []

    class WDataset(msgspec.Struct, **options):
        format: str
        version: int
        sources: list[WSource] = []
        people: list[WPerson] = []
        relations: list[WRelation] = []
        corrections: list[WCorrection] = []

    return msgspec.json.Decoder(WDataset)


def _cites(items: Any) -> tuple[Citation, ...]:
    return tuple([Citation(c.source, c.start, c.end, c.quote) for c in items])


# Values are immutable, so one instance per distinct text serves every use;
# a dataset repeats few codes and dates many times.
@lru_cache(maxsize=4096)
def _country_of(code: str) -> Country:
    return Country(code)


@lru_cache(maxsize=4096)
def _partial_of(text: str) -> PartialDate:
    return PartialDate(text)


@lru_cache(maxsize=4096)
def _when_of(text: str) -> Any:
    return parse_when(text)


def _country(code: str | None) -> Country | None:
    return None if code is None else _country_of(code)


def _partial(text: str | None) -> PartialDate | None:
    return None if text is None else _partial_of(text)


def _when(text: str | None) -> Any:
    return None if text is None else _when_of(text)


def _relation(r: Any) -> Relation:
    return Relation(
        (_country_of(r.countries[0]), _country_of(r.countries[1])),
        established=_partial(r.established),
        established_citations=_cites(r.established_citations),
        missions=tuple(
            [
                Mission(
                    _country_of(m.sending),
                    _country_of(m.receiving),
                    kind=m.kind,
                    opened=_partial(m.opened),
                    citations=_cites(m.citations),
                )
                for m in r.missions
            ]
        ),
        documents=tuple(
            [
                DocumentCount(d.count, _partial_of(d.as_of), citations=_cites(d.citations))
                for d in r.documents
            ]
        ),
        events=tuple(
            [
                Event(
                    e.id,
                    e.kind,
                    e.status,
                    _when(e.when),
                    e.summary,
                    origin=_country(e.origin),
                    destination=_country(e.destination),
                    participants=tuple(e.participants),
                    places=tuple(e.places),
                    note=e.note,
                    citations=_cites(e.citations),
                )
                for e in r.events
            ]
        ),
        trade=tuple(
            [
                TradePeriod(
                    t.flow,
                    _partial_of(t.period),
                    Money(t.value.amount, t.value.currency),
                    reporter=_country(t.reporter),
                    note=t.note,
                    citations=_cites(t.citations),
                )
                for t in r.trade
            ]
        ),
        statements=tuple(
            [
                Statement(
                    s.id,
                    s.speaker,
                    s.summary,
                    occasion=s.occasion,
                    areas=tuple(s.areas),
                    direct_quote=s.direct_quote,
                    when=_when(s.when),
                    citations=_cites(s.citations),
                )
                for s in r.statements
            ]
        ),
    )


def _build(doc: Any) -> Dataset:
    if doc.format != FORMAT_NAME or not 1 <= doc.version <= FORMAT_VERSION:
        msg = "header"
        raise ValueError(msg)
    return Dataset(
        tuple(
            [
                Source(
                    s.id,
                    s.publisher,
                    dt.date.fromisoformat(s.published),
                    s.text,
                    title=s.title,
                    url=s.url,
                )
                for s in doc.sources
            ]
        ),
        tuple(
            [
                Person(
                    p.id,
                    p.name,
                    role=p.role,
                    country=_country(p.country),
                    citations=_cites(p.citations),
                )
                for p in doc.people
            ]
        ),
        tuple([_relation(r) for r in doc.relations]),
        corrections=tuple(
            [
                Correction(c.original, c.corrected, c.reason, citations=_cites(c.citations))
                for c in doc.corrections
            ]
        ),
    )


def loads(text: str | bytes) -> Dataset:
    """Read a dataset like :func:`bilateral.loads`, faster on valid documents.

    Raises:
        ValidationError: As :func:`bilateral.loads`, which runs whenever this
            path fails, so that the errors are its errors.
        ImportError: msgspec is not installed.
    """
    decoder = _decoder()
    try:
        return _build(decoder.decode(text))
    except Exception:  # noqa: BLE001 - the reference path gives the result or the error
        return reference_loads(text)
