"""Words in the form a sentence needs: month names in cases, years as ordinals, country names in cases.

A message fills its placeholders with ``str.format``, and a placeholder may
ask for a form with a format spec: ``{month:in}``, ``{year:ordinal}``,
``{origin:genitive}``. The values here answer those specs:

- a month (:class:`MonthName`): ``{month}`` is CLDR's stand-alone
  (nominative) name, ``{month:genitive}`` CLDR's format-context name (the
  genitive in Russian and Lithuanian), ``{month:in}`` the name as it stands
  after the word for "in", which CLDR lacks and the catalog supplies
  (Russian prepositional "сентябре", Lithuanian accusative "rugsėjį",
  Azerbaijani possessive locative "sentyabrında"); in French
  ``{month:de}`` is the name after "de", elided before a vowel ("de mars",
  "d’avril", "d’octobre");
- a year (:class:`Year`): ``{year}`` its digits, ``{year:ordinal}`` the
  Azerbaijani ordinal with its suffix ("2021-ci", "2023-cü");
- a year (Turkish): ``{year:locative}`` and the other cases, the year with
  its case suffix after an apostrophe ("2021'de", "2023'te", "1990'dan"),
  by :func:`tr_suffix`;
- a country (:class:`CountryName`): ``{origin}`` CLDR's name, and
  ``{origin:genitive}`` (dative, accusative, instrumental, locative,
  ablative) the name in that case from the catalog; a country whose forms the
  catalog lacks is named in apposition ("страны {name}"), a pattern each
  catalog gives per case; in Turkish the pattern may ask for the name with
  its suffix (``{name:locative}``: "Gürcistan'da", "Rusya'da");
- a country in French: ``{origin:le}`` the name with its article ("la
  Lituanie", "l’Azerbaïdjan", "le Japon", "les États-Unis", "Cuba"),
  ``{origin:du}`` with "de" ("de la Lituanie", "du Japon", "des États-Unis"),
  ``{origin:au}`` with "à" ("à la Lituanie", "au Japon", "aux États-Unis"),
  ``{origin:en}`` in or to the country ("en Lituanie", "en Azerbaïdjan", "au
  Japon", "aux États-Unis", "à Cuba"), ``{origin:de}`` "of" or "from" without
  the article a feminine name drops ("de Lituanie", "d’Azerbaïdjan", "du
  Japon"), by :func:`fr_country_form` from the project's table
  ``locale/fr/countries.tsv``; a country the table lacks is named in
  apposition by the "any country name" patterns ("du pays {name}").

A spec a value does not know is a :class:`ValueError` from ``str.format``:
the catalog tests render every message and fail on it.
"""

from __future__ import annotations

import gettext
from functools import cache
from typing import TYPE_CHECKING

from bilateral._text.catalog import LOCALE_DIR
from bilateral._values.i18n import Message, pgettext

if TYPE_CHECKING:
    from babel import Locale

# Translators: the name of a month as it stands after the word for "in" in
# "in September 2007" (the placeholder {month:in} of the "when: month"
# messages). Russian needs the prepositional case ("в сентябре"),
# Lithuanian the accusative ("rugsėjį"), Azerbaijani the possessive locative
# ("ilin sentyabrında"), Ukrainian the locative ("у вересні"). Languages that
# do not change the name write it as CLDR's stand-alone name.
MONTHS_IN: tuple[Message, ...] = (
    pgettext("month name after “in”", "January"),
    pgettext("month name after “in”", "February"),
    pgettext("month name after “in”", "March"),
    pgettext("month name after “in”", "April"),
    pgettext("month name after “in”", "May"),
    pgettext("month name after “in”", "June"),
    pgettext("month name after “in”", "July"),
    pgettext("month name after “in”", "August"),
    pgettext("month name after “in”", "September"),
    pgettext("month name after “in”", "October"),
    pgettext("month name after “in”", "November"),
    pgettext("month name after “in”", "December"),
)

CASES = ("genitive", "dative", "accusative", "instrumental", "locative", "ablative")

