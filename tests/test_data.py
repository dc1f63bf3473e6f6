"""The bundled dataset: the article byte for byte, and every fact cited."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import bilateral
from bilateral import Country, DateRange, EventKind, Flow, Money, PartialDate, Status
from bilateral._wire.bundled import article_bytes

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_41eecd535dc95e6a.txt"
# sha256 of the article as received (shared/seed/000_41eecd535dc95e6a.txt).
ARTICLE_SHA256 = "d69eb97e469b0e141ad329312c3be2eec8722a2881567a93f2320dc6f7c715f6"


@pytest.fixture(scope="module")
def dataset():
    return bilateral.load_bundled()


@pytest.fixture(scope="module")
def relation(dataset):
    return dataset.relation("AZ", "LT")


def all_cited(dataset):
    relation = dataset.relations[0]
    yield "established", relation.established_citations
    for group in ("missions", "documents", "events", "trade", "statements"):
        for index, item in enumerate(getattr(relation, group)):
            yield f"{group}[{index}]", item.citations
    for index, person in enumerate(dataset.people):
        yield f"people[{index}]", person.citations
    for index, correction in enumerate(dataset.corrections):
        yield f"corrections[{index}]", correction.citations


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed is not beside this checkout")
def test_article_is_the_seed_byte_for_byte():
    assert SEED.read_bytes() == article_bytes()


def test_article_is_byte_for_byte_as_received():
    assert ARTICLE_SHA256 == hashlib.sha256(article_bytes()).hexdigest()


def test_article_keeps_its_first_line_and_the_sources_text(dataset):
    text = bilateral.article_text()

    assert text.startswith(" date 2023-02-17 Azerbaijani-Lithuanian Intergovernmental Commission")
    assert text == dataset.sources[0].text
    assert 1985 == len(article_bytes())


def test_load_bundled_is_cached(dataset):
    assert dataset is bilateral.load_bundled()


def test_contract_entry_points(dataset, relation):
    assert relation is dataset.relation("LT", "AZ")
    assert PartialDate("1995-11-20") == relation.established
    assert "27 years, 2 months and 28 days" == str(relation.age(on=dt.date(2023, 2, 17)))
    assert 2 == len(relation.missions)
    assert 2 == len(relation.trade)
    assert Money("28800000", "USD") == relation.trade[1].annualized().value


def test_every_fact_cites_the_article(dataset):
    for where, citations in all_cited(dataset):
        assert citations, where
        for citation in citations:
            dataset.sources[0].check(citation, where)


def test_embassies(relation):
    by_sender = {m.sending.code: m for m in relation.missions}

    assert PartialDate("2007-09") == by_sender["AZ"].opened
    assert Country("LT") == by_sender["AZ"].receiving
    assert PartialDate("2007-04-03") == by_sender["LT"].opened
    assert Country("AZ") == by_sender["LT"].receiving


def test_documents(relation):
    [count] = relation.documents

    assert (39, PartialDate("2023-02-17")) == (count.count, count.as_of)


def test_trade(relation):
    assert [
        (Flow.TURNOVER, PartialDate("2021"), Money("42000000", "USD"), None),
        (Flow.TURNOVER, PartialDate("2022-40"), Money("14400000", "USD"), None),
    ] == [(t.flow, t.period, t.value, t.reporter) for t in relation.trade]
    assert Decimal("-31.43") == relation.trade[0].change_to(relation.trade[1]).percent


def test_events_keep_the_articles_precision(relation):
    events = {e.id: e for e in relation.events}

    assert Status.PLANNED == events["commission-meeting-planned"].status
    assert DateRange("2023-02-17/..") == events["commission-meeting-planned"].when
    assert PartialDate("2022") == events["official-visit-2022"].when
    assert (Country("LT"), Country("AZ")) == (
        events["official-visit-2022"].origin,
        events["official-visit-2022"].destination,
    )
    # The article does not date these: they stay "on or before publication".
    for undated in (
        "signing-numerous-documents",
        "business-forum",
        "davos-meeting",
        "state-day-105",
    ):
        assert DateRange("../2023-02-17") == events[undated].when
        assert events[undated].note
    assert {
        EventKind.COMMISSION_MEETING,
        EventKind.OFFICIAL_VISIT,
        EventKind.SIGNING,
        EventKind.BUSINESS_FORUM,
    } <= {e.kind for e in relation.events}


def test_people(dataset):
    people = {p.id: p for p in dataset.people}

    assert ("Gitanas Nausėda", "President", Country("LT")) == (
        people["gitanas-nauseda"].name,
        people["gitanas-nauseda"].role,
        people["gitanas-nauseda"].country,
    )
    assert "Deputy Foreign Minister" == people["khalaf-khalafov"].role
    # The article does not say which country Khalafov serves.
    assert people["khalaf-khalafov"].country is None
    assert Country("LT") == people["egidijus-navikas"].country


def test_correction_keeps_the_original(dataset):
    [correction] = dataset.corrections

    assert ("Naus?da", "Nausėda") == (correction.original, correction.corrected)
    assert 2 == len(correction.citations)
    assert all("Naus?da" in c.quote for c in correction.citations)
    assert "Nausėda" not in dataset.sources[0].text


def test_statements(relation):
    statements = {s.id: s for s in relation.statements}

    assert {"economic", "trade", "humanitarian"} <= {
        a.value for a in statements["khalafov-mutual-interest"].areas
    }
    assert statements["khalafov-visit-agreements"].direct_quote
    assert statements["azernews-trade-partner"].speaker is None
    assert "state-day-105" == statements["khalafov-commission"].occasion
    # "Further to the meeting" does not say which meeting: no occasion, no participant.
    assert statements["navikas-twinning"].occasion is None
    assert statements["navikas-twinning"].areas == ()


def test_the_json_is_what_the_build_script_makes():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_bundled.py"), "--check"],
        check=False,
        capture_output=True,
        text=True,
    )

    assert 0 == result.returncode, result.stderr
