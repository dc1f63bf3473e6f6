"""Checks that need the whole dataset: ids, references and citations."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

from bilateral._values.errors import Problem, ValidationError
from bilateral._values.sources import Citation, Source

if TYPE_CHECKING:
    from bilateral._model.facts import Person
    from bilateral._model.relation import Relation
    from bilateral._values.sources import Correction


class Checked(Protocol):
    """What the checks read of a dataset (the dataset module imports this one)."""

    @property
    def sources(self) -> tuple[Source, ...]: ...
    @property
    def people(self) -> tuple[Person, ...]: ...
    @property
    def relations(self) -> tuple[Relation, ...]: ...
    @property
    def corrections(self) -> tuple[Correction, ...]: ...


def _duplicates(path: str, ids: Iterable[tuple[int, str]], what: str) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for index, item_id in ids:
        if item_id in seen:
            yield Problem(
                f"{path}[{index}].id",
                f"duplicate {what} id {item_id!r} (first used at {path}[{seen[item_id]}])",
            )
        else:
            seen[item_id] = index


def _cited(
    path: str,
    citations: tuple[Citation, ...],
    sources: dict[str, Source],
    field: str = "citations",
) -> Iterator[Problem]:
    for index, citation in enumerate(citations):
        where = f"{path}.{field}[{index}]"
        source = sources.get(citation.source)
        if source is None:
            yield Problem(f"{where}.source", f"no source with id {citation.source!r}")
            continue
        wrong = source.problem(citation)
        if wrong is not None:
            yield Problem(f"{where}.{wrong[0]}", wrong[1])


def problems(dataset: Checked) -> list[Problem]:  # noqa: C901, PLR0912 - one walk, in document order
    """Every integrity problem of ``dataset``, each with its JSON path."""
    found: list[Problem] = []
    sources = {s.id: s for s in dataset.sources}
    people = {p.id for p in dataset.people}
    found.extend(_duplicates("$.sources", enumerate(s.id for s in dataset.sources), "source"))
    found.extend(_duplicates("$.people", enumerate(p.id for p in dataset.people), "person"))
    for index, person in enumerate(dataset.people):
        found.extend(_cited(f"$.people[{index}]", person.citations, sources))
    for index, correction in enumerate(dataset.corrections):
        where = f"$.corrections[{index}]"
        found.extend(_cited(where, correction.citations, sources))
        for c_index, citation in enumerate(correction.citations):
            if citation.quote is None or correction.original not in citation.quote:
                found.append(
                    Problem(
                        f"{where}.citations[{c_index}].quote",
                        f"{citation.quote!r} does not contain the corrected text "
                        f"{correction.original!r}",
                    )
                )
    relations: dict[tuple[str, str], int] = {}
    event_ids: dict[str, str] = {}
    for r_index, relation in enumerate(dataset.relations):
        where = f"$.relations[{r_index}]"
        if relation.key in relations:
            found.append(
                Problem(
                    f"{where}.countries",
                    f"a second relation between {relation.key[0]!r} and {relation.key[1]!r} "
                    f"(first at $.relations[{relations[relation.key]}])",
                )
            )
        else:
            relations[relation.key] = r_index
        found.extend(
            _cited(where, relation.established_citations, sources, "established_citations")
        )
        for m_index, mission in enumerate(relation.missions):
            found.extend(_cited(f"{where}.missions[{m_index}]", mission.citations, sources))
            for c_index, change in enumerate(mission.level_changes):
                found.extend(
                    _cited(
                        f"{where}.missions[{m_index}].level_changes[{c_index}]",
                        change.citations,
                        sources,
                    )
                )
        for u_index, rupture in enumerate(relation.ruptures):
            found.extend(_cited(f"{where}.ruptures[{u_index}]", rupture.citations, sources))
        for d_index, count in enumerate(relation.documents):
            found.extend(_cited(f"{where}.documents[{d_index}]", count.citations, sources))
        for t_index, period in enumerate(relation.trade):
            found.extend(_cited(f"{where}.trade[{t_index}]", period.citations, sources))
        local_events: set[str] = set()
        for e_index, event in enumerate(relation.events):
            path = f"{where}.events[{e_index}]"
            if event.id in event_ids:
                found.append(
                    Problem(
                        f"{path}.id",
                        f"duplicate event id {event.id!r} (first used at {event_ids[event.id]})",
                    )
                )
            else:
                event_ids[event.id] = path
            local_events.add(event.id)
            for p_index, person_id in enumerate(event.participants):
                if person_id not in people:
                    found.append(
                        Problem(
                            f"{path}.participants[{p_index}]",
                            f"no person with id {person_id!r}",
                        )
                    )
            found.extend(_cited(path, event.citations, sources))
        found.extend(
            _duplicates(
                f"{where}.statements",
                enumerate(s.id for s in relation.statements),
                "statement",
            )
        )
        for s_index, statement in enumerate(relation.statements):
            path = f"{where}.statements[{s_index}]"
            if statement.speaker is not None and statement.speaker not in people:
                found.append(Problem(f"{path}.speaker", f"no person with id {statement.speaker!r}"))
            if statement.occasion is not None and statement.occasion not in local_events:
                found.append(
                    Problem(
                        f"{path}.occasion",
                        f"no event with id {statement.occasion!r} in this relation",
                    )
                )
            found.extend(_cited(path, statement.citations, sources))
    return found


def check_dataset(dataset: Checked) -> None:
    """Raise :class:`ValidationError` listing every integrity problem, if any."""
    found = problems(dataset)
    if found:
        raise ValidationError(found)
