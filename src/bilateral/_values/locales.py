"""Locales by identifier, as babel (and so CLDR) knows them.

The values layer names countries in a locale (:meth:`Country.name`); the text
layer words everything else. Both parse the locale here, so an unknown locale
is the same :class:`UnknownLocaleError` everywhere.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from bilateral._values.errors import UnknownLocaleError

if TYPE_CHECKING:
    from babel import Locale


@cache
def _parse(identifier: str) -> Locale:
    from babel import Locale  # noqa: PLC0415 - locale data loads on first use
    from babel.core import UnknownLocaleError as BabelUnknownLocaleError  # noqa: PLC0415

    sep = "-" if "-" in identifier else "_"
    try:
        return Locale.parse(identifier, sep=sep)
    except (BabelUnknownLocaleError, ValueError, TypeError) as error:
        msg = f"expected a locale babel knows, such as 'en', 'lt' or 'az_Latn_AZ', got {identifier!r} ({error})"
        raise UnknownLocaleError(msg, path=("locale",)) from None


def parse_locale(identifier: object) -> Locale:
    """The babel locale for ``identifier`` (``"lt"``, ``"ru_RU"``, ``"az-Latn"``).

    Raises:
        UnknownLocaleError: ``identifier`` is not a string naming a locale
            babel ships.
    """
    if not isinstance(identifier, str):
        msg = f"expected a locale identifier such as 'en', got {identifier!r}"
        raise UnknownLocaleError(msg, path=("locale",))
    return _parse(identifier)
