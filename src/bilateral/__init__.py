"""bilateral: typed, trustworthy values for the relations between two countries.

The whole public API is re-exported here; the modules behind it are private.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bilateral._model import LAZY as _MODEL_LAZY
from bilateral._model import (
    Area,
    Dataset,
    DocumentCount,
    Estimate,
    Estimates,
    Event,
    EventKind,
    Flow,
    LevelChange,
    Mission,
    MissionKind,
    Person,
    PloverCoding,
    Relation,
    RepresentationLevel,
    Rupture,
    Statement,
    Status,
    TimelineEntry,
    TimelineKind,
    TradeChange,
    TradePeriod,
    merge,
)
from bilateral._values.country import Country
from bilateral._values.dates import (
    Age,
    Anniversary,
    CalendarDuration,
    DateRange,
    PartialDate,
    Precision,
    When,
    age,
    anniversary,
    calendar_difference,
    next_anniversary,
    parse_when,
)
from bilateral._values.errors import (
    AmbiguousCountryCodeError,
    BilateralError,
    CitationMismatchError,
    CountryNotExistingError,
    CurrencyMismatchError,
    InvalidDateError,
    InvalidValueError,
    LocaleFallbackWarning,
    MergeConflictError,
    MissingExtraError,
    MissingValueError,
    NotARegularFileError,
    NotFoundError,
    Problem,
    UnknownCodeError,
    UnknownCountryError,
    UnknownCurrencyError,
    UnknownLocaleError,
    ValidationError,
)
from bilateral._values.money import Money
from bilateral._values.public import publish
from bilateral._values.sources import Citation, Correction, Source
from bilateral._wire.bundled import article_text, load_bundled

if TYPE_CHECKING:
    from bilateral._model.query import EventMatch, EventQuery, Match
    from bilateral._model.reading import ReadProblem, ReadResult
    from bilateral._model.trade_table import Scale, TradeLayout
    from bilateral._tables.arrow import arrow_schema, to_arrow, to_parquet
    from bilateral._tables.checked import check_arrow, read_parquet
    from bilateral._tables.frames import to_pandas, trade_from_pandas
    from bilateral._tables.panel import (
        DyadYears,
        FigureStatus,
        dyad_years,
        dyad_years_duckdb,
        panel_sql,
        write_panel_tables,
    )
    from bilateral._tables.plot import plot_timeline, plot_trade
    from bilateral._text.describe import describe
    from bilateral._text.format import (
        date_phrase,
        format_country,
        format_date,
        format_duration,
        format_money,
        format_number,
        format_percent,
    )
    from bilateral._values.cow import CowState, MembershipPeriod, cow_source, cow_state
    from bilateral._wire.converter import (
        FORMAT_VERSION,
        configure_converter,
        dumps,
        loads,
        make_converter,
    )
    from bilateral._wire.files import dump, load
    from bilateral._wire.readers import read_cow_states, read_plover, read_trade
    from bilateral._wire.schema import json_schema

# These load on first use: the interop modules (and pandas, pyarrow,
# matplotlib behind them), the JSON format (and cattrs), the JSON Schema and
# the localized formatting would add ~30 ms to every `import bilateral`, and
# many users need only some of them; so do querying events, reading tables
# and the Correlates of War list. (A class loaded so publishes itself as
# ``bilateral.X``: see ``bilateral._values.public``.)
_LAZY = {
    **_MODEL_LAZY,
    "CowState": "bilateral._values.cow",
    "MembershipPeriod": "bilateral._values.cow",
    "cow_source": "bilateral._values.cow",
    "cow_state": "bilateral._values.cow",
    "describe": "bilateral._text.describe",
    "date_phrase": "bilateral._text.format",
    "format_country": "bilateral._text.format",
    "format_date": "bilateral._text.format",
    "format_duration": "bilateral._text.format",
    "format_money": "bilateral._text.format",
    "format_number": "bilateral._text.format",
    "format_percent": "bilateral._text.format",
    "json_schema": "bilateral._wire.schema",
    "FORMAT_VERSION": "bilateral._wire.converter",
    "configure_converter": "bilateral._wire.converter",
    "dump": "bilateral._wire.files",
    "dumps": "bilateral._wire.converter",
    "load": "bilateral._wire.files",
    "loads": "bilateral._wire.converter",
    "make_converter": "bilateral._wire.converter",
    "read_cow_states": "bilateral._wire.readers",
    "read_plover": "bilateral._wire.readers",
    "read_trade": "bilateral._wire.readers",
    "arrow_schema": "bilateral._tables.arrow",
    "check_arrow": "bilateral._tables.checked",
    "read_parquet": "bilateral._tables.checked",
    "plot_timeline": "bilateral._tables.plot",
    "plot_trade": "bilateral._tables.plot",
    "to_arrow": "bilateral._tables.arrow",
    "to_pandas": "bilateral._tables.frames",
    "to_parquet": "bilateral._tables.arrow",
    "trade_from_pandas": "bilateral._tables.frames",
    "DyadYears": "bilateral._tables.panel",
    "FigureStatus": "bilateral._tables.panel",
    "dyad_years": "bilateral._tables.panel",
    "dyad_years_duckdb": "bilateral._tables.panel",
    "panel_sql": "bilateral._tables.panel",
    "write_panel_tables": "bilateral._tables.panel",
}

__all__ = [
    "FORMAT_VERSION",
    "Age",
    "AmbiguousCountryCodeError",
    "Anniversary",
    "Area",
    "BilateralError",
    "CalendarDuration",
    "Citation",
    "CitationMismatchError",
    "Correction",
    "Country",
    "CountryNotExistingError",
    "CowState",
    "CurrencyMismatchError",
    "Dataset",
    "DateRange",
    "DocumentCount",
    "DyadYears",
    "Estimate",
    "Estimates",
    "Event",
    "EventKind",
    "EventMatch",
    "EventQuery",
    "FigureStatus",
    "Flow",
    "InvalidDateError",
    "InvalidValueError",
    "LevelChange",
    "LocaleFallbackWarning",
    "Match",
    "MembershipPeriod",
    "MergeConflictError",
    "MissingExtraError",
    "MissingValueError",
    "Mission",
    "MissionKind",
    "Money",
    "NotARegularFileError",
    "NotFoundError",
    "PartialDate",
    "Person",
    "PloverCoding",
    "Precision",
    "Problem",
    "ReadProblem",
    "ReadResult",
    "Relation",
    "RepresentationLevel",
    "Rupture",
    "Scale",
    "Source",
    "Statement",
    "Status",
    "TimelineEntry",
    "TimelineKind",
    "TradeChange",
    "TradeLayout",
    "TradePeriod",
    "UnknownCodeError",
    "UnknownCountryError",
    "UnknownCurrencyError",
    "UnknownLocaleError",
    "ValidationError",
    "When",
    "age",
    "anniversary",
    "arrow_schema",
    "article_text",
    "calendar_difference",
    "check_arrow",
    "configure_converter",
    "cow_source",
    "cow_state",
    "date_phrase",
    "describe",
    "dump",
    "dumps",
    "dyad_years",
    "dyad_years_duckdb",
    "format_country",
    "format_date",
    "format_duration",
    "format_money",
    "format_number",
    "format_percent",
    "json_schema",
    "load",
    "load_bundled",
    "loads",
    "make_converter",
    "merge",
    "next_anniversary",
    "panel_sql",
    "parse_when",
    "plot_timeline",
    "plot_trade",
    "read_cow_states",
    "read_parquet",
    "read_plover",
    "read_trade",
    "to_arrow",
    "to_pandas",
    "to_parquet",
    "trade_from_pandas",
    "write_panel_tables",
]


def _attach_notebook_reprs() -> None:
    """Give values their Jupyter and IPython reprs.

    The reprs are built by the tables layer, which sits above the model; they
    are attached here, at the package's top, so that the model never imports
    a layer above it. The tables layer loads when a notebook first asks.
    """

    def _repr_html_(self: Event | TradePeriod | Relation | Dataset) -> str:
        from bilateral._tables.html import repr_html  # noqa: PLC0415 - only notebooks need it

        return repr_html(self)

    def _repr_pretty_(self: Relation | Dataset, printer: Any, cycle: bool) -> None:
        from bilateral._tables.html import repr_pretty  # noqa: PLC0415 - only notebooks need it

        repr_pretty(self, printer, cycle)

    for kind in (Event, TradePeriod, Relation, Dataset):
        setattr(kind, "_repr_html_", _repr_html_)  # noqa: B010 - mypy: not a declared attribute
    for kind in (Relation, Dataset):
        setattr(kind, "_repr_pretty_", _repr_pretty_)  # noqa: B010


def _publish() -> None:
    """Show the public classes imported above as ``bilateral.X`` (see :func:`publish`).

    They live in private modules; where they live is not part of the API.
    """
    publish(*(value for name in __all__ if isinstance(value := globals().get(name), type)))


_attach_notebook_reprs()
_publish()


def __dir__() -> list[str]:
    # The public names (the lazily loaded ones too), not the helpers above.
    return sorted({*__all__, "__version__"})


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module  # noqa: PLC0415 - only when asked

        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked

        return version("bilateral")
    msg = f"module 'bilateral' has no attribute {name!r}"
    raise AttributeError(msg)
