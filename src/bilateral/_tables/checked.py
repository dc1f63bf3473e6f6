"""Tables of events read back from Arrow and Parquet, checked a column at a time.

:func:`check_arrow` accepts a table of events exactly when the events it
holds, built one by one with :class:`Event` and gathered into relations and
a dataset, would be accepted (the reference below, :func:`_reference`), and
it gives back the same table. It gets there without building an object per
row, in two steps:

- **A column at a time** (pyarrow compute): types, missing values, ids
  (the pattern of :func:`check_id` as a regular expression, and uniqueness),
  the visit's two countries (both or neither, different, of the relation),
  texts that begin with an ASCII letter or digit, participants among the
  people, the derived columns (``earliest``, ``latest``, ``precision``)
  equal to what ``when`` gives.
- **Each distinct value once, by the reference**: the rest of what the
  constructors check is checked by the constructors themselves, once per
  distinct combination of the columns a check reads. An event's checks
  fall apart into groups that read disjoint fields (see ``_GROUPS``): its
  date; its kind with its CAMEO and PLOVER codes; its status with the dates
  it was called off and moved to; its relation's two countries with its
  origin and destination (and, where one of them no longer exists, its
  date); each text; each citation. So each group's distinct combinations are
  built into an :class:`Event` (or :class:`Relation`, :class:`Citation`)
  whose other fields are fillers that pass, and a combination that passes
  passes in every row that holds it. Real tables repeat those combinations
  thousands of times.

Anything the first step cannot settle, and any failure, sends the whole
table to the reference, which builds every event and says what is wrong
where (``$.events[12].when``): the errors are the reference's by
construction, and the fast step only has to be sound.
``tests/test_columnar.py`` holds the two equal on generated and mutated
tables, and holds both to :func:`bilateral.loads` of the same content.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from bilateral._model import Dataset, Event, EventKind, PloverCoding, Relation, Status
from bilateral._tables.arrow import _pyarrow, arrow_table, schema_of
from bilateral._tables.columns import SCHEMAS, event_row, when_columns
from bilateral._values.checks import ID_PATTERN
from bilateral._values.country import Country
from bilateral._values.dates import PartialDate, parse_when
from bilateral._values.errors import InvalidValueError, NotFoundError, Problem, ValidationError
from bilateral._values.extras import require
from bilateral._values.sources import Citation, Source

if TYPE_CHECKING:
    import pyarrow as pa

READABLE = ("events",)
"""The tables :func:`check_arrow` and :func:`read_parquet` read."""

_REQUIRED = frozenset({"country_a", "country_b", "id", "kind", "status", "when", "summary"})
_DERIVED = ("earliest", "latest", "precision")
# A column's own name for the steps of a PLOVER coding's error.
_PLOVER_STEPS = {"event": "plover", "mode": "plover_mode", "contexts": "plover_contexts"}
_SEPARATOR = "\x1f"  # joins a list into one key; a list holding it goes to the reference
_ID_REGEX = f"^(?:{ID_PATTERN})$"
_VISIBLE_START = "^[A-Za-z0-9]"  # str.isalnum() of an ASCII character: visible text


class _Doubt(Exception):  # noqa: N818 - not an error: the fast step cannot vouch for the table
    """Raised inside the fast step to hand the table to the reference."""


def _pyarrow_compute() -> Any:
    _pyarrow()
    return require("pyarrow.compute", "arrow")


# --------------------------------------------------------------------------- the columns


def _string_like(pa: Any, kind: Any) -> bool:
    if pa.types.is_dictionary(kind):
        kind = kind.value_type
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def _list_like(pa: Any, kind: Any) -> bool:
    return bool(pa.types.is_list(kind) or pa.types.is_large_list(kind))


def _compatible(pa: Any, actual: Any, expected: Any) -> bool:  # noqa: PLR0911 - one return per kind of type
    """Whether a column of type ``actual`` holds ``expected``'s values, with nothing coerced."""
    if actual == expected:
        return True
    if pa.types.is_null(actual):
        return True  # every value missing: the checks say whether it may be
    if pa.types.is_dictionary(expected) or pa.types.is_string(expected):
        return _string_like(pa, actual)
    if pa.types.is_date(expected):
        return bool(pa.types.is_date(actual))
    if pa.types.is_integer(expected):
        return bool(pa.types.is_integer(actual))
    if _list_like(pa, expected):
        return _list_like(pa, actual) and _compatible(pa, actual.value_type, expected.value_type)
    if pa.types.is_struct(expected):
        if not pa.types.is_struct(actual):
            return False
        names = {actual.field(i).name: actual.field(i).type for i in range(actual.num_fields)}
        wanted = {
            expected.field(i).name: expected.field(i).type for i in range(expected.num_fields)
        }
        return names.keys() == wanted.keys() and all(
            _compatible(pa, names[key], wanted[key]) for key in wanted
        )
    return False


