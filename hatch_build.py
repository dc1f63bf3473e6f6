"""Compile the gettext catalogs into the wheel.

The ``.po`` files under ``src/bilateral/locale`` are the source; the
``.mo`` files a wheel carries are compiled from them here, with babel, at
build time, so they are never stale and never committed. (Without a ``.mo``
file, ``bilateral._text.catalog`` compiles the ``.po`` file in memory, so a source
checkout works too.)
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

LOCALE = Path("src", "bilateral", "locale")


def compile_catalogs(root: Path, out: Path) -> dict[str, str]:
    """Compile every ``.po`` under ``root/LOCALE`` into ``out``; map each ``.mo`` to its wheel path.

    Raises:
        ValueError: A catalog has a fuzzy header or a python-format error.
    """
    from babel.messages.mofile import write_mo  # noqa: PLC0415 - a build dependency
    from babel.messages.pofile import read_po  # noqa: PLC0415

    compiled: dict[str, str] = {}
    for po in sorted((root / LOCALE).glob("*/LC_MESSAGES/*.po")):
        language = po.parent.parent.name
        with po.open("rb") as stream:
            catalog = read_po(stream, locale=language)
        if catalog.fuzzy:
            msg = f"{po}: the catalog is marked fuzzy"
            raise ValueError(msg)
        errors = [f"{m.id!r}: {e}" for m, problems in catalog.check() for e in problems]
        if errors:
            msg = f"{po}: " + "; ".join(errors)
            raise ValueError(msg)
        target = out / language / f"{po.stem}.mo"
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as stream:
            write_mo(stream, catalog)
        compiled[str(target)] = f"bilateral/locale/{language}/LC_MESSAGES/{po.stem}.mo"
    return compiled


class CatalogBuildHook(BuildHookInterface):  # type: ignore[misc]
    """Adds the compiled ``.mo`` files to wheels (editable installs read the ``.po`` files)."""

    PLUGIN_NAME = "catalogs"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile the catalogs into a temporary folder and force-include them."""
        if self.target_name != "wheel" or version == "editable":
            return
        self._out = tempfile.TemporaryDirectory()
        build_data["force_include"].update(compile_catalogs(Path(self.root), Path(self._out.name)))

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the temporary folder."""
        del version, build_data, artifact_path
        out = getattr(self, "_out", None)
        if out is not None:
            out.cleanup()
