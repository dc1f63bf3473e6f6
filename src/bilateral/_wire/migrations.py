"""Migrations of older wire-format versions to the current one.

A document names its format version at the top. :func:`migrate` brings the
body of an older document up to the current version, one step at a time,
before it is structured; :data:`MIGRATIONS` maps each old version to the
function that takes it one version up. A document newer than this library
is refused (with a message saying to upgrade) before migration starts.

Version 1 is the first published version, so there is nothing to migrate
yet; the machinery is here, tested, for the first change of the format. A
migration rewrites only what it recognizes and passes everything else
through untouched, so a malformed old document is reported by the same
checks as a current one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Body = dict[str, Any]

MIGRATIONS: dict[int, Callable[[Body], Body]] = {}
"""Each old version, and the function that takes a body of it one version up."""


def migrate(body: Body, version: int, current: int) -> Body:
    """``body`` of a document of ``version``, rewritten as a ``current`` one.

    Never raises on a malformed body: what a step does not recognize passes
    through, for the structuring checks to report.
    """
    for step in range(version, current):
        body = MIGRATIONS[step](body)
    return body
