"""Timing shared by the benchmarks."""

from __future__ import annotations

import gc
import re
import subprocess
import sys
import time
from collections.abc import Callable
from importlib.metadata import requires
from typing import Any


def best(cases: dict[str, Callable[[], Any]], repeat: int) -> dict[str, float]:
    """The fastest of ``repeat`` runs of each case, in seconds.

    The cases take turns (round robin), so that a slow moment of a shared
    machine hits them alike rather than one case's every run.
    """
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeat):
        for name, fn in cases.items():
            gc.collect()
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return {name: min(found) for name, found in times.items()}


# The baseline of ``import bilateral`` is the runtime dependencies
# (pyproject's ``dependencies``) that the import itself loads, found in a
# fresh interpreter: those loaded only on first use (cattrs for the JSON
# format, babel for localized text, pycountry for names) are not part of its
# cost, and comparing with them would flatter it.
IMPORTED_DEPENDENCIES = """
import re, sys
from importlib.metadata import requires
import bilateral
names = [re.split(r"[^A-Za-z0-9_.-]", r, maxsplit=1)[0] for r in requires("bilateral") or []
         if "extra ==" not in r]
print(" ".join(n for n in names if n.lower().replace("-", "_") in sys.modules))
"""


def runtime_dependencies() -> list[str]:
    """The modules of pyproject's runtime ``dependencies`` (each named as its distribution)."""
    names = [
        re.split(r"[^A-Za-z0-9_.-]", r, maxsplit=1)[0]
        for r in requires("bilateral") or []
        if "extra ==" not in r
    ]
    return [name.lower().replace("-", "_") for name in names]


def imported_dependencies(env: dict[str, str] | None = None) -> list[str]:
    """The runtime dependencies that ``import bilateral`` imports (their modules are named alike)."""
    return subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", IMPORTED_DEPENDENCIES],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.split()
