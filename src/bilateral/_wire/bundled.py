"""The bundled dataset: the Azernews article of 2023-02-17 and its facts."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bilateral._model import Dataset

ARTICLE = "azernews-2023-02-17.txt"
FACTS = "azernews-2023-02-17.json"
PREPARED = "azernews-2023-02-17.prepared"
"""The dataset of ``FACTS`` as loaded at build time (wheels only; see :func:`prepare`)."""

_MAGIC = b"bilateral prepared dataset 1\n"


def _read(name: str) -> bytes:
    # importlib.resources costs ~15 ms to import: only when data is asked for.
    from importlib.resources import files  # noqa: PLC0415

    return files("bilateral.data").joinpath(name).read_bytes()


def article_bytes() -> bytes:
    """The bundled article, byte for byte as received."""
    return _read(ARTICLE)


def article_text() -> str:
    """The bundled article as text (it is ASCII; its ``?`` is in the source)."""
    return article_bytes().decode("utf-8")


def prepare(facts: bytes) -> bytes:
    """The dataset of ``facts`` loaded with every check, ready to be read back without them.

    The build (``hatch_build.py``) writes this next to the bundled JSON in a
    wheel: a header, the JSON's own bytes, and the loaded dataset pickled.
    :func:`read_prepared` gives the dataset back only for the same JSON bytes.

    Raises:
        ValidationError: ``facts`` is not a valid document.
    """
    import pickle  # noqa: PLC0415 - only at build time and in tests

    from bilateral._wire.converter import loads  # noqa: PLC0415

    dataset: Dataset = loads(facts)
    size = len(facts).to_bytes(8, "big")
    return _MAGIC + size + facts + pickle.dumps(dataset, protocol=pickle.HIGHEST_PROTOCOL)


def read_prepared(prepared: bytes, facts: bytes) -> Dataset | None:
    """The dataset :func:`prepare` made from exactly ``facts``; None if ``prepared`` is another's.

    Loading ran every check when the file was made, from the same JSON bytes
    (compared here byte for byte) and the same version of bilateral (both
    files come in one wheel), so nothing is checked twice.
    """
    start = len(_MAGIC) + 8
    if not prepared.startswith(_MAGIC):
        return None
    size = int.from_bytes(prepared[len(_MAGIC) : start], "big")
    if prepared[start : start + size] != facts:
        return None
    import pickle  # noqa: PLC0415 - ~1 ms, only here

    dataset: Dataset = pickle.loads(prepared[start + size :])  # noqa: S301 - our own wheel's file
    return dataset


@cache
def load_bundled() -> Dataset:
    """The bundled Azerbaijan–Lithuania dataset, parsed once and shared.

    Its one source is the Azernews article of 17 February 2023, whose text is
    also bundled (see :func:`article_text`); every fact cites the article.

    >>> dataset = load_bundled()
    >>> relation = dataset.relation("LT", "AZ")
    >>> relation.established
    PartialDate("1995-11-20")

    A wheel also carries the dataset as loaded when it was built, from the
    same JSON bytes; reading that costs a few milliseconds instead of first
    loading the JSON machinery. A source checkout loads the JSON.
    """
    facts = _read(FACTS)
    try:
        prepared = _read(PREPARED)
    except OSError:
        prepared = None
    if prepared is not None:
        dataset = read_prepared(prepared, facts)
        if dataset is not None:
            return dataset

    from bilateral._wire.converter import loads  # noqa: PLC0415 - loads cattrs on first use

    return loads(facts)
