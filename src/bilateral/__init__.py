"""bilateral: typed, trustworthy values for the relations between two countries.

The whole public API is re-exported here; the modules behind it are private.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bilateral._country import Country
from bilateral._data import article_text, load_bundled
from bilateral._dates import (
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
from bilateral._errors import (
    BilateralError,
    CitationMismatchError,
    CurrencyMismatchError,
    InvalidDateError,
    InvalidValueError,
    MissingExtraError,
    NotFoundError,
    Problem,
    UnknownCountryError,
    UnknownCurrencyError,
    UnknownLocaleError,
    ValidationError,
)
from bilateral._model import (
    Area,
    Dataset,
    DocumentCount,
    Estimate,
    Event,
    EventKind,
    Flow,
    Mission,
    MissionKind,
    Person,
    Relation,
    Statement,
    Status,
    TimelineEntry,
    TradeChange,
    TradePeriod,
)
from bilateral._money import Money
from bilateral._sources import Citation, Correction, Source

if TYPE_CHECKING:
    from bilateral._arrow import arrow_schema, to_arrow, to_parquet
    from bilateral._describe import describe
    from bilateral._format import (
        format_country,
        format_date,
        format_duration,
        format_money,
        format_number,
        format_percent,
    )
    from bilateral._frames import to_pandas, trade_from_pandas
    from bilateral._plot import plot_timeline, plot_trade
    from bilateral._schema import json_schema
    from bilateral._serialize import (
        FORMAT_VERSION,
        configure_converter,
        dump,
        dumps,
        load,
        loads,
        make_converter,
    )

# These load on first use: the interop modules (and pandas, pyarrow,
# matplotlib behind them), the JSON format (and cattrs), the JSON Schema and
# the localized formatting would add ~30 ms to every `import bilateral`, and
# many users need only some of them.
_LAZY = {
    "describe": "bilateral._describe",
    "format_country": "bilateral._format",
    "format_date": "bilateral._format",
    "format_duration": "bilateral._format",
    "format_money": "bilateral._format",
    "format_number": "bilateral._format",
    "format_percent": "bilateral._format",
    "json_schema": "bilateral._schema",
    "FORMAT_VERSION": "bilateral._serialize",
    "configure_converter": "bilateral._serialize",
    "dump": "bilateral._serialize",
    "dumps": "bilateral._serialize",
    "load": "bilateral._serialize",
    "loads": "bilateral._serialize",
    "make_converter": "bilateral._serialize",
    "arrow_schema": "bilateral._arrow",
    "plot_timeline": "bilateral._plot",
    "plot_trade": "bilateral._plot",
    "to_arrow": "bilateral._arrow",
    "to_pandas": "bilateral._frames",
    "to_parquet": "bilateral._arrow",
    "trade_from_pandas": "bilateral._frames",
}

__all__ = [
    "FORMAT_VERSION",
    "Age",
    "Anniversary",
    "Area",
    "BilateralError",
    "CalendarDuration",
    "Citation",
    "CitationMismatchError",
    "Correction",
    "Country",
    "CurrencyMismatchError",
    "Dataset",
    "DateRange",
    "DocumentCount",
    "Estimate",
    "Event",
    "EventKind",
    "Flow",
    "InvalidDateError",
    "InvalidValueError",
    "MissingExtraError",
    "Mission",
    "MissionKind",
    "Money",
    "NotFoundError",
    "PartialDate",
    "Person",
    "Precision",
    "Problem",
    "Relation",
    "Source",
    "Statement",
    "Status",
    "TimelineEntry",
    "TradeChange",
    "TradePeriod",
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
    "configure_converter",
    "describe",
    "dump",
    "dumps",
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
    "next_anniversary",
    "parse_when",
    "plot_timeline",
    "plot_trade",
    "to_arrow",
    "to_pandas",
    "to_parquet",
    "trade_from_pandas",
]


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