def _shown_type(kind: Any) -> str:
    return str(kind).replace("not null", "").replace("<item: ", "<").replace(" >", ">")


def _columns(table: Any, name: str) -> dict[str, Any]:
    """The table's columns as ``name``'s schema types them, the missing optional ones filled.

    Raises:
        ValidationError: A required column is missing, a column is unknown, or
            its type is not one the schema's type can be read from exactly.
    """
    pa = _pyarrow()
    if not isinstance(table, pa.Table):
        msg = f"expected a pyarrow.Table, got {type(table).__name__}"
        raise InvalidValueError(msg, path=("table",))
    schema = schema_of(SCHEMAS[name], name)
    known = {field.name for field in schema}
    problems = [
        Problem.at((name, column), "unknown column")
        for column in table.column_names
        if column not in known
    ]
    problems.extend(
        Problem.at((name, column), "a column named twice")
        for column in sorted(set(table.column_names))
        if table.column_names.count(column) > 1
    )
    out: dict[str, Any] = {}
    for field in schema:
        if field.name not in table.column_names:
            if field.name in _REQUIRED:
                problems.append(Problem.at((name, field.name), "missing required column"))
            else:
                out[field.name] = (
                    _empty_lists(pa, table.num_rows, field.type)
                    if _list_like(pa, field.type)
                    else pa.nulls(table.num_rows, field.type)
                )
            continue
        column = table.column(field.name) if table.column_names.count(field.name) == 1 else None
        if column is None:
            continue
        if not _compatible(pa, column.type, field.type):
            problems.append(
                Problem.at(
                    (name, field.name),
                    f"expected a column of {_shown_type(field.type)}, got {_shown_type(column.type)}",
                )
            )
            continue
        try:
            out[field.name] = column.cast(field.type, safe=True)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as error:
            problems.append(Problem.at((name, field.name), f"cannot be read as its type: {error}"))
    if problems:
        raise ValidationError(problems)
    return {key: _whole(value) for key, value in out.items()}


def _empty_lists(pa: Any, count: int, kind: Any) -> Any:
    """``count`` empty lists of type ``kind``, built without a Python list."""
    zeros = pa.py_buffer(bytes(4 * (count + 1)))
    offsets = pa.Array.from_buffers(pa.int32(), count + 1, [None, zeros])
    values = pa.array([], kind.value_type)
    return pa.ListArray.from_arrays(offsets, values).cast(kind)


def _whole(column: Any) -> Any:
    """One array of the column (a chunked one combined)."""
    return column.combine_chunks() if hasattr(column, "combine_chunks") else column


# --------------------------------------------------------------------------- the context


class _Context:
    """What a table's rows refer to: the sources they cite and the people taking part."""

    def __init__(self, context: Dataset | None) -> None:
        if context is not None and not isinstance(context, Dataset):
            msg = f"expected a Dataset (its sources and people), got {type(context).__name__}"
            raise InvalidValueError(msg, path=("context",))
        self.sources: dict[str, Source] = (
            {} if context is None else {s.id: s for s in context.sources}
        )
        self.people: frozenset[str] = (
            frozenset() if context is None else frozenset(p.id for p in context.people)
        )


# --------------------------------------------------------------------------- the reference


def _plover(row: Mapping[str, Any]) -> PloverCoding | None:
    if row["plover"] is None and row["plover_mode"] is None and not row["plover_contexts"]:
        return None
    try:
        return PloverCoding(row["plover"], row["plover_mode"], tuple(row["plover_contexts"]))
    except InvalidValueError as error:
        steps = error.path
        column = (
            _PLOVER_STEPS.get(steps[0], "plover")
            if steps and isinstance(steps[0], str)
            else "plover"
        )
        raise error.at(column, *steps[1:]) from None


