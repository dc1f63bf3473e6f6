"""Turkish case suffixes by vowel harmony and consonant assimilation, and their use in sentences."""

from __future__ import annotations

import gettext

import pytest
from babel import Locale

import bilateral
from bilateral import Country, Event, EventKind, Mission, Money, PartialDate, Status
from bilateral._text import format as text_format
from bilateral._text.grammar import CountryName, Name, Year, tr_suffix


@pytest.mark.parametrize(
    ("word", "case", "suffix"),
    [
        # Two-way harmony, d -> t after a voiceless consonant.
        (2021, "locative", "de"),  # bir
        (2023, "locative", "te"),  # üç
        (2024, "locative", "te"),  # dört
        (2025, "ablative", "ten"),  # beş
        (2026, "locative", "da"),  # altı
        (2009, "locative", "da"),  # dokuz
        (2010, "ablative", "dan"),  # on
        (2040, "locative", "ta"),  # kırk
        (2060, "locative", "ta"),  # altmış
        (2070, "ablative", "ten"),  # yetmiş
        (1990, "locative", "da"),  # doksan
        (1900, "locative", "de"),  # yüz
        (2000, "locative", "de"),  # bin
        # Buffer consonants after a vowel.
        (2020, "dative", "ye"),  # yirmi
        (2021, "dative", "e"),
        (2006, "accusative", "yı"),
        (2009, "genitive", "un"),
        (2003, "genitive", "ün"),
        ("Rusya", "genitive", "nın"),
        ("Rusya", "dative", "ya"),
        ("Rusya", "instrumental", "yla"),
        ("Türkiye", "accusative", "yi"),
        ("Gürcistan", "locative", "da"),
        ("Kırgızistan", "ablative", "dan"),
        ("Fas", "locative", "ta"),  # s is voiceless
        ("Mısır", "genitive", "ın"),
        ("Ürdün", "accusative", "ü"),
        ("Peru", "genitive", "nun"),
    ],
)
def test_turkish_suffixes_follow_harmony_and_assimilation(word, case, suffix):
    assert suffix == tr_suffix(word, case)


def test_an_unknown_case_or_a_word_without_a_vowel_is_refused():
    with pytest.raises(ValueError, match="unknown Turkish case"):
        tr_suffix("Rusya", "vocative")
    with pytest.raises(ValueError, match="no Turkish vowel"):
        tr_suffix("NRW", "locative")


def test_years_and_names_take_the_suffix_after_an_apostrophe_in_turkish_only():
    turkish = Locale.parse("tr")

    assert "2023'te" == format(Year(2023, turkish), "locative")
    assert "Gürcistan'ın" == format(Name("Gürcistan", "tr"), "genitive")
    with pytest.raises(ValueError, match="unknown form of a year"):
        format(Year(2023, Locale.parse("de")), "locative")
    with pytest.raises(ValueError, match="unknown form of a name"):
        format(Name("Georgien", "de"), "genitive")


def test_a_country_the_catalog_has_no_forms_for_gets_its_suffix_by_rule():
    t = gettext.NullTranslations()
    georgia = CountryName("GE", "Gürcistan", t, "tr")

    # Without a catalog the "any country" pattern is "{name}": no suffix asked for.
    assert "Gürcistan" == format(georgia, "locative")


def test_turkish_sentences_put_suffixes_on_years_and_countries():
    mission = Mission(Country("GE"), Country("LT"), opened=PartialDate("1994"))
    visit = Event("v", EventKind.OFFICIAL_VISIT, Status.HELD, PartialDate("2023-09"), "Made up.")

    assert "Gürcistan'ın Litvanya'daki büyükelçiliği 1994'te açıldı." == bilateral.describe(
        mission, "tr"
    )
    assert "Resmî ziyaret Eylül 2023'te gerçekleşti." == bilateral.describe(visit, "tr")


class _Marked(gettext.NullTranslations):
    """Translations that say which context a money message came from."""

    def pgettext(self, context: str, message: str) -> str:
        return f"[{context}] {message}"


@pytest.mark.parametrize(
    ("amount", "context"),
    [
        ("500", "money in running text"),
        ("999949", "money in running text"),
        ("999950", "money in running text, millions"),  # shown as "1M"
        ("42000000", "money in running text, millions"),
        ("8400000000", "money in running text, millions"),
    ],
)
def test_an_amount_of_a_million_or_more_has_messages_of_its_own(amount, context, monkeypatch):
    monkeypatch.setattr(text_format, "translations", lambda _loc: _Marked())

    assert text_format.money_phrase(Money(amount, "USD")).startswith(f"[{context}] ")
