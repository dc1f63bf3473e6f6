"""The model layer: people, events, missions, trade, relations and datasets.

It imports only the values layer (``bilateral._values``); the layers above
import the model's names from here.
"""

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
from bilateral._model.query import EventMatch, EventQuery, Match
from bilateral._model.reading import ReadProblem, ReadResult
from bilateral._model.relation import Relation, TimelineEntry, TimelineKind
from bilateral._model.trade import Estimate, Estimates, TradeChange, TradePeriod
from bilateral._model.trade_table import Scale, TradeLayout

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
