"""The sentence corpus: reviewed text per language, and no sentence half in English."""

from __future__ import annotations

import re
import string
import warnings
from functools import cache

import pytest
from babel import dates
from babel.messages.pofile import read_po

import bilateral
from bilateral.__main__ import main
from bilateral._text.catalog import DOMAIN, LOCALE_DIR, catalog_languages
from bilateral._text.summary import summary as _summary
from bilateral._values import vocabularies
from tests.corpus_outputs import CORPUS, TABLE, TODAY, made_up, outputs

LANGUAGES = [lang for lang in catalog_languages() if lang != "en"]
# A word, with its elisions ("d'affaires" is one English word, not the Lithuanian "d." of a day).
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@cache
def _outputs():
    return outputs()


@pytest.mark.parametrize("lang", catalog_languages())
def test_the_corpus_is_the_reviewed_text(lang):
    path = CORPUS / f"{lang}.txt"

    assert path.read_text(encoding="utf-8") == _outputs()[path]


def test_the_side_by_side_table_in_the_docs_is_current():
    assert TABLE.read_text(encoding="utf-8") == _outputs()[TABLE]


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def _template_words(lang: str) -> set[str]:
    """Words of the English templates (placeholders left out) that are not words of ``lang``'s own."""
    with (LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as stream:
        catalog = read_po(stream)
    english, own = set(), set()
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in ids:
            english |= _words("".join(t for t, *_ in string.Formatter().parse(text)))
        for text in strings:
            own |= _words("".join(t for t, *_ in string.Formatter().parse(text)))
    # CLDR's month names are the language's own words (Azerbaijani "may").
    for context in ("format", "stand-alone"):
        own |= _words(" ".join(dates.get_month_names("wide", context, lang).values()))
    return english - own


def _said(lang: str) -> str:
    """Everything bilateral writes in ``lang`` but the sources' own words (citations, names of sources)."""
    facts = [bilateral.describe(fact, lang, today=TODAY) for fact in made_up()]
    summary = _summary(bilateral.load_bundled(), today=TODAY, locale=lang)
    own_lines = [
        line for line in summary.splitlines() if not line.lstrip().startswith(("“", "„", "«", "「"))
    ]
    text = "\n".join([*facts, *own_lines])
    # A coded event's PLOVER mode is a code of the manual, written as the manual writes it
    # ("(mode: visit)", "(режим: visit)"), not a word of ours.
    modes = {m.name for t in vocabularies.plover_event_types().values() for m in t.modes}
    text = re.sub(rf"([:：]\s*)(?:{'|'.join(map(re.escape, sorted(modes)))})([)）])", r"\1\2", text)
    # A statement's summary and its speaker's name and role are the sources' words, not ours.
    dataset = bilateral.load_bundled()
    theirs = [s.summary for r in dataset.relations for s in r.statements]
    theirs += [w for p in dataset.people for w in (p.name, p.role) if w is not None]
    for words in sorted(theirs, key=len, reverse=True):
        text = text.replace(words, " ")
    # The quotes of citations and corrections are the sources' words, not ours.
    return re.sub(r"[“„«「][^”“»」]*[”“»」]|\[\d+:\d+\]|azernews[-\w]*|Azernews", " ", text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_english_template_word_in_another_catalogs_sentences(lang):
    leaked = _words(_said(lang)) & _template_words(lang)

    assert set() == leaked


def test_a_locale_without_a_catalog_prints_a_wholly_english_summary(capsys):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the command line says it in a line of its own
        assert 0 == main(["--locale", "pt_BR", "--today", TODAY.isoformat()])
    portuguese = capsys.readouterr()
    main(["--locale", "en", "--today", TODAY.isoformat()])

    assert capsys.readouterr().out == portuguese.out
    assert portuguese.err == "bilateral: no catalog for 'pt_BR'; writing English\n"


def test_a_regional_locale_gets_its_languages_catalog_without_a_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        text = bilateral.describe(bilateral.load_bundled(), "de_AT", today=TODAY)

    assert "diplomatische Beziehungen" in text


def test_the_check_finds_english_in_a_german_sentence():
    english = bilateral.describe(bilateral.load_bundled(), "en", today=TODAY)

    assert {"embassy", "opened"} <= _words(english) & _template_words("de")
