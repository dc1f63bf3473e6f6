"""Tables of events and trade read back from Arrow and Parquet, checked a column at a time.

:func:`check_arrow` accepts a table exactly when the facts it holds, built
one by one with :class:`Event` or :class:`TradePeriod` and gathered into
relations and a dataset, would be accepted (``checking.reference``), and it
gives back the same table. It gets there without building an object per
row: a column at a time with pyarrow compute, and each distinct combination
of the columns a check reads once, by the constructors themselves
(``events_checked``, ``trade_checked``). Anything that step cannot settle,
and any failure, sends the whole table to the reference, which builds every
row and says what is wrong where (``$.events[12].when``): the errors are the
reference's by construction, and the fast step only has to be sound.
``tests/test_columnar.py`` holds the two equal on generated and changed
tables, and holds both to :func:`bilateral.loads` of the same content.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bilateral._tables.arrow import _pyarrow
from bilateral._tables.checking import Context, Doubt, TableSpec, columns_of, reference
from bilateral._tables.events_checked import EVENTS, fast_events
from bilateral._tables.trade_checked import TRADE, fast_trade
from bilateral._values.errors import InvalidValueError, NotFoundError
from bilateral._values.extras import require

if TYPE_CHECKING:
    import pyarrow as pa

    from bilateral._model import Dataset

_READERS: dict[str, tuple[TableSpec, Callable[[dict[str, Any], Context], Any]]] = {
    "events": (EVENTS, fast_events),
    "trade": (TRADE, fast_trade),
}
READABLE = tuple(_READERS)
"""The tables :func:`check_arrow` and :func:`read_parquet` read."""


def check_arrow(
    table: pa.Table, name: str = "events", *, context: Dataset | None = None
) -> pa.Table:
    """A table of events or trade, checked as :func:`bilateral.loads` checks the same facts.

    ``table`` holds the columns of :func:`arrow_schema` for ``name``. Of
    ``events``, only ``country_a``, ``country_b``, ``id``, ``kind``,
    ``status``, ``when`` and ``summary`` are required; of ``trade``,
    ``country_a``, ``country_b``, ``flow``, ``period``, ``amount`` and
    ``currency``. The others default to missing values and empty lists, and
    the derived columns (``earliest``, ``latest``, ``precision``; of trade
    also ``months``, ``annualized_amount`` and ``is_estimate``), when given,
    must be what the others give. An event's ``cameo``, ``plover``,
    ``plover_mode`` and ``plover_contexts`` are its own codes (a missing
    one is its kind's; :func:`to_arrow` writes the codes that apply).
    Citations are checked against the sources of ``context`` and
    participants against its people; without a context, neither may be
    given. Codes, dates and enum values must be written as
    :func:`to_arrow` writes them (``"SUHH"``, not ``"SU"``), as
    :func:`bilateral.loads` wants them in a document.

    Returns:
        The table as :func:`to_arrow` would write these facts: typed by
        :func:`arrow_schema`, each pair of countries in order, the derived
        columns (and an event's codes that apply) filled in, the rows in
        their order.

    Raises:
        ValidationError: Every problem found, at ``$.events[row].column``
            (the row's number in ``table``) or ``$.events.column``.
        InvalidValueError: ``name`` is not a table this reads, ``table`` not
            a ``pyarrow.Table``, or ``context`` not a :class:`Dataset`.
        MissingExtraError: pyarrow is not installed.
    """
    if name not in _READERS:
        names = ", ".join(repr(n) for n in READABLE)
        msg = f"expected one of {names}, got {name!r}"
        raise InvalidValueError(msg, path=("name",))
    spec, fast = _READERS[name]
    found = Context(context)
    columns = columns_of(table, spec)
    try:
        return fast(columns, found)
    except Doubt:
        return reference(columns, found, spec)


def read_parquet(
    path: str | os.PathLike[str], name: str = "events", *, context: Dataset | None = None
) -> pa.Table:
    """Read a Parquet file of events or trade and check it as :func:`check_arrow` does.

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
