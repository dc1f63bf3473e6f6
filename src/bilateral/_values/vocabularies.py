"""The event vocabularies: CAMEO 1.1b3 codes and PLOVER event types, modes and contexts.

The tables are bundled in ``bilateral/data/reference`` and built by
``tools/build_reference_data.py`` from files the PLOVER project published
(Open Event Data Alliance, CC BY-SA 4.0; see that folder's README.md):

- ``plover.json``: from the PLOVER manual (``PLOVER_MANUAL.tex``): the event
  types with their definitions, quad categories and modes; the contexts; the
  manual's table of CAMEO cue categories; and the older PLOVER names
  (``DEMAND``, ``DISAPPROVE``, ``INVESTIGATE``, ``FIGHT``, ``COOPERATION``)
  with the current type each became and the evidence for it;
- ``cameo-plover-2021.csv``: the current CAMEO-to-PLOVER mapping
  (``CAMEO2PLOVER-2021.txt``, made for PLOVER 0.8 in September 2021);
- ``cameo-plover-earlier.csv``: the earlier mapping (``CAMEO-PLOV.txt``,
  which uses the older names and was removed in PLOVER 0.8);
- ``cameo.csv``: every CAMEO code those files name, with its name.

The mapping files cover CAMEO cue categories 03 to 20 (PLOVER dropped 01,
"make public statement", and 02, "appeal"); of 01 and 02 only the cue
categories themselves are named, by the manual.

This module is internal; the model will use it.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
from collections.abc import Mapping
from functools import cache
from typing import Any, Literal

import attrs

from bilateral._values.errors import UnknownCodeError

Mapping_ = Literal["2021", "earlier"]


def _read(name: str) -> str:
    from importlib.resources import files  # noqa: PLC0415 - only when data is asked for

    return files("bilateral.data").joinpath("reference", name).read_text(encoding="utf-8")


@attrs.frozen
class PloverMode:
    """A mode of a PLOVER event type (how): ``visit`` of ``CONSULT``."""

    name: str
    content: str


@attrs.frozen
class PloverContext:
    """A PLOVER context (why), usable with any event type: ``economic``."""

    name: str
    content: str


@attrs.frozen
class PloverEventType:
    """A PLOVER event type of the current manual.

    Attributes:
        name: ``"CONSULT"``.
        definition: The manual's definition.
        quad: ``"verbal cooperation"``, ``"material cooperation"``,
            ``"verbal conflict"`` or ``"material conflict"``, as the type's
            section in the manual gives it.
        requires_recipient: Whether the manual requires a recipient.
        modes: The modes the manual defines for it (possibly none).
    """

    name: str
    definition: str
    quad: str
    requires_recipient: bool
    modes: tuple[PloverMode, ...]


@attrs.frozen
class LegacyName:
    """An older PLOVER event type name and the current type it became.

    Attributes:
        name: The older name (``"DEMAND"``).
        current: The current event type (``"REQUEST"``).
        mode: The current mode it implies, where every code of the older name
            maps to one (``INVESTIGATE`` is ``ACCUSE`` ``investigate``).
        evidence: Which source files say so.
    """

    name: str
    current: str
    mode: str | None
    evidence: str


@attrs.frozen
class PloverMapping:
    """What a CAMEO code becomes in PLOVER: an event type, and modes and contexts if any."""

    event: str
    modes: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()


@attrs.frozen
class CameoCode:
    """A CAMEO 1.1b3 event code.

    Attributes:
        code: ``"042"``; two digits for a cue category (``"04"``).
        name: Its name (``"Make a visit"``); cue categories in capitals, as
            the PLOVER manual gives them.
        plover: The current PLOVER mapping, or ``None`` when PLOVER dropped
            the code (01, 02) or the manual splits it (08).
    """

    code: str
    name: str
    plover: PloverMapping | None


def _suggest(kind: str, value: object, pool: list[str], field: str) -> UnknownCodeError:
    text = value.strip() if isinstance(value, str) else repr(value)
    suggestions = difflib.get_close_matches(text, pool, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
    msg = f"{value!r} is not a {kind}{hint}"
    return UnknownCodeError(msg, text, suggestions, path=tuple(field.split(".")))


@cache
def _plover() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_read("plover.json"))
    return data


@cache
def plover_event_types() -> Mapping[str, PloverEventType]:
    """The event types of the current PLOVER manual, by name, in the manual's order."""
    return {
        t["name"]: PloverEventType(
            name=t["name"],
            definition=t["definition"],
            quad=t["quad"],
            requires_recipient=t["requires_recipient"],
            modes=tuple(PloverMode(m["name"], m["content"]) for m in t["modes"]),
        )
        for t in _plover()["event_types"]
    }


@cache
def plover_contexts() -> Mapping[str, PloverContext]:
    """The contexts of the current PLOVER manual, by name."""
    return {c["name"]: PloverContext(c["name"], c["content"]) for c in _plover()["contexts"]}


