"""Locales and the library's own messages (the gettext domain ``bilateral``).

The message catalogs live in ``bilateral/locale/<lang>/LC_MESSAGES/``. A
wheel carries the compiled ``bilateral.mo`` files (``hatch_build.py``
compiles them at build time); where a ``.mo`` file is missing (a source
checkout, an editable install) the ``.po`` file is compiled in memory with
babel, so the messages are the same either way.

A locale is served by its own catalog, else by its language's in the same
script (``de_AT`` by ``de``, ``pt_BR`` by ``pt``; ``az_Cyrl`` not by the
Latin-script ``az``). A locale with neither gets wholly English sentences, their
names, dates and numbers included (:func:`text_locale` is ``"en"``), and
:class:`~bilateral.LocaleFallbackWarning` says so once per locale: a
sentence is never half one language.
"""

from __future__ import annotations

import gettext
import io
import warnings
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from bilateral._values.errors import LocaleFallbackWarning
from bilateral._values.locales import parse_locale

if TYPE_CHECKING:
    from babel import Locale

DOMAIN = "bilateral"
FALLBACK = "en"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


@cache
def catalog_languages() -> tuple[str, ...]:
    """The locales that have a catalog of their own, sorted."""
    return tuple(
        sorted(
            path.parent.parent.name
            for path in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")
            if path.is_file()
        )
    )


def _catalog_for(locale: Locale) -> str | None:
    """The catalog that serves ``locale``: its own, or its language's in the same script."""
    from babel.core import get_global  # noqa: PLC0415

    available = set(catalog_languages())
    name = str(locale)
    if name in available:
        return name
    if locale.language not in available:
        return None
    # az_Cyrl must not get the Latin-script az catalog.
    likely = str(get_global("likely_subtags").get(locale.language, locale.language)).split("_")
    default_script = likely[1] if len(likely) > 2 else None
    if locale.script is None or locale.script == default_script:
        return locale.language
    return None


def has_catalog(locale: Locale) -> bool:
    """Whether a catalog serves ``locale`` (its own, or its language's in the same script)."""
    return _catalog_for(locale) is not None


def _load(language: str) -> gettext.GNUTranslations:
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    compiled = folder / f"{DOMAIN}.mo"
    if compiled.is_file():
        with compiled.open("rb") as stream:
            return gettext.GNUTranslations(stream)
    from babel.messages.mofile import write_mo  # noqa: PLC0415 - only without a .mo
    from babel.messages.pofile import read_po  # noqa: PLC0415

    with (folder / f"{DOMAIN}.po").open("rb") as stream:
        catalog = read_po(stream, locale=language, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@cache
def _translations(name: str) -> gettext.NullTranslations:
    language = _catalog_for(parse_locale(name))
    if language is None:
        return gettext.NullTranslations()
    return _load(language)


def translations(locale: Locale) -> gettext.NullTranslations:
    """The messages for ``locale``; English templates when it has no catalog."""
    return _translations(str(locale))


_warned: set[str] = set()


def text_locale(locale: str) -> str:
    """The locale text for ``locale`` is written in: itself if a catalog serves it, else English.

    The first time a locale falls back, a :class:`~bilateral.LocaleFallbackWarning` says so.

    Raises:
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    if _catalog_for(parse_locale(locale)) is not None:  # cached with parse_locale
        return locale
    if locale not in _warned:
        _warned.add(locale)
        warnings.warn(
            LocaleFallbackWarning(
                f"bilateral has no catalog for the locale {locale!r} nor for its language; "
                "its text is in English, names, dates and numbers included",
                locale,
            ),
            stacklevel=3,
        )
    return FALLBACK