def _stored_country(value: object, column: str) -> Country | None:
    """The country of a code as tables store it (as ``loads`` reads documents): ``"SUHH"``, not ``"SU"``."""
    if value is None:
        return None
    try:
        country = Country(value)  # the constructor says what is wrong
    except InvalidValueError as error:
        raise error.at(column) from None
    if country.code != value:
        msg = f"{value!r} is written {country.code!r} in a table, as to_arrow writes it"
        raise InvalidValueError(msg, path=(column,))
    return country


def _parsed(row: Mapping[str, Any], column: str, parse: Callable[[str], Any]) -> Any:
    """A date column's text parsed as ``loads`` parses it, its error placed at the column."""
    value = row[column]
    if not isinstance(value, str):
        return value  # None, or a value Event refuses
    try:
        return parse(value)
    except InvalidValueError as error:
        raise error.at(column) from None


def _event(row: Mapping[str, Any]) -> Event:
    """The event of one row, built by :class:`Event` (the reference of every check)."""
    when = _parsed(row, "when", parse_when)
    called_off = _parsed(row, "called_off", PartialDate)
    moved_to = _parsed(row, "moved_to", parse_when)
    origin = _stored_country(row["origin"], "origin")
    destination = _stored_country(row["destination"], "destination")
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
        citations=tuple(_citation(c) for c in row["citations"]),
        cameo=row["cameo"],
        plover=plover,
        called_off=called_off,
        moved_to=moved_to,
    )


def _citation(item: Mapping[str, Any]) -> Citation | Any:
    try:
        return Citation(
            item["source"],
            start=item["start"],
            end=item["end"],
            quote=item["quote"],
            record=item["record"],
            fields=tuple(item["fields"] or ()),
            values=tuple(item["values"] or ()),
        )
    except TypeError:
        return item  # not a citation: Event's converter says so


def _reference(columns: Mapping[str, Any], context: _Context, name: str) -> Any:
    """The table checked row by row through the constructors: the spec of :func:`check_arrow`."""
    pa = _pyarrow()
    rows = pa.table(dict(columns)).to_pylist()
    found: list[tuple[int, InvalidValueError]] = []  # each problem with its row, in row order
    events: list[Event | None] = []
    for index, row in enumerate(rows):
        try:
            events.append(_event(row))
        except InvalidValueError as error:
            events.append(None)
            found.append((index, error))
    relations: dict[tuple[str, str], list[int]] = {}
    for index, row in enumerate(rows):
        try:
            pair = _pair_of(row)
        except InvalidValueError as error:
            found.append((index, error))
        else:
            relations.setdefault(pair, []).append(index)
    keys: dict[tuple[str, str], tuple[str, str]] = {}
    for pair, indexes in relations.items():
        try:
            relation = Relation(pair)
        except InvalidValueError as error:
            found.extend((index, error.at("country_a")) for index in indexes)
            continue
        found.extend(_relation_problems(relation, indexes, events))
        keys[pair] = relation.key
    found.extend(_integrity(events, context))
    found.extend(_derived_problems(rows, events))
    if found:
        found.sort(key=lambda item: item[0])  # stable: a row's problems in the order found
        raise ValidationError([Problem.at((name, i, *e.path), e.reason) for i, e in found])
    return _table_of(rows, events, keys, name)


def _table_of(
    rows: Sequence[Mapping[str, Any]],
    events: Sequence[Event | None],
    keys: Mapping[tuple[str, str], tuple[str, str]],
    name: str,
) -> Any:
    """The rows' events as :func:`to_arrow` writes them, each pair as its relation's key."""
    out: dict[str, list[Any]] = {column.name: [] for column in SCHEMAS[name]}
    for row, event in zip(rows, events, strict=True):
        assert event is not None  # noqa: S101 - no problem was found, so every event was built
        first, second = keys[row["country_a"], row["country_b"]]
        out["country_a"].append(first)
        out["country_b"].append(second)
        for key, value in event_row(event).items():
            out[key].append(value)
    return arrow_table(SCHEMAS[name], out, name)


