r"""JSON text read by msgspec, in parts, where that gives exactly what :func:`parse_json` gives.

:func:`~bilateral._wire.jsontext.parse_json` is the reference: the standard
library's parser with a Python hook that refuses duplicate keys, a scan for
the nesting depth, and the text decoded to a ``str`` first (for a document
that is not Latin-1, two bytes a character). With msgspec installed
(``pip install 'bilateral[fast]'``), :class:`FastText` reads the UTF-8 bytes
themselves, a part at a time: the top-level members of a document (and
the items of its array of relations) as slices of the input
(``msgspec.Raw``, no copy), and each part, such as one relation,
into plain data when it is structured. A reader then holds the document's
bytes, the values built so far and one part's plain data, never the whole
document's plain data.

What msgspec refuses (bytes that are not UTF-8, ``NaN``, a lone surrogate,
a byte order mark, deep nesting...) makes :class:`FastText` raise
:class:`NotFastError`, and the reference reads the text again and says what
is wrong. What msgspec accepts and the reference refuses is a duplicate key
(msgspec keeps the last): :meth:`FastText.complete` finds one by counting.
Outside strings, a colon separates a key from its value, so the colons of the
input are the members of its objects plus the colons inside its strings; the
same holds for the JSON msgspec writes of each part read. The strings are the
same on both sides, so the counts differ exactly when a key was dropped. A
colon written as an escape (``\u003a``) would be counted on one side only:
text with one is left to the reference. Integers too large for 64 bits,
which msgspec keeps as Python integers as the reference does, and nesting
deeper than ``MAX_NESTING``, which no field of the format accepts (the
structuring fails, and the reference reads the text again), need nothing more
(but see ``TRUSTED_RECURSION_LIMIT``).
"""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import Any

from bilateral._wire.jsontext import too_deep

#: The recursion limit under which msgspec's own limit keeps it within the C
#: stack: msgspec counts its nesting against the recursion limit and uses
#: about half a kilobyte of C stack a level (it crashed at 15,000 to 20,000
#: levels on an 8 MiB stack). Python's default is 1,000. Under a higher
#: limit, the nesting is measured first, as the reference does.
TRUSTED_RECURSION_LIMIT = 1000

# A colon written as an escape (or an escaped backslash before "u003a"): the reference reads it.
_ESCAPED_COLON = re.compile(rb"\\u003[aA]")


class NotFastError(Exception):
    """The text is for the reference parser to read (and, if it is bad, to say why)."""


@cache
def msgspec_module() -> Any:
    try:
        import msgspec  # noqa: PLC0415 - optional
    except ImportError:
        return None
    return msgspec


@cache
def _decoders(msgspec: Any) -> tuple[Any, Any]:
    return msgspec.json.Decoder(), msgspec.json.Encoder()


@cache
def _outline_decoder(msgspec: Any, names: tuple[str, ...], arrays: frozenset[str]) -> Any:
    """A decoder of an object with (some of) the keys ``names``, each value a slice of the text.

    The values of ``arrays`` are arrays, read as a slice of the text per
    item; an object with another key is refused.
    """
    unset = (msgspec.UnsetType, msgspec.UNSET)
    fields = [
        (name, (list[msgspec.Raw] if name in arrays else msgspec.Raw) | unset[0], unset[1])
        for name in names
    ]
    return msgspec.json.Decoder(
        msgspec.defstruct("Outline", fields, forbid_unknown_fields=True, omit_defaults=True)
    )


class FastText:
    """A JSON text read by msgspec in parts; see the module's documentation."""

    __slots__ = ("_colons", "_decode", "_encode", "_msgspec", "_raw", "_seen")

    def __init__(self, raw: bytes, msgspec: Any) -> None:
        self._raw = raw
        self._msgspec = msgspec
        self._decode, self._encode = _decoders(msgspec)
        self._colons = raw.count(b":")
        self._seen = 0

    @classmethod
    def of(cls, text: object) -> FastText | None:
        """A reader of ``text``, or ``None`` where only the reference reads it."""
        msgspec = msgspec_module()
        if msgspec is None:
            return None
        if isinstance(text, str):
            try:
                raw = text.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate: the reference refuses it
                return None
        elif isinstance(text, bytes):
            raw = text
        elif isinstance(text, bytearray):
            raw = bytes(text)
        else:
            return None
        if _ESCAPED_COLON.search(raw) is not None:
            return None  # maybe a colon written as an escape, which the count would miss
        if sys.getrecursionlimit() > TRUSTED_RECURSION_LIMIT and too_deep(raw):
            return None
        return cls(raw, msgspec)

    def whole(self) -> Any:
        """The plain data of the whole text."""
        return self.value(self._raw)

    def outline(self, names: tuple[str, ...], arrays: frozenset[str]) -> dict[str, Any]:
        """The members of the top-level object, each value as the slice of the text holding it.

        An array of ``arrays`` comes as a list of slices, one per item. Raises
        :class:`NotFastError` if the text is not an object with only keys
        among ``names``.
        """
        decoder = _outline_decoder(self._msgspec, names, arrays)
        try:
            outline = decoder.decode(self._raw)
        except Exception as exc:
            raise NotFastError from exc
        unset = self._msgspec.UNSET
        members = {name: value for name in names if (value := getattr(outline, name)) is not unset}
        self._seen += len(members) + sum(name.count(":") for name in members)
        return members

    def value(self, part: Any) -> Any:
        """The plain data of ``part`` (the text, or a slice of it)."""
        try:
            data = self._decode.decode(part)
        except Exception as exc:
            raise NotFastError from exc
        self._seen += self._encode.encode(data).count(b":")
        return data

    def complete(self) -> bool:
        """Whether no object in the parts read so far had a duplicate key.

        True only once every part of the text has been read.
        """
        return self._seen == self._colons
