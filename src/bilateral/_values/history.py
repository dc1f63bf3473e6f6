"""Former countries (ISO 3166-3, from pycountry) and whether a country existed on a date.

ISO 3166-3 lists the countries whose ISO 3166-1 codes were withdrawn: the
German Democratic Republic (``DD``, ``DDR``, ``278``, alpha-4 ``DDDE``), the
USSR (``SU``), Czechoslovakia (``CS``, ``CSHH``) and others. Each has a
four-letter code that is never reused, a withdrawal date, and, in the last two
letters of that code, what became of it (ISO 3166-3's own rule):

- a current alpha-2 code: it was renamed or merged into that country
  (``BUMM``: Burma became Myanmar, ``DDDE``: the GDR merged into Germany);
- ``AA``: it was renamed and kept its alpha-2 code (``BYAA``: Belarus);
- ``HH`` (``XX`` for Serbia and Montenegro, whose ``CSHH`` was taken): it was
  divided, with no single successor.

Some alpha-2 and numeric codes were used by two former countries (``CS`` by
Czechoslovakia and by Serbia and Montenegro; ``891`` by Yugoslavia and by
Serbia and Montenegro): :func:`former_country` refuses them and names the
alpha-4 codes to use. Which codes are ambiguous is computed from the data.

ISO's names are index entries ("USSR, Union of Soviet Socialist Republics",
"Yugoslavia, (Socialist) Federal Republic of"), which read badly in a
sentence. Each former country therefore has a short name, by this rule: the
part of ISO's name before its first comma ("USSR", "Yugoslavia", "Burma",
"Upper Volta"), or the whole name when it has no comma ("Dahomey",
"German Democratic Republic"). Where that part would be wrong or ambiguous,
:data:`SHORT_NAME_EXCEPTIONS` gives ISO's own words reordered instead: the
part before the comma names a current country too ("Yemen", "Viet-Nam",
"France") or ISO's name is not in index form ("Byelorussian SSR Soviet
Socialist Republic"). ISO's full name stays as ``official_name``.
:data:`SHORT_NAMES` writes every short name out, marked for translation with
the context "former country" (the text layer names former countries in the
reader's language); a test checks it against the rule.

This module is internal; :class:`~bilateral.Country` is its public face.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import cache

import attrs

from bilateral._values.dates import DateRange, PartialDate
from bilateral._values.errors import (
    AmbiguousCountryCodeError,
    CountryNotExistingError,
    UnknownCountryError,
)
from bilateral._values.i18n import Message, pgettext

# The last two letters of an alpha-4 code that name no successor (ISO 3166-3).
_RENAMED_KEEPING_CODE = "AA"
_DIVIDED = frozenset({"HH", "XX"})
# pycountry's comments on divided countries name the parts: "now split into
# Kiribati and Tuvalu", "divided into FM, MH, MP, and PW". Only these phrasings
# are read; any other comment gives no successors.
_PARTS = re.compile(r"(?:split between|split into|divided into) (?P<parts>.+)")

# Short names where the part of ISO's name before its comma would be wrong or
# ambiguous: ISO's own words, reordered (see the module's docs).
SHORT_NAME_EXCEPTIONS: Mapping[str, str] = {
    # "Byelorussian SSR Soviet Socialist Republic": no comma, the abbreviation doubled.
    "BYAA": "Byelorussian SSR",
    # "France, Metropolitan": France is a current country.
    "FXFR": "Metropolitan France",
    # "Viet-Nam, Democratic Republic of": Viet Nam is a current country.
    "VDVN": "Democratic Republic of Viet-Nam",
    # "Yemen, Democratic, People's Democratic Republic of": Yemen is a current country.
    "YDYE": "Democratic Yemen",
}


def short_name(alpha_4: str, official_name: str) -> str:
    """A former country's short name by the rule of the module's docs.

    >>> short_name("SUHH", "USSR, Union of Soviet Socialist Republics")
    'USSR'
    >>> short_name("YDYE", "Yemen, Democratic, People's Democratic Republic of")
    'Democratic Yemen'
    """
    return SHORT_NAME_EXCEPTIONS.get(alpha_4) or official_name.split(",", 1)[0].strip()


# Every former country's short name, written out for pybabel (which reads only
# literal messages); a test checks each against :func:`short_name`.
SHORT_NAMES: Mapping[str, Message] = {
    "AIDJ": pgettext("former country", "French Afars and Issas"),
    "ANHH": pgettext("former country", "Netherlands Antilles"),
    "BQAQ": pgettext("former country", "British Antarctic Territory"),
    "BUMM": pgettext("former country", "Burma"),
    "BYAA": pgettext("former country", "Byelorussian SSR"),
    "CSHH": pgettext("former country", "Czechoslovakia"),
    "CSXX": pgettext("former country", "Serbia and Montenegro"),
    "CTKI": pgettext("former country", "Canton and Enderbury Islands"),
    "DDDE": pgettext("former country", "German Democratic Republic"),
    "DYBJ": pgettext("former country", "Dahomey"),
    "FQHH": pgettext("former country", "French Southern and Antarctic Territories"),
    "FXFR": pgettext("former country", "Metropolitan France"),
    "GEHH": pgettext("former country", "Gilbert and Ellice Islands"),
    "HVBF": pgettext("former country", "Upper Volta"),
    "JTUM": pgettext("former country", "Johnston Island"),
    "MIUM": pgettext("former country", "Midway Islands"),
    "NHVU": pgettext("former country", "New Hebrides"),
    "NQAQ": pgettext("former country", "Dronning Maud Land"),
    "NTHH": pgettext("former country", "Neutral Zone"),
    "PCHH": pgettext("former country", "Pacific Islands (trust territory)"),
    "PUUM": pgettext("former country", "US Miscellaneous Pacific Islands"),
    "PZPA": pgettext("former country", "Panama Canal Zone"),
    "RHZW": pgettext("former country", "Southern Rhodesia"),
    "SKIN": pgettext("former country", "Sikkim"),
    "SUHH": pgettext("former country", "USSR"),
    "TPTL": pgettext("former country", "East Timor"),
    "VDVN": pgettext("former country", "Democratic Republic of Viet-Nam"),
    "WKUM": pgettext("former country", "Wake Island"),
    "YDYE": pgettext("former country", "Democratic Yemen"),
    "YUCS": pgettext("former country", "Yugoslavia"),
    "ZRCD": pgettext("former country", "Zaire"),
}


@attrs.frozen
class FormerCountry:
    """A country whose ISO 3166-1 code was withdrawn (ISO 3166-3, as pycountry has it).

    Attributes:
        alpha_4: The ISO 3166-3 code, unique and never reused (``"DDDE"``).
        alpha_2: The withdrawn alpha-2 code (``"DD"``); possibly shared with
            another country (see :func:`ambiguous_codes`, :func:`reused_codes`).
        alpha_3: The withdrawn alpha-3 code (``"DDR"``).
        numeric: The withdrawn numeric code (``"278"``), if ISO gave one.
        name: The country's short English name (``"USSR"``), by the rule of
            the module's docs.
        official_name: ISO 3166-3's name, as pycountry has it
            (``"USSR, Union of Soviet Socialist Republics"``).
        withdrawn: When ISO withdrew the code, at the precision ISO gives it
            (``1977`` or ``1990-10-30``); the country itself had ceased by then.
        successors: What became of it: current alpha-2 codes, or the alpha-4
            code of a former country (``YUCS`` -> ``("CSXX",)``). Empty when the
            data do not say (``SUHH``, ``CSHH``): unknown, not none.
        comment: pycountry's comment, if any.
    """

    alpha_4: str
    alpha_2: str
    alpha_3: str
    numeric: str | None
    name: str
    official_name: str
    withdrawn: PartialDate
    successors: tuple[str, ...]
    comment: str | None

    def existence(self) -> DateRange:
        """When the country existed, as far as the data say: until its withdrawal, start unknown."""
        return DateRange(None, self.withdrawn)

    def __str__(self) -> str:
        return f"{self.name} ({self.alpha_4}, withdrawn {self.withdrawn})"


def _current_alpha2() -> frozenset[str]:
    import pycountry  # noqa: PLC0415 - the ISO data loads on first use

    return frozenset(str(c.alpha_2) for c in pycountry.countries)


def _parts(comment: str | None) -> tuple[str, ...]:
    """The current alpha-2 codes a comment says a divided country became, or ()."""
    import pycountry  # noqa: PLC0415

    match = _PARTS.search(comment or "")
    if match is None:
        return ()
    names = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", match["parts"])]
    current = _current_alpha2()
    codes = []
    for part in names:
        if part in current:
            codes.append(part)
            continue
        found = pycountry.countries.get(name=part)
        if found is None:  # a part we cannot identify: the successors are unknown
            return ()
        codes.append(str(found.alpha_2))
    return tuple(codes)


@cache
def former_countries() -> tuple[FormerCountry, ...]:
    """Every ISO 3166-3 former country pycountry lists, in alpha-4 order."""
    import pycountry  # noqa: PLC0415

    entries = sorted(pycountry.historic_countries, key=lambda e: str(e.alpha_4))
    current = _current_alpha2()
    found = []
    for entry in entries:
        alpha_2, alpha_4 = str(entry.alpha_2), str(entry.alpha_4)
        withdrawn = PartialDate.parse(str(entry.withdrawal_date))
        comment = getattr(entry, "comment", None)
        tail = alpha_4[2:]
        successors: tuple[str, ...]
        if tail == _RENAMED_KEEPING_CODE:
            successors = (alpha_2,) if alpha_2 in current else ()
        elif tail in _DIVIDED:
            successors = _parts(comment)
        elif tail in current:
            successors = (tail,)
        else:
            # The new code is itself withdrawn (YUCS -> CS): the former country that
            # held it after this one's withdrawal, if exactly one did.
            later = [
                str(o.alpha_4)
                for o in entries
                if o.alpha_2 == tail
                and PartialDate.parse(str(o.withdrawal_date)).earliest > withdrawn.latest
            ]
            successors = tuple(later) if len(later) == 1 else ()
        found.append(
            FormerCountry(
                alpha_4=alpha_4,
                alpha_2=alpha_2,
                alpha_3=str(entry.alpha_3),
                numeric=getattr(entry, "numeric", None),
                name=short_name(alpha_4, str(entry.name)),
                official_name=str(entry.name),
                withdrawn=withdrawn,
                successors=successors,
                comment=comment,
            )
        )
    return tuple(found)


@cache
def _index() -> dict[str, tuple[FormerCountry, ...]]:
    """Every alpha-2, alpha-3, numeric and alpha-4 code to the former countries that had it."""
    index: dict[str, list[FormerCountry]] = {}
    for country in former_countries():
        for code in (country.alpha_4, country.alpha_2, country.alpha_3, country.numeric):
            if code is not None:
                index.setdefault(code, []).append(country)
    return {code: tuple(found) for code, found in index.items()}


def ambiguous_codes() -> Mapping[str, tuple[FormerCountry, ...]]:
    """Codes that belonged to more than one former country, with those countries."""
    return {code: found for code, found in _index().items() if len(found) > 1}


@cache
def reused_codes() -> Mapping[str, tuple[str, tuple[FormerCountry, ...]]]:
    """Former countries' codes that a current ISO 3166-1 country now has.

    ``"GE"`` was the Gilbert and Ellice Islands' and is Georgia's; ``"BY"`` was
    the Byelorussian SSR's and is Belarus's. As a country code, the current
    country takes precedence; the former one is reached by its alpha-4 code.
    Maps each code to the current alpha-2 code and the former countries.
    """
    import pycountry  # noqa: PLC0415

    reused = {}
    for code, found in _index().items():
        current = (
            pycountry.countries.get(alpha_2=code)
            if len(code) == 2
            else pycountry.countries.get(numeric=code)
            if code.isdigit()
            else pycountry.countries.get(alpha_3=code)
        )
        if current is not None:
            reused[code] = (str(current.alpha_2), found)
    return reused


def _normal(code: object) -> str:
    if isinstance(code, int) and not isinstance(code, bool):
        return f"{code:03d}"
    if not isinstance(code, str) or not code.isascii():
        msg = f"expected an ISO 3166 code, got {code!r}"
        raise UnknownCountryError(msg, path=("country",))
    return code.strip().upper()


def ambiguous_candidates(code: str | int) -> tuple[FormerCountry, ...]:
    """The former countries that had ``code`` if more than one did, else ``()``."""
    found = _index().get(_normal(code), ())
    return found if len(found) > 1 else ()


def _listed(countries: tuple[FormerCountry, ...]) -> str:
    names = [str(c) for c in countries]
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]


def former_country(code: str | int) -> FormerCountry:
    """The former country with this ISO 3166-3 alpha-4, or former alpha-2/alpha-3/numeric, code.

    >>> former_country("DDR").name
    'German Democratic Republic'
    >>> former_country("SU").withdrawn
    PartialDate("1992-08-30")

    Raises:
        AmbiguousCountryCodeError: More than one former country had the code
            (``CS``, ``891``); the message names them and their alpha-4 codes.
        UnknownCountryError: No former country had the code.
    """
    normal = _normal(code)
    found = _index().get(normal, ())
    if len(found) == 1:
        return found[0]
    if found:
        alternatives = " or ".join(c.alpha_4 for c in found)
        msg = (
            f"{code!r} was the code of more than one former country: "
            f"{_listed(found)}; use the ISO 3166-3 code {alternatives}"
        )
        raise AmbiguousCountryCodeError(msg, normal, [c.alpha_4 for c in found], path=("country",))
    msg = f"{code!r} is not the code of a former country in ISO 3166-3"
    raise UnknownCountryError(msg, path=("country",))


def _span(when: PartialDate | DateRange | dt.date) -> tuple[dt.date | None, dt.date | None]:
    if isinstance(when, dt.date):
        return when, when
    return when.earliest, when.latest


def check_existed(
    code: str | int, when: PartialDate | DateRange | dt.date, field: str = "country"
) -> None:
    """Refuse a date on which the former country ``code`` certainly no longer existed.

    A date is refused only if all of it falls after the country's withdrawal
    from ISO 3166 (the country had ceased by then). When the country began is
    not in ISO 3166-3, so earlier dates are never refused; a date that may fall
    on either side of the withdrawal is allowed. Codes of current countries
    (including a reused code such as ``GE``) are not checked here.

    >>> check_existed("DDR", PartialDate("1995"), "embassy.country")
    Traceback (most recent call last):
    ...
    bilateral.CountryNotExistingError: embassy.country: ...

    Raises:
        CountryNotExistingError: The date is after the country's withdrawal.
        AmbiguousCountryCodeError: The code belonged to several former countries.
    """
    normal = _normal(code)
    if normal in reused_codes() or normal not in _index():
        return
    country = former_country(normal)
    earliest, _ = _span(when)
    if earliest is not None and earliest > country.withdrawn.latest:
        successors = (
            f"; what became of it: {', '.join(country.successors)}" if country.successors else ""
        )
        msg = (
            f"{country.name} ({country.alpha_4}) did not exist on {when}: it had "
            f"ceased by {country.withdrawn}, when ISO 3166 withdrew its code{successors}"
        )
        raise CountryNotExistingError(msg, path=(field,))