# Translators: a country's name in a grammatical case, for the specs
# {sending:genitive}, {origin:ablative} and so on in sentences. Languages
# without that case write the name as it is; the forms are used only where
# your own translations ask for them.
COUNTRY_FORMS: dict[str, dict[str, Message]] = {
    "AZ": {
        "genitive": pgettext("country name, genitive", "Azerbaijan"),
        "dative": pgettext("country name, dative", "Azerbaijan"),
        "accusative": pgettext("country name, accusative", "Azerbaijan"),
        "instrumental": pgettext("country name, instrumental", "Azerbaijan"),
        "locative": pgettext("country name, locative", "Azerbaijan"),
        "ablative": pgettext("country name, ablative", "Azerbaijan"),
    },
    "LT": {
        "genitive": pgettext("country name, genitive", "Lithuania"),
        "dative": pgettext("country name, dative", "Lithuania"),
        "accusative": pgettext("country name, accusative", "Lithuania"),
        "instrumental": pgettext("country name, instrumental", "Lithuania"),
        "locative": pgettext("country name, locative", "Lithuania"),
        "ablative": pgettext("country name, ablative", "Lithuania"),
    },
    # Former countries, by their ISO 3166-3 code; the msgid is the short name
    # (context "former country" for the name itself).
    "SUHH": {
        "genitive": pgettext("country name, genitive", "USSR"),
        "dative": pgettext("country name, dative", "USSR"),
        "accusative": pgettext("country name, accusative", "USSR"),
        "instrumental": pgettext("country name, instrumental", "USSR"),
        "locative": pgettext("country name, locative", "USSR"),
        "ablative": pgettext("country name, ablative", "USSR"),
    },
    "YUCS": {
        "genitive": pgettext("country name, genitive", "Yugoslavia"),
        "dative": pgettext("country name, dative", "Yugoslavia"),
        "accusative": pgettext("country name, accusative", "Yugoslavia"),
        "instrumental": pgettext("country name, instrumental", "Yugoslavia"),
        "locative": pgettext("country name, locative", "Yugoslavia"),
        "ablative": pgettext("country name, ablative", "Yugoslavia"),
    },
    "CSHH": {
        "genitive": pgettext("country name, genitive", "Czechoslovakia"),
        "dative": pgettext("country name, dative", "Czechoslovakia"),
        "accusative": pgettext("country name, accusative", "Czechoslovakia"),
        "instrumental": pgettext("country name, instrumental", "Czechoslovakia"),
        "locative": pgettext("country name, locative", "Czechoslovakia"),
        "ablative": pgettext("country name, ablative", "Czechoslovakia"),
    },
    "DDDE": {
        "genitive": pgettext("country name, genitive", "German Democratic Republic"),
        "dative": pgettext("country name, dative", "German Democratic Republic"),
        "accusative": pgettext("country name, accusative", "German Democratic Republic"),
        "instrumental": pgettext("country name, instrumental", "German Democratic Republic"),
        "locative": pgettext("country name, locative", "German Democratic Republic"),
        "ablative": pgettext("country name, ablative", "German Democratic Republic"),
    },
}

# How to name, in a case, a country whose own forms the catalog does not give.
COUNTRY_ANY: dict[str, Message] = {
    # Translators: a country whose forms the catalog lacks, in the genitive: {name} is
    # its name in the nominative, so wrap it in a word that takes the case
    # ("страны {name}", "{name} dövlətinin"); languages without cases write "{name}";
    # Turkish gives the name its suffix by rule ("{name:genitive}": "Gürcistan'ın").
    # French names a country its table (locale/fr/countries.tsv) lacks by these patterns:
    # genitive for {x:du} ("du pays {name}"), dative for {x:au}, accusative for {x:le},
    # locative for {x:en}, ablative for {x:de}.
    "genitive": pgettext("any country name, genitive", "{name}"),
    # Translators: a country whose forms the catalog lacks, in the dative: {name} is
    # its name in the nominative, so wrap it in a word that takes the case
    # ("страны {name}", "{name} dövlətinin"); languages without cases write "{name}".
    "dative": pgettext("any country name, dative", "{name}"),
    # Translators: a country whose forms the catalog lacks, in the accusative: {name} is
    # its name in the nominative, so wrap it in a word that takes the case
    # ("страны {name}", "{name} dövlətinin"); languages without cases write "{name}".
    "accusative": pgettext("any country name, accusative", "{name}"),
    # Translators: a country whose forms the catalog lacks, in the instrumental: {name} is
    # its name in the nominative, so wrap it in a word that takes the case
    # ("страны {name}", "{name} dövlətinin"); languages without cases write "{name}".
    "instrumental": pgettext("any country name, instrumental", "{name}"),
    # Translators: a country whose forms the catalog lacks, in the locative: {name} is
    # its name in the nominative, so wrap it in a word that takes the case
    # ("страны {name}", "{name} dövlətinin"); languages without cases write "{name}".
    "locative": pgettext("any country name, locative", "{name}"),
    # Translators: a country whose forms the catalog lacks, in the ablative: {name} is
    # its name in the nominative, so wrap it in a word that takes the case
    # ("страны {name}", "{name} dövlətinin"); languages without cases write "{name}".
    "ablative": pgettext("any country name, ablative", "{name}"),
}


