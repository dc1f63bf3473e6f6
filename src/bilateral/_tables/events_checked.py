"""A table of events checked a column at a time (see ``checking`` for the two ways).

An event's checks fall apart into groups that read disjoint fields: its
date; its kind with its CAMEO and PLOVER codes; its status with the dates
it was called off and moved to; its relation's two countries with its
origin and destination (and, where one of them no longer exists, its date);
each text; each citation; its id and participants, which the dataset checks.
Each group's distinct combinations are built once into an :class:`Event`
(or a :class:`Relation`) whose other fields are fillers that pass, so a
combination that passes passes in every row that holds it; ids, plain days
and ranges of days, and texts that begin with a letter or digit are checked
by pyarrow compute.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bilateral._model import Event, EventKind, PloverCoding, Relation, Status
from bilateral._tables.arrow import _pyarrow
from bilateral._tables.checking import (
    Context,
    Doubt,
    TableSpec,
    check_citations,
    check_missing,
    check_pair_codes,
    check_texts,
    citations,
    distinct,
    every,
    in_order,
    joined,
    known,
    parsed,
    pyarrow_compute,
    read_days,
    split,
    stored_country,
    strings,
    touching,
    typed_table,
    vouch,
)
from bilateral._tables.columns import event_row, when_columns
from bilateral._values.checks import ID_PATTERN
from bilateral._values.country import Country
from bilateral._values.dates import PartialDate, parse_when
from bilateral._values.errors import InvalidValueError

_ID_REGEX = f"^(?:{ID_PATTERN})$"
_LISTS = ("participants", "places", "citations", "plover_contexts")
# A column's own name for the steps of a PLOVER coding's error.
_PLOVER_STEPS = {"event": "plover", "mode": "plover_mode", "contexts": "plover_contexts"}


def _plover(row: Mapping[str, Any]) -> PloverCoding | None:
    if row["plover"] is None and row["plover_mode"] is None and not row["plover_contexts"]:
        return None
    try:
        return PloverCoding(row["plover"], row["plover_mode"], tuple(row["plover_contexts"]))
    except InvalidValueError as error:
        steps = error.path
        first = steps[0] if steps and isinstance(steps[0], str) else "event"
        raise error.at(_PLOVER_STEPS.get(first, "plover"), *steps[1:]) from None


def event_of(row: Mapping[str, Any]) -> Event:
    """The event of one row, built by :class:`Event` (the reference of every check)."""
    when = parsed(row, "when", parse_when)
    called_off = parsed(row, "called_off", PartialDate)
    moved_to = parsed(row, "moved_to", parse_when)
    origin = stored_country(row["origin"], "origin")
    destination = stored_country(row["destination"], "destination")
    plover = _plover(row)
    return Event(
        row["id"],
        row["kind"],
        row["status"],
        when,
        row["summary"],
        origin=origin,
        destination=destination,
        participants=tuple(row["participants"]),
        places=tuple(row["places"]),
        note=row["note"],
        citations=citations(row["citations"]),
        cameo=row["cameo"],
        plover=plover,
        called_off=called_off,
        moved_to=moved_to,
    )


def _in_relation(countries: tuple[Country, Country], event: Event) -> Relation:
    return Relation(countries, events=(event,))


EVENTS = TableSpec(
    name="events",
    required=frozenset({"country_a", "country_b", "id", "kind", "status", "when", "summary"}),
    derived=("earliest", "latest", "precision"),
    date="when",
    build=event_of,
    write=event_row,
    relation=_in_relation,
)

_FILLER = {
    "id": "x",
    "kind": EventKind.MEETING,
    "status": Status.HELD,
    "when": None,
    "summary": "x",
}


def _filler_event(**fields: Any) -> Event:
    """An event of ``fields``, its other required fields fillers that pass every check."""
    given = {**_FILLER, **fields}
    return Event(
        given.pop("id"), given.pop("kind"), given.pop("status"), given.pop("when"),
        given.pop("summary"), **given,
    )  # fmt: skip


def _text_event(field: str, text: str) -> Event:
    """An event holding ``text`` in the text field ``field`` (a place is one of a list)."""
    return _filler_event(**{field: (text,) if field == "places" else text})


def _check_dates(pa: Any, pc: Any, columns: dict[str, Any]) -> dict[str, Any]:
    """Each distinct date once, days and ranges of days by pyarrow; the derived columns."""
    when = columns["when"]
    # The shapes pyarrow reads itself: a day (10 characters), a range of two
    # days (21), a day and an open end (13); parse_when reads the others.
    length = pc.fill_null(pc.binary_length(when), fill_value=0)
    first, first_ok = read_days(pa, pc, pc.utf8_slice_codeunits(when, 0, 10))
    # Only a range has a last day to read: the other rows' are left missing.
    ranged = pc.or_(pc.equal(length, 13), pc.equal(length, 21))
    ends = pc.utf8_slice_codeunits(when, -10, 2**31 - 1)
    last, last_ok = read_days(pa, pc, pc.if_else(ranged, ends, pa.scalar(None, pa.string())))
    middle = known(pc, pc.equal(pc.utf8_slice_codeunits(when, 10, 11), "/"))
    shape = {
        "day": pc.and_(pc.equal(length, 10), first_ok),
        "closed": pc.and_(
            pc.and_(pc.equal(length, 21), known(pc, pc.less_equal(first, last))),
            pc.and_(pc.and_(first_ok, last_ok), middle),
        ),
        "open_end": pc.and_(
            pc.and_(pc.equal(length, 13), first_ok), known(pc, pc.ends_with(when, "/.."))
        ),
        "open_start": pc.and_(
            pc.and_(pc.equal(length, 13), last_ok), known(pc, pc.starts_with(when, "../"))
        ),
    }
    read = pc.or_(
        pc.or_(shape["day"], shape["closed"]), pc.or_(shape["open_end"], shape["open_start"])
    )
    others = pc.unique(when.filter(pc.invert(read)).drop_null())
    earliest, latest, precision = [], [], []
    for text in others.to_pylist():
        when_value = vouch(parse_when, text)
        if when_value.edtf != text:
            raise Doubt  # read, but not written so: the reference gives the written form
        written = when_columns(when_value, "when")
        earliest.append(written["earliest"])
        latest.append(written["latest"])
        precision.append(written["precision"])
    found = pc.index_in(when, value_set=others)
    none = pa.scalar(None, pa.date32())
    derived = {
        "earliest": pc.if_else(
            read,
            pc.if_else(shape["open_start"], none, first),
            pc.take(pa.array(earliest, pa.date32()), found),
        ),
        "latest": pc.if_else(
            read,
            pc.if_else(shape["day"], first, pc.if_else(shape["open_end"], none, last)),
            pc.take(pa.array(latest, pa.date32()), found),
        ),
        "precision": pc.if_else(
            read,
            pc.if_else(shape["day"], pa.scalar("day"), pa.scalar(None, pa.string())),
            pc.take(pa.array(precision, pa.string()), found),
        ),
    }
    for column, computed in derived.items():
        given = columns[column]
        if given.null_count != len(given) and not given.cast(computed.type).equals(computed):
            raise Doubt
    return derived


def _check_codes(pc: Any, columns: dict[str, Any]) -> None:
    """Each distinct kind with its CAMEO and PLOVER codes once (``Event._check_codes``)."""
    keyed = {**columns, "contexts": joined(pc, columns["plover_contexts"])}
    for combo in distinct(keyed, ("kind", "cameo", "plover", "plover_mode", "contexts")):
        plover = vouch(_plover, {**combo, "plover_contexts": split(combo["contexts"])})
        event = vouch(_filler_event, kind=combo["kind"], cameo=combo["cameo"], plover=plover)
        if event.kind.value != combo["kind"]:
            raise Doubt


def _check_status(columns: dict[str, Any]) -> None:
    """Each distinct status with its called-off and moved-to dates once."""
    for combo in distinct(columns, ("status", "called_off", "moved_to")):
        event = vouch(_filler_event, **combo)
        written = event_row(event)
        if event.status.value != combo["status"] or any(
            written[key] != combo[key] for key in ("called_off", "moved_to")
        ):
            raise Doubt


def _check_pairs(pc: Any, columns: dict[str, Any]) -> None:
    """Each distinct relation with its events' origin and destination once (``Relation``)."""
    names = ("country_a", "country_b", "origin", "destination")
    former: set[str] = set()
    for combo in distinct(columns, names):
        event = vouch(_filler_event, origin=combo["origin"], destination=combo["destination"])
        pair = (combo["country_a"], combo["country_b"])
        relation = vouch(Relation, pair, events=(event,))
        former |= check_pair_codes(relation, pair, combo["origin"], combo["destination"])
    if former:
        # A former country: each distinct dyad, visit and date once, by Relation's rule.
        for combo in distinct(columns, (*names, "when"), touching(pc, columns, names, former)):
            vouch(_dated_relation, combo)


