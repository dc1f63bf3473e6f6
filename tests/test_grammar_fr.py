"""French country names with their articles and prepositions, from the project's table."""

from __future__ import annotations

import gettext

import pycountry
import pytest
from babel import Locale

import bilateral
from bilateral import (
    Country,
    Event,
    EventKind,
    Mission,
    Money,
    PartialDate,
    Status,
    TradePeriod,
    format_country,
)
from bilateral._text.catalog import LOCALE_DIR, translations
from bilateral._text.grammar import FR_FORMS, CountryName, fr_countries, fr_country_form

FRENCH = Locale.parse("fr")


def _cldr_french_names() -> dict[str, str]:
    """Every current ISO 3166-1 country CLDR names in French (a code is CLDR's "no name")."""
    names = {c.alpha_2: FRENCH.territories.get(c.alpha_2) for c in pycountry.countries}
    return {code: str(name) for code, name in names.items() if name is not None}


def test_every_country_cldr_names_in_french_has_forms_in_the_table():
    assert set(_cldr_french_names()) - set(fr_countries()) == set()


def test_the_tables_names_are_cldrs_so_a_renamed_country_is_reviewed_again():
    text = (LOCALE_DIR / "fr" / "countries.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and line[0] != "#"][1:]
    names = _cldr_french_names()
    for code in [code for code, *_ in rows if len(code) == 4]:  # former countries: the catalog's
        names[code] = format_country(code, "fr")

    assert [] == [(code, name) for code, *_, name in rows if names.get(code) != name]


def test_former_countries_take_their_articles():
    assert "l’URSS" == format(CountryName("SUHH", "URSS", gettext.NullTranslations(), "fr"), "le")
    assert "en Yougoslavie" == format(
        CountryName("YUCS", "Yougoslavie", gettext.NullTranslations(), "fr"), "en"
    )


@pytest.mark.parametrize(
    ("code", "forms"),
    [
        ("JP", ["le Japon", "du Japon", "au Japon", "au Japon", "du Japon"]),
        ("LT", ["la Lituanie", "de la Lituanie", "à la Lituanie", "en Lituanie", "de Lituanie"]),
        ("GE", ["la Géorgie", "de la Géorgie", "à la Géorgie", "en Géorgie", "de Géorgie"]),
        (
            "AZ",
            [
                "l’Azerbaïdjan",
                "de l’Azerbaïdjan",
                "à l’Azerbaïdjan",
                "en Azerbaïdjan",
                "d’Azerbaïdjan",
            ],
        ),
        ("DE", ["l’Allemagne", "de l’Allemagne", "à l’Allemagne", "en Allemagne", "d’Allemagne"]),
        (
            "US",
            [
                "les États-Unis",
                "des États-Unis",
                "aux États-Unis",
                "aux États-Unis",
                "des États-Unis",
            ],
        ),
        ("CU", ["Cuba", "de Cuba", "à Cuba", "à Cuba", "de Cuba"]),
        ("IL", ["Israël", "d’Israël", "à Israël", "en Israël", "d’Israël"]),
        ("HT", ["Haïti", "d’Haïti", "à Haïti", "en Haïti", "d’Haïti"]),
        # An aspirated h: no elision.
        ("HU", ["la Hongrie", "de la Hongrie", "à la Hongrie", "en Hongrie", "de Hongrie"]),
        ("HN", ["le Honduras", "du Honduras", "au Honduras", "au Honduras", "du Honduras"]),
        ("BB", ["la Barbade", "de la Barbade", "à la Barbade", "à la Barbade", "de Barbade"]),
    ],
)
def test_french_forms(code, forms):
    name = FRENCH.territories[code]

    assert forms == [fr_country_form(code, name, spec) for spec in FR_FORMS]


def test_a_country_the_table_lacks_is_named_in_apposition():
    country = CountryName("XK", "Kosovo", translations(FRENCH), "fr")

    assert ["le pays Kosovo", "du pays Kosovo", "dans le pays Kosovo"] == [
        format(country, spec) for spec in ("le", "du", "en")
    ]
    assert fr_country_form("XK", "Kosovo", "du") is None


def test_an_unknown_french_form_is_an_error():
    with pytest.raises(ValueError, match="unknown French form"):
        fr_country_form("JP", "Japon", "aux")


def test_months_after_de_elide_before_a_vowel():
    quarter = TradePeriod(
        bilateral.Flow.EXPORTS, PartialDate("2022-34"), Money("8000000", "USD"), reporter="LT"
    )

    assert "d’avril à juin 2022" in bilateral.describe(quarter, "fr")
    assert bilateral.date_phrase(PartialDate("2022-33"), "when", "fr") == "de janvier à mars 2022"


def test_sentences_use_the_forms():
    visit = Event(
        "v",
        EventKind.OFFICIAL_VISIT,
        Status.HELD,
        PartialDate("2022"),
        "Made up.",
        origin=Country("JP"),
        destination=Country("US"),
    )
    embassy = Mission(Country("AZ"), Country("JP"), opened=PartialDate("2005"))

    assert "Une visite officielle du Japon aux États-Unis a eu lieu en 2022." == bilateral.describe(
        visit, "fr"
    )
    assert "L’ambassade d’Azerbaïdjan au Japon a ouvert ses portes en 2005." == (
        bilateral.describe(embassy, "fr")
    )
