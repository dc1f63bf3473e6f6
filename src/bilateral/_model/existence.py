"""The rule that a fact is not dated when one of its countries no longer existed.

Each value checks the countries it names itself: a :class:`Mission` its two
countries against ``opened``, an :class:`Event` its origin and destination
against ``when``. A :class:`Relation` knows its two countries, and checks
every fact of the relation that is dated as happening between them: the
establishment, events, trade periods and document counts. Statements are not
checked: what someone says today about a relation with a former country is
not dated inside that relation.

Only dates wholly after a former country's withdrawal from ISO 3166 are
refused; a range or a partial date that may fall within its existence is
accepted (see :func:`bilateral._values.country.check_exists`).
"""

from __future__ import annotations

from collections.abc import Iterable

from bilateral._model.facts import DocumentCount, Event
from bilateral._model.trade import TradePeriod
from bilateral._values.country import Country, check_exists
from bilateral._values.dates import PartialDate


def check_relation_existence(
    countries: tuple[Country, Country],
    established: PartialDate | None,
    events: Iterable[Event],
    trade: Iterable[TradePeriod],
    documents: Iterable[DocumentCount],
) -> None:
    """Raise :class:`CountryNotExistingError` at the first fact dated after a country ceased."""
    if not any(c.is_former for c in countries):
        return
    check_exists(countries, established, ("established",))
    for index, event in enumerate(events):
        check_exists(countries, event.when, ("events", index, "when"))
    for index, period in enumerate(trade):
        check_exists(countries, period.period, ("trade", index, "period"))
    for index, count in enumerate(documents):
        check_exists(countries, count.as_of, ("documents", index, "as_of"))