def _pair_of(row: Mapping[str, Any]) -> tuple[str, str]:
    """The row's two country codes, each as a table stores it."""
    pair = (row["country_a"], row["country_b"])
    for column, code in zip(("country_a", "country_b"), pair, strict=True):
        if code is None:
            msg = "expected a country code, got None"
            raise InvalidValueError(msg, path=(column,))
        _stored_country(code, column)
    return pair


def _relation_problems(
    relation: Relation, indexes: list[int], events: Sequence[Event | None]
) -> Iterator[tuple[int, InvalidValueError]]:
    """What :class:`Relation` finds in each of its events (members and existence)."""
    for index in indexes:
        event = events[index]
        if event is None:
            continue
        try:
            Relation(relation.countries, events=(event,))
        except InvalidValueError as error:
            # At ("events", 0, field): the field of this row.
            yield index, error.at(*error.path[2:])


def _integrity(
    events: Sequence[Event | None], context: _Context
) -> Iterator[tuple[int, InvalidValueError]]:
    """What a dataset of the rows' relations checks: ids, participants, citations."""
    first: dict[str, int] = {}
    for index, event in enumerate(events):
        if event is None:
            continue
        if event.id in first:
            msg = f"duplicate event id {event.id!r} (first used in row {first[event.id]})"
            yield index, InvalidValueError(msg, path=("id",))
        else:
            first[event.id] = index
        for p_index, person in enumerate(event.participants):
            if person not in context.people:
                msg = f"no person with id {person!r}"
                yield index, InvalidValueError(msg, path=("participants", p_index))
        for c_index, citation in enumerate(event.citations):
            wrong = _wrong_citation(citation, context)
            if wrong is not None:
                yield index, InvalidValueError(wrong[1], path=("citations", c_index, wrong[0]))


def _wrong_citation(citation: Citation, context: _Context) -> tuple[str, str] | None:
    source = context.sources.get(citation.source)
    if source is None:
        return ("source", f"no source with id {citation.source!r}")
    return source.problem(citation)


def _derived_problems(
    rows: Sequence[Mapping[str, Any]], events: Sequence[Event | None]
) -> Iterator[tuple[int, InvalidValueError]]:
    """A derived column given with the table that is not what its event's date gives."""
    for index, (row, event) in enumerate(zip(rows, events, strict=True)):
        if event is None:
            continue
        derived = event_row(event)
        for column in _DERIVED:
            if row.get(column) is not None and row[column] != derived[column]:
                msg = (
                    f"{row[column]!r} is not the {column} of {derived['when']!r}, "
                    f"which is {derived[column]!r}"
                )
                yield index, InvalidValueError(msg, path=(column,))


# --------------------------------------------------------------------------- the fast step


def _distinct(
    columns: Mapping[str, Any], names: Sequence[str], mask: Any = None
) -> list[dict[str, Any]]:
    """The distinct combinations of the columns ``names`` (of the rows in ``mask``)."""
    pa = _pyarrow()
    table = pa.table({n: columns[n] for n in names})
    if mask is not None:
        table = table.filter(mask)
    if table.num_rows == 0:
        return []
    return list(table.group_by(list(names), use_threads=False).aggregate([]).to_pylist())


def _joined(pc: Any, column: Any) -> Any:
    """A list column as one string per row (items joined by ``_SEPARATOR``), for grouping."""
    items = pc.list_flatten(column)
    if items.null_count or not _every(pc, pc.invert(pc.match_substring(items, _SEPARATOR))):
        raise _Doubt
    pa = _pyarrow()
    return pc.binary_join(column.cast(pa.list_(pa.string())), _SEPARATOR)


def _split(text: str | None) -> tuple[str, ...]:
    return () if not text else tuple(text.split(_SEPARATOR))


_T = TypeVar("_T")
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


def _vouch(build: Callable[..., _T], *args: Any, **fields: Any) -> _T:
    """``build(*args, **fields)``, or :class:`_Doubt` when it refuses them."""
    try:
        return build(*args, **fields)
    except InvalidValueError:
        raise _Doubt from None


