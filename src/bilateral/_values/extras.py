"""Optional dependencies, imported on first use with an error that says what to install."""

from __future__ import annotations

import importlib
from types import ModuleType

from bilateral._values.errors import MissingExtraError


def require(module: str, extra: str) -> ModuleType:
    """Import ``module``, which the extra ``bilateral[extra]`` installs.

    Raises:
        MissingExtraError: ``module`` cannot be imported; the message names
            the ``pip install`` command to run.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        msg = (
            f"{module} is needed for this and is not installed; "
            f"run: pip install 'bilateral[{extra}]'"
        )
        raise MissingExtraError(msg, name=module) from exc
