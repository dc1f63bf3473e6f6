"""Compile the gettext catalogs into the wheel, and load the bundled dataset ahead.

The ``.po`` files under ``src/bilateral/locale`` are the source; the
``.mo`` files a wheel carries are compiled from them here, with babel, at
build time, so they are never stale and never committed. (Without a ``.mo``
file, ``bilateral._text.catalog`` compiles the ``.po`` file in memory, so a source
checkout works too.)

The bundled JSON is loaded here, with every check, by the bilateral being
built, and written next to the JSON as ``bilateral._wire.bundled.prepare``
makes it, so that ``load_bundled()`` in the wheel reads it back in a few
milliseconds. (A source checkout loads the JSON.)
"""

from __future__ import annotations

import os
import subprocess
import sys
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


DATA = Path("src", "bilateral", "data")
# The sources being built go first on the path from the script itself: pip's
# build environment may rewrite sys.path after PYTHONPATH is read (pip 26
# drops the paths that the invoking environment's .pth files add, such as an
# editable install of this very project).
PREPARE = """
import sys
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from bilateral._wire.bundled import FACTS, PREPARED, prepare
data, out = Path(sys.argv[1]), Path(sys.argv[2])
(out / PREPARED).write_bytes(prepare((data / FACTS).read_bytes()))
print(PREPARED)
"""


def prepare_bundled(root: Path, out: Path) -> dict[str, str]:
    """Load the bundled JSON with the bilateral being built, into ``out``; map it to its wheel path.

    Raises:
        subprocess.CalledProcessError: The bundled JSON does not load.
    """
    # In front of what the build environment has on the path (pip's isolated
    # build puts the build's dependencies there), not instead of it.
    paths = [str((root / "src").resolve()), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    name = subprocess.run(  # noqa: S603 - the build's own interpreter and code
        [sys.executable, "-c", PREPARE, str(root / DATA), str(out), paths[0]],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return {str(out / name): f"bilateral/data/{name}"}


class CatalogBuildHook(BuildHookInterface):  # type: ignore[misc]
    """Adds the compiled ``.mo`` files and the prepared bundled dataset to wheels.

    Editable installs read the ``.po`` files and load the bundled JSON.
    """

    PLUGIN_NAME = "catalogs"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile the catalogs and prepare the dataset into a temporary folder; include them."""
        if self.target_name != "wheel" or version == "editable":
            return
        self._out = tempfile.TemporaryDirectory()
        root, out = Path(self.root), Path(self._out.name)
        build_data["force_include"].update(compile_catalogs(root, out))
        build_data["force_include"].update(prepare_bundled(root, out))

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the temporary folder."""
        del version, build_data, artifact_path
        out = getattr(self, "_out", None)
        if out is not None:
            out.cleanup()