def _read_days(pa: Any, pc: Any, texts: Any) -> tuple[Any, Any]:
    """``texts`` as days, and where each is a day of the years 0001 to 9999 written as read.

    pyarrow reads ``2021-02-30`` as 2 March, and ``2021-2-3`` too; writing
    the day back (always ``YYYY-MM-DD``) and comparing refuses both, as
    :class:`PartialDate` does (tests/test_columnar.py holds the two equal on
    days good and bad).
    """
    stamps = pc.strptime(texts, format="%Y-%m-%d", unit="s", error_is_null=True)
    days = stamps.cast(pa.date32())
    written = _known(pc, pc.equal(days.cast(pa.string()), texts))
    return days, pc.and_(written, pc.invert(_known(pc, pc.starts_with(texts, "0000"))))


def _check_dates(pa: Any, pc: Any, columns: dict[str, Any]) -> dict[str, Any]:
    """Each distinct date once, days and ranges of days by pyarrow; the derived columns."""
    when = columns["when"]
    # The shapes pyarrow reads itself: a day (10 characters), a range of two
    # days (21), a day and an open end (13); parse_when reads the others.
    length = pc.fill_null(pc.binary_length(when), fill_value=0)
    first, first_ok = _read_days(pa, pc, pc.utf8_slice_codeunits(when, 0, 10))
    last, last_ok = _read_days(pa, pc, pc.utf8_slice_codeunits(when, -10, 2**31 - 1))
    shape = {
        "day": pc.and_(pc.equal(length, 10), first_ok),
        "closed": pc.and_(
            pc.and_(pc.equal(length, 21), _known(pc, pc.less_equal(first, last))),
            pc.and_(
                pc.and_(first_ok, last_ok), _is(pc, pc.utf8_slice_codeunits(when, 10, 11), "/")
            ),
        ),
        "open_end": pc.and_(pc.and_(pc.equal(length, 13), first_ok), _ends(pc, when, "/..")),
        "open_start": pc.and_(pc.and_(pc.equal(length, 13), last_ok), _starts(pc, when, "../")),
    }
    read = pc.or_(
        pc.or_(shape["day"], shape["closed"]), pc.or_(shape["open_end"], shape["open_start"])
    )
    others = pc.unique(when.filter(pc.invert(read)).drop_null())
    earliest, latest, precision = [], [], []
    for text in others.to_pylist():
        parsed = _vouch(parse_when, text)
        if getattr(parsed, "edtf", None) != text:
            raise _Doubt  # read, but not written so: the reference gives the written form
        written = when_columns(parsed, "when")
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
            pc.if_else(shape["open_end"], none, last),
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
        plain = computed.type
        if given.null_count != len(given) and not given.cast(plain).equals(computed):
            raise _Doubt
    return derived


def _known(pc: Any, mask: Any) -> Any:
    """A boolean array with its missing values false."""
    return pc.fill_null(mask, fill_value=False)


def _is(pc: Any, texts: Any, text: str) -> Any:
    return _known(pc, pc.equal(texts, text))


def _ends(pc: Any, texts: Any, text: str) -> Any:
    return _known(pc, pc.ends_with(texts, text))


def _starts(pc: Any, texts: Any, text: str) -> Any:
    return _known(pc, pc.starts_with(texts, text))


def _check_texts(pc: Any, columns: dict[str, Any]) -> None:
    """Summaries, notes and places: those not starting with an ASCII letter or digit, once each."""
    texts = {
        "summary": columns["summary"],
        "note": columns["note"].drop_null(),
        "places": pc.list_flatten(columns["places"]),
    }
    for field, column in texts.items():
        if column.null_count:
            raise _Doubt
        odd = column.filter(pc.invert(pc.match_substring_regex(column, _VISIBLE_START)))
        for text in pc.unique(odd).to_pylist():
            value: Any = (text,) if field == "places" else text
            _vouch(_filler_event, **{field: value})


def _check_codes(pc: Any, columns: dict[str, Any]) -> None:
    """Each distinct kind with its CAMEO and PLOVER codes once (``Event._check_codes``)."""
    keyed = {**columns, "contexts": _joined(pc, columns["plover_contexts"])}
    for combo in _distinct(keyed, ("kind", "cameo", "plover", "plover_mode", "contexts")):
        row = {**combo, "plover_contexts": _split(combo["contexts"])}
        plover = _vouch(_plover, row)
        event = _vouch(_filler_event, kind=combo["kind"], cameo=combo["cameo"], plover=plover)
        if event.kind.value != combo["kind"]:
            raise _Doubt


