"""Merging datasets and asking them questions: relations of a country, events in a window.

Merging unites what several datasets hold, field by field of the dataset:

- items with an ``id`` (sources, people; in a relation, events and
  statements) are one item per id: the same id holding the same value is kept
  once, the same id holding different values is a :class:`MergeConflictError`
  naming both datasets, both paths and both values;
- relations are one per pair of countries, and two relations for one pair
  merge field by field: their lists (missions, documents, events, trade,
  statements, citations, ...) are united as above, items without an id by
  equality (an identical mission is kept once, two missions that differ in
  anything are both kept); a single value (``established``) is kept when the
  datasets agree or only one gives it, and is a conflict when they differ;
- anything else (corrections) is united by equality; an item one dataset
  holds twice is kept as often as the dataset holding it most often has it,
  so that merging a dataset with itself gives it back.

The rules read the fields of the classes, so a field added to a dataset or a
relation is merged with no change here.

A window query sorts each event into "certainly within" (every day the event
may be is in the window), "possibly within" (some are, some may not be) or
out (none are); see :func:`window_match`.
"""

from __future__ import annotations

import datetime as dt
import json
import types
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator
from decimal import Decimal
from typing import Any

import attrs

from bilateral._model.facts import Event
from bilateral._model.kinds import EventKind, Status
from bilateral._model.relation import Relation
from bilateral._values.country import Country
from bilateral._values.dates import DateRange, PartialDate, When, _sort_key, parse_when
from bilateral._values.errors import InvalidValueError, MergeConflictError, Step, format_path
from bilateral._values.money import Money
from bilateral._values.public import publish
from bilateral._values.vocabularies import cameo_codes, current_plover_name
from bilateral._values.vocabulary import Vocabulary

# --- Merging -----------------------------------------------------------------

# One value as found in one dataset: the dataset's place, the path in it, the value.
_Found = tuple[int, tuple[Step, ...], Any]


def _identity(value: object) -> Hashable:
    """What makes two items one item: a relation's pair, an id, or the value itself."""
    if isinstance(value, Relation):
        return ("relation", value.key)
    item_id = getattr(value, "id", None)
    if isinstance(item_id, str):
        return (type(value).__name__, item_id)
    try:
        hash(value)
    except TypeError:  # pragma: no cover - every model value is hashable
        return ("value", repr(value))
    return ("value", value)


def _name(value: object) -> str:
    item_id = getattr(value, "id", None)
    kind = type(value).__name__.lower()
    return f"{kind} {item_id!r}" if isinstance(item_id, str) else kind


# Values the format writes as one thing (a string, or Money's small object): a conflict
# names them whole, never a part of them that the document does not show.
_LEAVES = (PartialDate, DateRange, Money, Country, dt.date, Decimal, Vocabulary, str, int)


def _first_difference(
    a_path: tuple[Step, ...], a_value: Any, b_path: tuple[Step, ...], b_value: Any
) -> tuple[tuple[Step, ...], Any, tuple[Step, ...], Any]:
    """Go down to the first field (or list item) that differs, stopping at a leaf of the format."""
    while a_value != b_value and not isinstance(a_value, _LEAVES):
        if type(a_value) is type(b_value) and attrs.has(type(a_value)):
            for field in attrs.fields(type(a_value)):
                a_field, b_field = getattr(a_value, field.name), getattr(b_value, field.name)
                if a_field != b_field:
                    a_path, b_path = (*a_path, field.name), (*b_path, field.name)
                    a_value, b_value = a_field, b_field
                    break
        elif isinstance(a_value, tuple) and isinstance(b_value, tuple):
            if len(a_value) != len(b_value):
                break
            index = next(i for i, (a, b) in enumerate(zip(a_value, b_value, strict=True)) if a != b)
            a_path, b_path = (*a_path, index), (*b_path, index)
            a_value, b_value = a_value[index], b_value[index]
        else:
            break
    return a_path, a_value, b_path, b_value


_AS_TEXT: tuple[tuple[type | types.UnionType, Callable[[Any], Any]], ...] = (
    (PartialDate | DateRange, lambda v: v.edtf),
    (Country, lambda v: v.code),
    (Money, lambda v: {"amount": format(v.amount, "f"), "currency": v.currency}),
    (Vocabulary, lambda v: v.value),
    (dt.date, lambda v: v.isoformat()),
    (Decimal, lambda v: format(v, "f")),
)


def _written(value: Any) -> Any:
    """``value`` as the JSON format writes it (for messages; the wire layer is not imported)."""
    for kind, write in _AS_TEXT:
        if isinstance(value, kind):
            return write(value)
    if isinstance(value, tuple):
        return [_written(item) for item in value]
    if attrs.has(type(value)):
        return {
            field.name: _written(getattr(value, field.name))
            for field in attrs.fields(type(value))
            if getattr(value, field.name) is not None
        }
    return value


