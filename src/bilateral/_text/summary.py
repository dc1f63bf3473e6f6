"""The plain-text summary that ``python -m bilateral`` prints, in any locale.

Every sentence in it is :func:`bilateral.describe`'s (through
:func:`~bilateral._text.describe.relation_sentences`); the summary only lays
them out in sections, each fact followed by the citations it rests on.
"""

from __future__ import annotations

import datetime as dt

from bilateral._model import Dataset, Relation
from bilateral._text.catalog import text_locale, translations
from bilateral._text.describe import Part, Sentence, provenance_lines, relation_sentences
from bilateral._text.format import format_country
from bilateral._values.locales import parse_locale
from bilateral._values.sources import Citation


def _cites(citations: tuple[Citation, ...], locale: str) -> list[str]:
    t = translations(parse_locale(locale))
    if not citations:
        return ["    " + t.gettext("(no citation)")]
    # Translators: a citation under a fact: {source} is the source's id, {start} and {end} the
    # offsets of {quote} in its text.
    template = t.gettext("source: {source} [{start}:{end}] “{quote}”")
    # Translators: a citation of a record of a dataset (a table of data); {fields}
    # lists the record's fields the fact uses, with their values when known.
    record = t.gettext("source: {source}, record {record}: {fields}")
    lines = []
    for c in citations:
        if c.record is None:
            line = template.format(source=c.source, start=c.start, end=c.end, quote=c.quote)
        else:
            fields = (
                [f"{f} = {v}" for f, v in zip(c.fields, c.values, strict=True)]
                if c.values
                else list(c.fields)
            )
            line = record.format(source=c.source, record=c.record, fields=", ".join(fields))
        lines.append("    " + line)
    return lines


def _told(sentence: Sentence, locale: str, indent: str = "  ") -> list[str]:
    """The sentence, then the citations of a fact the sources give."""
    lines = [indent + sentence.text]
    if sentence.citations is not None:
        lines += _cites(sentence.citations, locale)
    return lines


def relation_summary(
    dataset: Dataset, relation: Relation, *, today: dt.date, locale: str = "en"
) -> list[str]:
    """The summary lines for one relation.

    Its age is given on ``today`` and on each day a source of its
    establishment date was published.
    """
    locale = text_locale(locale)
    t = translations(parse_locale(locale))
    first, second = relation.countries
    published = {s.id: s.published for s in dataset.sources}
    cited = {published[c.source] for c in relation.established_citations}
    days = [today, *sorted(day for day in cited if day is not None)]
    said: dict[Part, list[Sentence]] = {part: [] for part in Part}
    for sentence in relation_sentences(relation, locale, ages_on=days, people=dataset.people):
        said[sentence.part].append(sentence)
    lines = [
        # Translators: the heading of a relation: {first} and {second} are country names,
        # {first_code} and {second_code} their ISO codes.
        t.gettext("{first} ({first_code}) and {second} ({second_code})").format(
            first=format_country(first, locale),
            first_code=first.code,
            second=format_country(second, locale),
            second_code=second.code,
        ),
        "",
    ]
    for sentence in said[Part.ESTABLISHED] + said[Part.RUPTURE]:
        lines += _told(sentence, locale, indent="")
    sections: tuple[tuple[str | None, tuple[Part, ...]], ...] = (
        (None, (Part.AGE,)),
        (t.gettext("Missions:"), (Part.MISSION,)),
        (t.gettext("Signed documents:"), (Part.DOCUMENTS,)),
        (t.gettext("Trade:"), (Part.TRADE, Part.CHANGE)),
        (t.gettext("Events held:"), (Part.HELD,)),
        (t.gettext("Events planned:"), (Part.PLANNED,)),
    )
    if said[Part.CALLED_OFF]:
        sections += ((t.gettext("Events cancelled or postponed:"), (Part.CALLED_OFF,)),)
    if said[Part.STATEMENT]:
        # Translators: the heading of the statements: what people (or the source) said, each a
        # summary in the source's language.
        sections += ((t.gettext("Statements:"), (Part.STATEMENT,)),)
    for title, parts in sections:
        if title is not None:
            lines += ["", title]
        for part in parts:
            for sentence in said[part]:
                lines += _told(sentence, locale)
    return lines


def summary(dataset: Dataset, *, today: dt.date, locale: str = "en") -> str:
    """The summary of ``dataset`` as text in ``locale``.

    Raises:
        UnknownLocaleError: ``locale`` is not a locale babel knows.
    """
    locale = text_locale(locale)
    lines = provenance_lines(dataset, locale)
    for relation in dataset.relations:
        lines.append("")
        lines += relation_summary(dataset, relation, today=today, locale=locale)
    return "\n".join(lines) + "\n"
