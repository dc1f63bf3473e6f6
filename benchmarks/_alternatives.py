"""The same document as pydantic v2 and msgspec models: what a user would otherwise write.

They check what a schema can: types, enums, code and EDTF patterns, decimal
amounts, ISO days, no unknown keys. They do not check what bilateral also
checks: that a day exists in its month, that a range does not end before it
starts, that a currency or country is known to CLDR, that each citation
quotes its source, that ids are unique and references resolve.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

import msgspec
from pydantic import BaseModel, ConfigDict, StringConstraints

from bilateral import Area, EventKind, Flow, MissionKind, Status

EDTF = r"^(\.\.|\d{4}(-\d{2}(-\d{2})?)?[?~%]?)(/(\.\.|\d{4}(-\d{2}(-\d{2})?)?[?~%]?))?$"
CODE = r"^[A-Z]{2}$"
CURRENCY = r"^[A-Z]{3}$"
ID = r"^[a-z0-9][a-z0-9._-]*$"
AMOUNT = r"^-?(0|[1-9]\d*)(\.\d+)?$"


# The enums are bilateral's own: a user's models would list the same values.


# --- pydantic v2 -------------------------------------------------------------

PEdtf = Annotated[str, StringConstraints(pattern=EDTF)]
PCode = Annotated[str, StringConstraints(pattern=CODE)]
PId = Annotated[str, StringConstraints(pattern=ID)]
STRICT = ConfigDict(extra="forbid", frozen=True)


class PCitation(BaseModel):
    model_config = STRICT
    source: PId
    start: int
    end: int
    quote: str


class PMoney(BaseModel):
    model_config = STRICT
    amount: Decimal
    currency: Annotated[str, StringConstraints(pattern=CURRENCY)]


class PSource(BaseModel):
    model_config = STRICT
    id: PId
    publisher: str
    published: dt.date
    text: str
    title: str | None = None
    url: str | None = None


class PPerson(BaseModel):
    model_config = STRICT
    id: PId
    name: str
    role: str | None = None
    country: PCode | None = None
    citations: tuple[PCitation, ...] = ()


class PMission(BaseModel):
    model_config = STRICT
    sending: PCode
    receiving: PCode
    kind: MissionKind = MissionKind.EMBASSY
    opened: PEdtf | None = None
    citations: tuple[PCitation, ...] = ()


class PDocumentCount(BaseModel):
    model_config = STRICT
    count: int
    as_of: PEdtf
    citations: tuple[PCitation, ...] = ()


class PEvent(BaseModel):
    model_config = STRICT
    id: PId
    kind: EventKind
    status: Status
    when: PEdtf | None
    summary: str
    origin: PCode | None = None
    destination: PCode | None = None
    participants: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    note: str | None = None
    citations: tuple[PCitation, ...] = ()


class PTradePeriod(BaseModel):
    model_config = STRICT
    flow: Flow
    period: PEdtf
    value: PMoney
    reporter: PCode | None = None
    note: str | None = None
    citations: tuple[PCitation, ...] = ()


class PStatement(BaseModel):
    model_config = STRICT
    id: PId
    speaker: str | None
    summary: str
    occasion: str | None = None
    areas: tuple[Area, ...] = ()
    direct_quote: bool = False
    when: PEdtf | None = None
    citations: tuple[PCitation, ...] = ()


class PRelation(BaseModel):
    model_config = STRICT
    countries: tuple[PCode, PCode]
    established: PEdtf | None = None
    established_citations: tuple[PCitation, ...] = ()
    missions: tuple[PMission, ...] = ()
    documents: tuple[PDocumentCount, ...] = ()
    events: tuple[PEvent, ...] = ()
    trade: tuple[PTradePeriod, ...] = ()
    statements: tuple[PStatement, ...] = ()


class PCorrection(BaseModel):
    model_config = STRICT
    original: str
    corrected: str
    reason: str
    citations: tuple[PCitation, ...] = ()


class PDataset(BaseModel):
    model_config = STRICT
    format: str
    version: int
    sources: tuple[PSource, ...] = ()
    people: tuple[PPerson, ...] = ()
    relations: tuple[PRelation, ...] = ()
    corrections: tuple[PCorrection, ...] = ()


# --- msgspec -----------------------------------------------------------------

MEdtf = Annotated[str, msgspec.Meta(pattern=EDTF)]
MCode = Annotated[str, msgspec.Meta(pattern=CODE)]
MId = Annotated[str, msgspec.Meta(pattern=ID)]


class MCitation(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    source: MId
    start: int
    end: int
    quote: str


class MMoney(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    amount: Decimal
    currency: Annotated[str, msgspec.Meta(pattern=CURRENCY)]


class MSource(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    id: MId
    publisher: str
    published: dt.date
    text: str
    title: str | None = None
    url: str | None = None


class MPerson(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    id: MId
    name: str
    role: str | None = None
    country: MCode | None = None
    citations: tuple[MCitation, ...] = ()


class MMission(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    sending: MCode
    receiving: MCode
    kind: MissionKind = MissionKind.EMBASSY
    opened: MEdtf | None = None
    citations: tuple[MCitation, ...] = ()


class MDocumentCount(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    count: int
    as_of: MEdtf
    citations: tuple[MCitation, ...] = ()


class MEvent(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    id: MId
    kind: EventKind
    status: Status
    when: MEdtf | None
    summary: str
    origin: MCode | None = None
    destination: MCode | None = None
    participants: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    note: str | None = None
    citations: tuple[MCitation, ...] = ()


class MTradePeriod(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    flow: Flow
    period: MEdtf
    value: MMoney
    reporter: MCode | None = None
    note: str | None = None
    citations: tuple[MCitation, ...] = ()


class MStatement(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    id: MId
    speaker: str | None
    summary: str
    occasion: str | None = None
    areas: tuple[Area, ...] = ()
    direct_quote: bool = False
    when: MEdtf | None = None
    citations: tuple[MCitation, ...] = ()


class MRelation(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    countries: tuple[MCode, MCode]
    established: MEdtf | None = None
    established_citations: tuple[MCitation, ...] = ()
    missions: tuple[MMission, ...] = ()
    documents: tuple[MDocumentCount, ...] = ()
    events: tuple[MEvent, ...] = ()
    trade: tuple[MTradePeriod, ...] = ()
    statements: tuple[MStatement, ...] = ()


class MCorrection(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    original: str
    corrected: str
    reason: str
    citations: tuple[MCitation, ...] = ()


class MDataset(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    format: str
    version: int
    sources: tuple[MSource, ...] = ()
    people: tuple[MPerson, ...] = ()
    relations: tuple[MRelation, ...] = ()
    corrections: tuple[MCorrection, ...] = ()