def _shown(value: Any) -> str:
    text = json.dumps(_written(value), ensure_ascii=False, separators=(", ", ": "))
    return text if len(text) <= 60 else text[:57] + "..."


def _conflict(first: _Found, second: _Found, what: str) -> MergeConflictError:
    """The error for two different values under one identity, at the first field that differs.

    The paths are the document's (``$.relations[0].established``), and a value the format
    writes as one (a date, an amount, a country) is named whole, as the format writes it.
    """
    (a_set, a_path, a_value), (b_set, b_path, b_value) = first, second
    a_path, a_value, b_path, b_value = _first_difference(a_path, a_value, b_path, b_value)
    reason = (
        f"{what} differs between dataset {a_set} ({format_path(a_path, '$')}: "
        f"{_shown(a_value)}) and dataset {b_set} ({format_path(b_path, '$')}: "
        f"{_shown(b_value)})"
    )
    return MergeConflictError(
        reason,
        path=b_path,
        datasets=(a_set, b_set),
        paths=(a_path, b_path),
        values=(a_value, b_value),
    )


def merge_items(found: Iterable[_Found]) -> tuple[Any, ...]:
    """The items of one list field of several datasets, each identity once, in first-seen order.

    Raises:
        MergeConflictError: One identity holds two different values.
    """
    groups: dict[Hashable, list[_Found]] = {}
    for item in found:
        groups.setdefault(_identity(item[2]), []).append(item)
    merged: list[Any] = []
    for group in groups.values():
        first = group[0]
        if isinstance(first[2], Relation):
            merged.append(_merge_relations(group))
            continue
        for other in group[1:]:
            if other[2] != first[2]:
                raise _conflict(first, other, _name(first[2]))
        # An item without an id that one dataset holds twice is kept twice:
        # the union counts each item as often as the dataset holding it most.
        copies = max(Counter(n for n, _, _ in group).values())
        merged.extend([first[2]] * copies)
    return tuple(merged)


def _merge_relations(group: list[_Found]) -> Relation:
    first = group[0][2]
    if all(value == first for _, _, value in group[1:]):
        return first  # type: ignore[no-any-return]
    fields: dict[str, Any] = {}
    label = f"relation {first.key[0]}-{first.key[1]}"
    for field in attrs.fields(Relation):
        values = [(n, (*path, field.name), getattr(r, field.name)) for n, path, r in group]
        if field.name == "countries":
            fields[field.name] = values[0][2]
        elif isinstance(values[0][2], tuple):
            fields[field.name] = merge_items(
                (n, (*path, index), item)
                for n, path, items in values
                for index, item in enumerate(items)
            )
        else:
            known = [v for v in values if v[2] is not None]
            for other in known[1:]:
                if other[2] != known[0][2]:
                    raise _conflict(known[0], other, f"{field.name} of {label}")
            fields[field.name] = known[0][2] if known else None
    return Relation(**fields)


def merged_fields(datasets: tuple[Any, ...], kind: type) -> dict[str, Any]:
    """The fields of the merge of ``datasets`` (instances of the attrs class ``kind``)."""
    return {
        field.name: merge_items(
            (n, (field.name, index), item)
            for n, dataset in enumerate(datasets)
            for index, item in enumerate(getattr(dataset, field.name))
        )
        for field in attrs.fields(kind)
    }


# --- Window queries ------------------------------------------------------------


class Match(Vocabulary):
    """Whether an event falls within a window: certainly, or possibly."""

    CERTAIN = "certain"
    POSSIBLE = "possible"


Window = PartialDate | DateRange | dt.date | tuple[dt.date | None, dt.date | None]
"""A window of days: a partial date, a range, one day, or a pair of days (``None`` open)."""

_Bounds = tuple[dt.date | None, dt.date | None]


def _bounds_of(when: When) -> _Bounds:
    return (when.earliest, when.latest)


def window_bounds(window: object) -> _Bounds:
    """The first and last day of a window (``None`` for an open side).

    Raises:
        InvalidValueError: ``window`` is not a window, or it ends before it starts.
    """
    if isinstance(window, str):  # EDTF text, as a constructor's date field takes it
        try:
            window = parse_when(window)
        except InvalidValueError as exc:
            raise type(exc)(exc.reason, path=("within",)) from None
    if isinstance(window, PartialDate | DateRange):
        return _bounds_of(window)
    if isinstance(window, dt.datetime):
        window = window.date()
    if isinstance(window, dt.date):
        return (window, window)
    if (
        isinstance(window, tuple)
        and len(window) == 2
        and all(
            d is None or (isinstance(d, dt.date) and not isinstance(d, dt.datetime)) for d in window
        )
    ):
        first, last = window
        if first is not None and last is not None and last < first:
            msg = f"the window ends ({last.isoformat()}) before it starts ({first.isoformat()})"
            raise InvalidValueError(msg, path=("within",))
        return (first, last)
    msg = (
        "expected a PartialDate, a DateRange, a date or a pair of dates "
        f"(None for an open side), got {window!r}"
    )
    raise InvalidValueError(msg, path=("within",))


