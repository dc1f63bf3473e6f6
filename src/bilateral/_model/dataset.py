"""A dataset: sources, people, relations and corrections, checked together."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

import attrs

from bilateral._model.facts import Person
from bilateral._model.integrity import check_dataset
from bilateral._model.relation import Relation, _dyad
from bilateral._values.checks import (
    as_tuple,
    keeps_its_type,
)
from bilateral._values.country import Country
from bilateral._values.errors import InvalidValueError, NotFoundError
from bilateral._values.sources import Correction, Source

if TYPE_CHECKING:
    from bilateral._model.query import EventQuery


def _sources(value: list[Source] | tuple[Source, ...]) -> tuple[Source, ...]:
    return as_tuple(value, Source, "sources")


def _people(value: list[Person] | tuple[Person, ...]) -> tuple[Person, ...]:
    return as_tuple(value, Person, "people")


def _relations(value: list[Relation] | tuple[Relation, ...]) -> tuple[Relation, ...]:
    return as_tuple(value, Relation, "relations")


def _corrections(value: list[Correction] | tuple[Correction, ...]) -> tuple[Correction, ...]:
    return as_tuple(value, Correction, "corrections")


# They give back a value already of their field's type (see keeps_its_type).
keeps_its_type(_sources, _people, _relations, _corrections)


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

    def has_relation(self, first: Country | str | int, second: Country | str | int) -> bool:
        """Whether the dataset holds a relation between two countries, in either order."""
        key = _dyad((first, second))
        return any(relation.countries == key for relation in self.relations)

    def relations_of(self, country: Country | str | int) -> tuple[Relation, ...]:
        """The relations ``country`` is one of the two of, in the dataset's order.

        >>> from bilateral import load_bundled
        >>> [r.key for r in load_bundled().relations_of("LTU")]
        [('AZ', 'LT')]
        """
        wanted = Country(country)
        return tuple(r for r in self.relations if wanted in r.countries)

    def events(
        self,
        *,
        within: object = None,
        kind: object = None,
        plover: object = None,
        cameo_root: object = None,
        status: object = None,
        country: Country | str | int | None = None,
    ) -> EventQuery:
        """The events of every relation that pass the filters given, in timeline order.

        Args:
            within: A window of days: a :class:`PartialDate` (``"2022-06"``
                means all of June 2022), a :class:`DateRange` (open ends
                allowed), either's EDTF text (``within="2022"``), a day, or a
                pair of days (``None`` for an open side).
                An event is *certainly* within when every day it may be lies in
                the window, *possibly* within when some do; an event with no
                date is possibly within every window.
            kind: An :class:`EventKind` (or its value).
            plover: A PLOVER event type, such as ``"CONSULT"`` (an older name
                is read as the current one): events whose effective PLOVER
                type (:attr:`Event.effective_plover`) it is, coded events
                (``EventKind.CODED``) by their own.
            cameo_root: A CAMEO root code, two digits (``"04"``): events whose
                effective CAMEO code starts with it. A coded event that
                gives no code of one vocabulary never matches its filter.
            status: A :class:`Status` (or its value).
            country: Only the relations of this country.

        Raises:
            InvalidValueError: A filter is not a value of its kind (the error's
                path names the keyword).

        >>> from bilateral import PartialDate, load_bundled
        >>> found = load_bundled().events(within=PartialDate("2022"))
        >>> [e.id for e in found.certain]
        ['official-visit-2022']
        >>> "davos-meeting" in [e.id for e in found.possible]  # on or before 2023-02-17
        True
        """
        # The query module (and its classes) loads on first use.
        from bilateral._model.query import find_events  # noqa: PLC0415

        relations = self.relations if country is None else self.relations_of(country)
        return find_events(
            relations,
            within=within,
            kind=kind,
            plover=plover,
            cameo_root=cameo_root,
            status=status,
        )

    def merge(self, *others: Dataset) -> Dataset:
        """This dataset and ``others`` as one (see :func:`bilateral.merge`)."""
        return merge(self, *others)

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


def merge(*datasets: Dataset) -> Dataset:
    """One dataset holding what every one of ``datasets`` holds.

    Sources and people are one per id; relations one per pair of countries,
    two relations for one pair merged field by field (events and statements
    one per id; missions, document counts, trade figures and citations kept
    once when identical); corrections kept once when identical. What one
    dataset has and another lacks (an establishment date) is kept.

    Raises:
        MergeConflictError: One id (or one relation's single value, such as
            its establishment date) holds different values in two datasets;
            the message names both datasets (by place, from 0), both paths
            and both values.
        ValidationError: The merged dataset breaks a rule no single dataset
            did (one event id in two relations).
        InvalidValueError: An argument is not a :class:`Dataset`.
    """
    for index, dataset in enumerate(datasets):
        if not isinstance(dataset, Dataset):
            msg = f"expected a Dataset, got {dataset!r}"
            raise InvalidValueError(msg, path=("datasets", index))
    from bilateral._model.query import merged_fields  # noqa: PLC0415 - on first use

    return Dataset(**merged_fields(datasets, Dataset))