def _check_status(columns: dict[str, Any]) -> None:
    """Each distinct status with its called-off and moved-to dates once."""
    for combo in _distinct(columns, ("status", "called_off", "moved_to")):
        event = _vouch(_filler_event, **combo)
        written = event_row(event)
        if event.status.value != combo["status"] or any(
            written[key] != combo[key] for key in ("called_off", "moved_to")
        ):
            raise _Doubt


def _check_pairs(pc: Any, columns: dict[str, Any]) -> None:
    """Each distinct relation with its events' origin and destination once (``Relation``)."""
    names = ("country_a", "country_b", "origin", "destination")
    former: set[str] = set()
    for combo in _distinct(columns, names):
        event = _vouch(_filler_event, origin=combo["origin"], destination=combo["destination"])
        pair = (combo["country_a"], combo["country_b"])
        relation = _vouch(Relation, pair, events=(event,))
        countries = {c.code: c for c in relation.countries}
        if set(pair) != countries.keys():
            raise _Doubt  # read, but written otherwise
        for key in ("origin", "destination"):
            code = combo[key]
            if code is not None and Country(code).code != code:
                raise _Doubt
        former.update(code for code, country in countries.items() if country.is_former)
        former.update(
            code
            for code in (combo["origin"], combo["destination"])
            if code is not None and Country(code).is_former
        )
    if not former:
        return
    # A former country: each distinct dyad, visit and date once, by Relation's rule.
    known = [c for c in names if columns[c].null_count < len(columns[c])]
    mask = None
    for column in known:
        inside = _known(pc, pc.is_in(columns[column], value_set=_strings(sorted(former))))
        mask = inside if mask is None else pc.or_(mask, inside)
    for combo in _distinct(columns, (*names, "when"), mask):
        _vouch(_dated_relation, combo)


def _dated_relation(combo: Mapping[str, Any]) -> Relation:
    event = _filler_event(
        origin=combo["origin"], destination=combo["destination"], when=combo["when"]
    )
    return Relation((combo["country_a"], combo["country_b"]), events=(event,))


def _every(pc: Any, mask: Any) -> bool:
    """Whether every value of a boolean array without missing values is true (none: true)."""
    return bool(pc.all(mask, min_count=0).as_py())


def _strings(values: Sequence[str]) -> Any:
    return _pyarrow().array(values, _pyarrow().string())


def _check_integrity(pc: Any, columns: dict[str, Any], context: _Context) -> None:
    """Ids (pattern and uniqueness), participants and citations, as the dataset checks them."""
    ids = columns["id"]
    if not _every(pc, pc.match_substring_regex(ids, _ID_REGEX)):
        raise _Doubt
    if len(pc.unique(ids)) != len(ids):
        raise _Doubt
    participants = pc.list_flatten(columns["participants"])
    if participants.null_count:
        raise _Doubt
    if not _every(pc, pc.is_in(participants, value_set=_strings(sorted(context.people)))):
        raise _Doubt
    _check_citations(pc, columns["citations"], context)


def _check_citations(pc: Any, column: Any, context: _Context) -> None:
    """Each distinct citation once: built by :class:`Citation`, held against its source."""
    items = pc.list_flatten(column)
    if items.null_count:
        raise _Doubt
    if not len(items):
        return
    parts = {name: items.field(name) for name in ("source", "start", "end", "quote", "record")}
    parts["fields"] = _joined(pc, items.field("fields"))
    parts["values"] = _joined(pc, items.field("values"))
    for combo in _distinct(parts, tuple(parts)):
        item = {**combo, "fields": _split(combo["fields"]), "values": _split(combo["values"])}
        citation = _vouch(_citation_or_doubt, item)
        if _wrong_citation(citation, context) is not None:
            raise _Doubt


def _citation_or_doubt(item: Mapping[str, Any]) -> Citation:
    citation = _citation(item)
    if not isinstance(citation, Citation):
        raise _Doubt
    return citation