def window_match(when: When | None, window: _Bounds) -> Match | None:
    """Whether an event dated ``when`` falls within the days ``window``.

    The rule: with ``[earliest, latest]`` the days the event may be (an open
    end reaching without bound), it is certainly within when every one of
    those days is in the window, possibly within when some are, and not
    within (``None``) when none are. An event with no date at all may be
    anywhere, so it is possibly within every window.
    """
    if when is None:
        return Match.POSSIBLE
    low, high = _bounds_of(when)
    first, last = window
    if (high is not None and first is not None and high < first) or (
        low is not None and last is not None and last < low
    ):
        return None
    starts_inside = first is None or (low is not None and first <= low)
    ends_inside = last is None or (high is not None and high <= last)
    return Match.CERTAIN if starts_inside and ends_inside else Match.POSSIBLE


@attrs.frozen
class EventMatch:
    """One event a query found, the relation it is in, and how surely it matches.

    Attributes:
        relation: The relation the event belongs to.
        event: The event.
        match: ``Match.CERTAIN`` or ``Match.POSSIBLE`` (only a window makes
            a match possible; every other filter is certain).
    """

    relation: Relation = attrs.field(repr=lambda r: f"{r.key}")
    event: Event
    match: Match


@attrs.frozen
class EventQuery:
    """The events a query found, in timeline order.

    Attributes:
        matches: Each event with its relation and how surely it matches.
    """

    matches: tuple[EventMatch, ...]

    @property
    def certain(self) -> tuple[Event, ...]:
        """The events certainly within the query."""
        return tuple(m.event for m in self.matches if m.match is Match.CERTAIN)

    @property
    def possible(self) -> tuple[Event, ...]:
        """The events possibly, but not certainly, within the query."""
        return tuple(m.event for m in self.matches if m.match is Match.POSSIBLE)

    @property
    def events(self) -> tuple[Event, ...]:
        """Every event found, certain or possible."""
        return tuple(m.event for m in self.matches)

    def __iter__(self) -> Iterator[EventMatch]:
        return iter(self.matches)

    def __len__(self) -> int:
        return len(self.matches)


def plover_of(event: Event) -> str | None:
    """The PLOVER event type a query reads for ``event``: its own, else its kind's.

    ``None`` for a coded event that gives only a CAMEO code.
    """
    coding = event.effective_plover
    return None if coding is None else coding.event


def cameo_of(event: Event) -> str | None:
    """The CAMEO event code a query reads for ``event``: its own, else its kind's.

    ``None`` for a coded event that gives only a PLOVER coding.
    """
    return event.effective_cameo


def _vocabulary(value: object, kind: type[Vocabulary], name: str) -> Vocabulary | None:
    if value is None:
        return None
    try:
        return kind(value)  # type: ignore[arg-type]  # a wrong type is refused below
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in kind)
        msg = f"expected one of {allowed}, got {value!r}"
        raise InvalidValueError(msg, path=(name,)) from None


def _plover(value: object) -> str | None:
    """A PLOVER event type (an older name is read as the current one)."""
    return None if value is None else current_plover_name(value)  # type: ignore[arg-type]


def _cameo_root(value: object) -> str | None:
    if value is None:
        return None
    if not (isinstance(value, str) and len(value) == 2 and value in cameo_codes()):
        msg = f"expected a CAMEO root code of two digits, '01' to '20', got {value!r}"
        raise InvalidValueError(msg, path=("cameo_root",))
    return value


def find_events(
    relations: Iterable[Relation],
    *,
    within: object = None,
    kind: object = None,
    plover: object = None,
    cameo_root: object = None,
    status: object = None,
) -> EventQuery:
    """The events of ``relations`` that pass every filter given (see :meth:`Dataset.events`)."""
    bounds = None if within is None else window_bounds(within)
    wanted_kind = _vocabulary(kind, EventKind, "kind")
    wanted_status = _vocabulary(status, Status, "status")
    wanted_plover = _plover(plover)
    wanted_root = _cameo_root(cameo_root)
    found: list[tuple[int, EventMatch]] = []
    for relation in relations:
        for event in relation.events:
            if wanted_kind is not None and event.kind is not wanted_kind:
                continue
            if wanted_status is not None and event.status is not wanted_status:
                continue
            if wanted_plover is not None and plover_of(event) != wanted_plover:
                continue
            if wanted_root is not None and not (cameo_of(event) or "").startswith(wanted_root):
                continue
            match = Match.CERTAIN if bounds is None else window_match(event.when, bounds)
            if match is not None:
                found.append((len(found), EventMatch(relation, event, match)))
    found.sort(key=lambda item: (_sort_key(item[1].event.when), item[0]))
    return EventQuery(tuple(m for _, m in found))


# Loaded on first use, after the package's __init__ published the classes it imports.
publish(EventMatch, EventQuery, Match)
