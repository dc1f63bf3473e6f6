"""A dataset: sources, people, relations and corrections, checked together."""

from __future__ import annotations

from typing import TypeVar

import attrs

from bilateral._model.facts import Person
from bilateral._model.integrity import check_dataset
from bilateral._model.relation import Relation, _dyad
from bilateral._values.checks import (
    as_tuple,
)
from bilateral._values.country import Country
from bilateral._values.errors import NotFoundError
from bilateral._values.sources import Correction, Source


def _sources(value: list[Source] | tuple[Source, ...]) -> tuple[Source, ...]:
    return as_tuple(value, Source, "sources")


def _people(value: list[Person] | tuple[Person, ...]) -> tuple[Person, ...]:
    return as_tuple(value, Person, "people")


def _relations(value: list[Relation] | tuple[Relation, ...]) -> tuple[Relation, ...]:
    return as_tuple(value, Relation, "relations")


def _corrections(value: list[Correction] | tuple[Correction, ...]) -> tuple[Correction, ...]:
    return as_tuple(value, Correction, "corrections")


_Identified = TypeVar("_Identified", Person, Source)


def _by_id(items: tuple[_Identified, ...], item_id: str, what: str) -> _Identified:
    for item in items:
        if item.id == item_id:
            return item
    msg = f"no {what} with id {item_id!r} in this dataset"
    raise NotFoundError(msg)


@attrs.frozen
class Dataset:
    """Sources, the people in them, relations and corrections, checked together.

    A dataset refuses duplicate ids, references to people, events or sources
    it does not hold, two relations for the same pair of countries, and
    citations whose quote is not the source text at their offsets.

    Attributes:
        sources: The texts facts are cited from.
        people: The people who act in the relations.
        relations: One relation per pair of countries.
        corrections: Corrections of the sources' text.
    """

    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    people: tuple[Person, ...] = attrs.field(default=(), converter=_people)
    relations: tuple[Relation, ...] = attrs.field(default=(), converter=_relations)
    corrections: tuple[Correction, ...] = attrs.field(
        default=(), kw_only=True, converter=_corrections
    )

    def __attrs_post_init__(self) -> None:
        check_dataset(self)

    def relation(self, first: Country | str | int, second: Country | str | int) -> Relation:
        """The relation between two countries, in either order.

        Raises:
            NotFoundError: The dataset has no relation between them.
        """
        key = _dyad((first, second))
        for relation in self.relations:
            if relation.countries == key:
                return relation
        msg = f"no relation between {key[0].code!r} and {key[1].code!r} in this dataset"
        raise NotFoundError(msg)

    def person(self, person_id: str) -> Person:
        """The person with id ``person_id``.

        Raises:
            NotFoundError: No such person.
        """
        return _by_id(self.people, person_id, "person")

    def source(self, source_id: str) -> Source:
        """The source with id ``source_id``.

        Raises:
            NotFoundError: No such source.
        """
        return _by_id(self.sources, source_id, "source")