def translate(message: Message, t: gettext.NullTranslations) -> str:
    """A marked message (see :mod:`bilateral._values.i18n`), translated."""
    if message.context is None:
        return t.gettext(message.id)
    return t.pgettext(message.context, message.id)


_FR_VOWELS = frozenset("aâàeéèêëiîïoôuûüy")


class MonthName:
    """A month's name in the forms a message may ask for (see the module's docs)."""

    def __init__(self, month: int, loc: Locale, t: gettext.NullTranslations) -> None:
        self.month = month
        self.loc = loc
        self.t = t

    def __format__(self, spec: str) -> str:
        from babel import dates  # noqa: PLC0415 - locale data loads on first use

        if spec in {"", "nominative"}:
            return str(dates.get_month_names("wide", "stand-alone", self.loc)[self.month])
        if spec == "genitive":
            return str(dates.get_month_names("wide", "format", self.loc)[self.month])
        if spec == "in":
            return translate(MONTHS_IN[self.month - 1], self.t)
        if spec == "de" and self.loc.language == "fr":
            name = str(dates.get_month_names("wide", "stand-alone", self.loc)[self.month])
            return ("d’" if name[:1].lower() in _FR_VOWELS else "de ") + name
        msg = f"unknown form of a month name: {spec!r}"
        raise ValueError(msg)


