"""Migrations of older wire-format versions to the current one.

A document names its format version at the top. :func:`migrate` brings the
body of an older document up to the current version, one step at a time,
before it is structured; :data:`MIGRATIONS` maps each old version to the
function that takes it one version up. A document newer than this library
is refused (with a message saying to upgrade) before migration starts.

Version 0 is the pre-release shape of the format. It was never published:
it is written down here so that the migration path exists and is tested
before the first real change of the format needs it. It differed from
version 1 in three ways:

- an amount of money was one string, the decimal amount and the ISO 4217
  code separated by one space: ``"14400000 USD"`` (version 1:
  ``{"amount": "14400000", "currency": "USD"}``);
- events and statements gave their date under ``date`` (version 1:
  ``when``);
- a relation's countries were one string of two alpha-2 codes joined by a
  hyphen: ``"AZ-LT"`` (version 1: ``["AZ", "LT"]``).

Everything else was as in version 1. A migration rewrites only what it
recognizes and passes everything else through untouched, so a malformed
old document is reported by the same checks as a current one (with the
version 1 key names in the paths).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Body = dict[str, Any]

_V0_MONEY = re.compile(r"(-?[0-9]+(?:\.[0-9]+)?) ([A-Z]{3})")
_V0_COUNTRIES = re.compile(r"([A-Z]{2})-([A-Z]{2})")


def _items(value: Any) -> list[Any] | None:
    return value if isinstance(value, list) else None


def _v0_dated(item: Any) -> Any:
    if isinstance(item, dict) and "date" in item and "when" not in item:
        return {("when" if key == "date" else key): value for key, value in item.items()}
    return item


def _v0_trade(item: Any) -> Any:
    if not isinstance(item, dict):
        return item
    value = item.get("value")
    match = _V0_MONEY.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return item
    return {**item, "value": {"amount": match[1], "currency": match[2]}}


def _v0_relation(relation: Any) -> Any:
    if not isinstance(relation, dict):
        return relation
    relation = dict(relation)
    countries = relation.get("countries")
    match = _V0_COUNTRIES.fullmatch(countries) if isinstance(countries, str) else None
    if match is not None:
        relation["countries"] = [match[1], match[2]]
    for key, rewrite in (("events", _v0_dated), ("statements", _v0_dated), ("trade", _v0_trade)):
        items = _items(relation.get(key))
        if items is not None:
            relation[key] = [rewrite(item) for item in items]
    return relation


def _v0_to_v1(body: Body) -> Body:
    """Version 0 to 1: money objects, ``when`` for ``date``, countries as an array."""
    relations = _items(body.get("relations"))
    if relations is None:
        return body
    return {**body, "relations": [_v0_relation(r) for r in relations]}


MIGRATIONS: dict[int, Callable[[Body], Body]] = {0: _v0_to_v1}
"""Each old version, and the function that takes a body of it one version up."""


def migrate(body: Body, version: int, current: int) -> Body:
    """``body`` of a document of ``version``, rewritten as a ``current`` one.

    Never raises on a malformed body: what a step does not recognize passes
    through, for the structuring checks to report.
    """
    for step in range(version, current):
        body = MIGRATIONS[step](body)
    return body
