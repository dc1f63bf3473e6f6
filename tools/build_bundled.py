"""Build src/bilateral/data/azernews-2023-02-17.json from the bundled article.

Every fact below is read from the article; citations are located by quoting
the article's words (``cite``), so their offsets are computed, never typed.
Where the article is silent the value stays unknown (``None``) or coarse (a
range ending on the publication day), and the reason is in the fact's note.

Run: ``python tools/build_bundled.py`` (then ``git diff`` the JSON). The test
suite checks that the committed JSON is what this script produces.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from bilateral import (
    Area,
    Correction,
    Country,
    Dataset,
    DateRange,
    DocumentCount,
    Event,
    EventKind,
    Flow,
    Mission,
    Money,
    PartialDate,
    Person,
    Relation,
    Source,
    Statement,
    Status,
    TradePeriod,
    dumps,
)

DATA = Path(__file__).resolve().parent.parent / "src" / "bilateral" / "data"
AZ, LT = Country("AZ"), Country("LT")


def build() -> Dataset:
    """Every fact of the article, typed and cited."""
    text = (DATA / "azernews-2023-02-17.txt").read_bytes().decode("utf-8")
    src = Source(
        "azernews-2023-02-17",
        "Azernews",
        dt.date(2023, 2, 17),
        text,
    )
    cite = src.cite
    before_publication = DateRange(None, PartialDate("2023-02-17"))
    held_before = "it was held on or before the day of publication."
    unstated = "The article does not date it; " + held_before

    people = (
        Person(
            "khalaf-khalafov",
            "Khalaf Khalafov",
            role="Deputy Foreign Minister",
            citations=[cite("Deputy Foreign Minister Khalaf Khalafov")],
        ),
        Person(
            "gitanas-nauseda",
            "Gitanas Nausėda",
            role="President",
            country=LT,
            citations=[cite("Lithuanian President Gitanas Naus?da")],
        ),
        Person(
            "egidijus-navikas",
            "Egidijus Navikas",
            role="Ambassador of Lithuania to Azerbaijan",
            country=LT,
            citations=[cite("the ambassador of Lithuania to Azerbaijan Egidijus Navikas")],
        ),
    )
    corrections = (
        Correction(
            "Naus?da",
            "Nausėda",
            "The article's text has '?' where the name of the President of Lithuania "
            "has 'ė' (a character lost in transmission); the citations keep the "
            "article's text.",
            citations=[
                cite("Gitanas Naus?da"),
                cite("Gitanas Naus?da", occurrence=2),
            ],
        ),
    )

    events = (
        Event(
            "commission-meeting-planned",
            EventKind.COMMISSION_MEETING,
            Status.PLANNED,
            DateRange(PartialDate("2023-02-17"), None),
            "Meeting of the Azerbaijani-Lithuanian Intergovernmental Commission",
            note="'In the foreseeable future': on or after the day of publication, no later date given.",
            citations=[
                cite(
                    "Azerbaijani-Lithuanian Intergovernmental Commission will hold a "
                    "meeting in the foreseeable future"
                )
            ],
        ),
        Event(
            "state-day-105",
            EventKind.COMMEMORATION,
            Status.HELD,
            before_publication,
            "Event dedicated to the 105th anniversary of the restoration of the Lithuanian State Day",
            participants=["khalaf-khalafov"],
            note=unstated,
            citations=[
                cite(
                    "He made the remarks on the event dedicated to the 105th anniversary "
                    "of the restoration of the Lithuanian State Day"
                ),
            ],
        ),
        Event(
            "official-visit-2022",
            EventKind.OFFICIAL_VISIT,
            Status.HELD,
            PartialDate("2022"),
            "Official visit of the President of Lithuania to Azerbaijan",
            origin=LT,
            destination=AZ,
            participants=["gitanas-nauseda"],
            citations=[
                cite(
                    "the official visit of Lithuanian President Gitanas Naus?da to Azerbaijan in 2022"
                ),
                cite(
                    "the official visit of Lithuanian President Gitanas Naus?da to Azerbaijan in 2022",
                    occurrence=2,
                ),
            ],
        ),
        Event(
            "signing-numerous-documents",
            EventKind.SIGNING,
            Status.HELD,
            before_publication,
            "Signing of numerous documents",
            note=(
                "The article lists it beside the 2022 official visit without dating it "
                "or giving the number of documents; " + held_before
            ),
            citations=[cite("the signing of numerous documents")],
        ),
        Event(
            "business-forum",
            EventKind.BUSINESS_FORUM,
            Status.HELD,
            before_publication,
            "Azerbaijani-Lithuanian business forum",
            note="The article lists it beside the 2022 official visit without dating it; "
            + held_before,
            citations=[cite("the Azerbaijani-Lithuanian business forum")],
        ),
        Event(
            "davos-meeting",
            EventKind.MEETING,
            Status.HELD,
            before_publication,
            "The Davos meeting, important for the future development of bilateral relations",
            places=["Davos"],
            note=(
                "The article names neither its date nor its participants; it is spoken of "
                "as having taken place, so " + held_before
            ),
            citations=[
                cite(
                    "the importance in terms of the future development of bilateral relations at the Davos meeting"
                )
            ],
        ),
    )

    statements = (
        Statement(
            "khalafov-commission",
            "khalaf-khalafov",
            "The Azerbaijani-Lithuanian Intergovernmental Commission will hold a meeting in the foreseeable future.",
            occasion="state-day-105",
            when=before_publication,
            citations=[
                cite(
                    "Azerbaijani-Lithuanian Intergovernmental Commission will hold a meeting "
                    "in the foreseeable future, Deputy Foreign Minister Khalaf Khalafov said"
                )
            ],
        ),
        Statement(
            "khalafov-mutual-interest",
            "khalaf-khalafov",
            "There is a mutual interest in enhancing cooperation in the economic, trade and "
            "humanitarian spheres; the relations between the two countries will contribute to "
            "efforts aimed at the speedy completion of talks on a new agreement between the EU "
            "and Azerbaijan.",
            occasion="state-day-105",
            areas=[Area.ECONOMIC, Area.TRADE, Area.HUMANITARIAN],
            when=before_publication,
            citations=[
                cite(
                    "Noting the existence of a mutual interest in enhancing cooperation in the "
                    "economic, trade, and humanitarian spheres, the official stressed the relations "
                    "between the two countries will contribute to efforts aimed at the speedy "
                    "completion of talks on a new agreement between the EU and Azerbaijan."
                )
            ],
        ),
        Statement(
            "khalafov-interparliamentary",
            "khalaf-khalafov",
            "Interparliamentary cooperation between the two countries is developing successfully, "
            "and the Davos meeting matters for the future development of bilateral relations.",
            occasion="state-day-105",
            areas=[Area.INTERPARLIAMENTARY],
            when=before_publication,
            citations=[
                cite(
                    "Khalafov then pointed out the successful development of interparliamentary "
                    "cooperation between the two countries, as well as the importance in terms of "
                    "the future development of bilateral relations at the Davos meeting."
                )
            ],
        ),
        Statement(
            "khalafov-visit-agreements",
            "khalaf-khalafov",
            "The agreements of the 2022 official visit, the signing of numerous documents and the "
            "business forum contributed to expanding the relations and identifying new areas of cooperation.",
            occasion="state-day-105",
            direct_quote=True,
            when=before_publication,
            citations=[
                cite(
                    '"The agreements reached within the framework of the official visit of '
                    "Lithuanian President Gitanas Naus?da to Azerbaijan in 2022, the signing of "
                    "numerous documents, the Azerbaijani-Lithuanian business forum contributed to "
                    "the expansion of our relations and the identification of new areas of our "
                    'cooperation," he added.'
                )
            ],
        ),
        Statement(
            "navikas-twinning",
            "egidijus-navikas",
            "The two countries are actively working on EU twinning projects.",
            when=before_publication,
            citations=[
                cite(
                    "Further to the meeting, the ambassador of Lithuania to Azerbaijan Egidijus "
                    "Navikas noted that the two countries are actively working on EU twinning projects."
                )
            ],
        ),
        Statement(
            "navikas-friendly-relations",
            "egidijus-navikas",
            "Azerbaijan and Lithuania have strong friendly relations; the best example is the "
            "2022 official visit of the President of Lithuania to Azerbaijan.",
            when=before_publication,
            citations=[
                cite(
                    "The diplomat stressed that Azerbaijan and Lithuania have strong friendly "
                    "relations, adding that the best example of this was the official visit of "
                    "Lithuanian President Gitanas Naus?da to Azerbaijan in 2022."
                )
            ],
        ),
        Statement(
            "azernews-trade-partner",
            None,
            "Azerbaijan is one of Lithuania's biggest trade partners in the Caucasus.",
            areas=[Area.TRADE],
            when=PartialDate("2023-02-17"),
            citations=[
                cite("Azerbaijan is Lithuania's one of the biggest trade partners in the Caucasus.")
            ],
        ),
    )

    dollars = (
        "The article writes '$'; read as US dollars. It does not say whose statistics these are."
    )
    relation = Relation(
        (AZ, LT),
        established=PartialDate("1995-11-20"),
        established_citations=[
            cite(
                "Diplomatic relations between the two countries were established on November 20, 1995."
            )
        ],
        missions=[
            Mission(
                AZ,
                LT,
                opened=PartialDate("2007-09"),
                citations=[
                    cite("The embassy of Azerbaijan in Lithuania was opened in September 2007")
                ],
            ),
            Mission(
                LT,
                AZ,
                opened=PartialDate("2007-04-03"),
                citations=[
                    cite("the embassy of Lithuania in Azerbaijan was opened on April 3, 2007")
                ],
            ),
        ],
        documents=[
            DocumentCount(
                39,
                PartialDate("2023-02-17"),
                citations=[cite("The two countries have so far signed 39 documents.")],
            )
        ],
        events=events,
        trade=[
            TradePeriod(
                Flow.TURNOVER,
                PartialDate("2021"),
                Money("42000000", "USD"),
                note=dollars,
                citations=[
                    cite(
                        "The trade turnover between the two nations amounted to $42 million in 2021"
                    )
                ],
            ),
            TradePeriod(
                Flow.TURNOVER,
                PartialDate("2022-40"),
                Money("14400000", "USD"),
                note=dollars,
                citations=[
                    cite("The trade turnover between the two nations"),
                    cite("to $14.4 million in the first half of 2022"),
                ],
            ),
        ],
        statements=statements,
    )
    return Dataset([src], people, [relation], corrections=corrections)


def main() -> int:
    """Write the JSON, or with --check say (by exit code) whether it is current."""
    target = DATA / "azernews-2023-02-17.json"
    text = dumps(build())
    if "--check" in sys.argv:
        return 0 if target.read_text(encoding="utf-8") == text else 1
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
