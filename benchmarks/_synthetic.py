"""A synthetic dataset shaped like the bundled one: many relations, each with events and trade."""

from __future__ import annotations

import itertools
import json
import random
from importlib.resources import files

from bilateral import article_text

SOURCE_ID = "azernews-2023-02-17"
COUNTRIES = [
    "AD", "AE", "AL", "AM", "AR", "AT", "AU", "AZ", "BA", "BE", "BG", "BR", "BY", "CA",
    "CH", "CL", "CN", "CY", "CZ", "DE", "DK", "EE", "EG", "ES", "FI", "FR", "GB", "GE",
    "GR", "HR", "HU", "IE", "IL", "IN", "IR", "IS", "IT", "JP", "KZ", "LT", "LU", "LV",
    "MD", "ME", "MT", "MX", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK",
    "TR", "UA", "US", "UZ",
]  # fmt: skip
KINDS = ["official_visit", "commission_meeting", "business_forum", "signing", "meeting"]
PEOPLE = ["khalaf-khalafov", "gitanas-nauseda", "egidijus-navikas"]


def _when(rng: random.Random) -> str | None:
    year = rng.randint(1992, 2023)
    shape = rng.random()
    if shape < 0.3:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if shape < 0.5:
        return f"{year}-{rng.randint(1, 12):02d}"
    if shape < 0.7:
        return str(year)
    if shape < 0.8:
        return f"../{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if shape < 0.9:
        return f"{year}-{rng.randint(1, 12):02d}/.."
    return None


def _citation(rng: random.Random, text: str) -> dict[str, object]:
    start = rng.randrange(0, len(text) - 80)
    end = start + rng.randint(20, 80)
    return {"source": SOURCE_ID, "start": start, "end": end, "quote": text[start:end]}


def _period(rng: random.Random) -> str:
    year = rng.randint(1995, 2023)
    shape = rng.random()
    if shape < 0.4:
        return str(year)
    if shape < 0.6:
        return f"{year}-{39 + rng.randint(1, 2)}"
    if shape < 0.8:
        return f"{year}-{32 + rng.randint(1, 4)}"
    return f"{year}-{rng.randint(1, 12):02d}"


def document(events: int = 100_000, trade: int = 100_000, per_relation: int = 100) -> dict:
    """The JSON document (as plain data) of a synthetic dataset."""
    rng = random.Random(20230217)
    text = article_text()
    base = json.loads(_bundled_bytes())
    pairs = itertools.combinations(COUNTRIES, 2)
    relations = []
    made_events = made_trade = 0
    while made_events < events or made_trade < trade:
        first, second = next(pairs)
        n_events = min(per_relation, events - made_events)
        n_trade = min(per_relation, trade - made_trade)
        relation = {
            "countries": [first, second],
            "established": f"{rng.randint(1991, 2000)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "established_citations": [_citation(rng, text)],
            "missions": [
                {
                    "sending": first,
                    "receiving": second,
                    "kind": "embassy",
                    "opened": str(rng.randint(1995, 2010)),
                    "citations": [_citation(rng, text)],
                },
                {
                    "sending": second,
                    "receiving": first,
                    "kind": "embassy",
                    "opened": f"{rng.randint(1995, 2010)}-{rng.randint(1, 12):02d}",
                    "citations": [_citation(rng, text)],
                },
            ],
            "documents": [],
            "events": [
                {
                    "id": f"event-{made_events + i}",
                    "kind": rng.choice(KINDS),
                    "status": "held" if rng.random() < 0.9 else "planned",
                    "when": _when(rng),
                    "summary": "Official visit of the President to the partner country",
                    "origin": first,
                    "destination": second,
                    "participants": [rng.choice(PEOPLE)],
                    "places": [],
                    "note": None,
                    "citations": [_citation(rng, text)],
                }
                for i in range(n_events)
            ],
            "trade": [
                {
                    "flow": "turnover",
                    "period": _period(rng),
                    "value": {
                        "amount": f"{rng.randint(1, 10**9)}.{rng.randint(0, 99):02d}",
                        "currency": "USD",
                    },
                    "reporter": None,
                    "note": None,
                    "citations": [_citation(rng, text)],
                }
                for _ in range(n_trade)
            ],
            "statements": [],
        }
        made_events += n_events
        made_trade += n_trade
        relations.append(relation)
    return {
        "format": "bilateral",
        "version": 1,
        "sources": base["sources"],
        "people": base["people"],
        "relations": relations,
        "corrections": base["corrections"],
    }


def _bundled_bytes() -> bytes:
    return files("bilateral.data").joinpath("azernews-2023-02-17.json").read_bytes()


def document_bytes(**sizes: int) -> bytes:
    """The synthetic document as compact JSON bytes."""
    return json.dumps(document(**sizes), ensure_ascii=False).encode("utf-8")


def _swap(value: object, codes: dict[str, str]) -> object:
    """``value`` with every string in ``codes`` (country codes, event ids) replaced."""
    if isinstance(value, dict):
        return {k: _swap(v, codes) for k, v in value.items()}
    if isinstance(value, list):
        return [_swap(v, codes) for v in value]
    if isinstance(value, str):
        return codes.get(value, value)
    return value


def replicated(pairs: int = 1000) -> dict:
    """The bundled document with its one relation replicated across ``pairs`` country pairs.

    Made up for benchmarking: the relation's facts (dates, events, trade,
    citations of the bundled article) are the bundled ones, given to other
    pairs of countries; it is shaped like real use, not a record of anything.
    """
    base = json.loads(_bundled_bytes())
    (relation,) = base["relations"]
    relations = []
    ids = [event["id"] for event in relation["events"]]
    for n, (first, second) in enumerate(
        itertools.islice(itertools.combinations(COUNTRIES, 2), pairs)
    ):
        codes = {"AZ": first, "LT": second, **{i: f"{i}-{n}" for i in ids}}
        relations.append(_swap(relation, codes))
    return {**base, "relations": relations}


def replicated_bytes(pairs: int = 1000) -> bytes:
    """:func:`replicated` as compact JSON bytes (about 9 MB for 1,000 pairs)."""
    return json.dumps(replicated(pairs), ensure_ascii=False).encode("utf-8")