# The Azerbaijani ordinal suffix of a number written in digits follows the
# last vowel of the number's last spoken word (four-way vowel harmony:
# e/ə/i -> ci, a/ı -> cı, o/u -> cu, ö/ü -> cü). The last spoken word is
# that of the last non-zero digit group:
#   units:     1 bir -ci, 2 iki -ci, 3 üç -cü, 4 dörd -cü, 5 beş -ci,
#              6 altı -cı, 7 yeddi -ci, 8 səkkiz -ci, 9 doqquz -cu
#   tens:      10 on -cu, 20 iyirmi -ci, 30 otuz -cu, 40 qırx -cı, 50 əlli -ci,
#              60 altmış -cı, 70 yetmiş -ci, 80 səksən -ci, 90 doxsan -cı
#   hundreds:  yüz -cü (100, 200 iki yüz, ...)
#   thousands: min -ci (1000, 2000 iki min, ...)
_AZ_UNITS = {1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu"}
_AZ_TENS = {1: "cu", 2: "ci", 3: "cu", 4: "cı", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cı"}


def az_ordinal_suffix(number: int) -> str:
    """The suffix of ``number`` written as an Azerbaijani ordinal: 2021 -> "ci", 2023 -> "cü".

    >>> [f"{n}-{az_ordinal_suffix(n)}" for n in (2021, 2023, 2026, 2009, 2010, 2040, 1900, 2000)]
    ['2021-ci', '2023-cü', '2026-cı', '2009-cu', '2010-cu', '2040-cı', '1900-cü', '2000-ci']
    """
    if number <= 0:
        msg = f"expected a positive number, got {number}"
        raise ValueError(msg)
    if number % 10:
        return _AZ_UNITS[number % 10]
    if number % 100:
        return _AZ_TENS[number % 100 // 10]
    if number % 1000:
        return "cü"  # yüz
    return "ci"  # min


# Turkish case suffixes follow the last vowel of the word they end (vowel
# harmony) and its last sound:
#   locative  -da/-de, ablative -dan/-den: two-way harmony (a ı o u -> a;
#             e i ö ü -> e); d becomes t after a voiceless consonant
#             (f s t k ç ş h p): "Kırgızistan'da", "2023'te", "2040'tan";
#   dative    -a/-e, after a vowel -ya/-ye: "Gürcistan'a", "Rusya'ya";
#   accusative -ı/-i/-u/-ü (four-way: a ı -> ı; e i -> i; o u -> u; ö ü -> ü),
#             after a vowel with y: "Gürcistan'ı", "Rusya'yı";
#   genitive  -ın/-in/-un/-ün, after a vowel with n: "Gürcistan'ın", "Rusya'nın";
#   instrumental -la/-le, after a vowel -yla/-yle: "Gürcistan'la", "Rusya'yla".
# A proper name or a number in digits takes the suffix after an apostrophe.
# A number is read as it is spoken, so its suffix follows its last spoken word,
# that of its last non-zero digit group, as for the Azerbaijani ordinal:
#   units: bir iki üç dört beş altı yedi sekiz dokuz; tens: on yirmi otuz kırk
#   elli altmış yetmiş seksen doksan; yüz (hundreds), bin (thousands).
# Names ending in an abbreviation ("ABD") or a possessive compound ("Amerika
# Birleşik Devletleri'nde") do not follow the rule; a catalog names such
# countries in its own country forms.
_TR_UNITS = ("", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz")
_TR_TENS = ("", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan")
_TR_BACK = set("aıou")
_TR_VOWELS = set("aıoueiöü")
_TR_VOICELESS = set("fstkçşhp")
_TR_FOUR_WAY = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}
TR_CASES = ("genitive", "dative", "accusative", "instrumental", "locative", "ablative")


def _tr_spoken(number: int) -> str:
    """The last spoken word of ``number`` in Turkish ("2023" -> "üç", "1990" -> "doksan")."""
    if number % 10:
        return _TR_UNITS[number % 10]
    if number % 100:
        return _TR_TENS[number % 100 // 10]
    if number % 1000:
        return "yüz"
    return "bin"


def tr_suffix(word: str | int, case: str) -> str:
    """The Turkish suffix of ``case`` after ``word`` (a name, or a number read aloud).

    >>> [f"{n}'{tr_suffix(n, 'locative')}" for n in (2021, 2023, 2040, 1990, 2006, 2000, 1900)]
    ["2021'de", "2023'te", "2040'ta", "1990'da", "2006'da", "2000'de", "1900'de"]
    >>> [f"{w}'{tr_suffix(w, c)}" for w, c in (("Gürcistan", "genitive"), ("Rusya", "dative"),
    ...     ("Türkiye", "accusative"), ("Kırgızistan", "ablative"), ("Rusya", "instrumental"))]
    ["Gürcistan'ın", "Rusya'ya", "Türkiye'yi", "Kırgızistan'dan", "Rusya'yla"]
    """
    if case not in TR_CASES:
        msg = f"unknown Turkish case: {case!r}"
        raise ValueError(msg)
    spoken = _tr_spoken(word) if isinstance(word, int) else word.lower()
    vowels = [c for c in spoken if c in _TR_VOWELS]
    if not vowels:
        msg = f"no Turkish vowel to follow in {word!r}"
        raise ValueError(msg)
    back = vowels[-1] in _TR_BACK
    last = spoken[-1]
    after_vowel = last in _TR_VOWELS
    if case in {"locative", "ablative"}:
        d = "t" if last in _TR_VOICELESS else "d"
        return d + ("a" if back else "e") + ("n" if case == "ablative" else "")
    if case == "dative":
        return ("y" if after_vowel else "") + ("a" if back else "e")
    if case == "instrumental":
        return ("y" if after_vowel else "") + ("la" if back else "le")
    vowel = _TR_FOUR_WAY[vowels[-1]]
    if case == "accusative":
        return ("y" if after_vowel else "") + vowel
    return ("n" if after_vowel else "") + vowel + "n"


class Year:
    """A year in the forms a message may ask for.

    ``{year}``, ``{year:ordinal}`` (Azerbaijani), ``{year:locative}`` and the
    other cases (Turkish, "2021'de").
    """

    def __init__(self, year: int, loc: Locale) -> None:
        self.year = year
        self.loc = loc

    def __format__(self, spec: str) -> str:
        if spec == "":
            return str(self.year)
        if spec == "ordinal" and self.loc.language == "az":
            return f"{self.year}-{az_ordinal_suffix(self.year)}"
        if spec in TR_CASES and self.loc.language == "tr":
            return f"{self.year}'{tr_suffix(self.year, spec)}"
        msg = f"unknown form of a year in {self.loc}: {spec!r}"
        raise ValueError(msg)


class Name:
    """A name as an "any country name" pattern fills it.

    ``{name}``, and in Turkish ``{name:locative}`` and the other cases, the
    name with its suffix ("Gürcistan'da").
    """

    def __init__(self, name: str, language: str) -> None:
        self.name = name
        self.language = language

    def __format__(self, spec: str) -> str:
        if spec == "":
            return self.name
        if spec in TR_CASES and self.language == "tr":
            return f"{self.name}'{tr_suffix(self.name.split()[-1], spec)}"
        msg = f"unknown form of a name in {self.language!r}: {spec!r}"
        raise ValueError(msg)


# French country names take an article and contract it with "de" and "à" by their gender,
# number and first sound; the table of these is the project's own
# (bilateral/locale/fr/countries.tsv, which says how to read it). A spec names the form
# by what it gives a masculine name: le, du, au, en (in or to), de (of or from).
FR_FORMS = ("le", "du", "au", "en", "de")
# A country the table lacks is named by the catalog's apposition pattern of this case.
FR_FALLBACK_CASE = {
    "le": "accusative",
    "du": "genitive",
    "au": "dative",
    "en": "locative",
    "de": "ablative",
}
_FR_FORM_KINDS = frozenset({"m", "f", "pl", "-"})


@cache
def fr_countries() -> dict[str, tuple[str, bool, str]]:
    """The project's French table: code -> (form, elision, "in" phrase or "")."""
    table: dict[str, tuple[str, bool, str]] = {}
    text = (LOCALE_DIR / "fr" / "countries.tsv").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    for line in rows[1:]:  # the first is the header
        code, form, elision, where, _name = line.split("\t")
        if form not in _FR_FORM_KINDS or elision not in {"yes", "no"}:
            msg = f"countries.tsv: {code}: bad form {form!r} or elision {elision!r}"
            raise ValueError(msg)
        table[code] = (form, elision == "yes", where)
    return table


def fr_country_form(code: str, name: str, spec: str) -> str | None:
    """A French form of a country's ``name`` (see :data:`FR_FORMS`); ``None`` if the table lacks it.

    >>> [fr_country_form("JP", "Japon", s) for s in FR_FORMS]
    ['le Japon', 'du Japon', 'au Japon', 'au Japon', 'du Japon']
    >>> [fr_country_form("LT", "Lituanie", s) for s in FR_FORMS]
    ['la Lituanie', 'de la Lituanie', 'à la Lituanie', 'en Lituanie', 'de Lituanie']
    >>> [fr_country_form("AZ", "Azerbaïdjan", s) for s in FR_FORMS]
    ['l’Azerbaïdjan', 'de l’Azerbaïdjan', 'à l’Azerbaïdjan', 'en Azerbaïdjan', 'd’Azerbaïdjan']
    >>> [fr_country_form("US", "États-Unis", s) for s in FR_FORMS]
    ['les États-Unis', 'des États-Unis', 'aux États-Unis', 'aux États-Unis', 'des États-Unis']
    >>> [fr_country_form("IL", "Israël", s) for s in FR_FORMS]
    ['Israël', 'd’Israël', 'à Israël', 'en Israël', 'd’Israël']
    """
    if spec not in FR_FORMS:
        msg = f"unknown French form of a country name: {spec!r}"
        raise ValueError(msg)
    found = fr_countries().get(code)
    if found is None:
        return None
    form, elision, where = found
    if spec == "en" and where:
        return where.format(name=name)
    de = "d’" if elision else "de "
    if form == "pl":
        return {"le": "les ", "du": "des ", "au": "aux ", "en": "aux ", "de": "des "}[spec] + name
    if form == "-":
        return {"le": "", "du": de, "au": "à ", "en": "à ", "de": de}[spec] + name
    article = "l’" if elision else ("le " if form == "m" else "la ")
    if form == "m" and not elision:
        return {"le": "le ", "du": "du ", "au": "au ", "en": "au ", "de": "du "}[spec] + name
    return {
        "le": article,
        "du": "de " + article,
        "au": "à " + article,
        "en": "en ",
        "de": de,
    }[spec] + name


class CountryName:
    """A country's name: ``{x}`` from CLDR, ``{x:genitive}`` and the other cases from the catalog."""

    def __init__(
        self, code: str, name: str, t: gettext.NullTranslations, language: str = "en"
    ) -> None:
        self.code = code
        self.name = name
        self.t = t
        self.language = language

    def __format__(self, spec: str) -> str:
        if spec == "":
            return self.name
        if self.language == "fr" and spec in FR_FORMS:
            form = fr_country_form(self.code, self.name, spec)
            if form is not None:
                return form
            pattern = COUNTRY_ANY[FR_FALLBACK_CASE[spec]]
            return translate(pattern, self.t).format(name=Name(self.name, self.language))
        if spec not in CASES:
            msg = f"unknown case of a country name: {spec!r}"
            raise ValueError(msg)
        forms = COUNTRY_FORMS.get(self.code)
        if forms is not None:
            return translate(forms[spec], self.t)
        return translate(COUNTRY_ANY[spec], self.t).format(name=Name(self.name, self.language))

    def __str__(self) -> str:
        return self.name
