"""The restructuring of issue 9 changed no output: every byte is as before.

The files in ``tests/golden`` were written from the package as it was before
(``python tests/golden_outputs.py`` rewrites them; a change must be
deliberate and listed in the CHANGELOG).
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.golden_outputs import GOLDEN
from tests.golden_outputs import outputs as _outputs

outputs = cache(_outputs)

EXPECTED = sorted(path.name for path in GOLDEN.iterdir())


def test_every_golden_file_is_produced() -> None:
    assert EXPECTED == sorted(outputs())


@pytest.mark.parametrize("name", EXPECTED)
def test_output_is_unchanged(name: str) -> None:
    assert (GOLDEN / name).read_text(encoding="utf-8") == outputs()[name]
