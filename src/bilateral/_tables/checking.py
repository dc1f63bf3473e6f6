"""What checking a table of events or of trade shares: its columns, its reference, the fast step's tools.

A table is checked in two ways that must agree (``tests/test_columnar.py``):

- **The reference**, :func:`reference`: every row built by the model's
  constructors (an :class:`Event`, a :class:`TradePeriod`), each in a
  relation of its two countries, then what a dataset checks (ids,
  participants, citations against their sources). It says what is wrong
  where, and is the spec.
- **The fast step**, a table's own (``events_checked``, ``trade_checked``):
  pyarrow compute a column at a time, and the constructors once per
  distinct combination of the columns a check reads, with fillers that pass
  in the other fields. It raises :class:`Doubt` for anything it cannot vouch
  for, and the table goes to the reference; so it only has to be sound.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from bilateral._model import Dataset, Relation
from bilateral._model.integrity import Citations
from bilateral._tables.arrow import _pyarrow, arrow_table, schema_of
from bilateral._tables.columns import SCHEMAS
from bilateral._values.country import Country
from bilateral._values.country import stored_country as country_of_code
from bilateral._values.errors import InvalidValueError, Problem, ValidationError
from bilateral._values.extras import require
from bilateral._values.sources import Citation, Source

T = TypeVar("T")
SEPARATOR = "\x1f"  # joins a list into one key; a list holding it goes to the reference
VISIBLE_START = "^[A-Za-z0-9]"  # str.isalnum() of an ASCII character: visible text


class Doubt(Exception):  # noqa: N818 - not an error: the fast step cannot vouch for the table
    """Raised inside a fast step to hand the table to the reference."""


def pyarrow_compute() -> Any:
    """``pyarrow.compute``, or :class:`MissingExtraError` naming the extra."""
    _pyarrow()
    return require("pyarrow.compute", "arrow")


@attrs.frozen
class TableSpec:
    """What the reference needs to know of one kind of table.

    Attributes:
        name: The table (``"events"``, ``"trade"``).
        required: The columns a table must have; the others default.
        derived: The columns computed from others, checked when given.
        date: The column the derived ones come from (for messages).
        build: A row (plain values by column) to its fact, raising
            :class:`InvalidValueError` at the row's field.
        write: A fact to its columns (but its relation's two countries).
        relation: A relation of the two countries holding the one fact.
    """

    name: str
    required: frozenset[str]
    derived: tuple[str, ...]
    date: str
    build: Callable[[Mapping[str, Any]], Any]
    write: Callable[[Any], dict[str, Any]]
    relation: Callable[[tuple[Country, Country], Any], Relation]


# --------------------------------------------------------------------------- the columns


def _string_like(pa: Any, kind: Any) -> bool:
    if pa.types.is_dictionary(kind):
        kind = kind.value_type
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def _list_like(pa: Any, kind: Any) -> bool:
    return bool(pa.types.is_list(kind) or pa.types.is_large_list(kind))


def _compatible(pa: Any, actual: Any, expected: Any) -> bool:  # noqa: PLR0911 - one return per kind of type
    """Whether a column of type ``actual`` holds ``expected``'s values, with nothing coerced."""
    if actual == expected or pa.types.is_null(actual):
        return True  # a column of nulls: the checks say whether each may be missing
    if pa.types.is_dictionary(expected) or pa.types.is_string(expected):
        return _string_like(pa, actual)
    if pa.types.is_date(expected):
        return bool(pa.types.is_date(actual))
    if pa.types.is_integer(expected):
        return bool(pa.types.is_integer(actual))
    if pa.types.is_decimal(expected):
        return bool(pa.types.is_decimal(actual) or pa.types.is_integer(actual))
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
    return bool(pa.types.is_boolean(expected) and pa.types.is_boolean(actual))


def _shown_type(kind: Any) -> str:
    return str(kind).replace("not null", "").replace("<item: ", "<").replace(" >", ">")


def columns_of(table: Any, spec: TableSpec) -> dict[str, Any]:
    """The table's columns as the schema types them, the missing optional ones filled.

    Raises:
        ValidationError: A required column is missing, a column is unknown or
            named twice, or its type is not one the schema's type can be read
            from exactly (numbers are never read as text).
        InvalidValueError: ``table`` is not a ``pyarrow.Table``.
    """
    pa = _pyarrow()
    if not isinstance(table, pa.Table):
        msg = f"expected a pyarrow.Table, got {type(table).__name__}"
        raise InvalidValueError(msg, path=("table",))
    name = spec.name
    schema = schema_of(SCHEMAS[name], name)
    given = table.column_names
    problems = [Problem.at((name, c), "unknown column") for c in given if c not in schema.names]
    problems.extend(
        Problem.at((name, c), "a column named twice")
        for c in sorted(set(given))
        if given.count(c) > 1
    )
    out: dict[str, Any] = {}
    for field in schema:
        if field.name not in given:
            if field.name in spec.required:
                problems.append(Problem.at((name, field.name), "missing required column"))
            elif _list_like(pa, field.type):
                out[field.name] = _empty_lists(pa, table.num_rows, field.type)
            else:
                out[field.name] = pa.nulls(table.num_rows, field.type)
            continue
        if given.count(field.name) > 1:
            continue
        column = table.column(field.name)
        if not _compatible(pa, column.type, field.type):
            expected, got = _shown_type(field.type), _shown_type(column.type)
            problems.append(
                Problem.at((name, field.name), f"expected a column of {expected}, got {got}")
            )
            continue
        try:
            out[field.name] = column.cast(field.type, safe=True).combine_chunks()
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as error:
            problems.append(Problem.at((name, field.name), f"cannot be read as its type: {error}"))
    if problems:
        raise ValidationError(problems)
    return out


def _empty_lists(pa: Any, count: int, kind: Any) -> Any:
    """``count`` empty lists of type ``kind``, built without a Python list."""
    zeros = pa.py_buffer(bytes(4 * (count + 1)))
    offsets = pa.Array.from_buffers(pa.int32(), count + 1, [None, zeros])
    return pa.ListArray.from_arrays(offsets, pa.array([], kind.value_type)).cast(kind)


# --------------------------------------------------------------------------- the context


class Context:
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

        self.wrong = Citations(self.sources).wrong
        """The key a citation is wrong at and why, or ``None``, as a dataset checks it."""


# --------------------------------------------------------------------------- the reference


def stored_country(value: str | None, column: str) -> Country | None:
    """The country of a code as tables and documents store it (``"SUHH"``, not ``"SU"``), or ``None``."""
    if value is None:
        return None
    try:
        return country_of_code(value)
    except InvalidValueError as error:
        raise error.at(column) from None


def parsed(row: Mapping[str, Any], column: str, parse: Callable[[str], Any]) -> Any:
    """A date column's text parsed as ``loads`` parses it, its error placed at the column."""
    value = row[column]
    if not isinstance(value, str):
        return value  # None, or a value the constructor refuses
    try:
        return parse(value)
    except InvalidValueError as error:
        raise error.at(column) from None


def citation(item: Mapping[str, Any]) -> Citation | Any:
    """The citation of one item of a ``citations`` column (not one: as it is, to be refused)."""
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
        return item  # not a citation: the constructor's converter says so


def citations(items: Sequence[Mapping[str, Any]]) -> tuple[Any, ...]:
    """The citations of a ``citations`` column's list, an error placed at its item."""
    out = []
    for index, item in enumerate(items):
        try:
            out.append(citation(item))
        except InvalidValueError as error:
            raise error.within("citations", index) from None
    return tuple(out)


def reference(columns: Mapping[str, Any], context: Context, spec: TableSpec) -> Any:
    """The table checked row by row through the constructors: the spec of ``check_arrow``."""
    pa = _pyarrow()
    rows = pa.table(dict(columns)).to_pylist()
    found: list[tuple[int, InvalidValueError]] = []  # each problem with its row
    facts: list[Any] = []
    for index, row in enumerate(rows):
        try:
            facts.append(spec.build(row))
        except InvalidValueError as error:
            facts.append(None)
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
        found.extend(_in_relation(relation, indexes, facts, spec))
        keys[pair] = relation.key
    found.extend(_integrity(facts, context))
    found.extend(_derived_problems(rows, facts, spec))
    if found:
        found.sort(key=lambda item: item[0])  # stable: a row's problems in the order found
        raise ValidationError([Problem.at((spec.name, i, *e.path), e.reason) for i, e in found])
    return _table_of(rows, facts, keys, spec)


def _table_of(
    rows: Sequence[Mapping[str, Any]],
    facts: Sequence[Any],
    keys: Mapping[tuple[str, str], tuple[str, str]],
    spec: TableSpec,
) -> Any:
    """The rows' facts as ``to_arrow`` writes them, each pair as its relation's key."""
    out: dict[str, list[Any]] = {column.name: [] for column in SCHEMAS[spec.name]}
    for row, fact in zip(rows, facts, strict=True):
        first, second = keys[row["country_a"], row["country_b"]]
        out["country_a"].append(first)
        out["country_b"].append(second)
        for key, value in spec.write(fact).items():
            out[key].append(value)
    return arrow_table(SCHEMAS[spec.name], out, spec.name)


def _pair_of(row: Mapping[str, Any]) -> tuple[str, str]:
    """The row's two country codes, each as a table stores it."""
    pair = (row["country_a"], row["country_b"])
    for column, code in zip(("country_a", "country_b"), pair, strict=True):
        if code is None:
            msg = "expected a country code, got None"
            raise InvalidValueError(msg, path=(column,))
        stored_country(code, column)
    return pair


def _in_relation(
    relation: Relation, indexes: list[int], facts: Sequence[Any], spec: TableSpec
) -> Iterator[tuple[int, InvalidValueError]]:
    """What :class:`Relation` finds in each of its facts (members and existence)."""
    for index in indexes:
        fact = facts[index]
        if fact is None:
            continue
        try:
            spec.relation(relation.countries, fact)
        except InvalidValueError as error:
            yield index, error.at(*error.path[2:])  # at ("events", 0, field): this row's field


def _integrity(facts: Sequence[Any], context: Context) -> Iterator[tuple[int, InvalidValueError]]:
    """What a dataset of the rows' relations checks: event ids, participants, citations."""
    first: dict[str, int] = {}
    for index, fact in enumerate(facts):
        if fact is None:
            continue
        fact_id = getattr(fact, "id", None)
        if fact_id is not None and fact_id in first:
            msg = f"duplicate event id {fact_id!r} (first used in row {first[fact_id]})"
            yield index, InvalidValueError(msg, path=("id",))
        elif fact_id is not None:
            first[fact_id] = index
        for p_index, person in enumerate(getattr(fact, "participants", ())):
            if person not in context.people:
                msg = f"no person with id {person!r}"
                yield index, InvalidValueError(msg, path=("participants", p_index))
        for c_index, cited in enumerate(fact.citations):
            wrong = context.wrong(cited)
            if wrong is not None:
                yield index, InvalidValueError(wrong[1], path=("citations", c_index, wrong[0]))


def _derived_problems(
    rows: Sequence[Mapping[str, Any]], facts: Sequence[Any], spec: TableSpec
) -> Iterator[tuple[int, InvalidValueError]]:
    """A derived column given with the table that is not what the row's other columns give."""
    for index, (row, fact) in enumerate(zip(rows, facts, strict=True)):
        if fact is None:
            continue
        derived = spec.write(fact)
        for column in spec.derived:
            if row.get(column) is not None and row[column] != derived[column]:
                msg = (
                    f"{row[column]!r} is not the {column} of {derived[spec.date]!r}, "
                    f"which is {derived[column]!r}"
                )
                yield index, InvalidValueError(msg, path=(column,))


# --------------------------------------------------------------------------- the fast step's tools


def distinct(
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


def joined(pc: Any, column: Any) -> Any:
    """A list column as one string per row (items joined by ``SEPARATOR``), for grouping.

    An empty item, or one holding the separator, would not split back into
    its list: it is :class:`Doubt`.
    """
    pa = _pyarrow()
    items = pc.list_flatten(column)
    if items.null_count or not every(
        pc,
        pc.and_(
            pc.invert(pc.match_substring(items, SEPARATOR)), pc.greater(pc.binary_length(items), 0)
        ),
    ):
        raise Doubt
    return pc.binary_join(column.cast(pa.list_(pa.string())), SEPARATOR)


def split(text: str | None) -> tuple[str, ...]:
    """The list :func:`joined` joined."""
    return () if not text else tuple(text.split(SEPARATOR))


def vouch(build: Callable[..., T], *args: Any, **fields: Any) -> T:
    """``build(*args, **fields)``, or :class:`Doubt` when it refuses them."""
    try:
        return build(*args, **fields)
    except InvalidValueError:
        raise Doubt from None


def known(pc: Any, mask: Any) -> Any:
    """A boolean array with its missing values false."""
    return pc.fill_null(mask, fill_value=False)


def every(pc: Any, mask: Any) -> bool:
    """Whether every value of a boolean array is true (an empty one: true)."""
    return bool(pc.all(mask, min_count=0).as_py())


def strings(values: Sequence[str]) -> Any:
    """An Arrow array of strings."""
    pa = _pyarrow()
    return pa.array(values, pa.string())


def read_days(pa: Any, pc: Any, texts: Any) -> tuple[Any, Any]:
    """``texts`` as days, and where each is a day of the years 0001 to 9999 written as read.

    pyarrow reads ``2021-02-30`` as 2 March, and ``2021-2-3`` too; writing
    the day back (always ``YYYY-MM-DD``) and comparing refuses both, as
    :class:`PartialDate` does (tests/test_columnar.py holds the two equal on
    days good and bad).
    """
    stamps = pc.strptime(texts, format="%Y-%m-%d", unit="s", error_is_null=True)
    days = stamps.cast(pa.date32())
    written = known(pc, pc.equal(days.cast(pa.string()), texts))
    return days, pc.and_(written, pc.invert(known(pc, pc.starts_with(texts, "0000"))))


def check_missing(columns: Mapping[str, Any], names: Sequence[str]) -> None:
    """A missing value in ``names`` (required values, lists) is the reference's to describe."""
    if any(columns[name].null_count for name in names):
        raise Doubt


def check_texts(pc: Any, texts: Mapping[str, Any], build: Callable[[str, str], object]) -> None:
    """Texts not starting with an ASCII letter or digit, each distinct one built once.

    ``texts`` maps a field to its values (no missing ones); ``build(field,
    text)`` builds a fact holding ``text`` in ``field`` and fillers elsewhere.
    """
    for field, column in texts.items():
        if column.null_count:
            raise Doubt
        odd = column.filter(pc.invert(pc.match_substring_regex(column, VISIBLE_START)))
        for text in pc.unique(odd).to_pylist():
            vouch(build, field, text)


def check_citations(pc: Any, column: Any, context: Context) -> None:
    """Each distinct citation once: built by :class:`Citation`, held against its source."""
    items = pc.list_flatten(column)
    if items.null_count:
        raise Doubt
    if not len(items):
        return
    parts = {name: items.field(name) for name in ("source", "start", "end", "quote", "record")}
    parts["fields"] = joined(pc, items.field("fields"))
    parts["values"] = joined(pc, items.field("values"))
    held = []  # alive while checked: the dataset's check remembers citations by id()
    for combo in distinct(parts, tuple(parts)):
        item = {**combo, "fields": split(combo["fields"]), "values": split(combo["values"])}
        cited = vouch(citation, item)
        held.append(cited)
        if not isinstance(cited, Citation) or context.wrong(cited) is not None:
            raise Doubt


def check_pair_codes(relation: Relation, pair: tuple[str, str], *codes: str | None) -> set[str]:
    """The former countries among a relation's and ``codes``, each code as tables store it."""
    countries = {c.code: c for c in relation.countries}
    if set(pair) != countries.keys():
        raise Doubt  # read, but written otherwise
    former = {code for code, country in countries.items() if country.is_former}
    for code in codes:
        if code is not None and vouch(country_of_code, code).is_former:
            former.add(code)
    return former


def touching(pc: Any, columns: Mapping[str, Any], names: Sequence[str], codes: set[str]) -> Any:
    """Where any of the columns ``names`` holds one of ``codes``."""
    mask = None
    for name in names:
        inside = known(pc, pc.is_in(columns[name], value_set=strings(sorted(codes))))
        mask = inside if mask is None else pc.or_(mask, inside)
    return mask


def in_order(pc: Any, columns: Mapping[str, Any], out: dict[str, Any]) -> None:
    """Each row's two countries in order, as a relation's key (and ``to_arrow``) has them."""
    first, second = columns["country_a"], columns["country_b"]
    swap = pc.greater(first, second)
    out["country_a"] = pc.if_else(swap, second, first)
    out["country_b"] = pc.if_else(swap, first, second)


def typed_table(pa: Any, out: Mapping[str, Any], name: str) -> Any:
    """The columns ``out`` as the table ``name`` of :func:`arrow_schema`."""
    schema = schema_of(SCHEMAS[name], name)
    arrays = []
    for field in schema:
        column = out[field.name]
        if pa.types.is_dictionary(field.type) and not pa.types.is_dictionary(column.type):
            column = column.dictionary_encode()
        arrays.append(column.cast(field.type))
    return pa.Table.from_arrays(arrays, schema=schema)
