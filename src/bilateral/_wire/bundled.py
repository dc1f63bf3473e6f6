"""The bundled dataset: the Azernews article of 2023-02-17 and its facts."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bilateral._model import Dataset

ARTICLE = "azernews-2023-02-17.txt"
FACTS = "azernews-2023-02-17.json"


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


@cache
def load_bundled() -> Dataset:
    """The bundled Azerbaijan–Lithuania dataset, parsed once and shared.

    Its one source is the Azernews article of 17 February 2023, whose text is
    also bundled (see :func:`article_text`); every fact cites the article.

    >>> dataset = load_bundled()
    >>> relation = dataset.relation("LT", "AZ")
    >>> relation.established
    PartialDate("1995-11-20")
    """
    from bilateral._wire.converter import loads  # noqa: PLC0415 - loads cattrs on first use

    return loads(_read(FACTS))
