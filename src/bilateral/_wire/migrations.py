"""Migrations of older wire-format versions to the current one.

A document names its format version at the top. :func:`migrate` brings the
body of an older document up to the current version, one step at a time,
before it is structured; :data:`MIGRATIONS` maps each old version to the
function that takes it one version up. A document newer than this library
is refused (with a message saying to upgrade) before migration starts.

A migration rewrites only what it recognizes and passes everything else
through untouched, so a malformed old document is reported by the same
checks as a current one.

Version 2 only adds: EDTF level 1 dates (seasons, unspecified digits) and
optional fields, each with a default that says what a version 1 document
meant by leaving it out (docs/format.md lists them). So every version 1
document is a version 2 document with the same values, and the step from 1
to 2 copies the body. A version 1 reader refuses a version 2 document (its
version is newer), so a document using anything new is never misread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Body = dict[str, Any]


def _v1_to_v2(body: Body) -> Body:
    """A version 1 body as version 2: the same body (version 2 only adds), copied."""
    return dict(body)


MIGRATIONS: dict[int, Callable[[Body], Body]] = {1: _v1_to_v2}
"""Each old version, and the function that takes a body of it one version up."""


def migrate(body: Body, version: int, current: int) -> Body:
    """``body`` of a document of ``version``, rewritten as a ``current`` one.

    Never raises on a malformed body: what a step does not recognize passes
    through, for the structuring checks to report.
    """
    for step in range(version, current):
        body = MIGRATIONS[step](body)
    return body
