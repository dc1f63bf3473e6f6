"""Type-checked, never run: the public API as a user writes it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import bilateral
from bilateral import (
    Age,
    Country,
    DateRange,
    Estimate,
    Estimates,
    Money,
    PartialDate,
    Relation,
    TradeChange,
    When,
)

dataset: bilateral.Dataset = bilateral.load_bundled()
relation: Relation = dataset.relation("LT", "AZ")
established: PartialDate | None = relation.established
age: Age = relation.age(on=dt.date(2023, 2, 17))
years: int = age.longest.years
estimate: Estimate = relation.trade[1].annualized()
amount: Decimal = estimate.value.amount
change: TradeChange = relation.trade[0].change_to(relation.trade[1])
percent: Decimal | None = change.percent
estimates: Estimates = Estimates(relation.trade)
amounts: tuple[Decimal, ...] = estimates.amounts
first: Estimate = estimates[0]
some: tuple[Estimate, ...] = estimates[1:]

day: PartialDate = PartialDate("2007-09")
parts: PartialDate = PartialDate(2022, half=1)
soon: DateRange = DateRange("2023-02-17/..")
when: When = bilateral.parse_when("2022")
earliest: dt.date = day.earliest
maybe_latest: dt.date | None = soon.latest

money: Money = Money("42000000", "USD") * 2
ratio: Decimal = Money("1", "USD") / Money("2", "USD")
name: str = Country("AZE").name("lt")

text: str = bilateral.dumps(dataset)
again: bilateral.Dataset = bilateral.loads(text)
one: PartialDate = bilateral.loads('"2022"', PartialDate)

changes: list[TradeChange] = relation.trade_changes()

for entry in relation.timeline():
    label: str = entry.label
    if entry.kind is bilateral.TimelineKind.EVENT and isinstance(entry.item, bilateral.Event):
        held: bool = entry.item.status is bilateral.Status.HELD

try:
    bilateral.loads("{}")
except bilateral.ValidationError as error:
    paths: list[str] = [p.path for p in error.problems]

sentences: str = bilateral.describe(relation, "lt", today=dt.date(2023, 2, 17))
whole: str = bilateral.describe(dataset, "ru")
period_text: str = bilateral.format_date(day, "az") + bilateral.format_date(soon)
amount_text: str = bilateral.format_money(money, "lt", compact=True)
change_text: str = bilateral.format_percent(Decimal("-0.314"), "ru")
span_text: str = bilateral.format_duration(relation.age(on=dt.date(2023, 2, 17)), "az")
count_text: str = bilateral.format_number(39, "lt") + bilateral.format_country("LT", "lt")
try:
    bilateral.describe(relation, "xx")
except bilateral.UnknownLocaleError as locale_error:
    bad: ValueError = locale_error
schema: dict[str, object] = bilateral.json_schema()
from_bytes: bilateral.Dataset = bilateral.loads(text.encode("utf-8"))
# Interop (optional extras): frames, Arrow tables, pictures.
trade_frame = bilateral.to_pandas(relation, "trade")
periods: tuple[bilateral.TradePeriod, ...] = bilateral.trade_from_pandas(trade_frame)
bilateral.to_parquet(dataset, "events", "events.parquet")
timeline_figure = bilateral.plot_timeline(relation)
timeline_figure.savefig("timeline.svg")
trade_figure = bilateral.plot_trade(relation, flow=bilateral.Flow.TURNOVER)

# Country fields take codes as well as Country values.
mission: bilateral.Mission = bilateral.Mission("AZ", "LT", opened=PartialDate("2007-09"))
visitor: bilateral.Person = bilateral.Person("p", "P", country=440)

# Constructors take an enum's value and EDTF text as well as the values themselves.
text_event = bilateral.Event("made-up", "meeting", "held", "2022", "A made-up meeting")
text_kind: bilateral.EventKind = text_event.kind
text_when: When | None = text_event.when
text_trade = bilateral.TradePeriod("turnover", "2021", Money("1", "USD"))
text_statement = bilateral.Statement("made-up", None, "Made up", areas=["trade"])
text_range = DateRange("2022", "2023")
text_mission = bilateral.Mission("LT", "AZ", kind="embassy", opened="2007-04-03")
