"""Public classes show as ``bilateral.X``, whichever private module defines them.

The package's ``__init__`` publishes the classes it imports; a module that
the package loads only on first use (see ``bilateral.__getattr__``)
publishes its own at its end, so that they are ``bilateral.X`` however they
are first reached (``Dataset.events()`` returns an ``EventQuery`` before
anyone asks for ``bilateral.EventQuery``).
"""

from __future__ import annotations

import typing

import attrs


def publish(*classes: type) -> None:
    """Show each of ``classes`` as ``bilateral.<name>`` in reprs, tracebacks, pickles and the docs.

    String annotations are resolved first, in the module that wrote them,
    so that ``typing.get_type_hints()`` and cattrs keep working once the
    class says it is bilateral's. Pickle finds each by this name, since each
    is an attribute of the package (at once or on first use).
    """
    for kind in classes:
        if not kind.__module__.startswith("bilateral._"):
            continue
        if "__annotations__" in vars(kind):
            kind.__annotations__ = typing.get_type_hints(kind)
        if attrs.has(kind):
            attrs.resolve_types(kind)
        kind.__module__ = "bilateral"
