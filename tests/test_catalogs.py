from __future__ import annotations

import gettext
import io
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bilateral._text.catalog import (
    DOMAIN,
    LOCALE_DIR,
    _catalog_for,
    _load,
    catalog_languages,
    translations,
)
from bilateral._values.locales import parse_locale

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ["az", "de", "en", "es", "fr", "ja", "lt", "ru", "tr", "uk", "zh"]


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as stream:
        return read_po(stream, locale=locale, domain=DOMAIN)


def _key(message: Message) -> tuple[str | None, str]:
    msgid = message.id[0] if isinstance(message.id, tuple | list) else message.id
    return (message.context, msgid)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _messages(catalog: Catalog) -> list[Message]:
    return [m for m in catalog if m.id]


_DATE_PARTS = {"date", "day", "month", "first_month", "last_month", "year"}
_RANGE_PARTS = {"date", "when", "start", "end", "start_when", "end_when"}


def _freedom(context: str | None, expected: set[str]) -> tuple[set[str], set[str]]:
    """Placeholders a translation may add (the code supplies them) and those it may leave out."""
    context = context or ""
    if context == "when: range":
        return _RANGE_PARTS, expected
    if context.split(":")[0] in {"when", "planned", "for", "as of", "date"}:
        return _DATE_PARTS, expected
    if context.startswith(
        (
            "event held",
            "event planned",
            "event cancelled",
            "event postponed",
            "event kind with its route",
        )
    ):
        return {"kind_lower"}, {"kind"}
    if context.startswith("money in running text"):
        return {"amount", "currency"}, {"currency"}
    return set(), set()


def _placeholder_problem(context: str | None, used: set[str], expected: set[str]) -> bool:
    extra, optional = _freedom(context, expected)
    if not used <= expected | extra or not expected - optional <= used:
        return True
    return bool(expected) and not used


def problems(catalog: Catalog, template: Catalog) -> list[str]:
    """What is wrong with a shipped catalog: missing, fuzzy or mismatched entries."""
    found = []
    if catalog.fuzzy:
        found.append("the catalog header is fuzzy")
    wanted = {_key(m) for m in _messages(template)}
    have = {_key(m): m for m in _messages(catalog)}
    found += [f"missing: {key}" for key in sorted(wanted - have.keys(), key=str)]
    found += [f"obsolete: {key}" for key in sorted(have.keys() - wanted, key=str)]
    for key, message in have.items():
        if message.fuzzy:
            found.append(f"fuzzy: {key}")
        ids = list(message.id) if isinstance(message.id, tuple | list) else [message.id]
        strings = (
            list(message.string) if isinstance(message.string, tuple | list) else [message.string]
        )
        if not all(strings):
            found.append(f"untranslated: {key}")
            continue
        expected = set().union(*(_fields(i) for i in ids))
        found += [
            f"placeholders: {key}: {sorted(_fields(s))} instead of {sorted(expected)}"
            for s in strings
            if _placeholder_problem(message.context, _fields(s), expected)
        ]
    return found


@pytest.fixture(scope="module")
def template():
    return _read(LOCALE_DIR / f"{DOMAIN}.pot")


def test_the_shipped_languages():
    assert SHIPPED == list(catalog_languages())


@pytest.mark.parametrize("language", SHIPPED)
def test_shipped_catalogs_are_complete(language, template):
    catalog = _read(LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po", language)

    assert [] == problems(catalog, template)
    assert len(_messages(template)) == len(_messages(catalog))


def test_the_check_catches_a_missing_a_fuzzy_and_a_mismatched_entry(template):
    catalog = _read(LOCALE_DIR / "lt" / "LC_MESSAGES" / f"{DOMAIN}.po", "lt")
    first, second, third = _messages(catalog)[:3]
    catalog.delete(first.id, context=first.context)
    second.flags.add("fuzzy")
    third.string = "{data}"

    found = problems(catalog, template)

    assert f"missing: {_key(first)}" in found
    assert f"fuzzy: {_key(second)}" in found
    assert any(p.startswith(f"placeholders: {_key(third)}") for p in found)


def _layer_folders_too(dirpath: str) -> bool:
    # pybabel skips folders whose names start with "_" unless told otherwise;
    # the package's layers are such folders (noxfile.py passes --ignore-dirs).
    name = Path(dirpath).name
    return not name.startswith(".") and name not in {"__pycache__", ".nox", "node_modules"}


def test_the_template_is_what_pybabel_extracts(template):
    with (ROOT / "babel.cfg").open() as stream:
        method_map, options_map = parse_mapping_cfg(stream)
    extracted = {
        (context, msgid[0] if isinstance(msgid, tuple) else msgid)
        for _, _, msgid, _, context in extract_from_dir(
            str(ROOT), method_map, options_map, directory_filter=_layer_folders_too
        )
    }

    assert extracted == {_key(m) for m in _messages(template)}


@pytest.mark.parametrize("language", SHIPPED)
def test_python_format_checks_pass(language):
    catalog = _read(LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po", language)

    assert [] == [(m.id, errors) for m, errors in catalog.check()]


@pytest.mark.parametrize("language", SHIPPED)
def test_a_compiled_catalog_reads_as_the_po_file(language, tmp_path, monkeypatch):
    catalog = _read(LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po", language)
    folder = tmp_path / language / "LC_MESSAGES"
    folder.mkdir(parents=True)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    (folder / f"{DOMAIN}.mo").write_bytes(buffer.getvalue())
    monkeypatch.setattr("bilateral._text.catalog.LOCALE_DIR", tmp_path)
    compiled = _load(language)
    monkeypatch.undo()
    from_po = _load(language)

    assert isinstance(compiled, gettext.GNUTranslations)
    for message in _messages(catalog):
        for n in (1, 2, 5, 21):
            assert _lookup(from_po, message, n) == _lookup(compiled, message, n)


def _lookup(t: gettext.NullTranslations, message: Message, n: int) -> str:
    context = message.context
    if isinstance(message.id, tuple):
        singular, plural = message.id
        if context:
            return t.npgettext(context, singular, plural, n)
        return t.ngettext(singular, plural, n)
    return t.pgettext(context, message.id) if context else t.gettext(message.id)


@pytest.mark.parametrize(
    ("locale", "catalog"),
    [
        ("lt", "lt"),
        ("lt_LT", "lt"),
        ("ru_UA", "ru"),
        ("az_Latn_AZ", "az"),
        ("az_Cyrl", None),
        ("en_GB", "en"),
        ("de_AT", "de"),
        ("ja_JP", "ja"),
        ("pt_BR", None),
    ],
)
def test_which_catalog_serves_a_locale(locale, catalog):
    assert catalog == _catalog_for(parse_locale(locale))


def test_other_locales_get_the_english_templates():
    portuguese = translations(parse_locale("pt"))

    assert "on or after {date}" == portuguese.gettext("on or after {date}")
    assert "{count} sources" == portuguese.ngettext("{count} source", "{count} sources", 39)
