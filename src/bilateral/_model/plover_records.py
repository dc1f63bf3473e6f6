"""PLOVER event records, read into events of relations between two countries.

What turns one record (a mapping, as JSON gives it) into values, and needs
no file: the reader of files (``bilateral._wire.readers.read_plover``) feeds
the records here. See :doc:`/how-to/plover` for what each field becomes and
why; in short:

- the record's ``text`` becomes a text :class:`Source` (its id: the record's
  id in lower case);
- its ``event``, ``mode`` and ``context`` become the event's
  :class:`PloverCoding`, older type names mapped to the current ones
  (``DEMAND`` is ``REQUEST``); a mode or context the current manual does not
  define is a problem of the record, never dropped;
- its actors (``source`` and ``target``) are countries when their code is a
  country's ISO 3166 alpha-3 code (former countries' included) and named
  non-state actors when it is one of :data:`NON_STATE_CODES`; any other code
  is a problem;
- a record whose actors name exactly two different countries becomes one
  event of their relation: of the curated kind that means its type and mode
  exactly (:data:`KINDS`), else a coded event (``EventKind.CODED``) carrying
  its PLOVER coding; any other is a problem that says how many
  countries it names (a relation holds two; the event is never split into
  pairs);
- the markup's spans (``(SRC: ...)``, ``(TAR: ...)``, ``(SRC/TAR: ...)``,
  ``(EVT: ...)``, ``(LOC: ...)``) become the event's citations, each quoting
  the text exactly;
- ``DOCUMENT`` records document the file: they are counted, not read as
  events (see :class:`PloverDocumentation`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from bilateral._model.dataset import Dataset
from bilateral._model.facts import Event, PloverCoding
from bilateral._model.kinds import EventKind, Status
from bilateral._model.reading import OnError, ProgressCallback, Reading, ReadResult
from bilateral._model.relation import Relation
from bilateral._values import vocabularies
from bilateral._values.country import Country, check_exists
from bilateral._values.dates import PartialDate
from bilateral._values.errors import InvalidValueError, UnknownCodeError
from bilateral._values.sources import Citation, Source

NON_STATE_CODES: Mapping[str, str] = {
    "IGO": "intergovernmental organization",
    "IMG": "international militarized group",
    "MNC": "multinational corporation",
    "NGM": "non-governmental movement",
    "NGO": "non-governmental organization",
    "UIS": "unidentified state actor",
}
"""The CAMEO codes of actors that are not states (CAMEO 1.1b3's international actors)."""

GOLD_STANDARD_PREFIX = "PLOVER-GSR"
"""How the ids of the PLOVER gold-standard records begin."""

GOLD_STANDARD_PLACEHOLDER = "2000-01-01"
"""The date every gold-standard record gives: a placeholder, by the records' documentation."""

KINDS: Mapping[tuple[str, str | None], EventKind] = {
    ("CONSULT", None): EventKind.MEETING,
    ("CONSULT", "visit"): EventKind.MEETING,
    ("CONSULT", "third-party"): EventKind.MEETING,
    ("CONSULT", "multilateral"): EventKind.MEETING,
    ("CONSULT", "phone"): EventKind.PHONE_CALL,
    ("PROTEST", "demo"): EventKind.DEMONSTRATION,
}
"""The event kind of each PLOVER type and mode that one of bilateral's kinds means exactly.

A kind says more than most PLOVER types (a ``SANCTION`` is not always
relations severed), so only these are read as a curated kind; any other type
and mode is a coded event (``EventKind.CODED``), known by its PLOVER
coding alone, never a guessed kind.
"""

_MARKER = re.compile(r"\((SRC/TAR|SRC|TAR|EVT|LOC): ?")

_USED = frozenset(
    {
        "id",
        "date",
        "source",
        "target",
        "event",
        "mode",
        "context",
        "text",
        "textInfo",
        "eventLoc",
        "publication",
        "coder",
        "version",
        "dateCoded",
        "license",
        "copyright",
    }
)


@attrs.frozen
class PloverDocumentation:
    """A ``DOCUMENT`` record: documentation of the file, not an event.

    Attributes:
        record: The record's id.
        fields: Its fields, as text.
    """

    record: str
    fields: Mapping[str, str]


@attrs.frozen
class PloverEvent:
    """What one PLOVER record became: its text source, its event and the pair of countries."""

    source: Source
    event: Event
    countries: tuple[Country, Country]


def _text(record: Mapping[str, Any], name: str, *, required: bool = True) -> str | None:
    value = record.get(name)
    if value is None or value == "":
        if required:
            msg = "missing; a PLOVER record needs it"
            raise InvalidValueError(msg, path=(name,))
        return None
    if not isinstance(value, str):
        msg = f"expected text, got {value!r:.60}"
        raise InvalidValueError(msg, path=(name,))
    return value


def _actors(record: Mapping[str, Any], name: str) -> list[tuple[str, str, str | None]]:
    value = record.get(name)
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        msg = f"expected a list of actors, got {value!r:.60}"
        raise InvalidValueError(msg, path=(name,))
    actors = []
    for index, actor in enumerate(value):
        if not isinstance(actor, dict):
            msg = f"expected an actor (an object), got {actor!r:.60}"
            raise InvalidValueError(msg, path=(name, index))
        try:
            text = _text(actor, "actorText")
            code = _text(actor, "code")
            sector = _text(actor, "sector", required=False)
        except InvalidValueError as exc:
            raise exc.within(name, index) from None
        assert text is not None  # noqa: S101 - required above
        assert code is not None  # noqa: S101 - required above
        actors.append((text, code, sector))
    return actors


def actor_country(code: str) -> Country | None:
    """The country an actor code names, or ``None`` for a non-state actor.

    Raises:
        UnknownCountryError: Neither an ISO 3166 alpha-3 code (of a current
            or former country) nor one of :data:`NON_STATE_CODES`.
    """
    if code in NON_STATE_CODES:
        return None
    if re.fullmatch(r"[A-Z]{3}", code) is None:
        msg = f"expected an ISO 3166 alpha-3 code or one of {', '.join(NON_STATE_CODES)}, got {code!r}"
        raise InvalidValueError(msg, path=("code",))
    return Country(code)


def _coding(record: Mapping[str, Any]) -> PloverCoding:
    event = _text(record, "event")
    assert event is not None  # noqa: S101 - required
    mode = _text(record, "mode", required=False)
    context = _text(record, "context", required=False)
    contexts = [] if context is None else [c.strip() for c in context.split(",")]
    try:
        name = vocabularies.current_plover_name(event)
    except UnknownCodeError as exc:
        raise exc.at("event") from None
    legacy = vocabularies.plover_legacy_names().get(event)
    if mode is None and legacy is not None:
        mode = legacy.mode  # INVESTIGATE is ACCUSE, mode investigate
    try:
        return PloverCoding(name, mode, contexts)
    except UnknownCodeError as exc:
        step = str(exc.path[0]) if exc.path else "event"
        published = _published_in(name, exc.code, step)
        if published is None:
            raise exc.at("context" if step == "contexts" else step) from None
        reason = (
            f"{exc.reason} (the {published} CAMEO-to-PLOVER mapping uses it, the current "
            "manual does not; older modes and contexts are not mapped)"
        )
        raise UnknownCodeError(
            reason, exc.code, exc.suggestions, path=("context" if step == "contexts" else step,)
        ) from None
    except InvalidValueError as exc:
        step = str(exc.path[0]) if exc.path else "event"
        raise exc.at("context" if step == "contexts" else step) from None


def _published_in(event: str, code: str, step: str) -> str | None:
    """Which bundled CAMEO-to-PLOVER mapping uses a mode of ``event`` or a context the manual lacks."""
    for name in ("2021", "earlier"):
        for mapping in vocabularies.cameo_to_plover_table(name).values():
            if step == "mode" and mapping.event == event and code in mapping.modes:
                return name
            if step == "contexts" and code in mapping.contexts:
                return name
    return None


def markup_spans(markup: str, text: str) -> list[tuple[str, int, int]]:
    """The spans of a record's markup, as (tag, start, end) offsets into ``text``.

    The markup is the text with spans marked ``(TAG: words)``; spans may nest
    and the words may hold parentheses of their own. Without its markers the
    markup must be the text, character for character.

    >>> markup_spans("(SRC: Iran) (EVT: met) Iraq.", "Iran met Iraq.")
    [('SRC', 0, 4), ('EVT', 5, 8)]

    Raises:
        InvalidValueError: A span is not closed, or the markup without its
            markers is not the text (the reason gives the first offset where
            they differ).
    """
    out: list[str] = []
    length = 0
    stack: list[tuple[str | None, int]] = []
    spans: list[tuple[str, int, int]] = []
    index = 0
    while index < len(markup):
        char = markup[index]
        if char == "(":
            match = _MARKER.match(markup, index)
            if match is not None:
                stack.append((match[1], length))
                index = match.end()
                continue
            stack.append((None, length))
        elif char == ")" and stack:
            tag, start = stack.pop()
            if tag is not None:
                spans.append((tag, start, length))
                index += 1
                continue
        out.append(char)
        length += 1
        index += 1
    path = ("textInfo", "markup")
    if any(tag is not None for tag, _ in stack):
        msg = "a span of the markup is not closed"
        raise InvalidValueError(msg, path=path)
    plain = "".join(out)
    if plain != text:
        at = next(
            (i for i, (a, b) in enumerate(zip(plain, text, strict=False)) if a != b),
            min(len(plain), len(text)),
        )
        msg = (
            f"the markup without its markers is not the text: at offset {at} the markup has "
            f"{plain[at : at + 25]!r}, the text {text[at : at + 25]!r}"
        )
        raise InvalidValueError(msg, path=path)
    spans.sort(key=lambda span: (span[1], span[2]))
    return spans


def _published(record: Mapping[str, Any]) -> dt.date:
    coded = _text(record, "dateCoded")
    assert coded is not None  # noqa: S101 - required
    try:
        return dt.date.fromisoformat(coded)
    except ValueError:
        msg = f"expected a day (YYYY-MM-DD), got {coded!r}"  # never a guessed one
        raise InvalidValueError(msg, path=("dateCoded",)) from None


def _when(record: Mapping[str, Any], record_id: str) -> tuple[PartialDate | None, str | None]:
    date = _text(record, "date", required=False)
    if date is None:
        return None, "The record gives no date."
    if record_id.startswith(GOLD_STANDARD_PREFIX) and date == GOLD_STANDARD_PLACEHOLDER:
        return None, (
            f"A PLOVER gold-standard record: an edited example sentence, not necessarily an "
            f"actual event; its date, {date}, is a placeholder, so the event is undated."
        )
    try:
        return PartialDate(date), None
    except InvalidValueError as exc:
        raise exc.at("date") from None


def _kind(coding: PloverCoding) -> EventKind:
    """The curated kind that means the coding exactly, else ``EventKind.CODED``."""
    return KINDS.get((coding.event, coding.mode), EventKind.CODED)


def _actor_text(actor: tuple[str, str, str | None]) -> str:
    text, code, sector = actor
    return f"{text} ({code})" if sector is None else f"{text} ({code}, {sector})"


def _shown(value: object) -> str:
    return value if isinstance(value, str) else repr(value)


def plover_record(
    record: Mapping[str, Any], *, licence: str | None = None
) -> PloverEvent | PloverDocumentation:
    """What one PLOVER record becomes: an event of two countries, or documentation.

    ``licence`` is the file's licence (a ``DOCUMENT`` record's ``license``),
    given to the record's source unless the record states its own.

    Raises:
        InvalidValueError: The record cannot become an event (its path names
            the field): see :doc:`/how-to/plover` for each reason.
    """
    record_id = _text(record, "id")
    assert record_id is not None  # noqa: S101 - required
    if record.get("event") == "DOCUMENT":
        return PloverDocumentation(record_id, {k: _shown(v) for k, v in record.items()})
    text = _text(record, "text")
    assert text is not None  # noqa: S101 - required
    info = record.get("textInfo")
    if not isinstance(info, dict) or not isinstance(info.get("markup"), str):
        msg = f"expected an object with the markup, got {info!r:.60}"
        raise InvalidValueError(msg, path=("textInfo",))
    named: dict[Country, str] = {}
    others: list[str] = []
    for side in ("source", "target"):
        for index, (actor_text, code, _) in enumerate(_actors(record, side)):
            try:
                country = actor_country(code)
            except InvalidValueError as exc:
                raise exc.at(side, index, "code") from None
            if country is None:
                others.append(f"{actor_text} ({code})")
            else:
                named.setdefault(country, code)
    countries = list(named)
    if len(countries) != 2:
        codes = ", ".join(named.values())
        counted = {0: "no country", 1: f"one country ({codes})"}.get(
            len(countries), f"{len(countries)} countries ({codes})"
        )
        actors = "non-state actor" if len(others) == 1 else "non-state actors"
        besides = f" and {len(others)} {actors}" if others else ""
        msg = (
            f"the actors name {counted}{besides}; an event of a relation needs exactly two "
            "countries (a record is never split into pairs)"
        )
        raise InvalidValueError(msg, path=("source",))
    coding = _coding(record)
    kind = _kind(coding)
    when, date_note = _when(record, record_id)
    # The relation checks this too, but only once every record is read: an event dated after
    # a former country ceased is a problem of its record.
    check_exists(countries, when, ("date",))
    spans = markup_spans(info["markup"], text)
    source_id = record_id.lower()
    coder = _text(record, "coder", required=False)
    source = Source(
        source_id,
        _text(record, "publication") or "",
        _published(record),
        text,
        title=f"PLOVER record {record_id}" + (f", coded by {coder}" if coder else ""),
        version=_text(record, "version", required=False),
        licence=_text(record, "license", required=False) or licence,
    )
    cited = tuple(Citation(source_id, start, end, text[start:end]) for _, start, end in spans)
    places: tuple[str, ...] = ()
    location = record.get("eventLoc")
    if isinstance(location, dict) and isinstance(location.get("name"), str):
        places = (location["name"],)
    elif location is not None:
        msg = f"expected an object with a name, got {location!r:.60}"
        raise InvalidValueError(msg, path=("eventLoc",))
    actors = "; ".join(
        f"{side} " + ", ".join(_actor_text(actor) for actor in _actors(record, side))
        for side in ("source", "target")
        if _actors(record, side)
    )
    rest = "; ".join(f"{k} {_shown(v)}" for k, v in record.items() if k not in _USED)
    note = " ".join(
        part
        for part in (
            date_note,
            f"Actors as coded: {actors}.",
            f"Also in the record: {rest}." if rest else None,
        )
        if part
    )
    event = Event(
        source_id,
        kind,
        Status.HELD,
        when,
        text,
        places=places,
        note=note,
        citations=cited,
        plover=coding,
    )
    first, second = sorted(countries)
    return PloverEvent(source, event, (first, second))


def read_plover_records(
    records: Iterable[tuple[int | str, Mapping[str, Any] | InvalidValueError]],
    *,
    source: str,
    on_error: OnError = "raise",
    progress: bool | ProgressCallback = False,
    total: int | None = None,
) -> ReadResult[Dataset]:
    """Read PLOVER ``records`` into a dataset: one relation per pair of countries.

    Each item is where the record is (its place, used when it has no id) and
    the record, or the error that made it unreadable (bad JSON): that error
    becomes the record's problem. Each event has its own text source.
    ``DOCUMENT`` records are reported in ``skipped``; a ``license`` they give
    is the licence of the records after them that state none.
    """
    relations: dict[tuple[Country, Country], list[Event]] = {}
    sources: list[Source] = []
    seen: dict[str, int | str] = {}
    licence: str | None = None
    with Reading(source, on_error=on_error, progress=progress, total=total) as reading:
        for where, record in records:
            record_id = where
            if isinstance(record, Mapping) and isinstance(record.get("id"), str) and record["id"]:
                record_id = record["id"]

            def build(
                where: int | str = where,
                record: Mapping[str, Any] | InvalidValueError = record,
                licence: str | None = licence,
            ) -> PloverEvent | PloverDocumentation:
                if isinstance(record, InvalidValueError):
                    raise record
                if not isinstance(record, Mapping):
                    msg = f"expected a record (a JSON object), got {record!r:.60}"
                    raise InvalidValueError(msg)
                read = plover_record(record, licence=licence)
                key = str(record["id"]).lower()
                if key in seen:
                    msg = f"a second record with id {record['id']!r} (the first is at {seen[key]})"
                    raise InvalidValueError(msg, path=("id",))
                seen[key] = where
                return read

            read = reading.take(record_id, build)
            if isinstance(read, PloverDocumentation):
                reading.skip(
                    record_id, "a DOCUMENT record: documentation of the file, not an event"
                )
                licence = read.fields.get("license", licence)
            elif read is not None:
                sources.append(read.source)
                relations.setdefault(read.countries, []).append(read.event)
        dataset = Dataset(
            sources=sources,
            relations=[Relation(pair, events=events) for pair, events in relations.items()],
        )
        return reading.result(dataset)