def _check_missing(columns: dict[str, Any]) -> None:
    """A missing value where one is required, or a missing list, is the reference's to describe."""
    lists = ("participants", "places", "citations", "plover_contexts")
    if any(columns[name].null_count for name in (*(_REQUIRED - {"when"}), *lists)):
        raise _Doubt


def _fast(columns: dict[str, Any], context: _Context, name: str) -> Any:
    """The checked table without building a row's objects, or ``None`` when in doubt."""
    pa = _pyarrow()
    pc = _pyarrow_compute()
    try:
        _check_missing(columns)
        _check_integrity(pc, columns, context)
        _check_texts(pc, columns)
        _check_status(columns)
        _check_codes(pc, columns)
        _check_pairs(pc, columns)
        derived = _check_dates(pa, pc, columns)
    except _Doubt:
        return None
    return _written(pa, pc, columns, derived, name)


def _written(pa: Any, pc: Any, columns: dict[str, Any], derived: dict[str, Any], name: str) -> Any:
    """The checked table as :func:`to_arrow` writes its events."""
    first, second = columns["country_a"], columns["country_b"]
    swap = pc.greater(first, second)
    out = {**columns, **derived}
    out["country_a"] = pc.if_else(swap, second, first)
    out["country_b"] = pc.if_else(swap, first, second)
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
    schema = schema_of(SCHEMAS[name], name)
    return pa.Table.from_arrays([_typed(pa, out[f.name], f.type) for f in schema], schema=schema)


def _typed(pa: Any, column: Any, kind: Any) -> Any:
    if pa.types.is_dictionary(kind) and not pa.types.is_dictionary(column.type):
        return column.dictionary_encode().cast(kind)
    return column.cast(kind)


# --------------------------------------------------------------------------- the public functions


def check_arrow(
    table: pa.Table, name: str = "events", *, context: Dataset | None = None
) -> pa.Table:
    """A table of events, checked as :func:`bilateral.loads` checks the same events.

    ``table`` holds the columns of :func:`arrow_schema` for ``name``; only
    ``country_a``, ``country_b``, ``id``, ``kind``, ``status``, ``when``
    and ``summary`` are required, the others default to missing values and
    empty lists, and the derived columns (``earliest``, ``latest``,
    ``precision``), when given, must be what ``when`` gives. ``cameo``,
    ``plover``, ``plover_mode`` and ``plover_contexts`` are the event's own
    codes (a missing one is its kind's, as in :func:`to_arrow`, which writes
    the codes that apply). Citations are checked against the sources of
    ``context`` and participants against its people; without a context,
    neither may be given.

    Returns:
        The table as :func:`to_arrow` would write these events: typed by
        :func:`arrow_schema`, each pair of countries in order, the derived
        columns and the codes that apply filled in, the rows in their order.

    Raises:
        ValidationError: Every problem found, at ``$.events[row].column``
            (the row's number in ``table``) or ``$.events.column``.
        InvalidValueError: ``name`` is not a table this reads, or ``table``
            not a ``pyarrow.Table``.
        MissingExtraError: pyarrow is not installed.
    """
    if name not in READABLE:
        names = ", ".join(repr(n) for n in READABLE)
        msg = f"expected one of {names}, got {name!r}"
        raise InvalidValueError(msg, path=("name",))
    found = _Context(context)
    columns = _columns(table, name)
    checked = _fast(columns, found, name)
    if checked is not None:
        return checked
    return _reference(columns, found, name)


def read_parquet(
    path: str | os.PathLike[str], name: str = "events", *, context: Dataset | None = None
) -> pa.Table:
    """Read a Parquet file of events and check it as :func:`check_arrow` does.

    Raises:
        NotFoundError: There is no file at ``path``.
        InvalidValueError: The file is not Parquet.
        ValidationError: As :func:`check_arrow` raises it.
        MissingExtraError: pyarrow is not installed.
    """
    pa = _pyarrow()
    parquet = require("pyarrow.parquet", "arrow")
    where = os.fspath(path)
    if not Path(where).is_file():
        msg = f"no file at {where!r}"
        raise NotFoundError(msg)
    try:
        table = parquet.read_table(where)
    except (pa.ArrowInvalid, OSError) as error:
        msg = f"{where!r} is not a Parquet file: {error}"
        raise InvalidValueError(msg, path=("path",)) from None
    return check_arrow(table, name, context=context)
