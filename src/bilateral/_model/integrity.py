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


class Citations:
    """Checks citations against the dataset's sources, each citation object once.

    ``loads`` shares equal citations (one object for a quote cited a
    thousand times), so a dataset often holds the same object in many
    places; what is wrong with it does not depend on where it is.
    """

    def __init__(self, sources: dict[str, Source]) -> None:
        self._sources = sources
        # By id: every citation checked is held by the dataset being checked.
        self._good: set[int] = set()
        self._bad: dict[int, tuple[str, str]] = {}

    def wrong(self, citation: Citation) -> tuple[str, str] | None:
        """The key ``citation`` is wrong at and why, or ``None``."""
        if id(citation) in self._good:
            return None
        found = self._bad.get(id(citation))
        if found is not None:
            return found
        source = self._sources.get(citation.source)
        if source is None:
            found = ("source", f"no source with id {citation.source!r}")
        else:
            found = source.problem(citation)
        if found is None:
            self._good.add(id(citation))
        else:
            self._bad[id(citation)] = found
        return found

    def any_wrong(self, citations: tuple[Citation, ...]) -> bool:
        if self._good.issuperset(map(id, citations)):
            return False
        return any(self.wrong(citation) is not None for citation in citations)

    def problems(
        self, path: str, citations: tuple[Citation, ...], field: str = "citations"
    ) -> Iterator[Problem]:
        for index, citation in enumerate(citations):
            wrong = self.wrong(citation)
            if wrong is not None:
                yield Problem(f"{path}.{field}[{index}].{wrong[0]}", wrong[1])


def problems(dataset: Checked) -> list[Problem]:  # noqa: C901, PLR0912 - one walk, in document order
    """Every integrity problem of ``dataset``, each with its JSON path.

    A path is written out only for a problem: a valid dataset of a million
    facts costs no text.
    """
    found: list[Problem] = []
    sources = {s.id: s for s in dataset.sources}
    cited = Citations(sources)
    people = {p.id for p in dataset.people}
    found.extend(_duplicates("$.sources", enumerate(s.id for s in dataset.sources), "source"))
    found.extend(_duplicates("$.people", enumerate(p.id for p in dataset.people), "person"))
    for index, person in enumerate(dataset.people):
        found.extend(cited.problems(f"$.people[{index}]", person.citations))
    for index, correction in enumerate(dataset.corrections):
        where = f"$.corrections[{index}]"
        found.extend(cited.problems(where, correction.citations))
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
    event_ids: dict[str, tuple[int, int]] = {}
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
        if cited.any_wrong(relation.established_citations):
            found.extend(
                cited.problems(where, relation.established_citations, "established_citations")
            )
        for m_index, mission in enumerate(relation.missions):
            if cited.any_wrong(mission.citations):
                found.extend(cited.problems(f"{where}.missions[{m_index}]", mission.citations))
            for c_index, change in enumerate(mission.level_changes):
                if cited.any_wrong(change.citations):
                    found.extend(
                        cited.problems(
                            f"{where}.missions[{m_index}].level_changes[{c_index}]",
                            change.citations,
                        )
                    )
        for u_index, rupture in enumerate(relation.ruptures):
            found.extend(cited.problems(f"{where}.ruptures[{u_index}]", rupture.citations))
        for d_index, count in enumerate(relation.documents):
            if cited.any_wrong(count.citations):
                found.extend(cited.problems(f"{where}.documents[{d_index}]", count.citations))
        for t_index, period in enumerate(relation.trade):
            if cited.any_wrong(period.citations):
                found.extend(cited.problems(f"{where}.trade[{t_index}]", period.citations))
        local_events: set[str] = set()
        for e_index, event in enumerate(relation.events):
            first = event_ids.get(event.id)
            if first is not None:
                found.append(
                    Problem(
                        f"{where}.events[{e_index}].id",
                        f"duplicate event id {event.id!r} (first used at "
                        f"$.relations[{first[0]}].events[{first[1]}])",
                    )
                )
            else:
                event_ids[event.id] = (r_index, e_index)
            local_events.add(event.id)
            for p_index, person_id in enumerate(event.participants):
                if person_id not in people:
                    found.append(
                        Problem(
                            f"{where}.events[{e_index}].participants[{p_index}]",
                            f"no person with id {person_id!r}",
                        )
                    )
            if cited.any_wrong(event.citations):
                found.extend(cited.problems(f"{where}.events[{e_index}]", event.citations))
        found.extend(
            _duplicates(
                f"{where}.statements",
                enumerate(s.id for s in relation.statements),
                "statement",
            )
        )
        for s_index, statement in enumerate(relation.statements):
            speaker, occasion = statement.speaker, statement.occasion
            if speaker is not None and speaker not in people:
                found.append(
                    Problem(
                        f"{where}.statements[{s_index}].speaker",
                        f"no person with id {speaker!r}",
                    )
                )
            if occasion is not None and occasion not in local_events:
                found.append(
                    Problem(
                        f"{where}.statements[{s_index}].occasion",
                        f"no event with id {occasion!r} in this relation",
                    )
                )
            if cited.any_wrong(statement.citations):
                found.extend(cited.problems(f"{where}.statements[{s_index}]", statement.citations))
    return found


def check_dataset(dataset: Checked) -> None:
    """Raise :class:`ValidationError` listing every integrity problem, if any."""
    found = problems(dataset)
    if found:
        raise ValidationError(found)
