"""Countries by ISO 3166-1 code (pycountry), named through babel and CLDR."""

from __future__ import annotations

from functools import cache

import attrs

from bilateral._values.errors import UnknownCountryError
from bilateral._values.locales import parse_locale

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


def _former(code: str) -> str | None:
    """The name and withdrawal date of a former country with this code, if any."""
    import pycountry  # noqa: PLC0415

    historic = pycountry.historic_countries
    for entry in (
        historic.get(alpha_2=code),
        historic.get(alpha_3=code),
        historic.get(numeric=code),
    ):
        if entry is not None:
            withdrawn = getattr(entry, "withdrawal_date", None)
            return f"{entry.name}, withdrawn {withdrawn}" if withdrawn else str(entry.name)
    return None


def _canonical(value: object) -> str:
    if isinstance(value, Country):
        return value.code
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:03d}"
    if not isinstance(value, str) or not value.isascii():
        msg = f"expected an ISO 3166-1 code, got {value!r}"
        raise UnknownCountryError(msg, path=("country",))
    code = value.upper()
    alpha2, aliases = _codes()
    if len(code) == 2 and code in alpha2:
        return code
    if len(code) == 3 and code in aliases:
        return aliases[code]
    former = _former(code) if len(code) in {2, 3} else None
    if former is not None:
        msg = (
            f"{value!r} is the ISO 3166-3 code of a former country ({former}); "
            "bilateral models current ISO 3166-1 countries"
        )
        raise UnknownCountryError(msg, path=("country",))
    msg = f"{value!r} is not an ISO 3166-1 alpha-2, alpha-3 or numeric code of a country"
    raise UnknownCountryError(msg, path=("country",))


@attrs.frozen(repr=False)
class Country:
    """A country, stored by its ISO 3166-1 alpha-2 code.

    Alpha-3 and numeric codes are accepted and mapped to alpha-2 (ISO
    3166-1, from pycountry); names come from CLDR through babel. The codes of
    former countries (``DDR``, ``278``) are refused, not mapped to their
    successors; ``XK`` stands for Kosovo, as in CLDR::

        >>> Country("AZE") == Country("031") == Country("az") == Country("AZ")
        True
        >>> Country("LT").name()
        'Lithuania'
        >>> Country("LT").name("lt")
        'Lietuva'

    Args:
        code: An ISO 3166-1 alpha-2, alpha-3 or numeric code.

    Raises:
        UnknownCountryError: The code is not a current ISO 3166-1 country
            (or ``XK``).
    """

    code: str = attrs.field(converter=_canonical)

    def name(self, locale: str = "en") -> str:
        """The country's name in ``locale``, from CLDR's territory names.

        CLDR data for a few locales lacks some territory names; there, as
        CLDR's own fallback rule says, the name is the ISO code.

        Raises:
            UnknownLocaleError: ``locale`` is not a locale babel knows.
        """
        name = parse_locale(locale).territories.get(self.code)
        return self.code if name is None else str(name)

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