def _dated_relation(combo: Mapping[str, Any]) -> Relation:
    event = _filler_event(
        origin=combo["origin"], destination=combo["destination"], when=combo["when"]
    )
    return Relation((combo["country_a"], combo["country_b"]), events=(event,))


def _check_references(pc: Any, columns: dict[str, Any], context: Context) -> None:
    """Ids (pattern and uniqueness), participants and citations, as the dataset checks them."""
    ids = columns["id"]
    if not every(pc, pc.match_substring_regex(ids, _ID_REGEX)) or len(pc.unique(ids)) != len(ids):
        raise Doubt
    participants = pc.list_flatten(columns["participants"])
    if participants.null_count or not every(
        pc, pc.is_in(participants, value_set=strings(sorted(context.people)))
    ):
        raise Doubt
    check_citations(pc, columns["citations"], context)


def fast_events(columns: dict[str, Any], context: Context) -> Any:
    """The checked table of events without building a row's objects; :class:`Doubt` when in doubt."""
    pa = _pyarrow()
    pc = pyarrow_compute()
    check_missing(columns, (*(EVENTS.required - {"when"}), *_LISTS))
    _check_references(pc, columns, context)
    texts = {
        "summary": columns["summary"],
        "note": columns["note"].drop_null(),
        "places": pc.list_flatten(columns["places"]),
    }
    check_texts(pc, texts, _text_event)
    _check_status(columns)
    _check_codes(pc, columns)
    _check_pairs(pc, columns)
    derived = _check_dates(pa, pc, columns)
    return _written(pa, pc, columns, derived)


def _written(pa: Any, pc: Any, columns: dict[str, Any], derived: dict[str, Any]) -> Any:
    """The checked table as :func:`to_arrow` writes its events."""
    out = {**columns, **derived}
    in_order(pc, columns, out)
    # The kinds' own codes, looked up once per distinct kind (the column is a dictionary).
    kind = columns["kind"]
    members = {member.value: member for member in EventKind}
    # A value no row uses may stand in the dictionary unchecked: it has no codes.
    kinds = [members.get(value) for value in kind.dictionary.to_pylist()]
    defaults = {
        "cameo": [None if k is None else k.cameo for k in kinds],
        "plover": [None if k is None else k.plover for k in kinds],
        "plover_mode": [None if k is None else k.plover_mode for k in kinds],
    }
    own = columns["plover"].is_valid()
    for column, values in defaults.items():
        kind_default = pc.take(pa.array(values, pa.string()), kind.indices)
        if column == "cameo":
            out[column] = pc.coalesce(columns[column], kind_default)
        else:
            out[column] = pc.if_else(own, columns[column], kind_default)
    return typed_table(pa, out, "events")
