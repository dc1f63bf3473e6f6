"""Messages marked for translation where they are defined, translated by the text layer.

The model names its vocabularies' labels and sentences (see
:mod:`bilateral._model.kinds`) but must not import the text layer, which
owns the catalogs. So the model marks them with :func:`N_` or
:func:`pgettext`, which translate nothing: they record the message for
pybabel, whose default keywords include both names, and for the text layer,
which looks the message up in the catalog of a locale at run time.
"""

from __future__ import annotations

import attrs


@attrs.frozen
class Message:
    """A gettext message: its id and, if it has one, its context."""

    id: str
    context: str | None = None


def N_(message: str) -> Message:  # noqa: N802 - the name pybabel extracts by default
    """Mark ``message`` for extraction; the text layer translates it."""
    return Message(message)


def pgettext(context: str, message: str) -> Message:
    """Mark ``message`` with a context for extraction; the text layer translates it."""
    return Message(message, context)
