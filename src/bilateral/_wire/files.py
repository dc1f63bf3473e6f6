"""Dataset files: reading, and writing atomically."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from bilateral._model import Dataset
from bilateral._wire.converter import dumps, loads


def load(path: str | os.PathLike[str]) -> Dataset:
    """Read a dataset from a JSON file.

    Raises:
        ValidationError: The file is not a valid document.
        OSError: The file cannot be read.
    """
    return loads(Path(path).read_bytes())


def dump(dataset: Dataset, path: str | os.PathLike[str]) -> None:
    """Write ``dataset`` to ``path`` as canonical JSON, atomically.

    The text goes to a temporary file in the same folder, which then
    replaces ``path``; a crash or a full disk never leaves a half-written
    file where a good one was. The file gets the permissions a new file gets
    (the umask applies), or keeps those of the file it replaces.
    """
    target = Path(path)
    text = dumps(dataset).encode("utf-8")
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    # Not tempfile.mkstemp: its files are always 0600, and replacing a shared
    # file with one would lock everybody else out of it.
    temporary = target.parent / f".{target.name}.{secrets.token_hex(8)}.tmp"
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            temporary.chmod(mode)
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
