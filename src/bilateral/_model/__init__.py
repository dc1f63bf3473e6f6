"""The model layer: people, events, missions, trade, relations and datasets.

It imports only the values layer (``bilateral._values``); the layers above
import the model's names from here.
"""

from typing import TYPE_CHECKING, Any

from bilateral._model.dataset import Dataset, merge
from bilateral._model.facts import (
    DocumentCount,
    Event,
    LevelChange,
    Mission,
    Person,
    PloverCoding,
    Rupture,
    Statement,
)
from bilateral._model.kinds import (
    Area,
    EventKind,
    Flow,
    MissionKind,
    RepresentationLevel,
    Status,
)
from bilateral._model.relation import Relation, TimelineEntry, TimelineKind
from bilateral._model.trade import Estimate, Estimates, TradeChange, TradePeriod

if TYPE_CHECKING:
    from bilateral._model.query import EventMatch, EventQuery, Match
    from bilateral._model.reading import ReadProblem, ReadResult
    from bilateral._model.trade_table import Scale, TradeLayout

# These load on first use: querying events and reading tables are not what
# every user of the model does (``bilateral.__getattr__`` says the same).
LAZY = {
    "EventMatch": "bilateral._model.query",
    "EventQuery": "bilateral._model.query",
    "Match": "bilateral._model.query",
    "ReadProblem": "bilateral._model.reading",
    "ReadResult": "bilateral._model.reading",
    "Scale": "bilateral._model.trade_table",
    "TradeLayout": "bilateral._model.trade_table",
}

__all__ = [
    "Area",
    "Dataset",
    "DocumentCount",
    "Estimate",
    "Estimates",
    "Event",
    "EventKind",
    "EventMatch",
    "EventQuery",
    "Flow",
    "LevelChange",
    "Match",
    "Mission",
    "MissionKind",
    "Person",
    "PloverCoding",
    "ReadProblem",
    "ReadResult",
    "Relation",
    "RepresentationLevel",
    "Rupture",
    "Scale",
    "Statement",
    "Status",
    "TimelineEntry",
    "TimelineKind",
    "TradeChange",
    "TradeLayout",
    "TradePeriod",
    "merge",
]


def __getattr__(name: str) -> Any:
    if name in LAZY:
        from importlib import import_module  # noqa: PLC0415 - only when asked

        value = getattr(import_module(LAZY[name]), name)
        globals()[name] = value
        return value
    msg = f"module 'bilateral._model' has no attribute {name!r}"
    raise AttributeError(msg)
