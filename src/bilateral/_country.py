"""Countries by ISO 3166-1 code, validated against CLDR through babel."""

from __future__ import annotations

from functools import cache

import attrs

from bilateral._errors import UnknownCountryError

# CLDR territories with two-letter codes that are not countries.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


@cache
def _alpha2() -> frozenset[str]:
    from babel import Locale  # noqa: PLC0415 - locale data loads on first use

    names = Locale("en").territories
    return frozenset(
        c
        for c in names
        if isinstance(c, str) and len(c) == 2 and c.isalpha() and c not in _NOT_COUNTRIES
    )


@cache
def _aliases() -> dict[str, str]:
    """Alpha-3 and numeric codes to alpha-2, from CLDR's territory aliases."""
    from babel.core import get_global  # noqa: PLC0415

    known = _alpha2()
    table: dict[str, str] = {}
    for code, targets in get_global("territory_aliases").items():
        if (len(code) == 3 and (code.isalpha() or code.isdigit())) and len(targets) == 1:
            target = targets[0]
            if target in known:
                table[code] = target
    return table


def _canonical(value: object) -> str:
    if isinstance(value, Country):
        return value.code
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:03d}"
    if not isinstance(value, str):
        msg = f"country: expected an ISO 3166-1 code, got {value!r}"
        raise UnknownCountryError(msg)
    code = value.upper()
    if len(code) == 2 and code in _alpha2():
        return code
    if len(code) == 3 and code in _aliases():
        return _aliases()[code]
    msg = f"country: {value!r} is not an ISO 3166-1 alpha-2, alpha-3 or numeric code of a country known to CLDR"
    raise UnknownCountryError(msg)


@attrs.frozen(repr=False)
class Country:
    """A country, stored by its ISO 3166-1 alpha-2 code.

    Alpha-3 and numeric codes are accepted and mapped to alpha-2 with CLDR's
    aliases::

        >>> Country("AZE") == Country("031") == Country("az") == Country("AZ")
        True
        >>> Country("LT").name()
        'Lithuania'
        >>> Country("LT").name("lt")
        'Lietuva'

    Args:
        code: An ISO 3166-1 alpha-2, alpha-3 or numeric code.

    Raises:
        UnknownCountryError: The code is not a country known to CLDR.
    """

    code: str = attrs.field(converter=_canonical)

    def name(self, locale: str = "en") -> str:
        """The country's name in ``locale``, from CLDR (see :func:`bilateral.format_country`)."""
        from bilateral._format import format_country  # noqa: PLC0415 - _format imports this module

        return format_country(self, locale)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Country):
            return NotImplemented
        return self.code < other.code

    def __str__(self) -> str:
        return self.code

    def __repr__(self) -> str:
        return f'Country("{self.code}")'