@cache
def plover_legacy_names() -> Mapping[str, LegacyName]:
    """Older PLOVER event type names (as in the 0.5 records) and what each became."""
    return {e["name"]: LegacyName(**e) for e in _plover()["legacy_event_types"]}


def current_plover_name(name: str) -> str:
    """The current PLOVER event type for a current or older name.

    >>> current_plover_name("DEMAND"), current_plover_name("FIGHT"), current_plover_name("AID")
    ('REQUEST', 'ASSAULT', 'AID')

    Raises:
        UnknownCodeError: The name is neither; the message suggests the nearest.
    """
    text = name.strip().upper() if isinstance(name, str) else name
    if text in plover_event_types():
        return str(text)
    legacy = plover_legacy_names()
    if text in legacy:
        return legacy[text].current
    pool = [*plover_event_types(), *legacy]
    raise _suggest("PLOVER event type", name, pool, "plover")


def plover_event_type(name: str) -> PloverEventType:
    """A PLOVER event type of the current manual; older names are refused, naming the current one.

    >>> plover_event_type("consult").modes[0].name
    'visit'

    Raises:
        UnknownCodeError: Not a current event type.
    """
    text = name.strip().upper() if isinstance(name, str) else name
    types = plover_event_types()
    if text in types:
        return types[str(text)]
    legacy = plover_legacy_names().get(str(text))
    if legacy is not None:
        msg = f"{name!r} is an older PLOVER name; the current manual's type is {legacy.current}"
        raise UnknownCodeError(msg, str(text), [legacy.current], path=("plover",))
    raise _suggest("PLOVER event type", name, list(types), "plover")


def plover_mode(event: str, mode: str) -> PloverMode:
    """A mode of an event type in the current manual.

    Raises:
        UnknownCodeError: The event type has no such mode (the message
            suggests the nearest of its modes).
    """
    kind = plover_event_type(event)
    text = mode.strip().lower() if isinstance(mode, str) else mode
    for candidate in kind.modes:
        if candidate.name == text:
            return candidate
    raise _suggest(f"mode of {kind.name}", mode, [m.name for m in kind.modes], "plover.mode")


def plover_context(name: str) -> PloverContext:
    """A context of the current manual.

    >>> plover_context("economic").name
    'economic'

    Raises:
        UnknownCodeError: Not a context; the message suggests the nearest.
    """
    text = name.strip().lower() if isinstance(name, str) else name
    contexts = plover_contexts()
    if text in contexts:
        return contexts[str(text)]
    raise _suggest("PLOVER context", name, list(contexts), "plover.context")


@cache
def cameo_to_plover_table(mapping: Mapping_ = "2021") -> Mapping[str, PloverMapping]:
    """A CAMEO-to-PLOVER mapping file as published, by CAMEO code.

    ``"2021"`` is ``CAMEO2PLOVER-2021.txt``, the current one; ``"earlier"`` is
    ``CAMEO-PLOV.txt``, whose event names include older ones (``DEMAND``).
    Modes and contexts are as the file gives them, including some the
    current manual does not define.
    """
    name = {"2021": "cameo-plover-2021.csv", "earlier": "cameo-plover-earlier.csv"}[mapping]
    return {
        row["cameo"]: PloverMapping(
            row["event"],
            tuple(m for m in row["modes"].split(";") if m),
            tuple(c for c in row["contexts"].split(";") if c),
        )
        for row in csv.DictReader(io.StringIO(_read(name)))
    }


@cache
def cameo_codes() -> Mapping[str, CameoCode]:
    """Every CAMEO code the bundled tables name, with its current PLOVER mapping, in code order."""
    mapped = cameo_to_plover_table("2021")
    cue: dict[str, set[str]] = {}
    for row in _plover()["cameo_categories"]:
        cue.setdefault(row["cameo"], set()).add(row["plover"].split(" ")[0])
    codes = {}
    for row in csv.DictReader(io.StringIO(_read("cameo.csv"))):
        code = row["cameo"]
        plover = mapped.get(code)
        if plover is None and code in cue:
            targets = {current_plover_name(t) for t in cue[code] if t != "dropped"}
            plover = PloverMapping(targets.pop()) if len(targets) == 1 else None
        codes[code] = CameoCode(code, row["name"], plover)
    return codes


def cameo_code(code: str) -> CameoCode:
    """The CAMEO code, with its name and PLOVER mapping.

    >>> cameo_code("042")
    CameoCode(code='042', name='Make a visit', plover=PloverMapping(event='CONSULT', modes=('visit',), contexts=()))

    Raises:
        UnknownCodeError: No such code in the bundled tables; the message
            suggests the nearest codes.
    """
    codes = cameo_codes()
    text = code.strip() if isinstance(code, str) else code
    if isinstance(text, str) and text in codes:
        return codes[text]
    raise _suggest("CAMEO 1.1b3 code in the bundled tables", code, list(codes), "cameo")
