"""The model layer: people, events, missions, trade, relations and datasets.

It imports only the values layer (``bilateral._values``); the layers above
import the model's names from here.
"""

from bilateral._model.dataset import Dataset, merge
from bilateral._model.facts import DocumentCount, Event, Mission, Person, Statement
from bilateral._model.kinds import Area, EventKind, Flow, MissionKind, Status
from bilateral._model.query import EventMatch, EventQuery, Match
from bilateral._model.relation import Relation, TimelineEntry, TimelineKind
from bilateral._model.trade import Estimate, TradeChange, TradePeriod

__all__ = [
    "Area",
    "Dataset",
    "DocumentCount",
    "Estimate",
    "Event",
    "EventKind",
    "EventMatch",
    "EventQuery",
    "Flow",
    "Match",
    "Mission",
    "MissionKind",
    "Person",
    "Relation",
    "Statement",
    "Status",
    "TimelineEntry",
    "TimelineKind",
    "TradeChange",
    "TradePeriod",
    "merge",
]
