"""Countries by ISO 3166-1 code, and former countries by ISO 3166-3 code (pycountry), named through babel and CLDR."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

import attrs

from bilateral._values.checks import keeps_its_type
from bilateral._values.dates import DateRange, PartialDate
from bilateral._values.errors import (
    AmbiguousCountryCodeError,
    CountryNotExistingError,
    InvalidValueError,
    Step,
    UnknownCountryError,
)
from bilateral._values.locales import parse_locale

if TYPE_CHECKING:
    from bilateral._values import history
    from bilateral._values.cow import CowState

# Kosovo has no ISO 3166-1 code; XK is the user-assigned code that CLDR, the
# EU and most datasets use for it.
_KOSOVO = "XK"


@cache
def _codes() -> tuple[frozenset[str], dict[str, str]]:
    """The ISO 3166-1 alpha-2 codes CLDR names, and alpha-3/numeric to alpha-2.

    pycountry holds ISO 3166-1 itself; CLDR's territory list also has codes
    that are not countries (EU, UN, ZZ) or are only reserved (AC, IC, EA, ...),
    and CLDR's aliases map the codes of former countries to their successors
    (DDR and 278 to DE), so neither alone gives the list.
    """
    import pycountry  # noqa: PLC0415 - the ISO data loads on first use
    from babel import Locale  # noqa: PLC0415

    named = Locale("en").territories
    alpha2 = {c.alpha_2 for c in pycountry.countries if c.alpha_2 in named}
    alpha2.add(_KOSOVO)
    aliases: dict[str, str] = {}
    for entry in pycountry.countries:
        if entry.alpha_2 in alpha2:
            aliases[entry.alpha_3] = entry.alpha_2
            aliases[entry.numeric] = entry.alpha_2
    return frozenset(alpha2), aliases


def _canonical(value: object) -> str:
    if isinstance(value, Country):
        return value.code
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:03d}"
    if not isinstance(value, str) or not value.isascii():
        msg = (
            f"expected an ISO 3166-1 code or the ISO 3166-3 code of a former country, got {value!r}"
        )
        raise UnknownCountryError(msg, path=("country",))
    code = value.upper()
    alpha2, aliases = _codes()
    # Current countries first: a code a current country now has is that country's
    # ("GE" is Georgia, not the Gilbert and Ellice Islands, which are "GEHH").
    if len(code) == 2 and code in alpha2:
        return code
    if len(code) == 3 and code in aliases:
        return aliases[code]
    # Former countries (ISO 3166-3) load on first use: most documents name none.
    from bilateral._values import history  # noqa: PLC0415

    if len(code) in {2, 3, 4} and code.isalnum() and code not in history.reused_codes():
        try:
            return history.former_country(code).alpha_4
        except AmbiguousCountryCodeError:
            raise
        except UnknownCountryError:
            pass  # no former country had it either: the message below says so
    msg = (
        f"{value!r} is not an ISO 3166-1 alpha-2, alpha-3 or numeric code of a country, "
        "nor an ISO 3166-3 code of a former country"
    )
    raise UnknownCountryError(msg, path=("country",))


@attrs.frozen(repr=False)
class Country:
    """A country: current (ISO 3166-1) or former (ISO 3166-3).

    A current country is stored by its ISO 3166-1 alpha-2 code; alpha-3 and
    numeric codes are accepted and mapped to it (pycountry), and ``XK``
    stands for Kosovo, as in CLDR::

        >>> Country("AZE") == Country("031") == Country("az") == Country("AZ")
        True
        >>> Country("LT").name("lt")
        'Lietuva'

    A former country (one whose code ISO withdrew: the USSR, the GDR,
    Czechoslovakia, Yugoslavia) is stored by its ISO 3166-3 four-letter code,
    which is never reused; its former alpha-2, alpha-3 and numeric codes are
    accepted too. A code that a current country now has means the current
    country (``GE`` is Georgia; the Gilbert and Ellice Islands are ``GEHH``),
    and a code that two former countries had is refused, naming both::

        >>> Country("SU"), Country("DDR"), Country(278), Country("DDDE")
        (Country("SUHH"), Country("DDDE"), Country("DDDE"), Country("DDDE"))
        >>> Country("SU").is_former, Country("SU").ceased
        (True, PartialDate("1992-08-30"))
        >>> Country("CS")
        Traceback (most recent call last):
        ...
        bilateral.AmbiguousCountryCodeError: country: 'CS' was the code of more than one ...

    Args:
        code: An ISO 3166-1 alpha-2, alpha-3 or numeric code, or an ISO
            3166-3 code (alpha-4, or a former alpha-2, alpha-3 or numeric code).

    Raises:
        AmbiguousCountryCodeError: More than one former country had the code
            (``CS``, ``891``); the error names them and their alpha-4 codes.
        UnknownCountryError: The code is no country's, current or former.
    """

    code: str = attrs.field(converter=_canonical)

    @property
    def is_former(self) -> bool:
        """Whether the country no longer exists (ISO 3166-3 withdrew its code)."""
        return len(self.code) == 4

    def _former(self) -> history.FormerCountry | None:
        if not self.is_former:
            return None
        from bilateral._values import history  # noqa: PLC0415 - former countries on first use

        return history.former_country(self.code)

    @property
    def ceased(self) -> PartialDate | None:
        """For a former country, when ISO withdrew its code (it had ceased by then); else ``None``.

        This is ISO 3166-3's withdrawal date, at the precision ISO gives it,
        not the day the state itself ended, which ISO does not record.
        """
        former = self._former()
        return None if former is None else former.withdrawn

    @property
    def successors(self) -> tuple[Country, ...]:
        """For a former country, what became of it, where ISO 3166-3 says; else ``()``.

        Empty when ISO's data do not say (the USSR, Czechoslovakia): unknown,
        never invented.

        >>> Country("DD").successors
        (Country("DE"),)
        """
        former = self._former()
        return () if former is None else tuple(Country(code) for code in former.successors)

    def existence(self) -> DateRange | None:
        """When the country existed as far as ISO 3166 says, or ``None`` for a current one.

        A former country's start is unknown (``..``); it ends at the withdrawal.
        """
        former = self._former()
        return None if former is None else former.existence()

    def cow(self, on: PartialDate | DateRange | dt.date | None = None) -> tuple[CowState, ...]:
        """Every Correlates of War state the project maps this country to, on a date or ever.

        Every candidate, never one picked silently (the mapping is explained
        in the reference-data notes); ``()`` when COW has no state for it.

        >>> [s.abbreviation for s in Country("DE").cow()]
        ['GMY', 'GFR']
        >>> [s.abbreviation for s in Country("DE").cow(PartialDate("1970"))]
        ['GFR']
        """
        from bilateral._values.cow import cow_for_iso  # noqa: PLC0415 - the COW tables on first use

        return cow_for_iso(self.code, on)

    @classmethod
    def from_cow(
        cls, code: int | str, on: PartialDate | DateRange | dt.date | str | None = None
    ) -> tuple[Country, ...]:
        """Every country the project maps a COW state to, on a date (any part of it) or ever.

        COW's states are not ISO's countries: COW 365 is one state from 1816
        (the Russian Empire, the USSR, the Russian Federation), ISO has the
        USSR and Russia. Every candidate is returned, never one silently::

            >>> Country.from_cow("RUS", PartialDate("1980"))
            (Country("SUHH"),)
            >>> Country.from_cow(365, PartialDate("1992-01"))
            (Country("SUHH"), Country("RU"))

        ``on`` may be EDTF text (``"1980"``).

        Raises:
            UnknownCodeError: No COW state has the code.
            InvalidValueError: ``on`` is not a date (path ``on``).
        """
        from bilateral._values.cow import iso_for_cow  # noqa: PLC0415 - the COW tables on first use

        found = (cls(link.iso) for link in iso_for_cow(code, on) if link.iso is not None)
        return tuple(dict.fromkeys(found))

    def name(self, locale: str = "en") -> str:
        """The country's name in ``locale``, from CLDR's territory names.

        CLDR data for a few locales lacks some territory names; there, as
        CLDR's own fallback rule says, the name is the ISO code. A former
        country has its short English name here, the part of ISO 3166-3's
        name before the comma or a documented exception (see
        :attr:`official_name`); :func:`~bilateral.format_country` and the
        sentences name it in the reader's language::

            >>> Country("SU").name(), Country("YUCS").name(), Country("YDYE").name()
            ('USSR', 'Yugoslavia', 'Democratic Yemen')

        Raises:
            UnknownLocaleError: ``locale`` is not a locale babel knows.
        """
        territories = parse_locale(locale).territories
        former = self._former()
        if former is None:
            name = territories.get(self.code)
            return self.code if name is None else str(name)
        return former.name

    @property
    def official_name(self) -> str | None:
        """A former country's name as ISO 3166-3 gives it; ``None`` for a current one.

        >>> Country("SU").official_name
        'USSR, Union of Soviet Socialist Republics'
        """
        former = self._former()
        return None if former is None else former.official_name

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Country):
            return NotImplemented
        return self.code < other.code

    def __str__(self) -> str:
        return self.code

    def __repr__(self) -> str:
        return f'Country("{self.code}")'


def to_country(value: Country | str | int) -> Country:
    """A converter for country fields: a :class:`Country`, or a code as users write it."""
    return value if isinstance(value, Country) else Country(value)


def to_optional_country(value: Country | str | int | None) -> Country | None:
    """A converter for optional country fields."""
    return None if value is None else to_country(value)


# They give back a value already of their field's type (see keeps_its_type).
keeps_its_type(to_country, to_optional_country)


def stored_country(code: str, shown: str | None = None) -> Country:
    """The country of ``code`` as documents and tables store it, and nothing else.

    A current country's ISO 3166-1 alpha-2 code (``"AZ"``), a former one's
    ISO 3166-3 alpha-4 code (``"SUHH"``): not the alpha-3 or numeric codes
    nor the withdrawn alpha-2 (``"SU"``) that :class:`Country` also reads.
    ``shown`` is how a message shows ``code`` (its ``repr`` by default).

    Raises:
        InvalidValueError: ``code`` is not a stored form, saying which it should be.
    """
    if len(code) not in {2, 4} or not code.isupper():
        msg = (
            'expected an ISO 3166-1 alpha-2 code such as "AZ", or the ISO 3166-3 '
            f'alpha-4 code of a former country such as "SUHH", got {shown or repr(code)}'
        )
        raise InvalidValueError(msg, path=("country",))
    try:
        country = Country(code)
    except AmbiguousCountryCodeError:
        raise
    except InvalidValueError:
        msg = (
            f"{code!r} is not an ISO 3166-1 alpha-2 code of a country known to CLDR, "
            "nor the ISO 3166-3 alpha-4 code of a former country"
        )
        raise InvalidValueError(msg, path=("country",)) from None
    if country.code != code:
        # A former country's withdrawn alpha-2 code ("SU"): documents store "SUHH".
        msg = f"{code!r} is a former country's withdrawn code; write its ISO 3166-3 code {country.code!r}"
        raise InvalidValueError(msg, path=("country",))
    return country


def check_exists(
    countries: Iterable[Country | None], when: PartialDate | DateRange | None, path: Sequence[Step]
) -> None:
    """Refuse a fact dated when one of ``countries`` certainly no longer existed.

    Only a date that falls wholly after a former country's withdrawal from
    ISO 3166 is refused; a range or partial date that may fall within its
    existence is accepted, and an unknown date (``None``) is never refused.

    Raises:
        CountryNotExistingError: At ``path``, saying when the country existed.
    """
    if when is None:
        return
    for country in countries:
        if country is not None and country.is_former:
            from bilateral._values import history  # noqa: PLC0415 - former countries on first use

            try:
                history.check_existed(country.code, when)
            except CountryNotExistingError as exc:
                raise CountryNotExistingError(exc.reason, path=path) from None
